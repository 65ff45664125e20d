"""`phrase_pattern` (pack.text.language): the pattern written by first letter
matches exactly what the plain case-insensitive alternation matches."""

import random
import re

import pytest

from pack.text.language import CASES, NEVER, WORD_START, phrase_alternation, phrase_pattern, word_start_phrases


def _plain(phrases, suffix=r"(?![\w-])"):
    """The pattern as phrase_pattern wrote it before: every phrase tried at every place."""
    body = phrase_alternation(phrases)
    return re.compile(NEVER if body == NEVER else f"{WORD_START}(?:{body}){suffix}", re.IGNORECASE)


def test_the_letter_table_is_what_a_case_insensitive_pattern_takes():
    # Every Unicode character, against each ASCII letter in either case.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in CASES:
        for written in (letter, letter.upper()):
            taken = "".join(re.findall(written, everything, re.IGNORECASE))
            assert sorted(taken) == sorted(CASES[letter]), written


def test_a_list_of_ascii_phrases_is_written_by_first_letter():
    # The fast form: a case-sensitive class of first letters the engine can scan for.
    assert phrase_pattern(["turning point", "decisive", "Key"]).pattern.startswith("(?:(?-i:[")
    # A phrase opening with another character keeps the plain form.
    assert phrase_pattern(["école", "decisive"]).pattern.startswith(WORD_START)
    assert phrase_pattern(["decisive"], prefix="^").pattern.startswith("^")


WORDS = ["war", "warfare", "war crimes", "a", "an", "ark", "is", "isle", "kin", "Kind", "sea", "so",
         "so-called", "Irish", "ılık", "titik balik", "x", "de facto", "e.g.", "(ad)", "K9", "Ship"]
PIECES = ["war", "War", "WARFARE", "fare", " ", "  ", "\n", "\t", "-", "_", "crimes", "İsle", "ısle", "ſo",
          "ſea", "Kin", "kind", "KIND", "a", "n", "rk", "is", "le", "1", "é", "ship", "ſhip", "balik",
          "titik", ".", ",", "(", ")", "ad", "facto", "de", "e.g.", "g", "Irish", "IRISH", "ılık", "9", "K"]


@pytest.mark.parametrize("seed", range(4))
def test_the_same_matches_as_the_plain_alternation(seed):
    rng = random.Random(seed)
    for _ in range(400):
        phrases = rng.sample(WORDS, rng.randint(1, 8))
        suffix = rng.choice([r"(?![\w-])", r"\b", ""])
        fast, plain = phrase_pattern(phrases, suffix=suffix), _plain(phrases, suffix)
        for _ in range(10):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
            at = rng.randint(0, len(text))
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (phrases, text)
            found, expected = fast.search(text, at), plain.search(text, at)
            assert (found and found.span()) == (expected and expected.span()), (phrases, text, at)
            found, expected = fast.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (phrases, text, at)


@pytest.mark.parametrize("seed", range(2))
def test_inside_a_larger_pattern_the_groups_match_as_before(seed):
    # As the questions use it: "(?P<verb>...)" then the word after.
    rng = random.Random(seed)
    for _ in range(400):
        phrases = rng.sample(WORDS, rng.randint(1, 8))
        fast = re.compile(rf"(?P<verb>{word_start_phrases(phrases)})\s+(?P<after>\S+)", re.IGNORECASE)
        plain = re.compile(rf"{WORD_START}(?P<verb>{phrase_alternation(phrases)})\s+(?P<after>\S+)", re.IGNORECASE)
        for _ in range(10):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
            assert [m.regs for m in fast.finditer(text)] == [m.regs for m in plain.finditer(text)], (phrases, text)


def _plain_anchor(months):
    """`Language.time_anchor` as it was written before `time_anchor`."""
    names = "|".join(re.escape(m) for m in months) or NEVER
    return re.compile(
        rf"(?<![\w.,])(?:\d{{1,2}}\s+)?(?:{names})(?:\s*[-–]\s*(?:{names}))?(?:\s+\d{{4}})?(?![\w])"
        rf"|(?<![\w.,$])\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?(?:-an|s)?(?![\w.,]\d)", re.IGNORECASE)


ANCHOR_PIECES = ["1", "12", "1930", "2", "٣", " ", "\n", "-", "–", "-an", "s", "$", ".", ",", "x", "Mei",
                 "may", "MAY", "maret", "Sept", "ſept", "ember", "Kislev", "Kislev", "İyar", "ıyar", "iyar",
                 "januari", "Juni", "June", "(", "an"]


@pytest.mark.parametrize("months", [
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september"],
    ["january", "may", "june", "sept", "september", "December"],
    ["kislev", "Iyar", "sivan", "m"],
    ["mei", "ɛtɔ"],            # a month not opening with an ASCII letter: the plain form
    [],
])
def test_the_time_anchor_finds_what_the_plain_pattern_finds(months):
    from pack.text.language import time_anchor

    fast, plain = re.compile(time_anchor(months), re.IGNORECASE), _plain_anchor(months)
    rng = random.Random(len(months))
    for _ in range(4000):
        text = "".join(rng.choice(ANCHOR_PIECES) for _ in range(rng.randint(0, 12)))
        assert fast.findall(text) == plain.findall(text), text
        at = rng.randint(0, len(text))
        found, expected = fast.match(text, at), plain.match(text, at)
        assert (found and found.span()) == (expected and expected.span()), (text, at)


def test_the_languages_time_anchors_open_with_a_class_to_scan_for():
    from pack.text.language import language

    for code in ("en", "id"):
        assert language(code).time_anchor.pattern.startswith("(?-i:[\\d")
