"""Lowercase compounds joined by hyphens as glossary candidates
(pack/text/candidates.py `_compound`): a compound the article keeps using
as a noun is one, ranked as a phrase; one written before the noun it
describes, one used once and a reduplication are not. An en dash joins
words as a hyphen does ("niobium–titanium")."""

from __future__ import annotations

from pack.text.analysis import analyse

from test_glossary import article_of

CELL = """= Battery

== Cells

A battery joins cells. Each half-cell holds an electrode. The half-cell on the left is the anode.
The two half-cells meet at a bridge. A large-scale plant makes large-scale batteries for large-scale storage.
Engineers dug a cut-and-cover trench once.
"""

REPEATED = """= Gunung

== Letusan

Gunung itu meletus berturut-turut. Abu turun berturut-turut selama tiga hari. Warga mengungsi.
"""


def _candidates(text: str, lang: str) -> dict[tuple[str, ...], str]:
    return {c.key: c.shape for c in analyse(article_of(text, lang, "Battery")).candidates}


def test_a_compound_used_again_as_a_noun_is_a_candidate_ranked_as_a_phrase():
    found = _candidates(CELL, "en")
    assert found.get(("half-cell",)) == "phrase"


def test_a_compound_before_the_noun_it_describes_or_used_once_is_none():
    found = _candidates(CELL, "en")
    assert ("large-scale",) not in found
    assert ("cut-and-cover",) not in found


def test_a_reduplication_is_no_compound():
    found = _candidates(REPEATED, "id")
    assert ("berturut-turut",) not in found


WIRE = """= Magnet

== Wire

Magnets are wound from niobium–titanium. The niobium–titanium wire is cooled. Cold niobium–titanium carries current.
"""


def test_an_en_dash_joins_a_compound_as_a_hyphen_does():
    assert ("niobium–titanium",) in _candidates(WIRE, "en")
