"""pack.text.frequency: `zipf` gives what wordfreq's `zipf_frequency` gives.

The fast path (plain lower-case ASCII words read from the frequency list)
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
    """The fallback when wordfreq's undocumented modules are not what we import:
    the same numbers, from wordfreq's own zipf_frequency."""
    from pack.text import frequency
    monkeypatch.setattr(frequency, "get_language_info", None)
    frequency._plain_tokenizer.cache_clear()
    frequency._frequencies.cache_clear()
    try:
        assert frequency._frequencies("en") is None
        for word in ("smelting", "Kulak", "co-operation", "1917", "kolektivisasi"):
            for code in ("en", "id"):
                assert frequency.zipf(word, code) == zipf_frequency(word, code)
    finally:
        frequency._plain_tokenizer.cache_clear()
        frequency._frequencies.cache_clear()
