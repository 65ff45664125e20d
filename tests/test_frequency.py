"""pack.text.frequency: `zipf` gives what wordfreq's `zipf_frequency` gives.

The fast path (plain lower-case ASCII words read from the frequency list)
must agree with wordfreq for every word, known or not: words of the lists
(a stride through the English one, all of the Indonesian one), made-up
letter strings (unknown words), and the words of the bundled samples in
their own case (capitals and accents, which go to wordfreq).
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
    in_samples = sorted({w for p in SAMPLES.glob("*.txt") for w in re.findall(r"\w+", p.read_text("utf-8"))})
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
