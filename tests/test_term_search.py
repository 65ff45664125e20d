"""Term and cue searches without a pattern per word find what the patterns find.

`names.standalone`, `names.written_onto`, `runs_before`, `runs_around`,
`runs_then`, `word_after_uses`, `word_around` and `after_space` (the
questions' searches around a term) and `cues.cue_at` (the timeline's cue
words) replace regular expressions built around each word (for speed),
`teaching._Phrases` (the passages that need care) runs its pattern only
where a phrase's first word stands, and `lists._only_items` (the
definitions' list items) replaces one that backtracked: over many
generated texts, with hyphens, underscores, brackets, digits, tabs, line
breaks, capitals and repeated terms, they must give exactly the
patterns' matches.
"""

import random
import re

import pytest

from pack.extract.questions.names import standalone, written_onto
from pack.extract.timeline.cues import cue_at

PIECES = ["ab", "a", "b", " ", "  ", "-", "_", "\n", "(", ")", "$", "1", "²", "é", "x", ":", ".", "c,", "(ab)", "%",
          "A", "\t", "\u0663", "ab ab"]
TERMS = ["ab", "a", "(ab)", "a b", "ab-", "b:", "-a", "é", " a", "A"]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))), rng.choice(TERMS)


def test_standalone_finds_what_the_boundary_pattern_finds():
    for text, term in _texts(1, 5000):
        alone = rf"(?<![\w-]){re.escape(term)}(?![\w-])"
        assert standalone(text, term) == [m.span() for m in re.finditer(alone, text)], (text, term)
        assert standalone(text, term, with_next=True) == \
            [m.span() for m in re.finditer(alone + "(.?)", text)], (text, term)


def test_written_onto_finds_the_glued_character():
    for text, term in _texts(2, 5000):
        pattern = rf"(?<![\w-]){re.escape(term)}(?=\S)(.)"
        assert written_onto(text, term) == [m.group(1) for m in re.finditer(pattern, text)], (text, term)


@pytest.mark.parametrize("key", ["ab", "a", "ab*", "a*", "b-", "é*", "%", "-a"])
def test_cue_at_finds_where_the_cue_pattern_first_matches(key):
    """As `\b` does, an edge is tested only where the cue's own edge is a word
    character: "%" stands in "12%", "b-" before "b"."""
    word, any_ending = key.rstrip("*"), key.endswith("*")
    lead = r"(?<!\w)" if re.match(r"\w", word[0]) else ""
    tail = r"[\w-]*(?!\w)" if any_ending else r"(?!\w)" if re.match(r"\w", word[-1]) else ""
    pattern = re.compile(lead + re.escape(word) + tail)
    for text, _ in _texts(4, 3000):
        found = pattern.search(text)
        assert cue_at(word, any_ending, text) == (found.start() if found else -1), (text, key)


class _Joiners:
    """The one word list `_only_items` reads from the language."""

    def __init__(self, joiners):
        self.joiners = frozenset(joiners)

    def words(self, section, name):
        assert (section, name) == ("people", "list_joiners")
        return self.joiners


@pytest.mark.parametrize("joiners", [("and", "or", "dan"), (), ("a",), ("and", "an")])
def test_only_items_accepts_what_the_item_pattern_matches(joiners):
    """The list-items test (definitions `lists._only_items`) decides what the
    pattern it replaces (which backtracked exponentially on long runs of
    words) matched in full, with and without joiners, items near the length limit."""
    from pack.text.definitions.lists import ASIDE, MAX_ITEM_CHARS, _only_items
    names = "|".join(re.escape(j) for j in sorted(joiners))
    item = rf"[^,;:.!?()]{{1,{MAX_ITEM_CHARS}}}?"
    pattern = re.compile(rf"(?:{item}(?:,\s*(?:(?:{names})\s+)?|\s+(?:{names})\s+))+")
    rng = random.Random(4)
    pieces = ["a", "b", " ", "  ", ",", ", ", "and", "dan", "or", "\u00a0", ".", "(", ")", "(x)", "a" * 39, "\n"]
    seen = set()
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = bool(pattern.fullmatch(ASIDE.sub("", text)))
        assert _only_items(text, _Joiners(joiners)) == expected, (text, joiners)
        seen.add(expected)
    assert seen == {True, False}


