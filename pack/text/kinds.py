"""Text analysis: is a candidate a person, a place or a term?

Inputs: the `TextIndex`, the `Candidate`s and the article subject. Outputs:
a `Kinds` object mapping each candidate key to "person", "place", "term",
"subject" or "other", and for names with a title or a place in front
("Perdana Menteri Britania Raya Winston Churchill") the key of the bare
name. The glossary keeps the terms; the who's-who keeps the people.

Signals, strongest first: a term head ("Partai ...", "... process"); a
known place name (country lists plus the language's extra names); a given
name from the first-name list; an occupation before the name ("sejarawan
Robert Service", "chemist Friedrich Wöhler"); a speech verb after it or a
source cue before it ("Menurut Kotkin"); a place noun or preposition
before it ("kota Gori", "di Moskow"); people of a place ("orang
Georgia"); being listed beside known people or places ("Bukharin dan
Rykov"). A single word of a person's full name is that person ("Lenin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pack.text.candidates import Candidate, TextIndex
from pack.text.firstnames import first_names
from pack.text.language import Language
from pack.text.neighbours import by_neighbours
from pack.text.phrases import cue_after
from pack.text.places import place_names

Key = tuple[str, ...]
NEIGHBOUR_ROUNDS = 2
NICKNAME = re.compile(r"\w [\"“]\w+[\"”] \w")


@dataclass
class Kinds:
    kind: dict[Key, str] = field(default_factory=dict)
    # Candidate key -> key of the person's bare name inside it.
    name_part: dict[Key, Key] = field(default_factory=dict)

    def of(self, key: Key) -> str:
        return self.kind.get(key, "other")


@dataclass
class _Evidence:
    index: TextIndex
    lex: Language
    places: frozenset[str]
    given: frozenset[str]
    standalone: set
    titles: tuple
    place_words: frozenset[str]
    subject_words: frozenset[str] = frozenset()
    # The occupations as a set and their lengths in words: looked up before
    # every mention of every name.
    occupations: frozenset[Key] = frozenset()
    occupation_lengths: tuple[int, ...] = ()


def classify(candidates: list[Candidate], index: TextIndex, subject: Key,
             subject_words: frozenset[str] = frozenset()) -> Kinds:
    lex = index.lex
    places = place_names(lex.code)
    place_words = {w for p in places for w in p.split()}
    # A given name that the article also writes in lowercase, that is a
    # place or a word of place and term names, is no name here ("hari",
    # "Georgia", "Park").
    vocabulary = (lex.words("places", "place_tails") | lex.words("places", "place_heads")
                  | lex.words("definitions", "term_heads") | lex.words("definitions", "term_tails"))
    given = frozenset(first_names() - index.lowercase - place_words - vocabulary)
    occupations = lex.phrases("people", "occupations")
    ctx = _Evidence(index, lex, places, given, {c.key for c in candidates if c.standalone},
                   occupations + lex.phrases("people", "relations"),
                   frozenset(place_words), subject_words, frozenset(occupations),
                   tuple(sorted({len(o) for o in occupations})))
    kinds = Kinds()
    names = [c for c in candidates if c.shape == "name"]
    for c in names:
        part = split_name(c.key, ctx)
        kinds.kind[c.key] = _name_kind(c, part, ctx)
        if kinds.kind[c.key] == "person":
            kinds.name_part[c.key] = part
    _people_by_parts(names, kinds, ctx)
    for _ in range(NEIGHBOUR_ROUNDS):     # a name found a place in one round is a neighbour in the next
        by_neighbours(names, kinds, ctx, subject)
    for c in candidates:
        if c.shape != "name":
            kinds.kind[c.key] = _word_kind(c, lex, places)
        initials_of_subject = c.key[-1] in subject and all(len(w) == 1 for w in c.key[:-1])
        if c.key == subject or initials_of_subject or (kinds.kind[c.key] == "person" and set(kinds.name_part[c.key]) <= set(subject)):
            kinds.kind[c.key] = "subject"
    return kinds


def split_name(key: Key, ctx: _Evidence) -> Key:
    """Drop titles, places and a known name in front of a person's name.

    ("perdana", "menteri", "britania", "raya", "winston", "churchill") ->
    ("winston", "churchill"); ("lenin", "nadezhda", "krupskaya") ->
    ("nadezhda", "krupskaya"): "Lenin" stands alone elsewhere and
    "Nadezhda" is a given name. Without a given name after the prefix the
    key is returned whole ("Presiden Rusia" names no one).
    """
    p = 0
    while p < len(key) - 1:
        step = cue_after(key, p, ctx.titles) or _place_at(key, p, ctx.places)
        if not step and (key[p],) in ctx.standalone and key[p + 1] in ctx.given:
            step = 1
        if not step or p + step >= len(key):
            break
        p += step
    if p and key[p] not in ctx.given:
        return key
    return key[p:]


def _place_at(key: Key, p: int, places) -> int:
    for end in range(len(key) - 1, p, -1):
        if " ".join(key[p:end]) in places:
            return end - p
    return 0


def _name_kind(c: Candidate, part: Key, ctx: _Evidence) -> str:
    lex = ctx.lex
    key = c.key
    if key[0] in lex.words("definitions", "term_heads") or key[-1] in lex.words("definitions", "term_tails"):
        return "term"
    if any(word in lex.words("definitions", "term_tails") and following in lex.connectors
           for word, following in zip(key, key[1:])):
        return "term"         # "Paris Academy of Sciences"
    if len(key) == 1 and _attributive_demonym(c, ctx):
        return "other"        # "Danish physicist", "Roman historian"
    evidence = _person_evidence(c, ctx)
    if evidence >= 2 and (part != key or key[0] in ctx.given):
        return "person"       # "American engineer Charles Martin Hall", not a hall
    if is_place_name(key, lex, ctx.places):
        return "place"
    if len(key) > 1 and key[0] in ctx.subject_words:
        return "term"         # "Aluminium Industrie Aktiengesellschaft"
    if any(NICKNAME.search(form) for form in c.forms):
        return "person"       # 'Silibistro "Silva" Jibladze'
    if part != key:
        return "person"       # a given name after a title or a place
    if len(key) > 1 and key[0] in ctx.places:
        return "place"        # "Jerman Nazi", "Eropa Timur"
    if len(key) == 1 and key[0] in ctx.place_words:
        return "place"        # "Soviet" of "Uni Soviet": a demonym, not a term
    if (len(part) > 1 and part[0] in ctx.given) or evidence >= 2:
        return "person"
    if _place_context(c, ctx):
        return "place"
    if len(key) == 1 and key[0] in ctx.given:
        return "person"
    return "term"


def _attributive_demonym(c: Candidate, ctx: _Evidence) -> bool:
    """A nationality adjective: demonym ending, mostly before a lowercase word."""
    word = c.key[0]
    if not any(word.endswith(s) for s in ctx.lex.places.get("demonym_suffixes", [])):
        return False
    before_noun = 0
    for occ in c.occurrences:
        tokens = ctx.index.sentences[occ.sentence].tokens
        sentence = ctx.index.sentences[occ.sentence]
        if occ.last + 1 < len(tokens) and sentence.gap(occ.last, occ.last + 1) == " " \
                and (not tokens[occ.last + 1].cap or not occ.standalone):
            before_noun += 1
    return before_noun * 2 >= c.count


def is_place_name(key: Key, lex: Language, places) -> bool:
    if " ".join(key) in places:
        return True
    if any(key[-1].endswith(s) for s in lex.places.get("place_suffixes", [])) and len(key[-1]) > 5:
        return True
    if len(key) > 1 and (key[0] in lex.words("places", "place_heads")
                         or key[-1] in lex.words("places", "place_tails")):
        return True           # "Pulau Sakhalin", "Humber River"
    directions = lex.words("places", "direction_tails")
    return len(key) > 1 and key[-1] in directions and " ".join(key[:-1]) in places


def _person_evidence(c: Candidate, ctx: _Evidence) -> int:
    """Occurrences after an occupation or a source cue, or before a speech verb."""
    lex = ctx.lex
    longest = max(ctx.occupation_lengths, default=0)
    speech = lex.words("people", "speech_verbs")
    sources = lex.words("people", "source_cues")
    score = 0
    for occ in c.occurrences:
        if not occ.standalone:
            continue          # "Perdana Menteri Britania Raya ...": not about "Britania"
        keys = ctx.index.keys[occ.sentence]
        sentence = ctx.index.sentences[occ.sentence]
        previous = sentence.tokens[occ.first - 1].text if occ.first > 0 else ""
        if previous.endswith(ctx.lex.possessive_endings):
            continue          # "Queen's Park": a possessive, not a title
        if occ.first > 0 and sentence.gap(occ.first - 1, occ.first).strip(" ,") == "":
            # The words before the name, as many as the longest occupation has.
            words = keys[max(0, occ.first - longest):occ.first - 1] + [strip_inflection(keys[occ.first - 1], lex)]
            if any(tuple(words[-n:]) in ctx.occupations for n in ctx.occupation_lengths if n <= len(words)):
                score += 2
            if words[-1] in sources:
                score += 1
        if occ.last + 1 < len(keys) and keys[occ.last + 1] in speech:
            score += 1
    return score


def strip_inflection(key: str, lex: Language) -> str:
    """"sejawatnya" -> "sejawat"."""
    for suffix in lex.candidates.get("inflection_suffixes", []):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[:-len(suffix)]
    return key


def _place_context(c: Candidate, ctx: _Evidence) -> bool:
    """"di Moskow", "kota Gori", "orang Georgia": a place or its people,
    in at least three of ten mentions ("orang Bolshevik" once is not enough)."""
    lex = ctx.lex
    preps = lex.words("places", "prepositions") | lex.words("places", "people_of")
    nouns = lex.phrases("places", "place_nouns")
    located = 0
    for occ in c.occurrences:
        keys = ctx.index.keys[occ.sentence]
        if not occ.standalone or occ.first == 0 or \
                ctx.index.sentences[occ.sentence].gap(occ.first - 1, occ.first) != " ":
            continue
        if keys[occ.first - 1] in preps or any(
                tuple(keys[max(0, occ.first - len(n)):occ.first]) == n for n in nouns) \
                or _in_region(occ, ctx):
            located += 1
    return located >= max(1, 0.3 * c.standalone)


def _in_region(occ, ctx: _Evidence) -> bool:
    """"Vancouver, British Columbia": a name followed by a known region."""
    sentence = ctx.index.sentences[occ.sentence]
    keys = ctx.index.keys[occ.sentence]
    if occ.last + 1 >= len(keys) or sentence.gap(occ.last, occ.last + 1) != ", ":
        return False
    run = next(((f, l) for f, l in ctx.index.runs[occ.sentence] if f == occ.last + 1), None)
    return run is not None and " ".join(keys[run[0]:run[1] + 1]) in ctx.places


def _people_by_parts(names: list[Candidate], kinds: Kinds, ctx: _Evidence) -> None:
    """A word of a known person's name is that person; so is a name ending in it."""
    surnames: set[str] = set()
    for c in names:
        part = kinds.name_part.get(c.key)
        if part and len(part) > 1:
            surnames.update(w for w in part if len(w) > 2 and w not in ctx.lex.connectors)
    heads = ctx.lex.words("definitions", "term_heads")
    for c in names:
        if kinds.kind[c.key] != "term" or c.key[0] in heads:
            continue
        parts = re.split(r"[-–]", c.key[0]) if len(c.key) == 1 else []
        if len(parts) > 1 and all(p in surnames for p in parts):
            kinds.kind[c.key] = "other"       # "Trotsky-Zinoviev": two people, not a term
            continue
        if (len(c.key) == 1 and c.key[0] in surnames) or (len(c.key) > 1 and c.key[-1] in surnames):
            kinds.kind[c.key] = "person"
            kinds.name_part[c.key] = c.key


def _word_kind(c: Candidate, lex: Language, places) -> str:
    if " ".join(c.key) in places:
        return "place"
    if c.key[0] in lex.not_terms:
        return "other"
    return "term"
