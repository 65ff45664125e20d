"""Text analysis: which names are places (countries, regions, cities).

Inputs: the language code and its `people.toml` `[places]` table. Outputs:
the case-folded place names in that language (`Places`, asked with `in`): the country
names `pycountry` knows (translated through its gettext catalogues when
the language has one), historic countries, optionally subdivisions, and
the language file's own extra names (continents, common short forms).
Cities are found from the text instead ("di Moskow", "kota Gori"): see
`kinds`.

pycountry's lists and catalogues are read from its data folder here
(`iso_entries`, `LOCALES`), not through the module: importing pycountry
imports `importlib.metadata` (for its version number) and indexes every
entry by every field on first use, 0.09 s of every extraction for the
names alone. The entries are its JSON files' rows, which is what
pycountry's objects hold (tests/test_text_speed.py compares the two).

The names a language's lists give are kept beside its language files
(`pack.derived`, keyed by its people.toml and the pycountry files read):
making them reads two JSON lists and two gettext catalogues (some 0.02 G
instructions, and the `json` and `gettext` imports), which a build needs
only when one of those changed.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from pack import lang as langdata
from pack.derived import derived
from pack.text.frequency import zipf

# find_spec locates the package without importing it.
_PYCOUNTRY = Path(importlib.util.find_spec("pycountry").origin).parent
LOCALES = str(_PYCOUNTRY / "locales")       # its gettext catalogues (pycountry.LOCALES_DIR)


@lru_cache(maxsize=None)
def iso_entries(standard: str) -> tuple[dict[str, str], ...]:
    """The rows of pycountry's list of ISO `standard` ("3166-1" countries,
    "3166-2" subdivisions, "3166-3" historic countries), in its order: the
    fields of `pycountry.countries` and the others, as they are read."""
    import json         # here: only when no kept copy fits (see the module docstring)
    with open(_iso_file(standard), encoding="utf-8") as f:
        return tuple(json.load(f)[standard])


def _iso_file(standard: str) -> Path:
    return _PYCOUNTRY / "databases" / f"iso{standard}.json"


def _catalogue(domain: str, code: str) -> Path:
    """Where gettext finds `domain`'s catalogue for `code` (it may be missing)."""
    return Path(LOCALES) / code / "LC_MESSAGES" / f"{domain}.mo"


def kept_for(code: str, kind: str, make, standards: tuple[str, ...], domains: tuple[str, ...]):
    """`make(code)`, kept beside the language's people.toml (`pack.derived`)
    while that file, the ISO lists `standards` and the catalogues `domains`
    of the language are unchanged."""
    sources = tuple(_iso_file(s) for s in standards) + tuple(_catalogue(d, code) for d in domains)
    return derived(langdata.LANG_DIR / code / "people.toml", kind, langdata.LANG_DIR / code / "__pycache__",
                   lambda _: make(code), also=sources)


def translator(domain: str, code: str):
    """`gettext` of pycountry's catalogue `domain` in `code` (unchanged text when none)."""
    if code == "en":
        return lambda text: text
    import gettext      # here: only when no kept copy fits (see the module docstring)
    try:
        catalogue = gettext.translation(domain, LOCALES, languages=[code])
    except OSError:
        return lambda text: text
    return catalogue.gettext


def _short_forms(name: str, state_words: frozenset[str]) -> list[str]:
    """"Iran, Republik Islam" -> "Iran"; "Federasi Rusia" -> "Rusia"."""
    forms = [name]
    head = name.split(",")[0].split("(")[0].strip()
    forms.append(head)
    words = head.split()
    while len(words) > 1 and words[0].casefold() in state_words:
        words = words[1:]
    forms.append(" ".join(words))
    return forms


ORDINARY_ZIPF = 4.6      # "Ontario" (4.3) is a name; "Centre" (4.8) is a word


class Places:
    """The case-folded place names of a language, asked one at a time.

    `name in places` and `word in places.words` (a word of some place
    name) answer as the frozenset of every name would. The subdivision
    names (5,046 in English) are weighed only when asked about: whether one
    is an ordinary word costs a `zipf` call, and an article asks
    about 150-200 of them; weighing them all was half of the list's making
    (0.075 s, now 0.038).
    """

    def __init__(self, fixed: frozenset[str], subdivisions: frozenset[str], code: str) -> None:
        self.fixed, self.subdivisions, self.code = fixed, subdivisions, code
        self.words = _PlaceWords(self)
        self._named: dict[str, bool] = {}
        self._one_word = frozenset(name for name in fixed if " " not in name)

    def __contains__(self, name: object) -> bool:
        return name in self.fixed or (name in self.subdivisions and self.named(name))

    def one_word_place(self, name: str) -> bool:
        """`name` is a place name of one word: a fixed one, or a subdivision
        that is no ordinary word."""
        return name in self._one_word or (name in self.subdivisions and " " not in name and self.named(name))

    def named(self, subdivision: str) -> bool:
        """A subdivision name that is no ordinary word ("Centre" is one)."""
        found = self._named.get(subdivision)
        if found is None:
            found = self._named[subdivision] = zipf(subdivision, self.code) < ORDINARY_ZIPF
        return found


class _PlaceWords:
    """`word in places.words`: the word is one of the words of a place name."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.fixed = frozenset(w for name in places.fixed for w in name.split())
        self.in_subdivisions: dict[str, list[str]] = {}
        for name in sorted(places.subdivisions):
            for word in set(name.split()):
                self.in_subdivisions.setdefault(word, []).append(name)

    def __contains__(self, word: object) -> bool:
        return word in self.fixed or any(self.places.named(name) for name in self.in_subdivisions.get(word, ()))


@lru_cache(maxsize=None)
def place_names(code: str) -> Places:
    """The language's `Places`, its names kept between builds (see the module docstring)."""
    fixed, subdivisions = kept_for(code, "places", _names, ("3166-1", "3166-2", "3166-3"),
                                   ("iso3166-1", "iso3166-3"))
    return Places(fixed, subdivisions, code)


def _names(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the fixed place names, the subdivision names) of `Places`, case-folded."""
    data = langdata.load(code, "people").get("places", {})
    state_words = frozenset(w.casefold() for w in data.get("state_words", []))
    names: set[str] = set()
    countries = translator("iso3166-1", code)
    for country in iso_entries("3166-1"):
        for attr in ("name", "common_name"):
            if attr in country:
                names.update(_short_forms(countries(country[attr]), state_words))
    historic = translator("iso3166-3", code)
    for country in iso_entries("3166-3"):
        names.update(_short_forms(historic(country["name"]), state_words))
    names.update(data.get("extra", []))
    # Subdivision names that are ordinary words ("Centre") are no places: see `Places`.
    subdivisions = frozenset(sub["name"].casefold() for sub in iso_entries("3166-2")) \
        if data.get("use_subdivisions") else frozenset()
    return frozenset(n.casefold() for n in names if n), subdivisions - {""}
