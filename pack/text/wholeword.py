"""Where a given word or phrase stands whole in a text, without a pattern per word.

Stage: text layer (a shared helper of the timeline and the questions). Input: a
text and a word or phrase the article gave (a name, a pointer "Usulan ini",
a title). Output: the places it stands as a whole word, as
`re.finditer(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)` finds them.

Why: such a pattern is made for one word and asked once or twice, and
compiling it costs about 1-2 M instructions (its escaped text and the
word-class lookarounds), some 60 M on the Stalin sample; a string search
with the same boundary tests gives the same places. The boundary is the
regular-expression engine's `\\w` for str patterns: a character `isalnum`
(as Unicode defines letters and digits) or "_".
"""

from __future__ import annotations

import re
from typing import Callable, Iterator


def is_word_char(char: str) -> bool:
    """`re`'s `\\w` for one character of a str."""
    return char.isalnum() or char == "_"


def starts(text: str, word: str, joining: str = "") -> Iterator[int]:
    """Where `word` stands in `text` with no word character (nor one of
    `joining`) before or after it: the starts, left to right, of the matches
    `re.finditer` gives for `(?<![\\w<joining>])word(?![\\w<joining>])`
    (non-overlapping: the next one is looked for after the end of the last).
    An empty `word` is left to that pattern."""
    if not word:
        yield from (m.start() for m in re.finditer(rf"(?<![\w{joining}])(?![\w{joining}])", text))
        return
    joins = _joins(joining)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not joins(text[at - 1])) and (end == len(text) or not joins(text[end])):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _joins(joining: str) -> Callable[[str], bool]:
    return (lambda char: is_word_char(char) or char in joining) if joining else is_word_char


def last_start(text: str, word: str) -> int:
    """The start of the last whole `word` in `text` (see `starts`), or -1."""
    found = -1
    for found in starts(text, word):
        pass
    return found


def stands_in(text: str, word: str, joining: str = "") -> bool:
    """`word` stands whole in `text` somewhere (see `starts`)."""
    return next(starts(text, word, joining), -1) >= 0


def stands_before_capital(text: str, word: str) -> bool:
    """`re.search(rf"(?<!\\w){re.escape(word)} [A-Z]", text)`: `word`, with no
    word character before it, then a space and a capital A-Z."""
    key = word + " "
    at = text.find(key)
    while at >= 0:
        after = at + len(key)
        if (at == 0 or not is_word_char(text[at - 1])) and after < len(text) and "A" <= text[after] <= "Z":
            return True
        at = text.find(key, at + 1)
    return False


def first_start_any_case(text: str, phrase: str, joining: str) -> int:
    """Where `re.search(rf"(?<![\\w{joining}]){re.escape(phrase)}(?![\\w{joining}])",
    text, re.I)` finds `phrase` (-1: nowhere). By string search when both are
    ASCII (there `re.I` is `lower()`: the Unicode case pairs "K"/"K", "s"/"ſ"
    and "i"/"İ" need a character outside ASCII); by that pattern otherwise."""
    if not (text.isascii() and phrase.isascii()):
        found = re.search(rf"(?<![\w{joining}]){re.escape(phrase)}(?![\w{joining}])", text, re.I)
        return found.start() if found else -1
    return next(starts(text.lower(), phrase.lower(), joining), -1)
