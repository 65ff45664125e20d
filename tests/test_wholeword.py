"""pack.text.wholeword finds what the patterns it stands in for find."""

import random
import re

from pack.text.wholeword import first_start_any_case, last_start, stands_before_capital, stands_in, starts

# Letters of both cases, word and non-word characters, and the Unicode case
# pairs that make re.IGNORECASE differ from lower() ("K"/Kelvin, "s"/"ſ", "i"/"İ"/"ı").
ALPHABET = "aAbB _-.’'é1 ÀKkſsS\u0130iIı\u212a"


def _cases(count: int):
    draw = random.Random(28)
    for _ in range(count):
        text = "".join(draw.choice(ALPHABET) for _ in range(draw.randint(0, 14)))
        word = "".join(draw.choice(ALPHABET) for _ in range(draw.randint(0, 3)))
        if text and draw.random() < 0.4:          # often a piece of the text itself
            at = draw.randrange(len(text))
            word = text[at:at + draw.randint(1, 3)]
        yield text, word


def test_the_same_places_as_the_patterns():
    for text, word in _cases(4000):
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        assert list(starts(text, word)) == found, (text, word)
        assert last_start(text, word) == (found[-1] if found else -1), (text, word)
        joined = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)
        assert stands_in(text, word, "'’-") == bool(joined), (text, word)
        capital = re.search(rf"(?<!\w){re.escape(word)} (?-i:[A-Z])", text)
        assert stands_before_capital(text, word) == bool(capital), (text, word)
        if word:
            for joining in ("", "'’-"):
                any_case = re.search(rf"(?<![\w{joining}]){re.escape(word)}(?![\w{joining}])", text, re.I)
                assert first_start_any_case(text, word, joining) == (any_case.start() if any_case else -1), (text, word)


def test_examples():
    assert last_start("the statue and the statue", "statue") == 19
    assert not stands_in("statues", "statue")
    assert first_start_any_case("At THE Statue.", "the statue", "'’-") == 3
    assert stands_before_capital("Franklin Medal", "Franklin")
    assert not stands_before_capital("Franklin medal", "Franklin")
