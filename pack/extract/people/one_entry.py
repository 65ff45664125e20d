"""Extract stage, who's-who: one entry per person printed.

Inputs: the built `Person` entries, best first. Outputs: the same with
entries a reader would take for one person merged, the better ranked kept
and the other's name a variant: two that print the same name; a birth name
and a married double surname ("Hélène Dupont", "Hélène Moreau-Dupont"); a
full name and its last two words or more with the same role ("Francisco
Martín de Alcántara", "Martín de Alcántara"); a name and the same name
with a second surname joined on ("José Luzán", "José Luzán y Martinez").
"""

from __future__ import annotations

import re

from pack.text.analysis import Analysis
from pack.model import Person
from pack.extract.people.name_forms import sort_key



def one_per_full_name(persons: list[Person], analysis: Analysis) -> list[Person]:
    """"Francisco Martín de Alcántara" and "Martín de Alcántara", both
    "half-brother of Pizarro": the last two words or more of a full name,
    with the same role, are that person: one entry, the better ranked,
    under the fuller name. So is a one-word name that opens exactly one
    longer name whose role is the same or goes on from it ("Margaret" and
    "Margaret Miller", both "cousin of Watt"; "Albert" and "Albert of
    Saxe-Coburg-Gotha", both "Prince"; "Augusta", "Princess" and "Augusta
    of Saxe-Weimar", "Princess, wife of ..."): the article names one
    person both ways (not "Vincenzo", son of Galileo, beside the lutenist
    Vincenzo Galilei)."""
    heads = _heads_with_one_full_name(persons, analysis)
    kept: list[Person] = []
    for person in persons:
        same = next((k for k in kept if k.role_kind == person.role_kind == "role" and (
            k.role == person.role and (_tail_of(k.name, person.name) or _tail_of(person.name, k.name))
            or heads.get(id(k)) is person or heads.get(id(person)) is k)), None)
        if same is None:
            kept.append(person)
            continue
        fuller, shorter = sorted((same, person), key=lambda p: len(p.name), reverse=True)
        same.variants = sorted((set(same.variants) | set(person.variants) | {shorter.name}) - {fuller.name})
        same.role = _merged_role(fuller.role, shorter.role)
        same.name, same.sort_key = fuller.name, sort_key(fuller.name, analysis, dict.fromkeys(same.variants, 1))
    return kept


def _heads_with_one_full_name(persons: list[Person], analysis: Analysis) -> dict[int, Person]:
    """A one-word name's entry -> the one longer entry it opens with the same
    role or a role that goes on from it (`one_per_full_name`), or the one
    name it opens, that of a realm, when both roles are bare titles
    ("Sigismund — Emperor", "Sigismund of Hungary — King": the article's
    one ruler under his two crowns; `_titles_of_one_ruler`)."""
    found: dict[int, Person] = {}
    for short in persons:
        if " " in short.name or short.role_kind != "role":
            continue
        opened = [p for p in persons if p.role_kind == "role" and p.name.startswith(short.name + " ")]
        fuller = [p for p in opened if p.role == short.role or p.role.startswith(short.role + ",")
                  or len(opened) == 1 and _titles_of_one_ruler(short, p, analysis)]
        if len(fuller) == 1:
            found[id(short)], found[id(fuller[0])] = fuller[0], short
    return found


def _merged_role(fuller: str, shorter: str) -> str:
    """The longer role where one goes on from the other ("Princess, wife of
    ..." says more than "Princess"), else the fuller name's: "Sigismund of
    Hungary" is "King" of it, "Emperor" said alone is vague."""
    if fuller.startswith(shorter) or shorter.startswith(fuller):
        return max(fuller, shorter, key=len)
    return fuller


def _titles_of_one_ruler(short: Person, full: Person, analysis: Analysis) -> bool:
    """A one-word name, the same name with a realm after a connector ("of"),
    and each role one capitalised word, a title: the ruler both ways."""
    rest = full.name[len(short.name):].split()
    return len(rest) > 1 and rest[0] in analysis.lex.connectors \
        and all(len(p.role.split()) == 1 and p.role[:1].isupper() for p in (short, full))


def _tail_of(full: str, short: str) -> bool:
    return len(short.split()) > 1 and full.endswith(" " + short)


def one_per_married_name(persons: list[Person]) -> list[Person]:
    """"Hélène Dupont" and "Hélène Moreau-Dupont": the same given name, and a
    surname that is one half of the other's joined surname, is one woman
    under her birth and her married name: one entry, the better ranked,
    the other name a variant."""
    kept: list[Person] = []
    kept_words: list[list[str]] = []       # (each kept name split once: every pair is asked)
    for person in persons:
        words = person.name.split()
        same = next((k for k, k_words in zip(kept, kept_words) if _joined_surname(k_words, words)
                     or _joined_surname(words, k_words)), None)
        if same is None:
            kept.append(person)
            kept_words.append(words)
            continue
        if same.role_kind != "role" and person.role_kind == "role":
            same.role, same.role_kind = person.role, "role"
        same.variants = sorted(set(same.variants) | set(person.variants) | {person.name})
    return kept


def _joined_surname(short: list[str], joined: list[str]) -> bool:
    """"Hélène Dupont" beside "Hélène Moreau-Dupont" (not "Jean Dupont")."""
    if not (len(short) == len(joined) == 2 and short[0] == joined[0]):
        return False          # (asked of every pair of people: the split only where it can matter)
    halves = re.split(r"[-‐]", joined[-1])
    return len(halves) > 1 and short[-1] in halves


def one_per_double_surname(persons: list[Person], analysis: Analysis) -> list[Person]:
    """"José Luzán" and "José Luzán y Martinez": a name of two words or more
    that goes on with a surname joiner (people.toml `surname_joiners`, the
    Spanish "y") and a second surname is the same person under the
    father's surname alone: one entry, the better ranked, under its name
    (the form the article uses most), with a role if either has one."""
    joiners = analysis.lex.words("people", "surname_joiners")
    kept: list[Person] = []
    for person in persons:
        same = next((k for k in kept if _second_surname(k.name, person.name, joiners)
                     or _second_surname(person.name, k.name, joiners)), None)
        if same is None:
            kept.append(person)
            continue
        if same.role_kind != "role" and person.role_kind == "role":
            same.role, same.role_kind = person.role, "role"
        same.variants = sorted((set(same.variants) | set(person.variants) | {person.name}) - {same.name})
    return kept


def _second_surname(short: str, full: str, joiners: set[str]) -> bool:
    """`full` is `short`, a joiner and one more name ("José Luzán y Martinez")."""
    if not full.startswith(short + " "):
        return False          # (asked of every pair of people: the split only where it can matter)
    words, rest = short.split(), full.split()[len(short.split()):]
    return len(words) > 1 and len(rest) == 2 and rest[0] in joiners


def one_per_name(persons: list[Person]) -> list[Person]:
    """Two groups that print the same name are one person to a reader
    ("Nancy Hanks Lincoln" as written and "Nancy Lincoln" given her full
    name): one entry, the better ranked, with the other's role if it has
    none of its own."""
    kept: dict[str, Person] = {}
    for person in persons:
        first = kept.setdefault(person.name, person)
        if first is person:
            continue
        if first.role_kind != "role" and person.role_kind == "role":
            first.role, first.role_kind = person.role, "role"
        first.variants = sorted(set(first.variants) | set(person.variants))
    return list(kept.values())
