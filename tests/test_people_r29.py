"""Round 29, issue 13: who's-who lines that say who the person is.

A noun of a doer no list holds, known by its ending and as a noun only
("zoologist", "librettist", "census taker"), right before a full name is
that person's role: the entry prints it, not the sentence of first
mention; so is a listed occupation before a name written as an owner
("the sculptor Nikolay Andreyev's idea"), and a role after a verb that
ends a clause ("inspired historian Frank Tipton"). A role the lists know, or an apposition, says more and wins
("Oscar winner Hattie McDaniel, an African-American actress"); a doer
owned by someone ("Gogol's admirer") and a short word that only ends so
("or") give none."""

from __future__ import annotations

import pytest

from pack.extract.people import extract_people
from pack.read.parse import parse


def roles_of(text: str, title: str) -> dict[str, tuple[str, str]]:
    article, _ = parse(text, "en", "inline.txt")
    article.title = title
    return {p.name: (p.role_kind, p.role) for p in extract_people(article)}


# (text, name, role printed); the ids say what each case holds.
DOERS = {
    "after-a-year": ("In 1984 zoologist Graham Twigg produced the first major work on the plague.\n",
                     "Graham Twigg", "zoologist"),
    "unlisted-doer": ("Mozart began his famous collaboration with the librettist Lorenzo Da Ponte.\n",
                      "Lorenzo Da Ponte", "librettist"),
    "with-its-noun": ("In 1881 he was visited by census taker William T. Selwyn, who counted the family.\n",
                      "William T. Selwyn", "census taker"),
    "with-a-nationality": ("At the 1960 Olympics, Puma paid German sprinter Armin Hary to wear Pumas.\n",
                           "Armin Hary", "German sprinter"),
    "ending-ian": ("Later in 1881, veterinarian Hippolyte Rossignol proposed a public test.\n",
                   "Hippolyte Rossignol", "veterinarian"),
    "ending-man": ("The idea was first put forward by English clergyman John Michell in 1783.\n",
                   "John Michell", "English clergyman"),
    "not-a-plural-noun": ("Four years later 1500 metres runner Josy Barthel won the gold.\n", "Josy Barthel", "runner"),
    "apposition-first": ("The premiere was attended by Oscar winner Hattie McDaniel, an African-American actress, "
                         "and many others.\n", "Hattie McDaniel", "African-American actress"),
    # A verb form the lexicon knows only as a verb ends the clause the role
    # follows, with no determiner between; after a function word that is no
    # subject pronoun it reads as an adjective.
    "verb-right-before": ("Frederick's life inspired historian Frank Tipton to speculate on it.\n",
                          "Frank Tipton", "historian"),
    "verb-after-a-pronoun": ("Later he approached camp project director Ralph Merritt to ask for a post.\n",
                             "Ralph Merritt", "camp project director"),
    "participle-after-a-preposition": ("The works were coordinated by celebrated architect Siza Vieira in 1990.\n",
                                       "Siza Vieira", "celebrated architect"),
    # A name written as an owner keeps the occupation right before it, not a
    # relation a pronoun gives it (whose mother "his" means is a guess).
    "owner-occupation": ("The statue represented the sculptor Nikolay Andreyev's idea of the writer.\n",
                         "Nikolay Andreyev", "sculptor"),
    "owner-relation": ("Archduke Ferdinand wanted him, but owing to his mother Empress Maria Theresa's reluctance "
                       "the matter was dropped.\n", "Maria Theresa", "Empress"),
}


@pytest.mark.parametrize("case", sorted(DOERS))
def test_en_a_doer_right_before_a_full_name_is_their_role(case):
    text, name, role = DOERS[case]
    assert roles_of(text, "Plague")[name] == ("role", role)


@pytest.mark.parametrize("text, name", [
    pytest.param("The stone was reused for the tomb of Gogol's admirer Mikhail Bulgakov in 1952.\n",
                 "Mikhail Bulgakov", id="owned-doer"),
    pytest.param("Thomas Harriot or William Gilbert might have done it first in 1600.\n",
                 "William Gilbert", id="a-short-word"),
])
def test_en_no_doer_role_where_the_noun_is_someone_elses_or_no_noun(text, name):
    kind, role = roles_of(text, "Moon")[name]
    assert kind != "role", role

