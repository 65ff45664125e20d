"""Extract stage, shared: a list of given names, to tell people from terms.

Inputs: the name dictionary shipped with the `gender-guesser` package
(Jörg Michael's `nam_dict.txt`, about 46,000 given names from many
countries, read unmodified). Outputs: a frozen set of case-folded given
names. A capitalised run that starts with one ("Vyacheslav Molotov") is
most likely a person; the list is one signal among several in `kinds`.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    from gender_guesser.detector import Detector

    return frozenset(name.casefold() for name in Detector().names)
