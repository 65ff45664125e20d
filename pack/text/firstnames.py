"""Text analysis: a list of given names, to tell people from terms.

Inputs: the name dictionary shipped with the `gender-guesser` package
(Jörg Michael's `nam_dict.txt`, about 46,000 given names from many
countries, read unmodified). Outputs: a frozen set of case-folded given
names. A capitalised run that starts with one ("Vyacheslav Molotov") is
most likely a person; the list is one signal among several in `kinds`.

The file is read here rather than through `gender_guesser.Detector`: the
detector also records every name's gender per country, line by line
through a codecs reader, which took 0.4 s of every cold build; only the
names are needed. The names are the same ones the detector knows
(tests/test_people.py checks that).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from pack.derived import derived

# In a name, "+" stands for "nothing, a space or a hyphen" ("Abd+al" is
# "Abdal", "Abd al" and "Abd-al"), as the detector reads it.
JOINS = ("", " ", "-")
# An entry's line: its first column (not "#" or "=", a comment), spaces, the name.
ENTRY = re.compile(rb"\n[^#=\r\n ][^ \r\n]* +([^ \r\n]+)")


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    # Kept beside this module once made, as bytecode is (`pack.derived`):
    # reading the 4 MB file and building the set cost more than loading it.
    return derived(_dictionary_path(), "first-names", Path(__file__).parent / "__pycache__", _read_names)


def _read_names(dictionary: Path) -> frozenset[str]:
    # Case-folded in one call over all the names, one per line, instead of
    # 61,000 calls (casefold maps each character alone; "+" and the joins stay).
    folded = _names_text(dictionary).casefold().split("\n")
    joined = [name.replace("+", join) for name in folded if "+" in name for join in JOINS]
    return frozenset([name for name in folded if "+" not in name]).union(joined)


def _names_text(dictionary: Path) -> str:
    """The name column of every entry ("M  Aadam  ... $" -> "Aadam"), one
    a line; lines starting with "#" or "=" are comments.

    Found as bytes by one pattern (the first column, spaces, the name),
    only the names decoded, in one call: decoding the whole 4 MB file
    (mostly per-country frequency columns) took longer than the rest, and
    a Python loop over its 49,000 lines longer than the pattern. The file
    has no white space but spaces and line ends, so the columns are the
    same as the detector's (tests/test_people.py compares the two).
    """
    return b"\n".join(ENTRY.findall(b"\n" + dictionary.read_bytes())).decode("utf-8")


def _dictionary_path() -> Path:
    # find_spec locates the package without importing it (its module is not needed).
    spec = importlib.util.find_spec("gender_guesser")
    return Path(spec.origin).parent / "data" / "nam_dict.txt"
