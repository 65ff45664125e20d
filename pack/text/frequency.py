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
the lists' words, made-up words and the samples' words).

The list itself is kept beside this module, as bytecode is
(`pack.derived`), as a `FrequencyTable`: wordfreq builds its dictionary
word by word in Python from its packed file, about 0.47 G instructions for
the English list (321,000 words) on every run, the costliest single step of
an English article's extraction; the table is read back as three byte
strings. Any other word (capitals, digits, accents, hyphens,
apostrophes) is looked up in the same kept list by wordfreq's own steps
(its tokenizer, its digit rule, its combining of several tokens, its
rounding), so that wordfreq never builds its list a second time. A language
whose list wordfreq would find by closeness, or that it does not split with
its word pattern, goes to wordfreq whole.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from wordfreq import available_languages, get_frequency_dict, zipf_frequency, zipf_to_freq
try:    # wordfreq's own steps, outside its documented API: without them every word goes to wordfreq
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
except ImportError:
    get_language_info = None
from wordfreq.tokens import lossy_tokenize

from pack.derived import derived

UNKNOWN = zipf_to_freq(0.0)     # the frequency wordfreq gives a word it does not know (its default minimum)


def zipf(word: str, code: str) -> float:
    """`wordfreq.zipf_frequency(word, code)`, read from the kept frequency list."""
    freqs = _frequencies(code)
    if freqs is None:
        return zipf_frequency(word, code)
    if word.isascii() and word.isalpha() and word.islower():
        found = freqs.get(word)       # the one token wordfreq's word pattern makes of it
        freq = UNKNOWN if found is None else _rounded(max(1.0 / (1.0 / found), UNKNOWN))
    else:
        freq = _word_frequency(word, code, freqs)
    return round(math.log(freq, 10) + 9, 2)


def _word_frequency(word: str, code: str, freqs: FrequencyTable | dict[str, float]) -> float:
    """wordfreq's `word_frequency(word, code, "best", UNKNOWN)`, step by step
    (its `_word_frequency` for a language split by its word pattern)."""
    tokens = lossy_tokenize(word, code)
    if not tokens:
        return UNKNOWN
    one_over_result = 0.0
    for token in tokens:              # several tokens: 1 / f = 1 / f1 + 1 / f2 + ...
        smashed = smash_numbers(token)
        freq = freqs.get(smashed)
        if freq is None:
            return UNKNOWN
        if smashed != token:          # digits stand as 0s in the list; their own share apart
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    return _rounded(max(1.0 / one_over_result, UNKNOWN))


@lru_cache(maxsize=None)
def _frequencies(code: str) -> FrequencyTable | dict[str, float] | None:
    """wordfreq's `get_frequency_dict(code, "best")`, kept beside this module as
    a `FrequencyTable` (keyed by wordfreq's list file); the dictionary itself
    when no copy can be kept; None for a language to leave to wordfreq."""
    path = available_languages("best").get(code)
    if path is None or not _plain_tokenizer(code):
        return None
    packed = derived(Path(path), "frequency-table-2", Path(__file__).parent / "__pycache__",
                     lambda _: FrequencyTable.pack(get_frequency_dict(code, "best")),
                     unkept=lambda _: get_frequency_dict(code, "best"))
    return FrequencyTable(packed) if isinstance(packed, tuple) else packed


class FrequencyTable:
    """A frequency dictionary as flat arrays: every word's UTF-8 bytes end
    to end in byte order, where each starts, the index of its frequency
    among the few hundred distinct ones (wordfreq's bands), and where the
    words of each two-byte opening begin (`_opening`).

    Why not the dictionary: a kept dictionary of 321,000 English words
    still makes a string, and a hash and a slot for it, per word when it is
    read back (0.35 G instructions, nearly what wordfreq's own build
    costs); these arrays are read back as byte strings, and an article
    looks up a few thousand words, each by bisection among the few words
    that open as it does.
    """

    __slots__ = ("words", "starts", "bands", "frequencies", "openings")

    def __init__(self, packed: tuple):
        self.words, starts, bands, self.frequencies, openings = packed
        self.starts, self.bands, self.openings = array("I"), array("H"), array("I")
        self.starts.frombytes(starts)
        self.bands.frombytes(bands)
        self.openings.frombytes(openings)

    @staticmethod
    def pack(freqs: dict[str, float]) -> tuple:
        """(words, starts, bands, frequencies, openings) of a frequency dictionary, for `marshal`."""
        keys = sorted((word.encode("utf-8"), freq) for word, freq in freqs.items() if word)
        frequencies = tuple(sorted(set(freqs.values())))
        band = {freq: i for i, freq in enumerate(frequencies)}
        starts = array("I", [0])
        for key, _ in keys:
            starts.append(starts[-1] + len(key))
        bands = array("H", [band[freq] for _, freq in keys])
        opened = [_opening(key) for key, _ in keys]          # in order, as the keys are
        openings = array("I", [bisect_left(opened, n) for n in range(OPENINGS + 1)])
        return (b"".join(key for key, _ in keys), starts.tobytes(), bands.tobytes(), frequencies,
                openings.tobytes())

    def get(self, word: str, default: float | None = None) -> float | None:
        key = word.encode("utf-8", "surrogatepass")     # (a lone surrogate is no listed word)
        if not key:
            return default
        words, starts = self.words, self.starts
        opening = _opening(key)
        low, high = self.openings[opening], self.openings[opening + 1]
        while low < high:               # the first word not before `key`
            middle = (low + high) // 2
            if words[starts[middle]:starts[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        if low < self.openings[opening + 1] and words[starts[low]:starts[low + 1]] == key:
            return self.frequencies[self.bands[low]]
        return default


OPENINGS = 256 * 257      # two-byte openings; a one-byte word before every longer one of its byte


def _opening(key: bytes) -> int:
    """The number of a word's first two bytes, in the words' byte order (b"a" < b"a\\x00" < b"ab")."""
    return key[0] * 257 + (key[1] + 1 if len(key) > 1 else 0)


@lru_cache(maxsize=None)
def _plain_tokenizer(code: str) -> bool:
    """wordfreq splits this language's text with its word pattern (not a
    dictionary-based segmenter), which leaves a run of ASCII letters whole."""
    if get_language_info is None:    # a wordfreq without those modules: ask wordfreq itself
        return False
    try:
        return get_language_info(code)["tokenizer"] == "regex"
    except (KeyError, TypeError):
        return False


def _rounded(freq: float) -> float:
    """wordfreq's rounding of a frequency to 3 significant digits."""
    return round(freq, math.floor(-math.log(freq, 10)) + 3)
