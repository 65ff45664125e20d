"""Text analysis: the extractors' word scans, in one place.

Stage: extract (shared helper). Input: a piece of text (a sentence, a
clause, an entry, a whole article). Output: its words, as one of three
patterns finds them:

- `NAME_WORDS`: letters, perhaps joined by hyphens, dashes or apostrophes
  (the text layer's tokens, `pack.text.tokens.tokenize`: terms and names);
- `COUNTED_WORDS`: any run of letters and digits with its apostrophes and
  hyphens, numbers included (the questions count and quote these);
- `CLAUSE_WORDS`: the same as `COUNTED_WORDS`, except that an underscore,
  "×" or "÷" may stand in a word (the timeline's clause and entry words).

Why one module: the three scans read the same sentences (issue 12 counted
the article scanned three times over). Here the questions' and the
timeline's scans are done once per text and remembered (`Scan.findall`;
`NAME_WORDS` is read through its pattern by `tokenize`, which keeps its own
per-word fields), `CLAUSE_WORDS` hands a text without
"_", "×" or "÷" to `COUNTED_WORDS`' remembered list (on such a text the
two patterns find the same words), and a text of ASCII characters only is
scanned with the pattern compiled with `re.ASCII`: on such a text it finds
exactly what the Unicode pattern finds, and tests a character against a
table instead of asking Unicode's database about each one (three times
cheaper for `NAME_WORDS`, whose class is "a letter, not a digit").
"""

from __future__ import annotations

import re

MAX_TEXTS = 1 << 14      # forgotten all at once past this: an article asks about a few thousand


def ascii_twin(pattern: re.Pattern) -> re.Pattern:
    """`pattern` compiled with `re.ASCII`, to be used on ASCII text only.

    Exact for a pattern without `re.IGNORECASE` and without `\\s` or `\\S`:
    the flag then only narrows `\\w`, `\\d` and `\\b` to their ASCII
    members, which are all an ASCII text can hold. (Not so for the others:
    case-blind, "ſ" in a pattern matches "s" under Unicode's rules only;
    Unicode's `\\s` also takes the ASCII separators U+001C to U+001F.) Any
    other pattern is its own twin."""
    if pattern.flags & re.IGNORECASE or "\\s" in pattern.pattern or "\\S" in pattern.pattern:
        return pattern
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


class Scan:
    """A word pattern: `findall` remembered per text, every search of an
    ASCII text made with the pattern's `ascii_twin`. (The other methods
    are the Unicode pattern's.)"""

    __slots__ = ("pattern", "ascii", "_found")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.ascii = ascii_twin(pattern)
        self._found: dict[str, list] = {}

    def of(self, text: str) -> re.Pattern:
        """The compiled pattern to scan `text` with (`str.isascii` reads a flag the string keeps)."""
        return self.ascii if text.isascii() else self.pattern

    def findall(self, text: str) -> list:
        """The pattern's `findall(text)`, a fresh list each time (callers may change it)."""
        return self.found(text).copy()

    def found(self, text: str) -> list:
        """The remembered list of `findall(text)` itself: not to be changed."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= MAX_TEXTS:
                self._found.clear()
            found = self._found[text] = self.of(text).findall(text)
        return found

    def finditer(self, text: str, *bounds):
        return self.of(text).finditer(text, *bounds)

    def match(self, text: str, *bounds):
        return self.of(text).match(text, *bounds)

    def search(self, text: str, *bounds):
        return self.of(text).search(text, *bounds)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


class SharedScan(Scan):
    """A `Scan` that finds what `other` finds on any text without one of
    `apart` (the characters only this pattern takes into a word), and
    reads `other`'s remembered list for such a text."""

    __slots__ = ("other", "apart")

    def __init__(self, pattern: re.Pattern, other: Scan, apart: str):
        super().__init__(pattern)
        self.other, self.apart = other, apart

    def found(self, text: str) -> list:
        for mark in self.apart:
            if mark in text:
                return super().found(text)
        return self.other.found(text)


# A letter run, perhaps joined by hyphens, dashes or apostrophes ("Marxisme–Leninisme",
# "Brest-Litovsk", "d'Hénouville"), perhaps ending in a roman numeral or digits glued by
# a hyphen ("ke-20"). Digits alone are not words: years and counts never become terms.
# Capitals joined by "&" are one acronym ("GC&CS", "R&D"), not two. (The joins are
# taken possessively, "*+": nothing follows them that could make the engine give one
# back, so the words are the same, found without keeping a place to go back to.)
NAME_WORDS = Scan(re.compile(r"[^\W\d_]+(?:[-–'’][^\W_]+|&(?=[A-Z])[^\W\d_]+)*+"))
# A word or a number, as questions count them.
COUNTED_WORDS = Scan(re.compile(r"[^\W_][\w'’-]*"))
# A word of a clause as the timeline reads it: "\w" and U+00C0-U+024F, whose only
# characters "\w" leaves out are "×" and "÷"; with "_" those three are what tell it
# from `COUNTED_WORDS`.
CLAUSE_WORDS = SharedScan(re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'’-]*"), COUNTED_WORDS, "_×÷")
