"""The word scans of `pack.text.wordscan` find what their patterns find.

The ASCII twin of each pattern must agree with the Unicode pattern on
every ASCII text, and `CLAUSE_WORDS` must agree with its own pattern on
every text, whether it reads `COUNTED_WORDS`' list or scans itself.
"""

import random
import re

from pack.text.wordscan import CLAUSE_WORDS, COUNTED_WORDS, NAME_WORDS, Scan, ascii_twin

ASCII = "aZ09_-'&. ,(x)Q\t"
WIDER = ASCII + "éÅß’–×÷²½ſΩ\u0301"
SCANS = (NAME_WORDS, COUNTED_WORDS, CLAUSE_WORDS)


def _texts(alphabet: str, count: int = 3000, seed: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def test_ascii_twin_finds_what_the_pattern_finds_on_ascii_text():
    for scan in SCANS:
        for text in _texts(ASCII) + ["Brest-Litovsk, GC&CS dan ke-20 (1917) d'Alais", "__init__ a_b"]:
            assert scan.ascii.findall(text) == scan.pattern.findall(text), (scan.pattern.pattern, text)
            assert scan.findall(text) == scan.pattern.findall(text)


def test_scans_find_what_their_patterns_find_on_any_text():
    for scan in SCANS:
        for text in _texts(WIDER) + ["Marxisme–Leninisme 3 × 4 ÷ 2 a_b", "Wöhler’s ſ"]:
            assert scan.findall(text) == scan.pattern.findall(text), (scan.pattern.pattern, text)
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]


def test_findall_hands_out_a_fresh_list():
    first = CLAUSE_WORDS.findall("one two")
    first.append("three")
    assert CLAUSE_WORDS.findall("one two") == ["one", "two"]
    assert COUNTED_WORDS.findall("one two") == ["one", "two"]


def test_a_case_blind_pattern_has_no_twin():
    pattern = re.compile("ſ", re.IGNORECASE)
    assert ascii_twin(pattern) is pattern
    assert Scan(pattern).findall("s") == ["s"]


def test_possessive_joins_find_what_greedy_ones_find():
    greedy = re.compile(r"[^\W\d_]+(?:[-–'’][^\W_]+|&(?=[A-Z])[^\W\d_]+)*")
    for text in _texts(WIDER + "-–&A", seed=5) + ["Brest-Litovsk GC&CS R&d ke-20- x'’y"]:
        assert NAME_WORDS.pattern.findall(text) == greedy.findall(text), text


def test_a_pattern_with_unicode_spaces_has_no_twin():
    # Unicode's \s takes U+001C..U+001F, ASCII's does not: no twin may differ on an ASCII text.
    for source in (r"([^\W\d_]+)\s+$", r"\S+"):
        pattern = re.compile(source)
        assert ascii_twin(pattern) is pattern
        assert Scan(pattern).findall("ab\x1c") == pattern.findall("ab\x1c")
