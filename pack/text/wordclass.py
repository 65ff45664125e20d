"""Text analysis: which word classes a word can have, from a lexicon.

Stage: extract (asked by the candidate readers in `candidates` and
`nounphrases`, and by the glossary's gates: `ing_form` tells a verb's -ing
form, "adding potash"). Input: a lowercase word and a language code. Output: a
yes/no answer from the language's word-class table,
`pack/lang/<code>/wordclass.tsv.gz` (English only; read offline): can this
word be a noun at all? The rules of `glossary.toml` guess that from endings
("-ic", "-ous", "-ed"); the lexicon knows words no ending gives away
("warmest", "abrupt", "suggest" in "projections suggest", "explicitly"). It
also gives the singular of a plural no ending rule makes ("factories" ->
"factory", "nuclei" -> "nucleus"), so that the glossary groups both forms
into one entry.

The English table is derived from the LemmInflect lexicon by
`quality/wordclass_table.py`, which asks lemminflect's own functions about
every word it knows and keeps exactly the answers asked here (its classes,
the noun it is a form of, whether it is a superlative or an -ing form).
Reading it takes about 0.013 s; lemminflect itself parsed its whole lexicon and
imported numpy at the first look-up (0.25 s per English article).
`tests/test_wordclass.py` checks the table against lemminflect word by word.

For a language without a table (Indonesian), and for a word the table does
not know ("eukaryotic", "kulak"), every answer is "don't know" and the rules
decide alone.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from pack.derived import derived
from pack.lang import LANG_DIR

TABLE = "wordclass.tsv.gz"


class _Table:
    """One language's table: its first line (the lexicon it was made from)
    and its rows "word<TAB>classes<TAB>noun lemma<TAB>marks", sorted (the
    table is written so), found by bisection and split on use. An article
    asks about a few thousand words of the 60,000: a dictionary of every
    row took 0.019 s to build, the bisections take under 0.002 s."""

    def __init__(self, path: Path):
        # Unzipped once and kept beside the table (`pack.derived`, as Python
        # keeps bytecode): unzipping is some 0.02 G instructions a build.
        text = derived(path, "text", path.parent / "__pycache__", _unzipped_text)
        self.header, _, rows = text.partition("\n")
        self.path = path
        self.rows = rows.splitlines()

    @property
    def source(self) -> str:
        """The lexicon and the table's checksum. Made when asked (only the
        extraction cache asks): hashlib's import loads OpenSSL, and the checksum
        reads the whole file, some 0.02 G instructions a build without a cache."""
        import hashlib
        return f"{self.header.lstrip('# ')} ({hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]})"

    def answers(self, word: str) -> list[str] | None:
        key = word.lower() + "\t"        # looked up lowercase, as the lexicon does
        at = bisect_left(self.rows, key)
        if at < len(self.rows) and self.rows[at].startswith(key):
            return self.rows[at][len(key):].split("\t")
        return None


def _unzipped_text(path: Path) -> str:
    """The table file's text."""
    return _gunzipped(path.read_bytes()).decode("utf-8")


def _gunzipped(data: bytes) -> bytes:
    """`gzip.decompress(data)`, by zlib alone for a file of one gzip member
    (the tables are written so): the `gzip` module's import (some 4 M
    instructions, with `struct` and `_compression`) is made only for a file
    of several members. (zlib too is imported here: a build that reads the
    kept text needs neither.)"""
    import zlib
    reader = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)      # a gzip header and trailer
    out = reader.decompress(data)
    if not reader.eof or reader.unused_data:
        import gzip
        return gzip.decompress(data)
    return out


@lru_cache(maxsize=None)
def _table(code: str) -> _Table | None:
    """The language's table, read at the first question about one of its
    words; None when the language has none."""
    try:
        return _Table(LANG_DIR / code / TABLE)
    except FileNotFoundError:
        return None


def lexicon(code: str = "en") -> str:
    """The table answering here, with the lexicon it was made from and its
    checksum ("" for none): part of the extraction cache's key, since its
    answers change what is extracted."""
    table = _table(code)
    return table.source if table else ""


def available(code: str) -> bool:
    """Whether a table answers for this language here."""
    return _table(code) is not None


def _answers(word: str, code: str) -> list[str] | None:
    """[classes, noun lemma, marks] of an alphabetic word the table knows, else None."""
    table = _table(code)
    if table is None or not word.isalpha():
        return None
    return table.answers(word)


@lru_cache(maxsize=1 << 15)
def classes(word: str, code: str) -> frozenset[str]:
    """The word classes the lexicon gives a lowercase word ("NOUN",
    "VERB", "ADJ", "ADV", ...); empty when unknown or no lexicon answers."""
    found = _answers(word, code)
    return frozenset(found[0].split(",")) if found else frozenset()


def never_noun(word: str, code: str) -> bool:
    """The lexicon knows the word and never as a noun: an adjective
    ("warmest"), an adverb ("explicitly") or a verb form ("suggest"). A
    verb's -ing form is a noun as well ("puddling", "weaving"), so it is
    never refused here."""
    found = classes(word, code)
    if not found or "NOUN" in found:
        return False
    return not _gerund(word, code)


def superlative(word: str, code: str) -> bool:
    """The lexicon knows the word as an adjective form in -est of another
    adjective ("largest" of "large", "brightest" of "bright")."""
    found = _answers(word, code)
    return bool(found) and "s" in found[2]


def adverb_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as an adverb ("vehemently")."""
    return classes(word, code) == frozenset({"ADV"})


def verb_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as a verb, and not as an -ing form
    (a noun as well): "joined", not "leading"."""
    return classes(word, code) == frozenset({"VERB"}) and not _gerund(word, code)


def verb_or_auxiliary_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as a verb, perhaps an auxiliary too,
    -ing forms included ("arose", "supply", "form")."""
    return classes(word, code) in ({"VERB"}, {"VERB", "AUX"})


def modifier_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as an adjective or adverb ("same",
    "formerly"): it heads nothing."""
    found = classes(word, code)
    return bool(found) and found <= {"ADJ", "ADV"}


def ing_form(word: str, code: str) -> bool:
    """The lexicon knows the word as the -ing form of a verb ("adding",
    "rolling"; not "string", "king")."""
    return _gerund(word, code)


@lru_cache(maxsize=1 << 15)
def noun_lemma(word: str, code: str) -> str | None:
    """The noun a lowercase word is a form of, when the lexicon knows it as
    one: "factories" -> "factory", "nuclei" -> "nucleus"; None otherwise.
    Of several spellings the lexicon lists, the first (its commonest)."""
    found = _answers(word, code)
    return found[1] or None if found else None


def _gerund(word: str, code: str) -> bool:
    """The word is the -ing form (Penn tag VBG) of a verb it is a form of."""
    found = _answers(word, code)
    return bool(found) and "g" in found[2]
