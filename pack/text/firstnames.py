"""Text analysis: a list of given names, to tell people from terms.

Inputs: the name dictionary shipped with the `gender-guesser` package
(Jörg Michael's `nam_dict.txt`, about 46,000 given names from many
countries, read unmodified). Outputs: the case-folded given names, asked
by `in` (`NameList`). A capitalised run that starts with one ("Vyacheslav
Molotov") is most likely a person; the list is one signal among several in `kinds`.

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
def first_names() -> NameList:
    # Kept beside this module once made, as bytecode is (`pack.derived`):
    # reading the 4 MB file and building the list cost more than loading it.
    return NameList(derived(_dictionary_path(), "first-names-2", Path(__file__).parent / "__pycache__",
                            lambda path: NameList.group(_read_names(path))))


class NameList:
    """`name in first_names()`: the case-folded given names, held as one
    string per two-letter opening ("\\nmaria\\nmarie\\n...") and asked by a
    search in the string of the name's opening.

    Why not a set: an article asks about some 1,500 names, and reading a
    set of 61,000 back from its kept copy made a string, a hash and a slot
    for each (about 57 M instructions, more than all the questions); these
    few thousand strings are read back whole.
    """

    __slots__ = ("_by_opening",)

    def __init__(self, by_opening: dict[str, str]):
        self._by_opening = by_opening

    @staticmethod
    def group(names: frozenset[str]) -> dict[str, str]:
        """The names by opening, each group one string with a line end before
        and after every name (a name has none in it), as `NameList` reads it."""
        groups: dict[str, list[str]] = {}
        for name in sorted(names):
            groups.setdefault(name[:2], []).append(name)
        return {opening: "\n" + "\n".join(group) + "\n" for opening, group in groups.items()}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or "\n" in name:
            return False
        group = self._by_opening.get(name[:2])
        return group is not None and f"\n{name}\n" in group

    def __iter__(self):
        for group in self._by_opening.values():
            yield from group[1:-1].split("\n")

    def __len__(self) -> int:
        return sum(group.count("\n") - 1 for group in self._by_opening.values())


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
