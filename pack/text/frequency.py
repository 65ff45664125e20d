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
strings. A word of lower-case Latin letters and digits between hyphens
or spaces ("de-stalinisasi", "ke-20", "józef") is split here, as
wordfreq's tokenizer would split it (`_simple_tokens`), and its digits
counted from wordfreq's own answers kept with the list (`_Steps`): an
article asks about a few hundred such words, and importing wordfreq for
them (with langcodes, ftfy and regex) cost more than the whole lookup.
Any other word (capitals, accents beside other marks, curly
apostrophes) is looked up in the same kept list by wordfreq's own steps
(its tokenizer, its digit rule, its combining of several tokens, its
rounding), wordfreq imported then, so that it never builds its list a
second time. A language whose list wordfreq would find by closeness, or
that it does not split with its word pattern, goes to wordfreq whole.
"""

from __future__ import annotations

import importlib.util
import math
import re
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

from pack.derived import derived
from pack.text.shortstack import import_wordfreq

UNKNOWN = 10 ** 0.0 / 1e9     # wordfreq's `zipf_to_freq(0.0)`: what it gives a word it does not know
# What always breaks a word for Unicode's word boundaries, which wordfreq's
# word pattern follows, and is in no token: spaces, hyphens, dashes, brackets.
SEPARATORS = re.compile("[ \\-\u2010\u2011\u2013\u2014()\\[\\]]")
LETTERS_END = 0x300      # the letters `_Steps` may hold: Latin, IPA, modifier letters (combining marks next)
DIGITS = frozenset("0123456789")
DIGIT_RUNS = re.compile("[0-9]{2,}")     # what wordfreq's `smash_numbers` turns to 0s in such a token
LONGEST_RUN = 24                         # digit runs of other lengths than 4 kept up to this long


class _Lookup(NamedTuple):
    """A language's kept list (a `FrequencyTable`, or the dictionary when
    no copy can be kept) and, when wordfreq reads the language's text with
    nothing but NFC and case folding before its word pattern (English,
    Indonesian), what `_simple_tokens` needs of wordfreq's other steps
    (`_Steps`); None for another language."""

    freqs: FrequencyTable | dict[str, float]
    steps: _Steps | None


class _Steps(NamedTuple):
    """wordfreq's own answers, kept with its list, for the words of
    `_simple_tokens`: the letters (below U+0300) its steps leave as they
    are and never split from a neighbour; ASCII digits with them; the
    letters after which "l'" or "qu'" is a word of its own (its French
    rule; "" when the rule could not be read); and `digit_freq` of each run
    of four digits ("0000" to "9999", the years) and of each other run by
    its first digit and length (Benford's law: only those count)."""

    letters: frozenset[str]
    word_characters: frozenset[str]
    initial_vowels: str
    years: array
    others: dict[tuple[str, int], float]


def zipf(word: str, code: str) -> float:
    """`wordfreq.zipf_frequency(word, code)`, read from the kept frequency list."""
    lookup = _frequencies(code)
    if lookup is None:
        return _wordfreq().zipf_frequency(word, code)
    if word.isascii() and word.isalpha() and word.islower():
        return _zipf([word], lookup, None)          # the one token wordfreq's word pattern makes of it
    tokens = lookup.steps and _simple_tokens(word, lookup.steps)
    if tokens is None:
        return _zipf(_wordfreq().lossy_tokenize(word, code), lookup, _wordfreq())
    return _zipf(tokens, lookup, None)


def _zipf(tokens: list[str], lookup: _Lookup, steps: SimpleNamespace | None) -> float:
    """The Zipf value of a word made of `tokens`; `steps`: wordfreq's own
    (`_wordfreq`) for tokens its tokenizer made, None for `_simple_tokens`'."""
    return round(math.log(_tokens_frequency(tokens, lookup, steps), 10) + 9, 2)


def _simple_tokens(word: str, steps: _Steps) -> list[str] | None:
    """The tokens wordfreq makes of a word of lower-case Latin letters and
    ASCII digits between spaces, hyphens, dashes or brackets
    ("de-stalinisasi", "józef", "ke-20", "1920-an", "al anbār"), perhaps
    with one apostrophe between letters ("geoffroy's", "l'ontario") or a
    stop, comma or apostrophe at an end ("r.", "years'"), found without
    wordfreq; None for any other word (wordfreq splits it).

    Why: importing wordfreq (with langcodes, ftfy and regex) costs about
    0.6 G instructions, some 7 % of a sample's extraction, and the samples
    ask about few other words (none in the Indonesian one). What wordfreq
    does to such a word: NFC and case folding, which leave its letters as
    they are (`_Steps.letters` are those that wordfreq's steps were seen to
    leave alone); Unicode's word boundaries, which never break between two
    letters or digits, nor at an apostrophe between letters, and always at
    a space, hyphen, dash or bracket, and at a stop, comma or apostrophe
    with no letter on one side, none of which is ever in a token; and its
    French rule, which makes "l'" of "l'ontario" a word of its own (then
    stripped of its apostrophe). tests/test_frequency.py compares this with
    wordfreq's tokenizer character by character.
    """
    tokens = []
    for part in SEPARATORS.split(word):
        if part[-1:] in (".", ",", "'"):     # no letter after it: a break, and the mark in no token
            part = part[:-1]
        if part[:1] == "'":                  # no letter before it: the same
            part = part[1:]
        if not part:
            continue
        if "'" in part:
            if part.count("'") > 1 or not _apostrophe_tokens(part, steps, tokens):
                return None
        elif steps.word_characters.issuperset(part):
            tokens.append(part)
        else:
            return None
    return tokens


def _apostrophe_tokens(part: str, steps: _Steps, tokens: list[str]) -> bool:
    """Adds the tokens of letters with one apostrophe between them to
    `tokens`: one ("geoffroy's", "o'keefe"), or two by the French rule
    ("l'ontario", "d'hénouville": one or two letters, then a vowel or h);
    False for anything else."""
    first, rest = part.split("'")
    if not (first and rest and steps.letters.issuperset(first) and steps.letters.issuperset(rest)):
        return False
    if len(first) > 2:
        tokens.append(part)
    elif not steps.initial_vowels:
        return False
    elif rest[0] in steps.initial_vowels:
        tokens += [first, rest]
    else:
        tokens.append(part)
    return True


def _tokens_frequency(tokens: list[str], lookup: _Lookup, steps: SimpleNamespace | None) -> float:
    """wordfreq's `word_frequency(word, code, "best", UNKNOWN)` from the
    word's tokens, step by step (its `_word_frequency` for a language split
    by its word pattern); its digit steps are `steps`', or, for tokens of
    `_simple_tokens` (no digit but ASCII ones, no stop or comma), ours."""
    if not tokens:
        return UNKNOWN
    one_over_result = 0.0
    for token in tokens:              # several tokens: 1 / f = 1 / f1 + 1 / f2 + ...
        smashed = token if token.isalpha() else \
            steps.smash_numbers(token) if steps else DIGIT_RUNS.sub(_zeros, token)
        freq = lookup.freqs.get(smashed)
        if freq is None:
            return UNKNOWN
        if smashed != token:          # digits stand as 0s in the list; their own share apart
            freq *= steps.digit_freq(token) if steps else _digit_freq(token, lookup.steps)
        one_over_result += 1.0 / freq
    return _rounded(max(1.0 / one_over_result, UNKNOWN))


def _zeros(run: re.Match) -> str:
    return "0" * len(run.group())


def _digit_freq(token: str, kept: _Steps) -> float:
    """wordfreq's `digit_freq` of a token of letters and ASCII digits, from
    its kept answers: the product of its runs' shares, in order."""
    freq = 1.0
    for run in DIGIT_RUNS.findall(token):
        share = kept.years[int(run)] if len(run) == 4 else kept.others.get((run[0], len(run)))
        if share is None:             # a run longer than any kept
            return _wordfreq().digit_freq(token)
        freq *= share
    return freq


@lru_cache(maxsize=None)
def _wordfreq() -> SimpleNamespace:
    """wordfreq's functions this module calls, imported on first need (see `_simple_tokens`)."""
    import_wordfreq()
    from wordfreq import zipf_frequency
    found = SimpleNamespace(zipf_frequency=zipf_frequency)
    try:        # its inner steps (only asked for when `_plain_tokenizer` found them)
        from wordfreq.numbers import digit_freq, smash_numbers
        from wordfreq.tokens import lossy_tokenize
        found.__dict__.update(digit_freq=digit_freq, smash_numbers=smash_numbers, lossy_tokenize=lossy_tokenize)
    except ImportError:
        pass
    return found


@lru_cache(maxsize=None)
def _frequencies(code: str) -> _Lookup | None:
    """wordfreq's `get_frequency_dict(code, "best")`, kept beside this module as
    a `FrequencyTable` (keyed by wordfreq's list file), with what `_Lookup`
    says of the language; the dictionary itself when no copy can be kept;
    None for a language to leave to wordfreq."""
    path = _list_file(code)
    if path is None:
        return None
    packed = derived(path, "frequency-table-5", Path(__file__).parent / "__pycache__",
                     lambda _: _packed(code, path), unkept=lambda _: _unpacked(code, path))
    if packed is None:
        return None
    freqs, steps = packed
    if steps is not None:
        letters, initial_vowels, years, others = steps
        steps = _Steps(letters, letters | DIGITS, initial_vowels, array("d", years), others)
    return _Lookup(FrequencyTable(freqs) if isinstance(freqs, tuple) else freqs, steps)


def _list_file(code: str) -> Path | None:
    """The file of wordfreq's "best" list for `code`, found without importing
    wordfreq: its large list if it has one, else its small one, in its data
    folder (`available_languages("best")` picks so; `_checked` makes sure)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        if (data / f"{size}_{code}.msgpack.gz").is_file():
            return data / f"{size}_{code}.msgpack.gz"
    return None


def _packed(code: str, path: Path) -> tuple | None:
    """(the packed table, `_steps`) for the kept copy; None: leave the language to wordfreq."""
    if not _checked(code, path):
        return None
    from wordfreq import get_frequency_dict
    return FrequencyTable.pack(get_frequency_dict(code, "best")), _steps(code)


def _unpacked(code: str, path: Path) -> tuple | None:
    """As `_packed`, with wordfreq's dictionary unpacked (no copy to be kept)
    and no `_Steps`: wordfreq is imported to make the dictionary, so its own
    steps cost nothing more, and making ours would."""
    if not _checked(code, path):
        return None
    from wordfreq import get_frequency_dict
    return get_frequency_dict(code, "best"), None


def _checked(code: str, path: Path) -> bool:
    """wordfreq reads `path` as `code`'s list, and splits its text with its word pattern."""
    import_wordfreq()
    from wordfreq import available_languages
    return available_languages("best").get(code) == str(path) and _plain_tokenizer(code)


def _steps(code: str) -> tuple | None:
    """`_Steps` (as marshal keeps it) for a language wordfreq reads with
    nothing but NFC and case folding before its word pattern (no
    transliteration, no marks removed, no Turkish i, no commas or cedillas
    changed); None for another. Each letter is tried with wordfreq's
    tokenizer, alone and between two others; a digit run other than a year
    is checked to count by its first digit and length only (a run longer
    than those kept goes to wordfreq)."""
    try:
        from wordfreq.language_info import get_language_info
        from wordfreq.numbers import digit_freq
        from wordfreq.tokens import INITIAL_VOWEL_EXPR, lossy_tokenize
        info = get_language_info(code)
    except (ImportError, KeyError, TypeError):
        return None
    if (info.get("tokenizer"), info.get("normal_form"), info.get("remove_marks"), info.get("dotless_i"),
            info.get("diacritics_under"), info.get("transliteration"), info.get("lookup_transliteration")) \
            != ("regex", "NFC", False, False, None, None, None):
        return None
    letters = frozenset(c for c in map(chr, range(LETTERS_END)) if c.isalpha()
                        and lossy_tokenize(c, code) == [c] and lossy_tokenize(f"a{c}b", code) == [f"a{c}b"])
    years = array("d", [digit_freq(f"{n:04d}") for n in range(10000)])
    others = {}
    for digit in DIGITS:
        for length in (n for n in range(2, LONGEST_RUN + 1) if n != 4):
            shares = {digit_freq(digit + filler * (length - 1)) for filler in "0159"}
            if len(shares) == 1:
                others[digit, length] = shares.pop()
    vowels = INITIAL_VOWEL_EXPR[1:-1] if isinstance(INITIAL_VOWEL_EXPR, str) and \
        re.fullmatch(r"\[[^\]\\^-]+\]", INITIAL_VOWEL_EXPR) else ""
    return letters, vowels, years.tobytes(), others


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
    try:    # wordfreq's own steps, outside its documented API: without them every word goes to wordfreq
        from wordfreq.language_info import get_language_info
        from wordfreq.numbers import digit_freq, smash_numbers  # noqa: F401 (`_wordfreq` needs them)
    except ImportError:
        return False
    try:
        return get_language_info(code)["tokenizer"] == "regex"
    except (KeyError, TypeError):
        return False


def _rounded(freq: float) -> float:
    """wordfreq's rounding of a frequency to 3 significant digits."""
    return round(freq, math.floor(-math.log(freq, 10)) + 3)