@pytest.mark.parametrize("seed", [5, 6])
def test_searches_around_a_term_find_what_their_patterns_find(seed):
    """`names.runs_before`, `runs_around`, `runs_then`, `word_after_uses`,
    `word_around` and `after_space` replace patterns compiled for every term
    (context._is_fragment, _is_compound_part, _used_as_adjective,
    _case_as_written, _as_named; ask_terms._glued_in, describes)."""
    from pack.extract.questions.names import (after_space, runs_around, runs_before, runs_then, word_after_uses,
                                              word_around)
    for text, term in _texts(seed, 6000):
        t = re.escape(term)
        assert runs_before(text, term) == [m.group(1) for m in re.finditer(rf"(\S++)\s+{t}(?![\w-])", text)], (text, term)
        around = rf"(\S++\s+\S++\s+)?(?<![\w-]){t}(?![\w-])(\s+\S+)?"
        assert runs_around(text, term) == [(m.group(1) or "", m.group(2) or "") for m in re.finditer(around, text)], \
            (text, term)
        after = rf"(?<![\w-]){t}(?![\w-])(?: ([a-z][\w-]*))?"
        assert word_after_uses(text, term) == [m.group(1) or "" for m in re.finditer(after, text)], (text, term)
        assert after_space(text, term) == bool(re.search(rf"(?<=\s){t}(?![\w-])", text)), (text, term)
        then = rf"(?:(\S+)\s+)?(?:(\S+)\s+)?{t}(?![\w-])"
        assert runs_then(text, term) == [(m.group(1) or "", m.group(2) or "") for m in re.finditer(then, text)], \
            (text, term)
        named = rf"(?:^|(\S*+)\s+){t}(?![\w-])(?:\s+([^\W\d_][\w-]*))?"
        assert word_around(text, term) == [(m.group(1) or "", m.group(2) or "") for m in re.finditer(named, text)], \
            (text, term)


def test_in_brackets_finds_what_its_pattern_finds():
    """`ask_recall._in_brackets` replaces `\\([^)]*YEAR` made for every year."""
    from pack.extract.questions.ask_recall import _in_brackets
    rng = random.Random(7)
    pieces = ["1588", "158", "8", "(", ")", " ", "x", "(1588", ")1588", "\n"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        year = rng.choice(["1588", "5881", "8158"])
        assert _in_brackets(text, year) == bool(re.search(rf"\([^)]*{year}", text)), (text, year)


def test_unlike_lower_holds_every_letter_a_pattern_takes_for_another():
    """`teaching.UNLIKE_LOWER`: every character that a case-insensitive
    pattern of one printable ASCII character matches, and whose lower case
    is not that character's, over all of Unicode."""
    import string
    import sys
    from pack.extract.questions.teaching import UNLIKE_LOWER
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    unlike = {x for c in string.printable if not c.isspace()
              for x in re.findall(re.escape(c), every, re.IGNORECASE) if x.lower() != c.lower()}
    assert unlike and unlike <= set(UNLIKE_LOWER)


def test_phrases_find_what_their_pattern_finds():
    """`teaching._Phrases` passes a text over when its lower case holds no
    phrase's first word: the same answers as the case-insensitive pattern."""
    from pack.extract.questions.teaching import UNLIKE_LOWER, _Phrases, _matches
    rng = random.Random(8)
    lists = [["ab", "ab ba", "b-a"], ["Ba", "as"], ["é", "ab"], [], ["si"]]
    pieces = ["a", "b", "A", "B", " ", "-", "é", "É", "ſ", "ı", "İ", "s", "i", "I", "\n", "x"]
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        words = rng.choice(lists)
        phrases = _Phrases(words)
        lowered = None if any(c in text for c in UNLIKE_LOWER) else text.lower()
        assert phrases.search(text, lowered) == bool(phrases.pattern.search(text)), (text, words)
        assert _matches(text, phrases, [_Phrases(["a"]), _Phrases(["b"])]) == \
            bool(phrases.pattern.search(text) or (re.search(r"(?<![\w-])a(?![\w-])", text, re.I)
                                                 and re.search(r"(?<![\w-])b(?![\w-])", text, re.I))), (text, words)
