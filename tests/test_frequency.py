"""pack.text.frequency: `zipf` gives what wordfreq's `zipf_frequency` gives.

The fast paths (plain lower-case ASCII words read from the frequency list,
and words of Latin letters, digits and hyphens split without wordfreq)
must agree with wordfreq for every word, known or not: words of the lists
(a stride through the English one, all of the Indonesian one), made-up
letter strings (unknown words), and the words of the bundled samples in
their own case (capitals and accents), and with their hyphens, digits and
apostrophes (several tokens, combined as wordfreq combines them).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from pack.text.frequency import zipf

SAMPLES = Path(__file__).resolve().parent.parent / "assets" / "samples"


def _words(code: str, stride: int) -> list[str]:
    listed = [w for w in get_frequency_dict(code, "best") if w.isascii() and w.isalpha()][::stride]
    rng = random.Random(code)
    made_up = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 12)))
               for _ in range(2000)]
    # Words as the samples write them, and runs with their hyphens, digits,
    # apostrophes and stops ("Marxisme-Leninisme", "1920-an", "Wöhler's"):
    # several tokens for wordfreq, combined by its rule.
    in_samples = sorted({w for p in SAMPLES.glob("*.txt") for pattern in (r"\w+", r"[\w'’.-]+")
                         for w in re.findall(pattern, p.read_text("utf-8"))})
    return listed + made_up + in_samples


@pytest.mark.parametrize("code, stride", [("id", 1), ("en", 20)])
def test_zipf_is_wordfreqs(code, stride):
    differ = [(w, zipf(w, code), zipf_frequency(w, code)) for w in _words(code, stride)
              if zipf(w, code) != zipf_frequency(w, code)]
    assert differ == []


def test_zipf_reads_the_list_for_plain_words():
    """The list's own rounding: "the" is 7.73 in English, an unknown word 0."""
    assert zipf("the", "en") == zipf_frequency("the", "en") > 7
    assert zipf("qzxqzxqzx", "en") == 0.0


@pytest.mark.parametrize("code", ["id", "en"])
def test_the_kept_table_holds_every_word_of_the_list(code):
    """The packed table (what `pack.derived` keeps) answers as wordfreq's dictionary, word by word."""
    from pack.text.frequency import FrequencyTable
    freqs = get_frequency_dict(code, "best")
    table = FrequencyTable(FrequencyTable.pack(freqs))
    assert [w for w, f in freqs.items() if table.get(w) != f] == []
    assert table.get("qzxqzxqzx") is None and table.get("") is None and table.get("\ud800") is None


def test_without_wordfreqs_inner_modules_every_word_goes_to_wordfreq(monkeypatch):
    """The fallback when wordfreq's undocumented modules are not what we import
    (and so no kept copy of ours was made from them): the same numbers, from
    wordfreq's own zipf_frequency."""
    from pack.text import frequency
    monkeypatch.setattr(frequency, "_plain_tokenizer", lambda code: False)
    monkeypatch.setattr(frequency, "derived", lambda source, kind, folder, make, unkept=None: make(source))
    frequency._frequencies.cache_clear()
    try:
        assert frequency._frequencies("en") is None
        for word in ("smelting", "Kulak", "co-operation", "1917", "kolektivisasi"):
            for code in ("en", "id"):
                assert frequency.zipf(word, code) == zipf_frequency(word, code)
    finally:
        frequency._frequencies.cache_clear()


def test_simple_words_are_split_as_wordfreq_splits_them(monkeypatch):
    """`_simple_tokens` (the words read without importing wordfreq) against
    wordfreq's tokenizer: every letter below U+0300 in every place of a
    word (beside hyphens, digits, apostrophes, stops, brackets), and random
    words of letters and marks; `zipf` against `zipf_frequency` for all.
    The steps are made as for a kept copy (none is written)."""
    from wordfreq.tokens import lossy_tokenize
    from pack.text import frequency
    monkeypatch.setattr(frequency, "derived", lambda source, kind, folder, make, unkept=None: make(source))
    frequency._frequencies.cache_clear()
    try:
        steps = frequency._frequencies("en").steps
        assert steps is not None and "é" in steps.letters and "A" not in steps.letters
        words = [template.format(c=chr(n)) for n in range(0x300) for template in (
            "{c}", "ab{c}", "{c}b-x{c}", "12{c}3", "x{c}'s", "{c}'{c}ab", "l'{c}b", "d'{c}", "{c}{c}'a",
            "ab{c}'", "'{c}x", "{c}.", "a{c}1,", "r{c} x{c}", "(a{c})", "1{c}2", "{c}1999", "{c}-20")]
        rng = random.Random(26)
        marks = list("aeioulrtsxhdq0123456789 -–—‐‑'.,()[]’Aßµ") + ["é", "ə", "ˈ", "ʼ", "ø", "ı", "ā", "ǀ", "ª"]
        words += ["".join(rng.choice(marks) for _ in range(rng.randint(1, 9))) for _ in range(10000)]
        words += ["1920-an", "ke-20", "00447", "mid-15th", "19th-century", "2000s", "al2o3", "1" * 30 + "a"]
        for code in ("en", "id"):
            split = [(w, t) for w in words if (t := frequency._simple_tokens(w, steps)) is not None]
            assert len(split) > len(words) // 3
            assert [(w, t) for w, t in split if t != lossy_tokenize(w, code)] == []
            assert [w for w in words if frequency.zipf(w, code) != zipf_frequency(w, code)] == []
    finally:
        frequency._frequencies.cache_clear()
