"""Round 28, issue 13: names printed as people that are no one's.

A common noun of the language with a number ("Annex III", "Article 5"),
a word that is only a common noun, alone or after a peer's bare title
("Lord Protector", "Earl Rivers"), a building named after a place ("Ludlow Castle"),
and a titled name given a namesake's title ("George, Duke of Clarence —
Duke of Bedford"); a king's regnal name and a peer by a word that is an
adjective too ("Earl Grey") stay."""

from __future__ import annotations

from pathlib import Path

from pack.extract.people import extract_people
from pack.read import read_article
from pack.read.parse import parse

SEEN = Path(__file__).resolve().parent.parent / "quality"


def test_en_numbered_common_noun_is_no_one_a_regnal_name_is():
    article, _ = parse("The gases are listed in Annex III of the report. Annex III was revised in 2021. "
                       "Article 5 of the treaty was invoked by the king Henry VI in 1450. "
                       "Henry VI later lost the throne.\n", "en", "inline.txt")
    article.title = "Greenhouse gas"
    names = {p.name for p in extract_people(article)}
    assert "Henry VI" in names and not {"Annex III", "Article 5"} & names


def test_en_edward_v_titles_places_and_namesakes():
    """fresh-15's en-edward-v-of-england, read blind: "Lord Protector",
    "Earl Rivers" (a title), "Ludlow Castle" (a place) and "George, Duke of
    Clarence — Duke of Bedford" (two Georges) judged wrong."""
    people = {p.name: p for p in extract_people(read_article(SEEN / "fresh15" / "en-edward-v-of-england.txt"))}
    assert not {"Lord Protector", "Protector", "Earl Rivers", "Ludlow Castle"} & set(people)
    assert {"Anthony Woodville", "Francis II", "Henry VI", "Elizabeth Woodville"} <= set(people)
    assert people["George, Duke of Clarence"].role != "Duke of Bedford"
    assert people["Francis II"].role == "Duke of Brittany"


def test_en_a_peer_by_a_word_that_is_an_adjective_too_stays():
    article, _ = parse("In 1830 Earl Grey became Prime Minister. The king trusted Earl Grey. "
                       "Earl Grey resigned in 1834 after the defeat.\n", "en", "inline.txt")
    article.title = "Reform Act"
    assert "Earl Grey" in {p.name for p in extract_people(article)}
