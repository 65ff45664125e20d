"""Round 26, issue 13: people the who's-who never saw, lost in the text
layer's person / place / term split (`pack/text/kinds.py`) before it: name
shapes (given names joined by a hyphen, a particle between the given name
and the surname, a rank or office written after the body it serves) and
the evidence kinds weighs ("Nelson Mandela's Autobiography")."""

from __future__ import annotations

from pack.read.parse import parse
from pack.text.analysis import analyse


def kinds_of(text: str, lang: str, title: str):
    article, _ = parse(text, lang, "inline.txt")
    article.title = title
    return analyse(article).kinds


def test_en_given_names_joined_by_a_hyphen_alone_are_a_person():
    """fresh-10's "the constitutional monarchy of Louis-Philippe": both
    halves are given names, so the word names one person."""
    kinds = kinds_of("The revolution ended the constitutional monarchy of Louis-Philippe. "
                     "Alsace-Lorraine was annexed.\n", "en", "Revolutions of 1848")
    assert kinds.of(("louis-philippe",)) == "person"
    assert kinds.of(("alsace-lorraine",)) != "person"


def test_en_a_particle_between_given_name_and_surname_makes_a_person_not_a_town():
    """fresh-10's "Alexis de Tocqueville remarked": "-ville" ends towns'
    names, but a given name and "de" before it make a person's; "Rio de
    Janeiro" stays a place."""
    kinds = kinds_of("Alexis de Tocqueville remarked in his Recollections of the period that society was cut "
                     "in two. Ships sailed to Rio de Janeiro.\n", "en", "Revolutions of 1848")
    assert kinds.of(("alexis", "de", "tocqueville")) == "person"
    assert kinds.of(("rio", "de", "janeiro")) == "place"


def test_en_a_body_or_place_before_an_office_is_not_the_name():
    """fresh-1's "City Engineer Arthur H. Dimmock", fresh-8's "Congress
    Secretary Friedrich von Gentz", fresh-11's "Major Orde Wingate"."""
    kinds = kinds_of("The tunnel was proposed by City Engineer Arthur H. Dimmock in 1911. "
                     "The minutes were kept by Congress Secretary Friedrich von Gentz. "
                     "The city was liberated by Major Orde Wingate in 1941.\n", "en", "Seattle")
    assert kinds.of(("city", "engineer", "arthur", "h", "dimmock")) == "person"
    assert kinds.name_part[("city", "engineer", "arthur", "h", "dimmock")] == ("arthur", "h", "dimmock")
    assert kinds.of(("congress", "secretary", "friedrich", "von", "gentz")) == "person"
    assert kinds.of(("major", "orde", "wingate")) == "person"


def test_en_what_only_a_person_writes_after_a_possessive_is_evidence():
    """fresh-11's "Kolfe was mentioned in Nelson Mandela's Autobiography"."""
    kinds = kinds_of("Kolfe was mentioned in Nelson Mandela's Autobiography as a training place.\n", "en",
                     "Addis Ababa")
    assert kinds.of(("nelson", "mandela")) == "person"


def test_id_naval_ranks_and_dutch_particles():
    """fresh-1's "Admiral Chuichi Nagumo", fresh-2's "J.B. van Heutsz"."""
    kinds = kinds_of("Seluruh operasi direncanakan selesai dalam 150 hari. Admiral Chuichi Nagumo memimpin armada. "
                     "Aceh ditaklukkan oleh J.B. van Heutsz pada tahun 1904.\n", "id", "Proklamasi")
    assert kinds.of(("chuichi", "nagumo")) == "person"
    assert kinds.of(("j", "b", "van", "heutsz")) == "person"
