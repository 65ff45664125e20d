"""Sentence, token and cue helpers: the fast forms give what the plain ones gave.

`search_back` looks for an end-anchored pattern in a window first (a
speed-up of sentence splitting); `tokenize` fills every token field at
once; `cue_before` / `cue_after` look cue phrases up by length instead of
comparing each. All must agree with the straightforward computation.
"""

from __future__ import annotations

import random
import re

from pack.text.sentences import LAST_WORD, search_back
from pack.text.tokens import ROMAN, WORD, tokenize

# Letters, digits, dots and spaces in long runs: the cases where a window cut matters.
ALPHABET = ["a", "B", "é", "Ж", "1", "_", ".", ".", " ", "'", "-", "ⅰ"]


def random_texts(count: int, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(count):
        length = rng.choice([0, 1, 3, 20, 47, 48, 49, 50, 51, 120])
        yield "".join(rng.choice(ALPHABET) if rng.random() < 0.3 else rng.choice("ab.")
                      for _ in range(length))


def test_search_back_finds_what_a_plain_search_finds():
    for pattern in (LAST_WORD, re.compile(r"([\w.]+)$")):
        for text in random_texts(3000):
            for start in {0, len(text) // 3}:
                for end in {len(text), max(start, len(text) - 2)}:
                    plain = pattern.search(text[start:end])
                    fast = search_back(pattern, text, start, end)
                    assert (plain.group() if plain else None) == (fast.group() if fast else None), (text, start, end)
                    if plain:
                        assert fast.start() == start + plain.start()


def test_token_fields_match_their_definitions():
    text = "Wöhler's NKVD d'Alais l'Orient III Ivan ke-20 PBB-nya Ⅻ-an x ⅰAB USA's Über"
    for token in tokenize(text, "en"):
        word = token.text
        letters = [c for c in word if c.isalpha()]
        assert token.cap == (word[:1].isupper() or bool(re.match(r"^[dl]['’][^\W\d_]", word)))
        assert token.acronym == (len(letters) >= 2 and all(c.isupper() for c in letters)
                                 and not ROMAN.match(word))
        assert token.roman == bool(ROMAN.match(word))
        assert token.key == re.sub(r"['’]s$", "", word).casefold()
    assert [t.text for t in tokenize(text, "en")] == WORD.findall(text)


def plain_cue_before(keys, first, phrases):
    for phrase in phrases:
        if first >= len(phrase) and tuple(keys[first - len(phrase):first]) == phrase:
            return len(phrase)
    return 0


def plain_cue_after(keys, start, phrases):
    for phrase in phrases:
        if tuple(keys[start:start + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def test_cue_lookups_return_the_first_listed_phrase_that_fits():
    from pack.text.phrases import cue_after, cue_before

    rng = random.Random(11)
    words = ["a", "b", "c"]
    for _ in range(2000):
        # Unsorted lists too (callers join two lists), repeats and the empty phrase.
        phrases = tuple(tuple(rng.choice(words) for _ in range(rng.randint(0, 3)))
                        for _ in range(rng.randint(0, 6)))
        keys = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        for at in range(-1, len(keys) + 2):
            assert cue_before(keys, at, phrases) == plain_cue_before(keys, at, phrases), (keys, at, phrases)
            assert cue_after(keys, at, phrases) == plain_cue_after(keys, at, phrases), (keys, at, phrases)
