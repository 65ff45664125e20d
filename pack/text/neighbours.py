"""Text analysis: names listed beside people are people.

Inputs: the name candidates, the `Kinds` found so far and the context
from `kinds`. Outputs: `Kinds` updated in place: a name still taken for a
term that the article lists beside known people ("Bukharin dan Rykov",
"Marx dan Engels") becomes a person; beside places, a place. Only when at
least half of the name's own mentions are in such lists. A name taken for
a person only for its given name ("Corso Italia") listed among places only
is a place; one nothing says is a person, named only in a list of peoples
("orang Kalmyk, ..., Balkar, dan Tatar Krimea"), is no one; one named
only in a list a place noun opens ("desa Kalirejo, ..., Bedan Toi dan
Karang") or a place word in the plural closes ("..., and Tamba Kogen
Prefectural Parks") is a place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pack.text.candidates import Candidate
from pack.text.phrases import cue_before

Key = tuple[str, ...]
ASIDE = re.compile(r"\s*\([^()\w]*\d[^()]*\)")


def listed_beside(names, ctx, subject) -> list[tuple[Key, Key]]:
    """(name, neighbour) for each time the article lists a name right beside
    another ("Bukharin dan Rykov", "Atlanta (19.7), Boston"). Found once: the
    rounds of `by_neighbours` only weigh them anew."""
    joiners = ctx.lex.words("people", "list_joiners")
    at, ends = _standalone_at(names, "first"), _standalone_at(names, "last")
    found = []
    for (number, first), c in at.items():
        keys = ctx.index.keys[number]
        last = first + len(c.key) - 1
        for other in _listed_next(number, last, keys, joiners, ctx, at) + \
                _listed_before(number, first, keys, joiners, ctx, ends):
            if not set(other.key) <= set(subject):     # "During the War, Turing ...": no list
                found.append((c.key, other.key))
    return found


def by_neighbours(names, kinds, ctx, listed: list[tuple[Key, Key]]) -> None:
    """Names listed beside people are people; beside places, places.

    Only when at least half of the name's own mentions are in such lists:
    "Stalin dan Politbiro" once does not make the Politburo a person.
    `listed`: the names' neighbours in lists (`listed_beside`).
    """
    votes: dict[Key, Counter] = defaultdict(Counter)
    for key, other in listed:
        votes[key][kinds.of(other)] += 1
        if kinds.of(other) == "place" and any((word,) in ctx.occupations for word in other):
            votes[key]["office"] += 1     # "Secretary of State, James Madison": an apposition, no list of places
    for c in names:
        vote = votes[c.key]
        # Not a name the article says something only people do of ("Lancashire, James Hargreaves invented").
        if c.key in kinds.by_given_name and vote["place"] - vote["office"] >= max(1, c.standalone / 2) and not vote["person"] \
                and not kinds.evidence.get(c.key):
            kinds.kind[c.key] = "place"       # "Chinatown, Corso Italia, Greektown": not a Corso
            continue
        if kinds.kind[c.key] != "term" or c.key[0] in ctx.lex.words("definitions", "term_heads"):
            continue
        if vote["person"] + vote["place"] < c.standalone / 2:
            continue
        if vote["person"] and not vote["place"]:
            kinds.kind[c.key] = "person"
            kinds.name_part[c.key] = c.key
            kinds.by_company.add(c.key)
        elif vote["place"] and not vote["person"]:
            kinds.kind[c.key] = "place"


def peoples_listed(names, kinds, ctx) -> None:
    """"orang Kalmyk, Chechnya, Ingush, Karachai, Balkar, dan Tatar Krimea":
    a name taken for a person that nothing says is one (no evidence), and
    that the article names only in a list a people-of noun opens
    (`places.people_of`: "orang", "people of"), is a people, no person."""
    joiners = ctx.lex.words("people", "list_joiners")
    cues = ctx.lex.phrases("places", "people_of")
    ends = _standalone_at(names, "last")
    _only_listed(names, kinds, "other",
                 lambda o: _in_a_cued_list(o.sentence, o.first, joiners, cues, ctx, ends))


def places_listed(names, kinds, ctx) -> None:
    """"desa Kalirejo, Wonosari Kidul, Bedan Toi dan Karang", "Sayo,
    Takeo Jinmo, Haruki, and Tamba Kogen Prefectural Parks": a name taken
    for a person that nothing says is one, named only in a list a place
    noun opens (`places.place_nouns`) or whose last name ends in a place
    word in the plural (`places.place_tails`), is a place."""
    joiners = ctx.lex.words("people", "list_joiners")
    cues = ctx.lex.phrases("places", "place_nouns")
    ends, at = _standalone_at(names, "last"), _standalone_at(names, "first")
    _only_listed(names, kinds, "place",
                 lambda o: _in_a_cued_list(o.sentence, o.first, joiners, cues, ctx, ends)
                 or _closed_by_places(o.sentence, o.last, joiners, ctx, at))


def _only_listed(names, kinds, kind: str, listed) -> None:
    """A name taken for a person that nothing says is one (no evidence), each
    of whose mentions alone is in such a list (`listed`), is of `kind`
    instead (`peoples_listed`, `places_listed`)."""
    for c in names:
        if kinds.of(c.key) != "person" or kinds.evidence.get(c.key) or not c.standalone:
            continue
        if all(listed(o) for o in c.occurrences if o.standalone):
            kinds.kind[c.key] = kind


def _standalone_at(names, end: str) -> dict[tuple[int, int], Candidate]:
    """(sentence, `end` token: "first" or "last") of every mention alone -> its name."""
    return {(o.sentence, getattr(o, end)): c for c in names for o in c.occurrences if o.standalone}


def _closed_by_places(number, last, joiners, ctx, at) -> bool:
    """The name at `last` is listed before others, up to the last one,
    which ends in a place word in the plural ("... Prefectural Parks")."""
    keys = ctx.index.keys[number]
    tails = ctx.lex.words("places", "place_tails")
    plurals = ctx.lex.candidates.get("plural_suffixes", [])
    steps = 0
    while after := _listed_next(number, last, keys, joiners, ctx, at):
        last = min((o for o in after[0].occurrences if o.sentence == number and o.first > last),
                   key=lambda o: o.first).last
        steps += 1
    word = keys[last]
    return steps > 0 and any(word.endswith(p) and word[:-len(p)] in tails for p in plurals)


def _in_a_cued_list(number, first, joiners, cues, ctx, ends) -> bool:
    """The name at `first` is listed after others, back to the first one,
    which a cue stands right before (a people-of noun, a place noun)."""
    keys = ctx.index.keys[number]
    steps = 0
    while before := _listed_before(number, first, keys, joiners, ctx, ends):
        first -= _words_back(number, first, before[0], keys, joiners, ctx)
        steps += 1
    return steps > 0 and first > 0 and ctx.index.sentences[number].gap(first - 1, first) == " " \
        and cue_before(keys, first, cues) > 0


def _words_back(number, first, other, keys, joiners, ctx) -> int:
    """How far back the listed name `other` before `first` starts."""
    last = first - 2 if keys[first - 1] in joiners and _gap(ctx.index.sentences[number], first - 1, first) == " " \
        else first - 1
    return first - last + len(other.key) - 1


def _gap(sentence, left: int, right: int) -> str:
    """The gap between two tokens without bracketed figures: "Atlanta
    (19.7), Boston" lists two cities side by side."""
    gap = sentence.gap(left, right)
    return ASIDE.sub("", gap) if "(" in gap else gap      # most gaps are a space or a comma


def _listed_next(number, last, keys, joiners, ctx, at) -> list[Candidate]:
    sentence = ctx.index.sentences[number]
    if last + 1 >= len(keys):
        return []
    gap = _gap(sentence, last, last + 1)
    if gap == ", " and (number, last + 1) in at:
        return [at[(number, last + 1)]]
    step = 1 if gap in (" ", ", ") and keys[last + 1] in joiners else 0
    if step and last + 2 < len(keys) and sentence.gap(last + 1, last + 2) == " ":
        return [at[(number, last + 2)]] if (number, last + 2) in at else []
    return []


def _listed_before(number, first, keys, joiners, ctx, ends) -> list[Candidate]:
    sentence = ctx.index.sentences[number]
    if first == 0:
        return []
    gap = _gap(sentence, first - 1, first)
    if gap == ", " and (number, first - 1) in ends:
        return [ends[(number, first - 1)]]
    if gap == " " and keys[first - 1] in joiners and first >= 2:
        if sentence.gap(first - 2, first - 1) in (" ", ", ") and (number, first - 2) in ends:
            return [ends[(number, first - 2)]]
    return []
