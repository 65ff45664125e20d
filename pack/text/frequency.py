"""Text analysis: how common a word is in general usage (wordfreq's Zipf scale).

Inputs: a word and a language code. Output: `zipf(word, code)`, exactly
`wordfreq.zipf_frequency(word, code)` (0 = unknown, 7 = "the").

Why not call wordfreq every time: an article asks about 1,400-3,300
distinct words, and each `zipf_frequency` call first tokenizes its word
(language lookup, Unicode normalisation, case folding, the `regex`
module's word pattern, quote straightening): about 8 µs a word, 0.012-
0.025 s an article, against 2-3 µs here. Most words asked about are
plain lower-case ASCII letters ("kulak", "smelting"),
which a language with wordfreq's "regex" tokenizer turns into the one
token it is: for those the frequency list is read directly and the rest
of wordfreq's arithmetic done as wordfreq does it (the same float
operations, so the same numbers; test_frequency compares the two over
the lists' words, made-up words and the samples' words). Any other
word (capitals, digits, accents, spaces, apostrophes) goes to wordfreq.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency, zipf_to_freq
from wordfreq.language_info import get_language_info

UNKNOWN = zipf_to_freq(0.0)     # the frequency wordfreq gives a word it does not know (its default minimum)


def zipf(word: str, code: str) -> float:
    """`wordfreq.zipf_frequency(word, code)`, read directly for a plain lower-case ASCII word."""
    if not (word.isascii() and word.isalpha() and word.islower()) or not _plain_tokenizer(code):
        return zipf_frequency(word, code)
    # Positional arguments: the cache entry wordfreq's own lookups use.
    found = get_frequency_dict(code, "best").get(word)
    freq = UNKNOWN if found is None else _rounded(max(1.0 / (1.0 / found), UNKNOWN))
    return round(math.log(freq, 10) + 9, 2)


@lru_cache(maxsize=None)
def _plain_tokenizer(code: str) -> bool:
    """wordfreq splits this language's text with its word pattern (not a
    dictionary-based segmenter), which leaves a run of ASCII letters whole."""
    return get_language_info(code)["tokenizer"] == "regex"


def _rounded(freq: float) -> float:
    """wordfreq's rounding of a frequency to 3 significant digits."""
    return round(freq, math.floor(-math.log(freq, 10)) + 3)
