"""Round 27, issue 13: who's-who entries that say who (fresh-14's readings).

A first-mention sentence that says nothing of who the person is gives the
name alone; a title after a full name, a word of another language and the
credits of a publications list are no one; a ruler named alone and with
his realm, under two bare titles, is one entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack.extract.people import extract_people
from pack.read import read_article
from pack.read.parse import parse

FRESH14 = Path(__file__).resolve().parent.parent / "quality" / "fresh14"


def entries(text: str, title: str) -> dict[str, tuple[str, str]]:
    article, _ = parse(text, "en", "inline.txt")
    article.title = title
    return {p.name: (p.role_kind, p.role) for p in extract_people(article)}


@pytest.fixture(scope="module")
def fresh14() -> dict[str, dict[str, tuple[str, str]]]:
    return {name: {p.name: (p.role_kind, p.role) for p in extract_people(read_article(FRESH14 / f"{name}.txt"))}
            for name in ("en-henry-v-of-england", "en-prince-henry-the-navigator",
                         "en-santiago-ramon-y-cajal", "en-silicon")}


def test_a_sentence_that_says_nothing_gives_the_name_alone(fresh14):
    """"Christopher Columbus used this on his transatlantic voyages.",
    "António Noli later claimed the credit.": judged wrong as context."""
    navigator = fresh14["en-prince-henry-the-navigator"]
    assert navigator["Christopher Columbus"] == ("none", "")
    assert navigator["António Noli"] == ("none", "")
    assert navigator["Dinis Dias"][0] == "context"      # names a river, a cape and a year: judged right


def test_a_short_sentence_that_says_what_they_did_stays():
    """"William Cullen demonstrates artificial refrigeration." (judged right)
    points at nothing unsaid."""
    found = entries("William Cullen demonstrates artificial refrigeration. "
                    "Jacob Perkins patents a design for a practical refrigerator.\n", "Refrigeration")
    assert found["William Cullen"][0] == "context"


def test_a_title_after_a_full_name_is_no_person(fresh14):
    """"Robert de Livet, Canon of Rouen, who had excommunicated the English
    king": the title is his, not someone's name."""
    assert "Canon of Rouen" not in fresh14["en-henry-v-of-england"]


def test_a_word_in_another_language_is_no_person(fresh14):
    """"(e.g. German Silizium, Turkish silisyum, Catalan silici)"."""
    assert "German Silizium" not in fresh14["en-silicon"]
    assert "Humphry Davy" in fresh14["en-silicon"]


def test_credits_of_a_publications_list_are_no_people(fresh14):
    """Co-authors, a translator and a publisher named only under
    "Publications"; people of the text stay."""
    cajal = fresh14["en-santiago-ramon-y-cajal"]
    for name in ("Johannes Bresler", "E. Mendel", "Richard Greeff", "L. Azoulay", "Larry W. Swanson",
                 "Johann Ambrosius Barth"):
        assert name not in cajal
    assert "Camillo Golgi" in cajal


def test_a_ruler_alone_and_with_his_realm_is_one_entry(fresh14):
    """"Sigismund — Emperor" beside "Sigismund of Hungary — King": one
    entry, under the fuller name and its role."""
    henry = fresh14["en-henry-v-of-england"]
    assert "Sigismund" not in henry
    assert henry["Sigismund of Hungary"] == ("role", "King")


def test_the_subject_is_named_as_the_text_spells_it(fresh14):
    """The title "Santiago Ramon y Cajal" lost its accents; the text names
    him "Ramón y Cajal" alone: "student of Ramón y Cajal", not "student of
    Santiago" (judged wrong: it reads like the city)."""
    assert fresh14["en-santiago-ramon-y-cajal"]["Rafael Lorente de Nó"] == ("role", "student of Ramón y Cajal")
