"""Text analysis: which names are places (countries, regions, cities).

Inputs: the language code and its `people.toml` `[places]` table. Outputs:
a frozen set of case-folded place names in that language: the country
names `pycountry` knows (translated through its gettext catalogues when
the language has one), historic countries, optionally subdivisions, and
the language file's own extra names (continents, common short forms).
Cities are found from the text instead ("di Moskow", "kota Gori"): see
`kinds`.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from wordfreq import zipf_frequency

from pack import lang as langdata


def _translator(domain: str, code: str):
    if code == "en":
        return lambda text: text
    try:
        catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code])
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


@lru_cache(maxsize=None)
def place_names(code: str) -> frozenset[str]:
    data = langdata.load(code, "people").get("places", {})
    state_words = frozenset(w.casefold() for w in data.get("state_words", []))
    names: set[str] = set()
    countries = _translator("iso3166-1", code)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            if hasattr(country, attr):
                names.update(_short_forms(countries(getattr(country, attr)), state_words))
    historic = _translator("iso3166-3", code)
    for country in pycountry.historic_countries:
        names.update(_short_forms(historic(country.name), state_words))
    if data.get("use_subdivisions"):
        for sub in pycountry.subdivisions:
            # Skip subdivision names that are ordinary words ("Centre").
            if zipf_frequency(sub.name.casefold(), code) < ORDINARY_ZIPF:
                names.add(sub.name)
    names.update(data.get("extra", []))
    return frozenset(n.casefold() for n in names if n)
