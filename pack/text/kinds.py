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
source cue before it ("Menurut Kotkin"), a verb of a person's life after
it ("Kusaeri ditangkap", worth a role), "who" after it ("Crowfoot, who"),
a naming cue after a person noun ("a black man named Bloxom"); a place noun or preposition
before it ("kota Gori", "di Moskow"); people of a place ("orang
Georgia"); being listed beside known people or places ("Bukharin dan
Rykov"). A single word of a person's full name is that person ("Lenin").
Name shapes only people have: given names joined by a hyphen
("Louis-Philippe"), given names and a particle before a surname ("Alexis
de Tocqueville", not a town for its "-ville"); the body or place before an
office is not the name after it ("City Engineer Arthur H. Dimmock").
A run ending in a form of address ("Royal Highnesses"), a name with a
building or firm word before a connector ("Sir William Dunn School of
Pathology"), a firm ("the Daimler-Benz company") and a reading list's publisher ("by P M Nair; Harper Collins,
2008") are no one's name;
peoples listed after a people-of noun are no people, and names listed
after a place noun or before a plural place word are places (`neighbours`);
a title before a realm's name ("Raja Galuh" beside "Kerajaan Galuh") is an
office, no one's name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pack.text.candidates import Candidate, TextIndex
from pack.text.firstnames import first_names
from pack.text.language import Language, concept_ending
from pack.text.neighbours import by_neighbours, listed_beside, peoples_listed, places_listed
from pack.text.phrases import cue_after, cue_before, phrase_before
from pack.text.places import Places, place_names
from pack.text.runs import UNKNOWN_WORD_ZIPF, numbered_elsewhere
from pack.text.tokens import bracket_depth

Key = tuple[str, ...]
NEIGHBOUR_ROUNDS = 6       # a list of places is followed to its end: "Batavia, Bogor, Bandung, Magelang, Yogyakarta"
NICKNAME = re.compile(r"\w [\"“]\w+[\"”] \w")
ROLE_REACH = 4           # words from a name's apposition to its role noun ("a senior GC&CS codebreaker")
COMMON_WORD_ZIPF = 3.0   # a word this frequent in general usage is a noun, not a given name
DEMONYM_ZIPF = 4.0       # demonyms this frequent ("English", "Danish") stand before any word
INITIALLED = re.compile(r"(?:\w\.\s?)+\w[\w'’-]*")   # "G. Champernowne", "J. Hazeu": initials, then a name
GLUED_INITIAL = re.compile(r"\w\.$")        # "U." glued before "S. Navy"
ROMAN = re.compile(r"(?:[ivx]{2,}|[ivx]*[vx][ivx]*)")   # "ii", "viii", "xvi" (not the word "i")
NAME_LIST_REACH = 10        # words back from a name to the kin noun of its list ("son of A B and C D")
LEAD_BRACKET_SENTENCES = 3  # an opening bracket (names, dates) is closed within this many sentences, or was never one
NAMING_REACH = 5            # words from the subject's name to the cue of a name given to them
ATTRIBUTE_SHARE = 5         # a word after a noun in one mention of this many, nothing said of it: an attribute


@dataclass
class Kinds:
    """The kind of each candidate key (person, place ... "other" when none) and
    what the who's-who reads beside it: bare names, weak evidence, counts."""

    kind: dict[Key, str] = field(default_factory=dict)
    # Candidate key -> key of the person's bare name inside it.
    name_part: dict[Key, Key] = field(default_factory=dict)
    # Keys taken for people only for being listed beside people: weak
    # evidence, enough to keep a name out of the glossary, not to list it.
    by_company: set[Key] = field(default_factory=set)
    # Keys taken for people only for the shape of the name, a given name
    # first ("Corso Italia") or a personal-name element ("Bojonegoro"): a
    # list of places around them makes them places.
    by_given_name: set[Key] = field(default_factory=set)
    # Key -> how many times the article says something only people do or
    # are of the name (an occupation before it, a speech verb or a verb of
    # a person's life after it, a role said of it): how much the article
    # tells about this person, used by the who's-who to rank.
    evidence: dict[Key, int] = field(default_factory=dict)
    # Words a person's name ends in that the article uses alone as a place
    # ("Washington" beside "George Washington"): their mentions are not the person's.
    place_surnames: set[str] = field(default_factory=set)

    def of(self, key: Key) -> str:
        return self.kind.get(key, "other")


class GivenNames:
    """`word in given`: a word of the given-names list that the article
    does not also write in lowercase, that heads or ends no place or term
    name (`left_out`) and that is no one-word place name, or given names
    joined by a hyphen (`joined`, "jean-françois").

    Asked word by word rather than made as a set: the list has 60,000
    names, of which an article asks about a few hundred, and three set
    differences of the whole list cost more than all those questions.
    """

    __slots__ = ("names", "left_out", "places", "joined", "_asked")

    def __init__(self, names: frozenset[str], left_out: frozenset[str], places: Places):
        self.names, self.left_out, self.places = names, left_out, places
        self.joined: frozenset[str] = frozenset()
        # The answers of the list, per word: the same words are asked again and
        # again (a search of the list's string, then two sets; `joined` is set later).
        self._asked: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        if word in self.joined:
            return True
        known = self._asked.get(word)
        if known is None:
            known = self._asked[word] = word in self.names and word not in self.left_out \
                and not self.places.one_word_place(word)
        return known


@dataclass
class _Evidence:
    """What the kind rules read about the article, gathered once."""

    index: TextIndex
    lex: Language
    places: Places
    given: GivenNames
    standalone: set
    titles: tuple
    place_words: object       # `word in place_words`: a word of some place name (`Places.words`)
    subject_words: frozenset[str] = frozenset()
    # The occupations as a set and their lengths in words: looked up before
    # every mention of every name.
    occupations: frozenset[Key] = frozenset()
    occupation_lengths: tuple[int, ...] = ()
    # Word keys the article only ever writes in capitals ("RI", "TNI"):
    # abbreviations of bodies and states, never a person's name.
    acronyms: frozenset[str] = frozenset()


def classify(candidates: list[Candidate], index: TextIndex, subject: Key,
             subject_words: frozenset[str] = frozenset()) -> Kinds:
    """The kind of every candidate: each name first by what it is built of
    and the words around it (`_name_kind`), then by the names listed beside
    it (`by_neighbours`), then the article's subject and its other names
    marked "subject" (`_mark_subject`); a word or phrase by `_word_kind`."""
    lex = index.lex
    places = place_names(lex.code)
    ctx = _evidence(candidates, index, lex, places, subject_words)
    kinds = Kinds()
    names = [c for c in candidates if c.shape == "name"]
    for c in names:
        part = split_name(c.key, ctx)
        kinds.evidence[c.key] = _person_evidence(c, ctx)
        kinds.kind[c.key] = _name_kind(c, part, ctx, kinds.evidence[c.key])
        if kinds.kind[c.key] == "person" and _thing_before_connector(c.key, lex):
            kinds.kind[c.key] = "other"
        if kinds.kind[c.key] == "person" and part == c.key and any(common_noun(w, lex) for w in part):
            kinds.kind[c.key] = "term"     # "Surat Keputusan Presiden ... Nomor": no personal name is so built
        if kinds.kind[c.key] == "person" and part == c.key and kinds.evidence[c.key] < 2 \
                and (c.key[0] in ctx.given or _name_elements(c.key, ctx)):
            kinds.by_given_name.add(c.key)
        if kinds.kind[c.key] == "person":
            kinds.name_part[c.key] = part
    _offices_of_places(names, kinds, ctx)
    _people_by_parts(names, kinds, ctx)
    listed = listed_beside(names, ctx, subject)
    for _ in range(NEIGHBOUR_ROUNDS):     # a name found a place in one round is a neighbour in the next
        by_neighbours(names, kinds, ctx, listed)
    for c in names:
        if c.key in kinds.by_company and _idea_named_after(c.key, ctx):
            kinds.kind[c.key] = "term"        # "Marxisme Stalin" beside people: Stalin's Marxism, an idea
            kinds.by_company.discard(c.key)
            kinds.name_part.pop(c.key, None)
    peoples_listed(names, kinds, ctx)
    places_listed(names, kinds, ctx)
    _abbreviated_names(names, kinds, ctx)
    for c in candidates:
        if c.shape != "name":
            kinds.kind[c.key] = _word_kind(c, lex, places)
    _mark_subject(candidates, names, kinds, index, subject, subject_words)
    return kinds


def _evidence(candidates: list[Candidate], index: TextIndex, lex: Language, places: Places,
              subject_words: frozenset[str]) -> _Evidence:
    """What `_name_kind` and the steps after it ask of the whole article: its
    given names, places, titles and acronyms."""
    # A given name that the article also writes in lowercase, that is a
    # place or a word that heads or ends place and term names, is no name
    # here ("hari", "Georgia", "Park"); a word inside a longer place name
    # still is ("John" of "Saint John").
    vocabulary = (lex.words("places", "place_tails") | lex.words("places", "place_heads")
                  | lex.words("definitions", "term_heads") | lex.words("definitions", "term_tails"))
    given = GivenNames(first_names(), index.lowercase | vocabulary, places)
    # "Jean-François", "Anne-Marie", "Louis-Philippe": given names joined by a hyphen are one.
    given.joined = frozenset(c.key[0] for c in candidates
                             if "-" in c.key[0] and _given_names_joined(c, given, places))
    occupations = lex.phrases("people", "occupations")
    return _Evidence(index, lex, places, given, {c.key for c in candidates if c.standalone},
                     occupations + lex.phrases("people", "relations") + lex.phrases("people", "honorifics"),
                     places.words, subject_words, frozenset(occupations),
                     tuple(sorted({len(o) for o in occupations})), acronym_keys(index))


def _mark_subject(candidates: list[Candidate], names: list[Candidate], kinds: Kinds, index: TextIndex,
                  subject: Key, subject_words: frozenset[str]) -> None:
    """The article's subject, its initials and full name, and the other names
    the lead gives it, marked "subject" (changed in place)."""
    for c in candidates:
        initials_of_subject = c.key[-1] in subject and all(len(w) == 1 for w in c.key[:-1])
        if c.key == subject or initials_of_subject or (kinds.kind[c.key] == "person" and (
                set(kinds.name_part[c.key]) <= set(subject) or _full_name_of(kinds.name_part[c.key], subject))):
            kinds.kind[c.key] = "subject"
    aliases = _lead_aliases(names, kinds, index) | _names_given(names, kinds, index, subject_words)
    for key in aliases:
        kinds.kind[key] = "subject"
    for c in names:
        if kinds.kind[c.key] == "person" and any(
                len(alias) > 1 and kinds.name_part[c.key][:len(alias)] == alias for alias in aliases):
            kinds.kind[c.key] = "subject"     # "Wilhelmina Helena Pauline Maria | of the Netherlands ...": the lead's full name


def _given_names_joined(c: Candidate, given: GivenNames, places) -> bool:
    """Each part of the hyphenated first word a given name; a word alone
    only as the article writes it, each part with a capital and of three
    letters or more, and no place ("Louis-Philippe"; not "Li-ion",
    "Al-Lisan", "Orange-Nassau")."""
    parts = c.key[0].split("-")
    if len(c.key) > 1:
        return all(part in given for part in parts)      # "Ching-Wu Chu": a surname follows
    written = any(all(w[:1].isupper() for w in form.split()[0].split("-")) for form in c.forms)
    return written and all(len(p) > 2 and p in given and p not in places for p in parts)


def _lead_aliases(names: list[Candidate], kinds: Kinds, index: TextIndex) -> set[Key]:
    """The subject's other names: an article that opens with its subject
    names them all before it says anything of them ("Peter the Great
    (Russian: ..., tr. Pyotr Velikiy), Peter I (...) or Pyotr Alekseevich
    (...) ruled ..."; "Ir. Soekarno (Ejaan Republik: Sukarno; ...),
    dikenal juga dengan sapaan Bung Karno, adalah ..."). What is said
    starts at the first word outside names and brackets that is no word of
    naming (text.toml `[names] lead_alias_words`); a sentence cut inside a bracket
    ("tr.") goes on in the next. The people named before it are the
    subject, not someone else."""
    if not index.sentences or not index.runs[0] or index.runs[0][0][0] != 0:
        return set()
    opening = index.runs[0][0]
    if not any(c.key == tuple(index.keys[0][:opening[1] + 1]) and kinds.kind[c.key] == "subject" for c in names):
        return set()          # the article does not open with its subject
    said = _said_at(index)
    aliases = {c.key for c in names if kinds.kind[c.key] == "person" and any(
        (o.sentence, o.last) < said and (o.first, o.last) in index.runs[o.sentence]
        and not named_as_kin(index.keys[o.sentence], index.sentences[o.sentence].tokens, o.first, index.lex)
        for o in c.occurrences)}
    # The same names shortened ("Ioseb Jughashvili" of "Ioseb Besarionis dze
    # Jughashvili"); not a word inside the subject's own full name ("Vincenzo"
    # of "Galileo di Vincenzo Bonaiuti de' Galilei", his father's name).
    words = {w for key in aliases for w in kinds.name_part[key]}
    return aliases | {c.key for c in names if kinds.kind[c.key] == "person" and set(kinds.name_part[c.key]) <= words}


def _names_given(names: list[Candidate], kinds: Kinds, index: TextIndex, subject_words: frozenset[str]) -> set[Key]:
    """The subject's other names given in the text: a name right after a
    naming cue that follows the subject's name ("Diponegoro diberi nama
    Bendara Raden Mas Mustahar", "Pangeran Diponegoro dinobatkan sebagai
    Sultan Abdulhamid"; people.toml `naming_cues`), and the names that
    follow that one in the same sentence after a cue again ("..., kemudian
    diubah menjadi Bendara Raden Mas Antawirya"). Not a name after a noun
    ("Diponegoro memiliki anak bernama ..."): the cue must touch the name."""
    cues = index.lex.phrases("people", "naming_cues")
    if not cues or not subject_words:
        return set()
    # Only sentences that hold a cue's first word can give a name (most hold none).
    numbers = sorted({n for cue in cues for n, _ in index.where.get(cue[0], [])})
    if not numbers:
        return set()
    at = {(o.sentence, o.first): c.key for c in names if kinds.kind[c.key] == "person" for o in c.occurrences}
    found: set[Key] = set()
    given_parts: set[Key] = set()
    for number in numbers:
        runs, keys = index.runs[number], index.keys[number]
        naming = False
        for first, last in runs:
            if keys[last] in subject_words or kinds.name_part.get(at.get((number, first))) in given_parts:
                naming = True     # the subject's name or one given before: a cue right after it names the subject
            elif naming and first and (number, first) in at and _cue_touches(keys, first, cues, index.lex):
                found.add(at[(number, first)])
                given_parts.add(kinds.name_part[at[(number, first)]])
            else:
                naming = False
                continue
            naming = naming and last + 1 < len(keys) and bool(_cue_ahead(keys, last + 1, index.sentences[number], cues, index.lex)
                                                              or _then_cue(keys, last + 1, cues, index.lex))
    # The same bare name elsewhere ("Antawirya diwisuda ..."): the subject too.
    return found | {c.key for c in names if kinds.kind[c.key] == "person" and kinds.name_part.get(c.key) in given_parts}


def _cue_ahead(keys, start: int, sentence, cues, lex: Language) -> bool:
    """A naming cue within `NAMING_REACH` words after the subject's name,
    past lowercase words of what befell them ("Antawirya diwisuda sebagai
    pangeran dengan nama ..."), not past a relation ("memiliki anak
    bernama ...": the child's name) nor another name."""
    relations = lex.phrases("people", "relations")
    for i in range(start, min(len(keys), start + NAMING_REACH)):
        if cue_after(keys, i, cues):
            return True
        if sentence.tokens[i].cap or cue_after(keys, i, relations) or sentence.gap(i - 1, i) != " ":
            return False
    return False


def _cue_touches(keys, first: int, cues, lex: Language) -> bool:
    """A naming cue ends right before the name."""
    return cue_before(keys, first, cues) > 0


def _then_cue(keys, start: int, cues, lex: Language) -> bool:
    """"..., kemudian diubah menjadi": an adverb of time, then a naming cue."""
    return keys[start] in lex.words("people", "naming_links") and bool(cue_after(keys, start + 1, cues))


def named_as_kin(keys: list[str], tokens, first: int, lex: Language) -> bool:
    """A name after a kin noun in the opening's brackets ("born in Kent,
    son of John Baker and Mary Wood"; "putra dari Raden Soekemi dan Ida
    Ayu Nyoman Rai"): the subject's kin, not another name of the subject.
    Walks back over the names listed before it and their joiners."""
    joiners = lex.words("people", "list_joiners")
    i = first
    while i and first - i < NAME_LIST_REACH and (keys[i - 1] in joiners or tokens[i - 1].cap):
        i -= 1
    if i and keys[i - 1] in lex.words("people", "complement_cues"):
        i -= 1
    return phrase_before(keys, i, lex.kin.phrases) is not None


def _said_at(index: TextIndex) -> tuple[int, int]:
    """(sentence, token) of the first word said of the subject at the
    article's opening (see `_lead_aliases`)."""
    naming = index.lex.words("names", "lead_alias_words")
    depth = 0
    for number, (sentence, keys) in enumerate(zip(index.sentences, index.keys)):
        in_names = {i for first, last in index.runs[number] for i in range(first, last + 1)}
        done = 0
        for i, token in enumerate(sentence.tokens):
            between = sentence.text[done:token.start]
            depth = bracket_depth(between, depth)
            done = token.start
            if not (i in in_names or depth or keys[i] in naming):
                return number, i
        # The sentence's last bracket may close after its last word: "Thomas Baker (born 1809 in Kent)."
        rest = sentence.text[done:]
        depth = bracket_depth(rest, depth)
        if not depth or number + 1 >= LEAD_BRACKET_SENTENCES:
            return number, len(sentence.tokens)
    return len(index.sentences), 0


def _full_name_of(part: Key, subject: Key) -> bool:
    """"Galileo di Vincenzo Bonaiuti de' Galilei" for "Galileo Galilei": the
    subject's first and last name around more names is the subject's full name."""
    return len(subject) > 1 and len(part) > len(subject) and part[0] == subject[0] and part[-1] == subject[-1]


def split_name(key: Key, ctx: _Evidence) -> Key:
    """Drop titles, places and a known name in front of a person's name.

    ("perdana", "menteri", "britania", "raya", "winston", "churchill") ->
    ("winston", "churchill"); ("lenin", "nadezhda", "krupskaya") ->
    ("nadezhda", "krupskaya"): "Lenin" stands alone elsewhere and
    "Nadezhda" is a given name. Without a given name after the prefix the
    key is returned whole ("Presiden Rusia" names no one).
    """
    if cue_after(key, 0, ctx.lex.phrases("people", "place_offices")):
        return key            # "Bupati Roma Karanganyar": the office of a place, not "Roma"
    p = 0
    # "Raden Adipati Tirtokoesoemo", "Jenderal Soedirman": a name after an
    # honorific or an occupation needs no given name when it is plainly a name.
    honoured = titled = False
    honorifics = ctx.lex.phrases("people", "honorifics")
    while p < len(key) - 1:
        step = cue_after(key, p, ctx.titles) or _place_at(key, p, ctx.places)
        if step and not p and not cue_after(key, 0, ctx.titles) and len(key) - step == 1 and key[step] in ctx.given:
            step = 0          # "Porto Santo": a place and a given name alone are one place's name
        if not step and (key[p],) in ctx.standalone and key[p + 1] in ctx.given and key[p] not in ctx.given:
            step = 1          # not "Ethel | Sara Turing": a given name starts the name, not a known person
        if not step and cue_after(key, p + 1, ctx.titles) and \
                any(key[p].endswith(s) for s in ctx.lex.places.get("demonym_suffixes", [])):
            step = 1          # "British | Lord Dorchester", "Dutch | Governor-General ..."
        if not step and p and key[p] in ctx.acronyms:
            step = 1          # "Panglima | TNI | Jenderal Soedirman": the body the office belongs to
        if not step and not p and key[p] in ctx.lex.words("people", "name_modifiers"):
            step = 1          # "politisi | Islam | Mohammad Natsir": the faith of the noun before
        title = not step and key[p] not in ctx.given and cue_after(key, p + 1, ctx.titles)
        if title and (common_noun(key[p], ctx.lex) or (p + 1 + title < len(key) and key[p + 1 + title] in ctx.given)):
            step = 1          # "(Menteri Pendidikan dan) Kebudayaan | Profesor Wardiman Djojonegoro": the office's field;
            # "City | Engineer Arthur H. Dimmock", "Congress | Secretary Friedrich von Gentz": its body
            # (a given name after the title: not "Commandancy | General | Provincias Internas")
        # One name after the body, or one that opens with an initial or a given
        # name: not "NV | Borneo Sumatra Maatschappij".
        body_first = not step and not p and key[p] in ctx.acronyms and ctx.lex.people.get("role_head_first") \
            and _plain_name(key[1:], ctx) and (len(key) == 2 or len(key[1]) == 1 or key[1] in ctx.given)
        if body_first:
            step = 1          # "ketua PKI | Aidit": the body of an office written in lowercase before it
        if not step and (honoured or titled) and key[p] in ctx.lex.words("people", "complement_cues") \
                and p + 2 < len(key):
            step = 2          # "Secretary | of State | James Buchanan": what the office is of
        if not step or p + step >= len(key):
            break
        honoured = honoured or bool(cue_after(key, p, honorifics))
        # (The listed tuple, not the set: a cue list is indexed once per list object.)
        titled = titled or body_first or bool(cue_after(key, p, ctx.lex.phrases("people", "occupations"))
                                              and not cue_after(key, p, ctx.lex.phrases("people", "place_offices")))
        p += step
    if not p:
        p = _given_name_after_prefix(key, ctx)
    if key[p] in ctx.acronyms:
        return key            # "Presiden RI": an office, no name after it
    if p and len(key) - p > 2 and ROMAN.fullmatch(key[-1]) and (honoured or titled) and key[p] not in ctx.given:
        return key[-2:]       # "Sultan Pontianak | Hamid II": a regnal name is a name and its number
    if p and key[p] not in ctx.given and not honoured and not (titled and _plain_name(_without_realm(key[p:], ctx), ctx)) \
            and not (titled and _given_written_lowercase(key[p:], ctx)):
        return key
    return key[p:]


def _without_realm(words: Key, ctx: _Evidence) -> Key:
    """A name without the realm after it ("al-Mujahid Ali | of Yemen" of
    "Sultan al-Mujahid Ali of Yemen"): a title's realm is no part of the
    name to test; the name as it is when it has none."""
    for i in range(1, len(words) - 1):
        if words[i] in ctx.lex.connectors and " ".join(words[i + 1:]) in ctx.places:
            return words[:i]
    return words


def _given_written_lowercase(words: Key, ctx: _Evidence) -> bool:
    """"Mayor | Bill Campbell" where the article also writes "a bill": after
    a title, a word of the first-name list before a plain name is a given
    name, though the article uses it as a common word too."""
    return len(words) > 1 and words[0] in first_names() and not ctx.lex.is_function(words[0]) \
        and _plain_name(words[1:], ctx)


def _given_name_after_prefix(key: Key, ctx: _Evidence) -> int:
    """Where a full name starts after common words that are no name ("War
    Democrats | Edwin M. Stanton", "Supreme Court Chief Justice | Roger B.
    Taney"): at a given name followed by a plain name whose last word the
    article also writes alone; 0 when there is none. No given name or rare
    word may come before it ("Ethel Sara Turing" is one name)."""
    if not ctx.lex.people.get("sort_by_surname"):
        return 0              # only where names are given names and a surname
    for q in range(1, len(key) - 1):
        if key[q - 1] in ctx.given or not (ctx.lex.zipf(key[q - 1]) >= COMMON_WORD_ZIPF
                                          or ctx.lex.is_function(key[q - 1])):
            return 0          # not "Jöns | Jacob Berzelius": a rare word before is a name too
        # The last word written alone too, or a title right before the given name
        # ("Confederate General | John Bell Hood", "Atlanta Mayor | Keisha Lance Bottoms").
        after_title = cue_after(key[q - 1:q], 0, ctx.titles) == 1 and len(key) - q > 1
        if key[q] in ctx.given and ((key[-1],) in ctx.standalone or after_title) and _plain_name(key[q:], ctx):
            return q
    return 0


def acronym_keys(index: TextIndex) -> frozenset[str]:
    """Word keys written in capitals wherever they stand ("RI", "TNI",
    "RIS"): abbreviations, which no person's name is."""
    capitals, other = set(), set()
    for keys, sentence in zip(index.keys, index.sentences):
        for key, token in zip(keys, sentence.tokens):
            (capitals if token.acronym else other).add(key)
    return frozenset(capitals - other)


def regnal_core(key: Key) -> Key:
    """A regnal name without the realm after its number: ("isabella", "i",
    "of", "castile") -> ("isabella", "i"); other names as they are."""
    for i, word in enumerate(key[1:], start=1):
        if ROMAN.fullmatch(word) or (word == "i" and i == 1):
            return key[:i + 1]
    return key


def _plain_name(words: Key, ctx: _Evidence) -> bool:
    """Words that can be a person's name after a title: no place ("Presiden
    Rusia"), no title ("Sekretaris Jenderal"), no word the article writes in
    lowercase, no term or body word, no figure ("Douglas DC-3")."""
    lex = ctx.lex
    # Each set asked in turn: a union of them (the article's lowercase words among them) cost more than the tests.
    banned = (ctx.index.lowercase, lex.words("definitions", "term_heads"), lex.words("definitions", "term_tails"),
              lex.words("places", "place_heads"), lex.words("people", "thing_tails"))
    return not (" ".join(words) in ctx.places or any(
        w in ctx.places or any(w in b for b in banned) or w in ctx.acronyms or common_noun(w, lex)
        or cue_after(words, i, ctx.titles) or any(ch.isdigit() for ch in w) for i, w in enumerate(words)))


def _place_at(key: Key, p: int, places) -> int:
    for end in range(len(key) - 1, p, -1):
        if " ".join(key[p:end]) in places:
            return end - p
    return 0


def _name_kind(c: Candidate, part: Key, ctx: _Evidence, evidence: int) -> str:
    lex = ctx.lex
    key = c.key
    if key[-1] in lex.words("people", "thing_tails"):
        return "other"        # "Bell Labs", "Maple Leaf Gardens", "the Crown Prince's Palace": a body or a building
    if _named_firm(c, ctx):
        return "other"        # "the Daimler-Benz company": the name of a firm
    if _publisher_only(c, ctx):
        return "other"        # "... by P M Nair; Harper Collins, 2008": a reading list's publisher
    if key[-1] in lex.words("people", "address_forms"):
        return "other"        # "their Royal Highnesses", "Your Majesty": a form of address, no name
    if part == key and key[0] in lex.words("people", "name_modifiers"):
        return "term"         # "partai Islam Masyumi": a faith and what is not a person's name
    if names_a_body(key, lex) or names_concept(key, lex):
        return "term"         # "Trent Affair", "Kyoto Protocol": a body, an event or a concept
    title = cue_after(key, 0, ctx.titles)
    if title and title < len(key) and lex.people.get("role_head_first") \
            and key[title] in lex.words("definitions", "term_heads"):
        return "other"        # "Panglima | Angkatan Bersenjata Republik": the office of a body, no name
    if _demonym_plural(key[-1], ctx) and (len(key) > 1 or ctx.lex.zipf(key[0]) >= COMMON_WORD_ZIPF):
        return "other"        # "German Americans", "the Egyptians": a people, no one person
    if (part != key or len(key) == 1) and any(common_noun(word, lex) for word in part):
        return "other" if part != key else "term"     # "Menteri Pertahanan": an office, no name
    named_after = part != key and part[0] in ctx.given and (_plain_name(part, ctx)
                                                            or _given_particle_surname(part, ctx))
    if not named_after and (key[0] in lex.words("definitions", "term_heads")
                            or key[-1] in lex.words("definitions", "term_tails")):
        return "term"         # (not "War Democrats | Edwin M. Stanton": a full name after the words)
    if any(word in lex.words("definitions", "term_tails") and following in lex.connectors
           for word, following in zip(key, key[1:])):
        return "term"         # "Paris Academy of Sciences"
    if part == key and len(key) > 1 and cue_after(key, 0, lex.phrases("people", "place_offices")):
        return "other"        # "Bupati Karanganyar": an office, its holder is named elsewhere
    if any(any(ch.isdigit() for ch in word) for word in key) or (len(key) == 1 and key in ctx.titles):
        return "term" if key[0] not in ctx.given else "other"     # "Douglas DC-3", a bare "Presiden"
    if len(key[0]) == 1 and part == key and all(_glued_initial(occ, ctx) for occ in c.occurrences):
        return "other"        # "U.S. Steel" -> "S. Steel": the end of an abbreviation, no initial
        # (not "U.S. President | Jimmy Carter": a name after a title)
    if _initials_and_surname(c, ctx):
        return "person"       # "D.G. Champernowne", "G.A.J. Hazeu": only people go by initials and a surname
    if len(key) > 1 and _demonym_of_place(key, ctx):
        return "other"        # "Sri Lankan", "South African": people of a place, no one person
    # A rare word a role is said of is a name ("local leader Quibían not to go"), not "English".
    if len(key) == 1 and (evidence < 2 or lex.zipf(key[0]) >= COMMON_WORD_ZIPF) and attributive_demonym(c, ctx.index, ctx.lex):
        return "other"        # "Danish physicist", "Roman historian"
    if len(key) == 1 and evidence >= 2 and not _said_of_after(c, ctx):
        # Only nouns before it ("sultan Jawa", "pejuang Aceh", "ulama Islam"): a noun
        # before a place, a people or a faith says which one, not who.
        if 2 * _located(c, ctx) >= max(4, evidence):      # (each noun before counted 2)
            return "place"
        if not lex.people.get("sort_by_surname") and c.standalone >= ATTRIBUTE_SHARE * max(1, evidence // 2):
            # A word the article uses often and only once or twice after a noun ("ulama
            # Islam"): the other signals decide. Only where people go by one name (where
            # they go by surname, "his brother John" is a person however often "John" stands).
            evidence = 0
    if evidence >= 2 and (part != key or key[0] in ctx.given):
        return "person"       # "American engineer Charles Martin Hall", not a hall
    if _given_particle_surname(part, ctx):
        return "person"       # "Alexis de Tocqueville": not a place for its "-ville"
    if _place_named(key, part, ctx) and not _given_names_before_tail(part, ctx, evidence):
        return "place"
    if len(key) > 1 and key[0] in ctx.subject_words and part == key:
        return "term"         # "Aluminium Industrie Aktiengesellschaft" (not "Atlanta Mayor | Keisha Lance Bottoms")
    if any(NICKNAME.search(form) for form in c.forms):
        return "person"       # 'Silibistro "Silva" Jibladze'
    regnal = ROMAN.fullmatch(key[-1]) or (key[-1] == "i" and len(key) == 2 and (
        key[0] in ctx.given or numbered_elsewhere(key[0], ctx.index)))     # "Tuthmosis I" beside "Tuthmosis III"
    if len(key) > 1 and regnal and key[0] not in ctx.places and not _mostly_attributive(key[0], ctx) \
            and not any(w in ctx.index.lowercase for w in key[:-1]):      # not "World War II", "Naqada II"
        return "person"       # "Hamengkubuwana VIII", "Pius II", "Mary I": a regnal number
    if part != key:
        return "person"       # a given name after a title or a place
    if len(key) > 1 and cue_after(key, 0, lex.phrases("people", "surname_particles")) \
            and not _place_context(c, ctx, strong=True):
        return "person"       # "Van Mook", "von Neumann": a surname with its particle
    if _name_elements(key, ctx) and not _place_context(c, ctx, strong=True):
        return "person"       # "Radjiman Wedyodiningrat", "Mangoenkoesoemo": parts only names have
    if len(key) > 1 and key[0] in ctx.places and (evidence < 2 or key[-1] in ctx.place_words
                                                  or lex.people.get("role_head_first")
                                                  or not _plain_name(key[1:], ctx)):    # "Minnesota Congressman"
        return "place"        # "Jerman Nazi", "Eropa Timur", "wartawan Jepang | Stalin" (not "Nelson Mandela's Autobiography")
    if len(key) == 1 and key[0] in ctx.place_words:
        return "place"        # "Soviet" of "Uni Soviet": a demonym, not a term
    if (len(part) > 1 and part[0] in ctx.given) or evidence >= 2:
        # "born in Maida Vale", "moved to Maida Vale": a given name can start a place name;
        # "sultan Jawa", "pejuang Aceh" beside "di Jawa", "ke Aceh": a one-word name the
        # article mostly uses as a place is the realm or home of the title before it.
        return "place" if (evidence < 2 or len(key) == 1) and (_place_context(c, ctx, strong=True) or (
            evidence == 0 and _after_place_noun(c, ctx))) else "person"
    if _place_context(c, ctx):
        return "place"
    if len(key) == 1 and key[0] in ctx.given:
        return "person"
    if len(key) > 1 and evidence >= 1 and _plain_name(key, ctx):
        return "person"       # "Willoughby Smith observed", "Hamzah Haz menyatakan": a plain name something only people do is said of
    return "term"


def _given_particle_surname(key: Key, ctx: _Evidence) -> bool:
    """Given names or initials, a particle and a surname that is no place
    ("Alexis de Tocqueville", "Bonifacius Cornelis de Jonge", "J. B. van
    Heutsz"): a person's name, though the last word ends like a town's;
    not "Rio de Janeiro", a place of the lists."""
    if len(key) < 3 or not (key[0] in ctx.given or len(key[0]) == 1) or " ".join(key) in ctx.places:
        return False
    particles = ctx.lex.phrases("people", "middle_particles")
    for p in range(1, len(key) - 1):
        step = cue_after(key, p, particles)
        if step:
            rest = key[p + step:]
            return bool(rest) and " ".join(rest) not in ctx.places and _plain_name(rest, ctx)
        if not (key[p] in ctx.given or len(key[p]) == 1):
            return False      # given names and initials only before the particle ("J. B. van Heutsz")
    return False


def _place_named(key: Key, part: Key, ctx: _Evidence) -> bool:
    """A place's name: the whole run, or the name after a title when one
    stands before it ("City | Engineer Arthur H. Dimmock" is no city; "New
    York Alki", "Sri Lanka" are places)."""
    if " ".join(key) in ctx.places:
        return True
    titled = any(cue_after(key, i, ctx.titles) for i in range(len(key) - len(part)))
    return is_place_name(part if titled else key, ctx.lex, ctx.places)


def _given_names_before_tail(key: Key, ctx: _Evidence, evidence: int) -> bool:
    """"Edwin Herbert Hall observed": given names only before a word that
    ends places' names ("Carnegie Hall"), and something only people do said
    of it: a person's surname, no building."""
    return evidence >= 1 and len(key) > 2 and " ".join(key) not in ctx.places \
        and all(word in ctx.given for word in key[:-1])


def _abbreviated_names(names: list[Candidate], kinds: Kinds, ctx: _Evidence) -> None:
    """"NUTS III", "Nova SBE": a name of two words or more with an
    abbreviation of three capitals or more in it names a body or a unit,
    no person (two capitals may be initials, "Firdaus AN"; "Henry III" is a
    regnal number). A term, so the glossary may still take it."""
    for c in names:
        if kinds.kind[c.key] == "person" and kinds.name_part.get(c.key) == c.key and len(c.key) > 1 \
                and any(len(w) > 2 and w in ctx.acronyms and not ROMAN.fullmatch(w) for w in c.key):
            kinds.kind[c.key] = "term"


def names_a_body(key: Key, lex: Language) -> bool:
    """Ends in a word of bodies, events and documents (people.toml
    `body_tails`) or has one before a connector ("University of Rome")."""
    bodies = lex.words("people", "body_tails")
    return len(key) > 1 and key[-1] in bodies or any(
        word in bodies and following in lex.connectors for word, following in zip(key, key[1:]))


def _thing_before_connector(key: Key, lex: Language) -> bool:
    """A word of firms and buildings (people.toml `thing_tails`) before a
    connector, past the first word ("Sir William Dunn School | of
    Pathology", "Sir Alexander Fleming Building | on the South Kensington"):
    a thing named after someone, not that someone. (Asked only of names
    read as people: "National Museum of Modern Art" stays a term.)"""
    things = lex.words("people", "thing_tails")
    return any(word in things and following in lex.connectors for word, following in zip(key[1:], key[2:]))


def _named_firm(c: Candidate, ctx: _Evidence) -> bool:
    """Some mention stands between "the" and a noun of firms written in
    lowercase ("the Daimler-Benz company"): the name is a firm's."""
    lex = ctx.lex
    firms, articles = lex.words("people", "firm_nouns"), lex.words("people", "definite_articles")
    if not firms:
        return False
    for occ in c.occurrences:
        keys = ctx.index.keys[occ.sentence]
        tokens = ctx.index.sentences[occ.sentence].tokens
        if 0 < occ.first and occ.last + 1 < len(keys) and keys[occ.first - 1] in articles \
                and keys[occ.last + 1] in firms and tokens[occ.last + 1].text.islower():
            return True
    return False


def _publisher_only(c: Candidate, ctx: _Evidence) -> bool:
    """Every mention of the name stands after the ";" that closes the
    authors of a reading-list line ("Turning Points by A P J Abdul Kalam;
    Harper Collins India, 2012"): the publisher's name, no person's."""
    cues = ctx.lex.words("people", "author_cues")
    return bool(cues) and all(_after_authors(occ, ctx, cues) for occ in c.occurrences)


def _after_authors(occ, ctx: _Evidence, cues) -> bool:
    """The mention follows "by", names only, ";" and then only capitalised
    words or "by" ("...; July 2014 by Harper Collins"), not a clause ("by
    the electric eel; that same year the surgeon John Hunter")."""
    sentence = ctx.index.sentences[occ.sentence]
    keys = ctx.index.keys[occ.sentence]
    semicolon = next((end for end in range(occ.first) if ";" in sentence.gap(end, end + 1)), None)
    if semicolon is None:
        return False
    by = max((i for i in range(semicolon + 1) if keys[i] in cues), default=None)
    joiners = ctx.lex.words("people", "list_joiners")

    def names(start: int, end: int) -> bool:
        return all(keys[i] in cues or keys[i] in joiners or sentence.tokens[i].text[:1].isupper()
                   for i in range(start, end))
    return by is not None and names(by + 1, semicolon + 1) and names(semicolon + 1, occ.first)


def names_concept(key: Key, lex: Language) -> bool:
    """A name whose head noun is a concept word (glossary.toml
    `concept_name_heads`): "Kyoto Protocol", "Treaty of Versailles",
    "Rencana Lima Tahun"."""
    return headed_by(key, lex.words("candidates", "concept_name_heads"), lex)


def headed_by(key: Key, heads: frozenset[str], lex: Language) -> bool:
    """A name of two words or more whose head noun is one of `heads`. The
    head is the first word where the language puts it first, else the last
    word or the one before a connector ("Treaty | of Versailles")."""
    if len(key) < 2 or not heads:
        return False
    if lex.candidates.get("phrase_head_first"):
        return key[0] in heads
    return key[-1] in heads or any(word in heads and following in lex.connectors
                                   for word, following in zip(key, key[1:]))


def _occupation_ends(words: list[str], ctx) -> bool:
    """The words end in one of the occupations (`ctx.occupations`, of `ctx.occupation_lengths` words)."""
    for n in ctx.occupation_lengths:        # (a loop, not a generator: asked of every use of every name)
        if n <= len(words) and tuple(words[-n:]) in ctx.occupations:
            return True
    return False


def common_noun(word: str, lex: Language) -> bool:
    """A word built as the language builds common nouns (people.toml
    `common_noun_affixes`: Indonesian "per-...-an", "ke-...-an":
    "Pertahanan", "Keuangan"), which no personal name is."""
    for a, b in lex.people.get("common_noun_affixes", []):     # (a loop: asked of every name word)
        if word.startswith(a) and word.endswith(b) and len(word) - len(a) - len(b) >= 3:
            return True
    return False


def _demonym_plural(word: str, ctx: _Evidence) -> bool:
    """"Americans" where the article writes "American" before a lowercase
    noun ("American politics"): the people of a place, not a surname
    ("Evans")."""
    if not word.endswith("s") or not any(word[:-1].endswith(s) for s in ctx.lex.places.get("demonym_suffixes", [])):
        return False
    return _attributive(word[:-1], ctx)


def _mostly_attributive(word: str, ctx: _Evidence) -> bool:
    """Written before a lowercase noun in half its mentions or more ("the
    Naqada culture", "the Naqada period"): the name of a culture or a
    place, so "Naqada II" numbers its phases, not its kings."""
    alone = before_noun = 0
    for number, position in ctx.index.where.get(word, []):
        sentence = ctx.index.sentences[number]
        tokens = sentence.tokens
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and following.roman:
            continue          # "Naqada II" itself: only the mentions without a number tell
        alone += 1
        if following is not None and not following.cap and following.text.isalpha() \
                and not ctx.lex.is_function(ctx.index.keys[number][position + 1]) \
                and sentence.gap(position, position + 1) == " ":
            before_noun += 1
    return alone > 0 and before_noun * 2 >= alone


def _attributive(word: str, ctx: _Evidence) -> bool:
    """Written capitalised before a lowercase word somewhere ("American
    history", "Roman historian")."""
    for number, position in ctx.index.where.get(word, []):
        tokens = ctx.index.sentences[number].tokens
        if position + 1 < len(tokens) and not tokens[position + 1].cap and tokens[position].cap:
            return True
    return False


def _name_elements(key: Key, ctx: _Evidence) -> bool:
    """A word built on an element that personal names have and other names
    lack (people.toml `name_elements`, e.g. Javanese "-ningrat",
    "-kusumo"), in a name none of whose words the article writes in
    lowercase; a one-word name must be no known place either
    ("Tjokroaminoto")."""
    if len(key) == 1 and key[0] in ctx.places:
        return False
    return has_name_element(key, ctx.lex) and not any(word in ctx.index.lowercase for word in key)


def has_name_element(key: Key, lex: Language) -> bool:
    """Some word of the name holds a personal-name element (`name_elements`)."""
    elements = lex.people.get("name_elements", [])
    for word in key:        # (loops, not a generator: asked of every name)
        for e in elements:
            if e in word:
                return True
    return False


def _initials_and_surname(c: Candidate, ctx: _Evidence) -> bool:
    """Initials, then a word the article never writes in lower case. Not the
    subject's initials ("I. V. Stalin": the subject, found later), not the
    end of an abbreviation the name runs refused ("U.S. Navy" -> "S. Navy")."""
    key = c.key
    if len(key) < 2 or not all(len(w) == 1 for w in key[:-1]) or key[-1] in ctx.index.lowercase \
            or key[-1] in ctx.subject_words or not all(INITIALLED.fullmatch(f) for f in c.forms):
        return False
    return not any(_glued_initial(occ, ctx) for occ in c.occurrences)


def _glued_initial(occ, ctx: _Evidence) -> bool:
    """The name's first letter is glued to an initial before it ("U.S.")."""
    sentence = ctx.index.sentences[occ.sentence]
    return GLUED_INITIAL.search(sentence.text, 0, sentence.tokens[occ.first].start) is not None


def _demonym_of_place(key: Key, ctx: _Evidence) -> bool:
    """A known place's name with a demonym ending added ("sri lanka" +
    "n", "new zealand" + "er")."""
    text = " ".join(key)
    if text in ctx.places:
        return False
    return any(text[:n] in ctx.places for n in range(len(text) - 1, max(len(text) - 4, 3), -1)
               if text[n - 1] != " " and " " in text[:n])


def attributive_demonym(c: Candidate, index: TextIndex, lex: Language) -> bool:
    """A nationality adjective ("Danish physicist", "German Jews", "Roman
    Britain"): a one-word name with a demonym ending (`places.demonym_suffixes`)
    that the article writes mostly right before another word. The kinds read
    it of a name, the who's-who of a two-word name's first word."""
    word = c.key[0]
    if not any(word.endswith(s) for s in lex.places.get("demonym_suffixes", [])):
        return False
    before_noun = 0
    for occ in c.occurrences:
        tokens = index.sentences[occ.sentence].tokens
        sentence = index.sentences[occ.sentence]
        # A rare word before a function word is no adjective: "McClellan then took"
        # ("English as a mother tongue" stays the language's).
        if occ.last + 1 < len(tokens) and sentence.gap(occ.last, occ.last + 1) == " " \
                and (not tokens[occ.last + 1].cap or not occ.standalone) \
                and not (lex.zipf(word) < DEMONYM_ZIPF
                         and lex.is_function(index.keys[occ.sentence][occ.last + 1])):
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
    """Occurrences after an occupation, a source cue or a person cue, or
    before a speech verb, a verb of a person's life or a role."""
    lex = ctx.lex
    longest = max(ctx.occupation_lengths, default=0)
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
            if _occupation_ends(words, ctx) \
                    or (not lex.people.get("relation_before_name_is_possessor")
                        and cue_before(keys, occ.first, lex.phrases("people", "relations"))):
                score += 2    # "chemist Friedrich Wöhler"; English "nationalist leader Sukarno"
            if words[-1] in sources:
                score += 1
            if cue_before(keys, occ.first, lex.phrases("people", "person_cues")):
                score += 1    # "kepada Sjahrir", "married Anne": said of people
            if cue_before(keys, occ.first, lex.phrases("people", "family_nouns")):
                score += 2    # "istri Lenin", "his wife Emma": whoever owns or is kin is a person
            if _life_noun_of(keys, occ.first, ctx):
                score += 2    # "the hunger strike and death of Potti Sreeramulu": only people die, reign, marry
            if _named_after_person_noun(keys, occ.first, ctx):
                score += 2    # "a black man named Bloxom", "poet named Thiruvalluvar": a person's name
        if sentence.tokens[occ.last].text.endswith(lex.possessive_endings) and c.key[0] not in ctx.given and \
                cue_after(keys, occ.last + 1, lex.once("kin_or_life_nouns", _kin_or_life_nouns)):
            score += 2        # "Kamose's successor", "Akhenaten's death": only people have kin, a death, a reign
            # (not a given name alone: "George's brother James Loveless" is about James)
        score += _said_after(occ, keys, sentence, ctx)
    return score


def _said_after(occ, keys: list[str], sentence, ctx: _Evidence) -> int:
    """What is said right after a mention that only people do or are: a speech
    verb ("Service berpendapat") or "who" ("Crowfoot, who"), 1; a verb of a
    person's life ("Hatta lahir", "Kusaeri ditangkap") or a role ("Hooke, an
    English scientist", "Soetomo menjadi ketua"), 2. A plural name (a group
    may be arrested) gets 1 for a verb of life and nothing for "who"."""
    after = occ.last + 1
    if after >= len(keys):
        return 0
    lex = ctx.lex
    score = 0
    gap = sentence.gap(occ.last, after)
    if ")" in gap and "(" not in gap:
        return 0      # "pavement (Calçada Portuguesa) was born": what follows is said of the words before the bracket
    # "Aristotle had taught", "Kotkin juga menulis": a verb of saying after one auxiliary.
    verb = after + 1 if keys[after] in lex.words("people", "speech_auxiliaries") and after + 1 < len(keys) else after
    # A plural name ("the Bolsheviks were arrested", "the Jesuits, who") may be a group's.
    plural = _plural_name(keys[occ.last], ctx)
    if cue_after(keys, after, lex.phrases("people", "person_verbs")):
        score += 1 if plural else 2   # "Kusaeri ditangkap", "Darwin died": what happens only to people
    elif keys[verb] in lex.words("people", "speech_verbs") and not _closes_an_apposition(occ, keys, gap, lex):
        score += 1    # "Kotkin menulis": a report or a body may say things too
    if gap in (", ", " ") and keys[after] in lex.words("people", "person_relatives") and not plural:
        score += 1    # "Crowfoot, who was": only people and groups take "who"
    # "From Itjtawy, the pharaohs ruled": a place opening the sentence, not an apposition.
    fronted = occ.first == 1 and lex.is_function(keys[0]) and gap == ", "
    if not fronted and _role_follows(keys, after, gap, ctx, sentence):
        score += 2
    return score


def _closes_an_apposition(occ, keys: list[str], gap: str, lex: Language) -> bool:
    """"Viktor Shvets, the managing director of Credit Suisse, has said": a
    name after a complement cue ("of") and before a comma ends the
    apposition of someone before it; what follows the comma is said of
    that someone ("the director of the site test, K Santhanam, said" is
    said of the name: no cue before it)."""
    return gap == ", " and occ.first > 0 and keys[occ.first - 1] in lex.words("people", "complement_cues")


def _plural_name(word: str, ctx: _Evidence) -> bool:
    """"Bolsheviks", "Jesuits": a plural ending (people.toml `plural_endings`)
    after a singular the language or the article knows ("Bolshevik" written
    capitalised mid-sentence, "jesuit" a word). Not a surname or a given name
    that only ends so: "Jones", "Hopkins" (no "Jone", "Hopkin") or an ending
    no plural has (`singular_endings`: "Louis", "Columbus", "Hess")."""
    lex = ctx.lex
    if word.endswith(tuple(lex.people.get("singular_endings", ()))):
        return False
    for ending in lex.people.get("plural_endings", ()):
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem and (stem in ctx.index.capitalised or lex.zipf(stem) >= UNKNOWN_WORD_ZIPF):
            return True
    return False


def _life_noun_of(keys: list[str], first: int, ctx: _Evidence) -> bool:
    """A noun of a person's life and "of" just before the name ("death of
    Potti Sreeramulu", "reign of Khufu"): the name is whose life it is."""
    size = cue_before(keys, first, ctx.lex.phrases("people", "origin_joiners"))
    return bool(size) and cue_before(keys, first - size, ctx.lex.phrases("people", "life_nouns")) > 0


def _named_after_person_noun(keys: list[str], first: int, ctx: _Evidence) -> bool:
    """A naming cue and before it a word only people are ("a black man
    named Bloxom", "Tamil poet named Thiruvalluvar", "seorang pria bernama")."""
    size = cue_before(keys, first, ctx.lex.phrases("people", "named_cues"))
    if not size:
        return False
    at = first - size
    lex = ctx.lex
    return cue_before(keys, at, lex.phrases("people", "person_nouns")) > 0 \
        or cue_before(keys, at, lex.phrases("people", "occupations")) > 0


def _said_of_after(c: Candidate, ctx: _Evidence) -> bool:
    """Something only people do or are said right after some mention of
    the name (`_said_after`): the name's evidence is not only the nouns
    before it ("pejuang Aceh", "sultan Jawa", where a noun before a place
    says where from)."""
    return any(occ.standalone
               and _said_after(occ, ctx.index.keys[occ.sentence], ctx.index.sentences[occ.sentence], ctx)
               for occ in c.occurrences)


def _kin_or_life_nouns(lex: Language) -> tuple:
    """What may follow a person's possessive ("Kamose's successor", "Akhenaten's death"): made
    once, so that the cue index (pack.text.phrases, kept per list object) is made once too."""
    return lex.phrases("people", "relations") + lex.phrases("people", "life_nouns")


def _role_follows(keys: list[str], start: int, gap: str, ctx: _Evidence, sentence=None) -> bool:
    """A role noun said of the name right after it: "Soetomo menjadi ketua",
    "Tirtokoesoemo sebagai ketua umum", "Robert Hooke, an English
    scientist", "X adalah seorang dokter"; a few modifiers may come before
    the noun ("a German chemist")."""
    lex = ctx.lex
    cues = lex.once("role_after_cues", lambda lex: lex.phrases("people", "as_cues")
                    + lex.phrases("people", "became_cues") + lex.phrases("people", "copula_role_cues"))
    drop = lex.phrases("people", "role_drop")
    if gap == ", ":           # "Hooke, an English scientist": a determiner or the role itself
        size = cue_after(keys, start, drop)
        if not size:
            # Not an honorific: "meninggalkan Lam Padang, Teuku Ibrahim kembali":
            # a form of address opens the next person's name, it says nothing of this one.
            return start < len(keys) and _title_at(keys, start, ctx) \
                and not cue_after(keys, start, lex.phrases("people", "honorifics")) \
                and not (sentence is not None and _titled_name_at(keys, start, sentence, ctx))
        start += size
    elif gap == " ":
        size = cue_after(keys, start, cues)
        if not size:
            return False
        start += size
        start += cue_after(keys, start, drop)
    else:
        return False
    for i in range(start, min(len(keys), start + ROLE_REACH)):
        if _title_at(keys, i, ctx):
            return True
        if lex.is_function(keys[i]):
            return False
    return False


def _titled_name_at(keys: list[str], i: int, sentence, ctx: _Evidence) -> bool:
    """A title and a name after it ("bahasa Jawa, Kapten J.J Roefs"): the
    next person named with their rank, not an apposition of the name
    before the comma. A place after the title ("Soekarno, Presiden
    Indonesia") is the office's, and the title is said of the name before;
    a relation takes a body ("Kartosoewirjo, pemimpin Darul Islam")."""
    title = cue_after(keys, i, ctx.titles)
    after = i + title
    return after < len(keys) and tuple(keys[i:after]) in ctx.occupations and sentence.tokens[after].cap \
        and sentence.gap(after - 1, after) == " " and keys[after] not in ctx.place_words \
        and keys[after] not in ctx.places


def _title_at(keys: list[str], i: int, ctx: _Evidence) -> bool:
    """A role noun at keys[i], not the start of a longer place noun ("Manado,
    ibu kota pemberontak": a capital, not a mother, "ibu")."""
    title = cue_after(keys, i, ctx.titles)
    return bool(title) and cue_after(keys, i, ctx.lex.phrases("places", "place_nouns")) <= title


def strip_inflection(key: str, lex: Language) -> str:
    """"sejawatnya" -> "sejawat"."""
    for suffix in lex.candidates.get("inflection_suffixes", []):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[:-len(suffix)]
    return key


def _place_context(c: Candidate, ctx: _Evidence, strong: bool = False) -> bool:
    """"di Moskow", "kota Gori", "orang Georgia": a place or its people,
    in at least three of ten mentions ("orang Bolshevik" once is not enough);
    `strong`: in half of them and twice at least ("wrote to Winston
    Churchill" once makes no place)."""
    located = _located(c, ctx)
    if strong:
        return located >= max(2, 0.5 * c.standalone)
    return located >= max(1, 0.3 * c.standalone)


def _after_place_noun(c: Candidate, ctx: _Evidence) -> bool:
    """A place noun right before some mention ("di kampung Lam Padang Peukan
    Bada", "daerah Lam Padang"): said of places only, once is enough where
    nothing says the name is a person's ("Lam" is a given name elsewhere)."""
    nouns = ctx.lex.phrases("places", "place_nouns")
    return any(o.standalone and o.first and ctx.index.sentences[o.sentence].gap(o.first - 1, o.first) == " "
               and cue_before(ctx.index.keys[o.sentence], o.first, nouns) for o in c.occurrences)


def _located(c: Candidate, ctx: _Evidence) -> int:
    """How many mentions of the name stand after a place preposition, a
    place noun or a people-of noun, or beside a region ("di Moskow",
    "kota Gori", "orang Georgia", "Maida Vale, London")."""
    lex = ctx.lex
    preps = lex.words("places", "prepositions") | lex.words("places", "people_of")
    nouns = lex.phrases("places", "place_nouns")
    located = 0
    for occ in c.occurrences:
        keys = ctx.index.keys[occ.sentence]
        if not occ.standalone or occ.first == 0 or \
                ctx.index.sentences[occ.sentence].gap(occ.first - 1, occ.first) != " ":
            continue
        # (a place noun ending right before it: the list's index, not a slice per noun)
        if keys[occ.first - 1] in preps or phrase_before(keys, occ.first, nouns) is not None \
                or _in_region(occ, ctx):
            located += 1
    for occ in c.occurrences:
        if occ.standalone and _region_of(occ, ctx, preps):
            located += 1
    return located


def _region_of(occ, ctx: _Evidence, preps) -> bool:
    """"born in Maida Vale, London": a name after a located name and a comma."""
    sentence = ctx.index.sentences[occ.sentence]
    if occ.first < 2 or sentence.gap(occ.first - 1, occ.first) != ", ":
        return False
    start = ctx.index.run_ending_at(occ.sentence, occ.first - 1)
    return start is not None and start > 0 and ctx.index.keys[occ.sentence][start - 1] in preps \
        and sentence.gap(start - 1, start) == " "


def _in_region(occ, ctx: _Evidence) -> bool:
    """"Vancouver, British Columbia": a name followed by a known region."""
    sentence = ctx.index.sentences[occ.sentence]
    keys = ctx.index.keys[occ.sentence]
    if occ.last + 1 >= len(keys) or sentence.gap(occ.last, occ.last + 1) != ", ":
        return False
    end = ctx.index.run_starting_at(occ.sentence, occ.last + 1)
    return end is not None and " ".join(keys[occ.last + 1:end + 1]) in ctx.places


def _idea_named_after(key: Key, ctx: _Evidence) -> bool:
    """A name whose first word is a rare abstract noun ("Marxisme Stalin",
    "Leninisme"): an idea named after someone, never a given name."""
    return len(key) > 1 and concept_ending(key[0], ctx.lex) and ctx.lex.zipf(key[0]) < COMMON_WORD_ZIPF


def _people_by_parts(names: list[Candidate], kinds: Kinds, ctx: _Evidence) -> None:
    """A word of a known person's name is that person; so is a name ending in
    it. A one-word name after a title ("Presiden Soekarno", "Jenderal
    Soedirman") is that person wherever it stands alone."""
    surnames: set[str] = set()
    titled: set[str] = set()        # never a name's last word: "General Grant" is no "Yosemite Grant"
    for c in names:
        part = kinds.name_part.get(c.key)
        if part and len(part) > 1:
            # Not the realm of a regnal name: "Aragon" of "Ferdinand II of Aragon" is a place.
            surnames.update(w for w in regnal_core(part) if len(w) > 2 and w not in ctx.lex.connectors)
        elif part and part != c.key and len(part[0]) > 2:
            titled.add(part[0])
    heads = ctx.lex.words("definitions", "term_heads")
    place_starts = {c.key[0] for c in names if len(c.key) > 1 and kinds.kind[c.key] == "place"}
    as_surname = Counter(kinds.name_part[c.key][-1] for c in names for o in c.occurrences
                         if kinds.kind[c.key] == "person" and len(kinds.name_part.get(c.key, ())) > 1)
    for c in names:
        if kinds.kind[c.key] != "term" or c.key[0] in heads:
            continue
        parts = re.split(r"[-–]", c.key[0]) if len(c.key) == 1 else []
        if len(parts) > 1 and all(p in surnames for p in parts):
            kinds.kind[c.key] = "other"       # "Trotsky-Zinoviev": two people, not a term
            continue
        # "Trotsky" is Trotsky; "Robert Bunsen" ends in a surname; but in a
        # language that puts the owner last, "Wasiat Lenin" is Lenin's testament.
        # Not a work about someone: "Life of Galileo".
        ends_in_surname = len(c.key) > 1 and c.key[-1] in surnames \
            and not set(c.key[1:-1]) & ctx.lex.words("people", "complement_cues") and (
            c.key[0] in ctx.given or not ctx.lex.people.get("role_head_first", True)
            or (ctx.lex.zipf(c.key[0]) < COMMON_WORD_ZIPF     # "Lavrentiy Beria", not "Wasiat Lenin"
                and not _idea_named_after(c.key, ctx)))       # nor "Marxisme Stalin": Stalin's Marxism
        # Not a word the article uses as a place: "to Washington", or (more often
        # alone than in the person's name) "Washington, D.C." beside "George Washington".
        named_alone = len(c.key) == 1 and c.key[0] in surnames | titled
        if named_alone and (c.key[0] in place_starts and c.standalone > 2 * as_surname[c.key[0]]
                            or _place_context(c, ctx)):
            kinds.kind[c.key] = "place"
            kinds.place_surnames.add(c.key[0])
            continue
        if named_alone or ends_in_surname:
            kinds.kind[c.key] = "person"
            kinds.name_part[c.key] = c.key


def _offices_of_places(names: list[Candidate], kinds: Kinds, ctx: _Evidence) -> None:
    """A title before a word the article uses alone as a place, in half
    its mentions at least, or in its one mention when it is a word of a
    known place name and no given name ("Sultan Ambon" beside "di Ambon",
    "ke Ambon"; "Raja Mesir" beside "pedagang Mesir"; not "Prince
    Frederick", not "Cardinal Bellarmine" beside "Bellarmine's"), or that names
    a realm ("Raja Galuh" beside "Kerajaan Galuh"; places.toml
    `realm_heads`), names an office of that place, not a person called so."""
    alone = {c.key: c for c in names if len(c.key) == 1}
    realms = _realms(names, kinds, ctx)
    for c in names:
        part = kinds.name_part.get(c.key)
        if kinds.kind[c.key] != "person" or not part or part == c.key:
            continue
        # Past one word, only a name that opens with the place: "Raja
        # Sriwijaya Jambi" (the king of Sriwijaya at Jambi) beside "Kerajaan
        # Sriwijaya" and "Sriwijaya" written alone as a place.
        head = part[:1]
        placed = head in alone and kinds.of(head) == "place" and (
            head[0] in ctx.places or _place_context(alone[head], ctx, strong=True)
            or len(part) == 1 and alone[head].standalone < 2 and head[0] in ctx.place_words
            and head[0] not in ctx.given)
        if placed or head[0] in realms:
            kinds.kind[c.key] = "other"
            del kinds.name_part[c.key]


def _realms(names: list[Candidate], kinds: Kinds, ctx: _Evidence) -> frozenset[str]:
    """The one-word names of realms the article writes under a realm word
    ("Kerajaan Galuh" -> "galuh")."""
    heads = ctx.lex.words("places", "realm_heads")
    return frozenset(c.key[1] for c in names if len(c.key) == 2 and c.key[0] in heads
                     and kinds.kind.get(c.key) == "place")


def _word_kind(c: Candidate, lex: Language, places) -> str:
    if " ".join(c.key) in places:
        return "place"
    tails = lex.words("places", "place_tails")
    if c.shape == "phrase" and c.display[:1].isupper() and (c.key[-1] in tails or c.key[-1][:-1] in tails):
        return "place"        # "Nile valley", "Meuse valleys": a name and a place noun
    if c.key[0] in lex.not_terms:
        return "other"
    return "term"
