"""Round 28, issue 13: who's-who rules that reach text nobody tuned for.

A full English name whose given name no list holds ("Sarvepalli
Radhakrishnan", "Christabel Pankhurst", "Dred Scott") is a person's when
every word of it is unknown to the language's word table; a name with a
word the table knows ("Corso Italia"), a place's name ("Amitie SC Kyoto")
or the subject's name ("Lycée Louis Pasteur") stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack.extract.people import extract_people
from pack.read import read_article
from pack.read.parse import parse


@pytest.mark.parametrize("text, title, listed, left_out", [
    pytest.param("Dr Sarvepalli Radhakrishnan (1954) and Dr Zakir Hussain (1963) were the earlier recipients. "
                 "The chemist Humphry Davy came.\n", "Abdul Kalam",
                 {"Sarvepalli Radhakrishnan", "Humphry Davy"}, set(), id="unlisted-given-name"),
    pytest.param("Visitors came from France, Corso Italia and Germany. Later Corso Italia grew. "
                 "Kyoto is old. Amitie SC Kyoto played in Kyoto. The Lycée Louis Pasteur opened. "
                 "The chemist Humphry Davy came.\n", "Louis Pasteur",
                 {"Humphry Davy"}, {"Corso Italia", "Amitie SC Kyoto", "Lycée Louis Pasteur"},
                 id="known-word-place-or-subject"),
])
def test_en_full_name_with_an_unlisted_given_name(text, title, listed, left_out):
    article, _ = parse(text, "en", "inline.txt")
    article.title = title
    found = {p.name for p in extract_people(article)}
    assert listed <= found and not left_out & found


def test_en_a_peer_known_only_under_a_bare_title_keeps_it():
    """"Lord Napier", not a bare "Napier" (readers: "name cut"); the role
    does not say the title again ("Lord Melbourne — Prime Minister")."""
    article, _ = parse("In a letter to Lord Napier, Empress Victoria wrote that the Emperor was well. "
                       "Later Lord Napier answered her. In 1834 James Frampton, a local landowner, wrote to the "
                       "Prime Minister, Lord Melbourne, to complain about the union.\n",
                       "en", "inline.txt")
    article.title = "Frederick III"
    roles = {p.name: p.role for p in extract_people(article)}
    assert "Lord Napier" in roles and "Napier" not in roles
    assert roles.get("Lord Melbourne") == "Prime Minister"



def test_en_a_given_name_and_a_regnal_number_is_a_person_whatever_its_shape():
    """fresh-8's "the Bourbon Ferdinand IV" ("the" before every mention
    read as a body's name) and fresh-10's "Pope Pius IX": a given name with
    a regnal number is a person's (both gold people, both dropped before)."""
    seen = Path(__file__).resolve().parent.parent / "quality"
    for path, name in ((seen / "fresh8" / "en-congress-of-vienna.txt", "Ferdinand IV"),
                       (seen / "fresh10" / "en-revolutions-of-1848.txt", "Pius IX")):
        assert name in {p.name for p in extract_people(read_article(path))}
