"""Extract stage: the who's-who (issue 3).

Inputs: an `Article`. Outputs: `Person`s who matter in the article, ranked
by mentions and spread over chapters, each with the role the article gives
them (from `mention_roles`), references to where they appear, and the name
forms merged into one entry ("Lenin" into "Vladimir Lenin", "Lavrenti
Beria" and "Lavrentiy Beria", "Alexander" and "Aleksander" when both are
someone's child, "H.O.S. Tjokroaminoto" and "Oemar Said Tjokroaminoto"). A given name listed before a full name shares its
surname ("brothers Alfred and Eugene Cowles" -> "Alfred Cowles"); a
one-word name left alone joins the one full name that holds it, met
before it ("Christina" into "Christina of Florence"; not "Yakov — putra
Stalin" into "Yakov Sverdlov — rekan Bolshevik"). A mere
apposition ("orang yang benar-benar setia dengan Stalin") serves as a role
only for people mentioned at least `MATTERS` times. A person the article
never describes is still listed, with the sentence of first mention as
context (`role_kind` "context"; the first that does not only list them
among three or more names, where there is one, and of those the first
where they are the subject; a name only on a list line, "Spain – Marquis
Pedro Gómez de Labrador", is shown by its label and section), except a bare given name ("Alexander"):
without who they are it tells a reader nothing. Two groups that print the
same name are one entry, and so are a full name and its last two words or
more with the same role ("Francisco Martín de Alcántara", "Martín de
Alcántara"), a birth name and a married double
surname ("Hélène Dupont", "Hélène Moreau-Dupont") and a name with the one
alone in the bracket after it ("Raden Mas Sastro Widjojo (Pak Sastro)");
a deputy's office gives way to the office itself when the article gives
that too ("Wakil Presiden", later "Presiden Adam Malik"). A name its text
shortens to an acronym in brackets ("Tri Komando Rakjat (TRIKORA)") is no one,
nor one an article stands before at every mention ("the Knesset", even
with a role read for it; not past a title: "the Emperor Heraclius"), nor
one that only qualifies a noun after it ("Monte Carlo computer simulations"),
nor a plural after a nationality adjective ("German Jews"), nor one with a
capitalised function word inside ("How Long Must Women Wait For Liberty", a
banner's words), nor one whose title before it makes a place's name with
its first word ("King County Courthouse"; not when a given name follows:
"King County Councilman Ron Sims" is someone). Where a person is from is
no part of a full name the article shortens to its surname ("Hermann
Krause of Berlin" is "Hermann Krause") or that opens with a given name
("Samuel White of Delaware"), and a name ends before a word that never
stands inside one ("Napoleon on Jefferson's behalf"). The article's subject
("Josef Stalin", also under a title: "Don Francisco Pizarro") is left
out: the whole book is about them, and so is a
person named only under a title of works or portrayals (`people.toml`
`works_credits_headings`: the director of a film about the subject). Ranking:
mentions, spread over chapters and a mention in the lead. The sort key is
the short form the article uses for the person first where the language
sorts people so (`people.toml` `sort_by_surname`; `pack.text.personnames`:
"Hooke Robert", but "Sitting Bull", "Nguyễn Khánh" as written), the name
as written otherwise (Indonesian single names).
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from itertools import combinations

from pack.text.analysis import RECENT_SIZE, Analysis, analyse
from pack.text.candidates import Candidate, Occurrence
from pack.text.cases import DASH
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN, has_name_element, named_as_kin, names_a_body, regnal_core
from pack.text.nounphrases import is_adjective
from pack.text.phrases import cue_after, cue_before, spells
from pack.text.personnames import COMMON_ZIPF, INITIALS, sort_words
from pack.text.places import place_names
from pack.text.sentences import abbreviations
from pack.text.mentions import merged_occurrences, pick_refs, unique_ids
from pack.text.tokens import tokenize, without_possessive
from pack.text.wordclass import available as wordclass_available, classes as word_classes, verb_only
from pack.extract.people.mention_roles import (fallback_roles, family_first, known_name, mention_roles, noun_follows,
                                               shown_roles, with_subject)
from pack.extract.people.roles import Role, find_role_noun
from pack.extract.glossary.variants import one_apart
from pack.config import Settings
from pack.model import Article, Person
from pack.lang.schema import tunables_of

Key = tuple[str, ...]
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MATTERS, CONTEXT_MENTIONS, CONTEXT_WORDS, LIST_NAMES, LEAD_BONUS, DESCRIBED_BONUS, FAMILY_BONUS,
 EVIDENCE_STEP, EVIDENCE_CAP, ALWAYS_LISTED, IMPORTANCE_FLOOR, KIND_LIST_REACH, ALIAS_REACH,
 CONFERRED_REACH, SPELLING_SHORTEST, COMMON_NOUN_ZIPF, SUBJECT_LEAD, ITEM_LEAD) = tunables_of(__name__)
NICKNAME = re.compile(r"\s*[\"“][^\"”]+[\"”]\s*")     # a quoted nickname in a written name
SPACES = re.compile(r"\s+")
DASH_WORD = re.compile(r"[–—-]+")                       # a spaced dash, as a word of its own
INITIAL = re.compile(r"(?:\w\.)+")                      # "D.", "J.R."
LIST_COMMA = re.compile(r"\s*,\s*\d*")                  # between listed names; the digits of "1st" are no token

# Joins the partners' names of a firm in every language ("Stone & Webster").
AMPERSAND = "&"


def extract_people(article: Article, limit: int = Settings.people_entries) -> list[Person]:
    """The best `limit` people."""
    # Copies: the cached ranking is shared with the glossary (`ranked_people`).
    persons = copy.deepcopy(_cut(_ranked(analyse(article)), limit))
    for person, ident in zip(persons, unique_ids("who", [p.name for p in persons])):
        person.id = ident
    return persons


def ranked_people(article: Article) -> list[Person]:
    """Every person the article names, best first: the shared, cached list
    (read it, do not change it). The glossary leaves all their names out,
    not only those of the people the who's-who prints."""
    return _ranked(analyse(article))


def _cut(ranked: list[Person], limit: int) -> list[Person]:
    """The list follows the article: its first `ALWAYS_LISTED` people, and
    past them, up to `limit`, those who matter above `IMPORTANCE_FLOOR` (a
    long article with many people gets a longer list, not a fuller one of
    names met once in passing)."""
    head = ranked[:min(limit, ALWAYS_LISTED)]
    tail = [p for p in ranked[len(head):limit] if p.score >= IMPORTANCE_FLOOR]
    return head + tail


@lru_cache(maxsize=RECENT_SIZE)
def _ranked(analysis: Analysis) -> list[Person]:
    """Every person of the analysed article, best first (computed once per analysis)."""
    people = [c for c in analysis.candidates if analysis.kinds.of(c.key) == "person"
              and c.quoted < c.count           # "Paman Joe": a nickname in quotes
              and not names_a_body(c.key, analysis.lex)      # taken for a person only for its neighbours
              and not _title_of_the_name_before(c, analysis)
              and not _spelled_by_acronym(c, analysis)
              and not _in_a_firm_name(c, analysis)]
    family_words = {c.key[-1] for c in people if len(c.key) > 1}
    surnames = {c.key: _shared_surname(c, analysis, family_words) for c in people}
    names = {(o.sentence, o.first, o.last): _mention_name(c, o, surnames[c.key], analysis)
             for c in people for o in c.occurrences if o.standalone}
    roles = mention_roles(people, analysis, names)
    apposed = fallback_roles(people, analysis)
    fallback = (apposed, shown_roles(apposed, names, analysis))
    shown = shown_roles(roles, names, analysis)
    groups = _join_given_names(_merge_spellings(_group(people, analysis, roles), roles, analysis), roles, analysis)
    groups = _join_aliases(_join_given_name_runs(groups, roles, analysis), analysis)
    groups = _join_short_forms(_join_initials(groups, analysis), shown, analysis)
    groups = _join_lone_given_names(groups, roles, analysis)
    named = capitalised_words(analysis)
    persons = []
    for members in groups:
        person = _person(members, analysis, roles, shown, fallback, surnames, named)
        if person:
            persons.append(person)
    persons = _without_namesakes(persons, people, analysis)
    persons.sort(key=lambda p: (-p.score, p.name))
    return _one_per_full_name(_one_per_name(_one_per_married_name(persons)), analysis)


def _one_per_full_name(persons: list[Person], analysis: Analysis) -> list[Person]:
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
    heads = _heads_with_one_full_name(persons)
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
        same.role = max(same.role, person.role, key=len)      # "Princess, wife of ..." says more than "Princess"
        same.name, same.sort_key = fuller.name, _sort_key(fuller.name, analysis, dict.fromkeys(same.variants, 1))
    return kept


def _heads_with_one_full_name(persons: list[Person]) -> dict[int, Person]:
    """A one-word name's entry -> the one longer entry it opens with the same
    role or a role that goes on from it (`_one_per_full_name`)."""
    found: dict[int, Person] = {}
    for short in persons:
        if " " in short.name or short.role_kind != "role":
            continue
        fuller = [p for p in persons if p.role_kind == "role" and p.name.startswith(short.name + " ")
                  and (p.role == short.role or p.role.startswith(short.role + ","))]
        if len(fuller) == 1:
            found[id(short)], found[id(fuller[0])] = fuller[0], short
    return found


def _tail_of(full: str, short: str) -> bool:
    return len(short.split()) > 1 and full.endswith(" " + short)


def _one_per_married_name(persons: list[Person]) -> list[Person]:
    """"Hélène Dupont" and "Hélène Moreau-Dupont": the same given name, and a
    surname that is one half of the other's joined surname, is one woman
    under her birth and her married name: one entry, the better ranked,
    the other name a variant."""
    kept: list[Person] = []
    for person in persons:
        words = person.name.split()
        same = next((k for k in kept if _joined_surname(k.name.split(), words)
                     or _joined_surname(words, k.name.split())), None)
        if same is None:
            kept.append(person)
            continue
        if same.role_kind == "context" and person.role_kind == "role":
            same.role, same.role_kind = person.role, "role"
        same.variants = sorted(set(same.variants) | set(person.variants) | {person.name})
    return kept


def _joined_surname(short: list[str], joined: list[str]) -> bool:
    """"Hélène Dupont" beside "Hélène Moreau-Dupont" (not "Jean Dupont")."""
    if not (len(short) == len(joined) == 2 and short[0] == joined[0]):
        return False          # (asked of every pair of people: the split only where it can matter)
    halves = re.split(r"[-‐]", joined[-1])
    return len(halves) > 1 and short[-1] in halves


def _one_per_name(persons: list[Person]) -> list[Person]:
    """Two groups that print the same name are one person to a reader
    ("Nancy Hanks Lincoln" as written and "Nancy Lincoln" given her full
    name): one entry, the better ranked, with the other's role if it has
    none of its own."""
    kept: dict[str, Person] = {}
    for person in persons:
        first = kept.setdefault(person.name, person)
        if first is person:
            continue
        if first.role_kind == "context" and person.role_kind == "role":
            first.role, first.role_kind = person.role, "role"
        first.variants = sorted(set(first.variants) | set(person.variants))
    return list(kept.values())


def _spelled_by_acronym(c: Candidate, analysis: Analysis) -> bool:
    """"Poesat Tenaga Rakjat (POETERA)", "Tri Komando Rakjat (TRIKORA)": a
    name its text shortens to an acronym of its words' first letters or
    syllables, in brackets right after it, is a body or a plan, no one's name."""
    for o in c.occurrences:
        sentence = analysis.index.sentences[o.sentence]
        after = o.last + 1
        if after < len(sentence.tokens) and sentence.tokens[after].acronym \
                and sentence.gap(o.last, after).strip() == "(" \
                and spells(sentence.tokens[after].text.casefold(),
                           analysis.index.keys[o.sentence][o.first:o.last + 1], rest="start"):
            return True
    return False


def _in_a_firm_name(c: Candidate, analysis: Analysis) -> bool:
    """A name that is always one half of a firm's name, not a person: right
    after an ampersand ("Stone & Webster of Boston"), or before a joiner
    and one capitalised common word ("Nova Scotia Light and Power": no
    person is called "Power"), or opening on a capitalised common word
    after one and a joiner ("Institute of Space Science and Technology
    Thiruvananthapuram")."""
    return all(_after_an_ampersand(o, analysis) or _before_a_common_partner(o, analysis)
               or _after_a_common_partner(o, analysis) for o in c.occurrences)


def _after_an_ampersand(o: Occurrence, analysis: Analysis) -> bool:
    return o.first > 0 and analysis.index.sentences[o.sentence].gap(o.first - 1, o.first).strip() == AMPERSAND


def _before_a_common_partner(o: Occurrence, analysis: Analysis) -> bool:
    """The partner is a common noun of the language ("Power"), no given
    name, honorific or initial, and opens no name of its own ("and Sir
    Almroth Wright", "and American engineer Charles Hall", "and R. R. Hake"
    go on to a person)."""
    sentence, keys = analysis.index.sentences[o.sentence], analysis.index.keys[o.sentence]
    at = o.last + 2
    if at >= len(keys) or keys[o.last + 1] not in analysis.lex.words("people", "list_joiners") \
            or sentence.gap(o.last, o.last + 1) != " " or not sentence.tokens[at].cap \
            or at + 1 < len(keys) and sentence.tokens[at + 1].cap:
        return False
    return _a_common_noun(keys[at], analysis)


def _after_a_common_partner(o: Occurrence, analysis: Analysis) -> bool:
    """The name's first word and the word before its joiner are both
    capitalised common nouns ("Science and Technology Thiruvananthapuram")."""
    sentence, keys = analysis.index.sentences[o.sentence], analysis.index.keys[o.sentence]
    before = o.first - 2
    return before >= 0 and keys[o.first - 1] in analysis.lex.words("people", "list_joiners") \
        and sentence.gap(before, o.first - 1) == " " and sentence.tokens[before].cap \
        and _a_common_noun(keys[before], analysis) and _a_common_noun(keys[o.first], analysis)


def _a_common_noun(word: str, analysis: Analysis) -> bool:
    """A frequent noun of the language, no given name nor honorific, nor a
    person the article names by it alone ("Smith and Young": two people)."""
    return analysis.lex.zipf(word) >= COMMON_ZIPF and "NOUN" in word_classes(word, analysis.lex.code) \
        and word not in first_names() and word not in analysis.lex.words("people", "honorifics") \
        and analysis.kinds.of((word,)) != "person"


def _title_of_the_name_before(c: Candidate, analysis: Analysis) -> bool:
    """"Robert Dudley, Earl of Leicester, ...": a name that is a title
    ("Earl of Leicester") and only ever follows another name after a comma
    is that person's title, not someone else. So is one word and a realm
    set off by commas ("Josip Jelačić, Ban of Croatia, crossed"), an office
    no list of role nouns holds."""
    if analysis.kinds.name_part[c.key] != c.key:
        return False
    titled = bool(find_role_noun(list(c.key), 0, 0, analysis.lex))
    if not titled and not (len(c.key) > 2 and _realm_cut(list(c.key), analysis) == 1):
        return False
    for o in c.occurrences:
        sentence = analysis.index.sentences[o.sentence]
        if not (o.first > 0 and sentence.gap(o.first - 1, o.first) == ", "
                and analysis.index.run_ending_at(o.sentence, o.first - 1) is not None):
            return False
        if not titled and not _apposition_closed(o, analysis):
            return False
    return True


def _apposition_closed(o: Occurrence, analysis: Analysis) -> bool:
    """A comma and a word that goes on with the clause follow ("…, Ban of
    Croatia, crossed"), not another list member ("…, John of Gaunt, and")."""
    sentence, keys = analysis.index.sentences[o.sentence], analysis.index.keys[o.sentence]
    after = o.last + 1
    return after < len(keys) and sentence.gap(o.last, after) == ", " and not sentence.tokens[after].cap \
        and keys[after] not in analysis.lex.words("people", "list_joiners")


# ------------------------------------------------------------ grouping


def _group(people: list[Candidate], analysis: Analysis, roles) -> list[list[Candidate]]:
    """One list of candidates per person: full names first, then bare words;
    names compared in today's spelling ("Tirtokoesoemo" is "Tirtokusumo").
    A bare word and the same word after a title are one person ("Presiden
    Soekarno", "Soekarno"), unless it is a given name that both describe
    ("King Ferdinand" and "Ferdinand, son of Columbus"). A regnal name is
    compared without its realm ("Isabella I of Castile" is "Isabella I")."""
    names = {c.key: regnal_core(tuple(_modern(w, analysis) for w in analysis.kinds.name_part[c.key]))
             for c in people}
    full: list[list[Candidate]] = []
    for c in sorted(people, key=lambda c: (-len(names[c.key]), c.key)):
        name = names[c.key]
        if len(name) < 2:
            continue
        same = [g for g in full if _same_person(name, names[g[0].key])]
        if same and not _a_family_of_one_name(name, same, names, roles, analysis) \
                and not _child_beside_parent([c], same[0], roles, analysis):
            same[0].append(c)
        else:
            full.append([c])
    full = _epithets_to_reigns(full, names, analysis)
    alone = {names[c.key][0] for c in people if len(names[c.key]) == 1 and c.standalone}
    singles: list[list[Candidate]] = []
    by_name: dict[Key, list[Candidate]] = {}      # "Lord Dorchester" and "Dorchester" are one
    for c in sorted(people, key=lambda c: c.key):
        name = names[c.key]
        if len(name) != 1:
            continue
        home = _bracketed_after(c, full, analysis) or _home(c, full, names, alone, roles, analysis) \
            or _reign(c, full, names, roles, analysis)
        same = by_name.get(name)
        if home is not None:
            home.append(c)
        elif same is not None and (name[0] not in first_names() or not (
                _best_role(merged_occurrences(same), roles) and _best_role(c.occurrences, roles))):
            same.append(c)
        else:       # a given name described twice ("King Ferdinand", "Ferdinand, son of ..."): two people
            singles.append([c])
            by_name.setdefault(name, singles[-1])
    return full + singles


def _a_family_of_one_name(name: Key, same: list[list[Candidate]], names, roles, analysis: Analysis) -> bool:
    """"Abraham Darby" beside "his son Abraham Darby II" and "Abraham Darby
    III": a name without its number is not the numbered one when the
    article numbers it twice or names the numbered one as someone's kin
    (a family that gives one name to father and son). "John Paul" stays
    "Pope John Paul II"."""
    numbered = [g for g in same if len(names[g[0].key]) == len(name) + 1 and ROMAN.fullmatch(names[g[0].key][-1])]
    if not numbered:
        return False
    numbers = {n[-1] for n in names.values() if n[:-1] == name and ROMAN.fullmatch(n[-1])}
    kin = [roles[(o.sentence, o.first, o.last)] for g in numbered for c in g for o in c.occurrences
           if (o.sentence, o.first, o.last) in roles]
    return len(numbers) > 1 or any(_is_kin(r, analysis) for r in kin)


def _child_beside_parent(one: list[Candidate], other: list[Candidate], roles, analysis: Analysis) -> bool:
    """"Matthew Robinson Boulton", one of "the men's sons", beside "Matthew
    Boulton": where only one of two like names is told as someone's child
    or sibling (people.toml `surname_kin`), they are a family that gives one
    name twice, not one person."""
    def child(group: list[Candidate]) -> bool:
        return any(_kin_head(roles[(o.sentence, o.first, o.last)], analysis) for c in group for o in c.occurrences
                   if (o.sentence, o.first, o.last) in roles)
    return analysis.lex.people.get("sort_by_surname", False) and child(one) != child(other)


def _kin_head(role: Role, analysis: Analysis) -> bool:
    """A role headed by a noun of a child or sibling: "son of Kamose", "men's son"."""
    words = role.text.casefold().split()
    cues = analysis.lex.words("people", "complement_cues")
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in cues), words[-1] if words else "")
    return head in analysis.lex.words("people", "surname_kin")


def _bracketed_after(single: Candidate, full: list[list[Candidate]], analysis: Analysis) -> list[Candidate] | None:
    """"Edward Baker Lincoln (Eddie)": a word alone in brackets right after a
    full name is that person's short name."""
    for occ in single.occurrences:
        sentence = analysis.index.sentences[occ.sentence]
        if occ.first == 0 or sentence.gap(occ.first - 1, occ.first) != " (" \
                or not sentence.text[sentence.tokens[occ.last].end:].startswith(")"):
            continue
        for group in full:
            if any(o.sentence == occ.sentence and o.last == occ.first - 1 for c in group for o in c.occurrences):
                return group
    return None


def _epithets_to_reigns(full: list[list[Candidate]], names, analysis: Analysis) -> list[list[Candidate]]:
    """"Ramesses the Great" joins "Ramesses II" when that is the one
    regnal name the article gives the same first word, or the one named in
    the same sentence ("Ramesses II, also known as Ramesses the Great"; not
    "Ramesses XI", named elsewhere)."""
    joiners = analysis.lex.words("people", "epithet_joiners")
    kept = []
    for group in full:
        name = names[group[0].key]
        reigns = [g for g in full if g is not group and names[g[0].key][0] == name[0]
                  and ROMAN.fullmatch(names[g[0].key][-1])]
        if len(reigns) > 1:
            sentences = {o.sentence for c in group for o in c.occurrences}
            reigns = [g for g in reigns if sentences & {o.sentence for c in g for o in c.occurrences}]
        if len(name) == 3 and name[1] in joiners and len(reigns) == 1:
            reigns[0].extend(group)
        else:
            kept.append(group)
    return kept


def _modern(word: str, analysis: Analysis) -> str:
    """A name word in today's spelling, where the language has an older one
    (people.toml `old_spelling`): a word with an old marker ("oe", "dj")
    has all its old letters replaced ("Djajadiningrat" -> "jayadiningrat")."""
    markers = analysis.lex.people.get("old_spelling_markers", [])
    if not any(m in word for m in markers):
        return word
    table = dict(analysis.lex.people["old_spelling"])
    pattern = analysis.lex.once("old_spelling", lambda lex: re.compile(
        "|".join(sorted(map(re.escape, table), key=len, reverse=True))))
    return pattern.sub(lambda m: table[m.group()], word)


def _same_word(a: str, b: str, shortest: int = 6) -> bool:
    """The same name word, or a long one written one letter apart
    ("Tirtokoesoemo", "Tirtokoesomo" in one article)."""
    return a == b or (min(len(a), len(b)) >= shortest and a[0] == b[0] and one_apart(a, b))


def _same_person(a: Key, b: Key) -> bool:
    """Same surname (or one letter apart) and compatible given names; a
    regnal name and its words without the number ("John Paul II")."""
    if (a[:-1] == b and ROMAN.fullmatch(a[-1])) or (b[:-1] == a and ROMAN.fullmatch(b[-1])):
        return True
    if not _same_word(a[-1], b[-1]):
        return False
    return a[0] == b[0] or one_apart(a[0], b[0]) or a[0] in b or b[0] in a


def _home(single: Candidate, full: list[list[Candidate]], names, alone: set[str], roles,
          analysis: Analysis) -> list[Candidate] | None:
    """The full name a single word belongs to: by surname, else by a first
    word whose surname is never used alone and that is used in the same
    paragraph ("Mao" -> "Mao Zedong"; not "Yakov" -> "Yakov Sverdlov", since
    "Sverdlov" stands alone; not "Vasily" -> "Vasily Grossman", elsewhere)."""
    word = names[single.key][0]
    # A word alone one letter from a surname is that surname when it is long and no given
    # name ("Tirtokoesomo"; not "Alonso" for "Afonso V", "William" for "Raymond Williams").
    given = word in first_names()       # (asked once, not for each member of each full name)
    by_surname = [g for g in full if _surname_in(g, names, word, given)]
    role = _best_role(single.occurrences, roles)
    if by_surname and given and role and (
            _is_kin(role, analysis) or role.text.casefold().split()[-1] in analysis.lex.kin.last_words):
        return None           # "John's son, Robert" is no "Nicholas Louis Robert"
    paragraphs = _paragraphs([single], analysis)
    if by_surname:
        # Several people share the surname ("James Murray", "Arnold Murray"):
        # the word alone is the one named in the same paragraphs, then the most named.
        return max(by_surname, key=lambda g: (len(_paragraphs(g, analysis) & paragraphs),
                                              sum(c.count for c in g), names[g[0].key]))
    sentences = {o.sentence for o in single.occurrences if o.standalone}
    # Not a full name in the same sentence: "John (the father of Sir John
    # Dermot Turing)" names two people.
    # (The first word compared before the paragraphs of each full name are gathered.)
    by_first = [g for g in full if any(names[c.key][0] == word and names[c.key][-1] not in alone for c in g)
                and _paragraphs(g, analysis) & paragraphs
                and not sentences & {o.sentence for c in g for o in c.occurrences if o.standalone}]
    return by_first[0] if len(by_first) == 1 else None


def _surname_in(group: list[Candidate], names, word: str, given: bool) -> bool:
    """A full name of the group ends in `word` (a given name: as written; else
    one letter apart allowed: `_same_word`)."""
    for c in group:         # (a loop, not a generator: asked of every full name for every single word)
        last = names[c.key][-1]
        if (last == word) if given else _same_word(last, word, SPELLING_SHORTEST):
            return True
    return False


def _reign(single: Candidate, full: list[list[Candidate]], names, roles, analysis: Analysis) -> list[Candidate] | None:
    """The one regnal name a single word starts ("Queen Isabella",
    "Isabella" -> "Isabella I"), unless the word is described as someone's
    kin ("his son Ferdinand" is not "Ferdinand II")."""
    word = names[single.key][0]
    reigns = [g for g in full if any(names[c.key][0] == word and ROMAN.fullmatch(names[c.key][-1])
                                     or names[c.key] == (word, "i") for c in g)]
    role = _best_role(single.occurrences, roles)
    if len(reigns) != 1 or (role and _is_kin(role, analysis)):
        return None
    return reigns[0]


def _family(role: Role, text: str, analysis: Analysis) -> bool:
    """Kin of the article's subject: a biography's family matters to it."""
    subject = analysis.article.title.split()[-1].casefold() if analysis.article.title else ""
    return _is_kin(role, analysis) and bool(subject) and subject in text.casefold().split()


def _family_sentence(occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A person the article never describes, named in a sentence about the
    subject's family life ("Galileo fathered three children out of wedlock
    with Marina Gamba"; people.toml `family_life_words`)."""
    words = analysis.lex.words("people", "family_life_words")
    for o in occurrences:
        keys = set(analysis.index.keys[o.sentence])
        if keys & words and keys & analysis.subject_words:
            return True
    return False


def _is_kin(role: Role, analysis: Analysis) -> bool:
    """A role that starts with a kin noun ("son of ...", "putri Stalin")."""
    return analysis.lex.kin.opens(role.text.casefold().split())


def _same_kin(one: str, other: str, analysis: Analysis) -> bool:
    """Two roles that make their people the same kin of the same owner
    ("13-year-old son of Columbus", "Columbus's natural son"; "putra kedua
    Stalin", "putra Stalin"): one person the article names two ways."""
    first, second = _kin_and_owner(one, analysis), _kin_and_owner(other, analysis)
    return first is not None and first == second


def _kin_and_owner(text: str, analysis: Analysis) -> tuple[str, str] | None:
    """The kin noun of a role and whose kin it is ("son of Columbus",
    "Columbus's son", "Francis Baring's son"); None for a role that is no
    kin of a named owner."""
    parts = _kin_parts(text.split(), analysis)
    if parts is None:
        return None
    kin, owner = parts
    heads = [w.casefold() for w in kin if w.casefold() in analysis.lex.kin.one_word]
    if not heads:
        return None
    return heads[0 if analysis.lex.people["role_head_first"] else -1], " ".join(owner).casefold()


def _kin_parts(words: list[str], analysis: Analysis) -> tuple[list[str], list[str]] | None:
    """A relation's kin words and its owner's name words, read one way for
    every caller (the join of one person's two relations and the family
    name a child carries must agree on whose kin it is): the kin, a
    complement cue, the owner's capitalised words to the end ("son of David
    Fabricius"; "putra Stalin", where Indonesian may leave the cue out), or
    the owner's capitalised words up to a possessive ending, then the kin
    ("Francis Baring's son"). None for a role written otherwise."""
    lex = analysis.lex
    start = len(words)
    while start > 1 and words[start - 1][:1].isupper():
        start -= 1
    if start < len(words):
        kin = words[:start]
        cued = kin[-1].casefold() in lex.words("people", "complement_cues")
        return (kin[:-1] if cued else kin), words[start:]
    owns = _possessive_owner_end(words, tuple(lex.possessive_endings))
    if owns is None:
        return None
    return words[owns + 1:], words[:owns] + [without_possessive(words[owns], lex.possessive_endings)]


def _paragraphs(members: list[Candidate], analysis: Analysis) -> set[str]:
    return {analysis.index.sentences[o.sentence].ref.paragraph_id for m in members
            for o in m.occurrences if o.standalone}


# ------------------------------------------------------------ one person


def _person(members: list[Candidate], analysis: Analysis, roles, shown, fallback, surnames, named) -> Person | None:
    """`roles`: every role found, `shown`: those sure enough to print;
    `fallback`: the same two for appositions. A person with only doubtful
    roles keeps the entry, with its context."""
    occurrences = merged_occurrences(members)
    doubtful = _best_role(occurrences, roles)
    role = _risen(_best_role(occurrences, shown), occurrences, shown, analysis)
    if role is None and len(occurrences) >= MATTERS:      # a person who matters, described only so
        role = _best_role(occurrences, fallback[1])
        doubtful = doubtful or _best_role(occurrences, fallback[0])
    forms = Counter()
    for m in _not_only_conferred(members, analysis):
        for form, n in m.forms.items():
            forms[_bare_name(form, m, analysis) + (f" {surnames[m.key]}" if surnames[m.key] else "")] += n
    name = _before_a_break(_without_origin(_display(forms), analysis), analysis)
    if len(name.split()) == 1:
        name = _styled(name, occurrences, analysis)
    name = _comma_suffixed(name, occurrences, analysis)
    if role is not None and _bare_given_name(name):
        name = _family_name(name, with_subject(role, analysis).text, {m.key for m in members}, analysis)
    if tuple(name.casefold().split()) in analysis.lex.phrases("people", "occupations") or _an_office(name, analysis):
        return None           # "Prime Minister": an office, its holder is named in the role
    if _common_word_named_once(name, occurrences, analysis) or _common_words_only(name, analysis) \
            or all(_titled_subject(m.key, analysis) for m in members):
        return None
    if _thing_by_its_shape(name, role, members, analysis):
        return None
    works = _works_sections(analysis)
    if all(analysis.index.sentences[o.sentence].section_id in works for o in occurrences):
        return None           # a director or an actor of a film about the subject, named only there
    shown_name = _with_honorific(name, members, analysis)
    role_text = with_subject(role, analysis).text if role is not None else None
    if role_text is not None and role_text.casefold() in shown_name.casefold():
        role = role_text = None   # "Philipp, Prince of Eulenburg — Prince of Eulenburg" says nothing more
    if role_text is not None:
        text, kind = role_text, "role"
    elif _named_as_kind(members, occurrences, analysis):
        return None           # "the opera Don Giovanni", "Misi Zollinger": a work, a place, an errand
    elif _borrowed_words(name, analysis):
        return None           # "National Geographic" in Indonesian text: a magazine, an event, a title
    elif doubtful is not None and not _bare_given_name(name):
        text, kind = _context(occurrences, name, analysis), "context"
    elif (_listed_without_role(name, occurrences, analysis) or shown_name != name) \
            and _surely_a_person(members, analysis) \
            and not _subject_alias(occurrences, analysis) and not _common_word_alone(name, analysis):
        text, kind = _context(occurrences, name, analysis), "context"
    else:
        return None
    # "Teuku Umar" shown: a bare "Umar" in the text is one of his names too.
    variants = sorted({f for f in forms if f not in (name, shown_name)} | ({name} if shown_name != name else set()))
    return Person(name=shown_name, role=text, refs=pick_refs(analysis.index, occurrences), variants=variants,
                  score=_importance(occurrences, name, named, analysis)
                  + (DESCRIBED_BONUS if role or doubtful or _told_of(occurrences, analysis) else 0.0)
                  + _evidence_bonus(members, analysis) + (FAMILY_BONUS if kind == "role" and _family(role, text, analysis)
                     or kind == "context" and _family_sentence(occurrences, analysis) else 0.0),
                  role_kind=kind,
                  sort_key=_sort_key(shown_name, analysis, forms))


@lru_cache(maxsize=RECENT_SIZE)
def _works_sections(analysis: Analysis) -> frozenset[str]:
    """Ids of the sections under a title of works or portrayals
    (`people.toml` `works_credits_headings`: "Film", "Cultural portrayal"), their
    subsections too."""
    cues = analysis.lex.phrases("people", "works_credits_headings")
    found: set[str] = set()

    def visit(section, inside: bool) -> None:
        keys = [t.key for t in tokenize(section.title, analysis.article.lang)]
        inside = inside or any(cue_after(keys, i, cues) for i in range(len(keys)))
        if inside:
            found.add(section.id)
        for child in section.sections:
            visit(child, inside)
    for chapter in analysis.article.chapters:
        visit(chapter, False)
    return frozenset(found)


def _not_only_conferred(members: list[Candidate], analysis: Analysis) -> list[Candidate]:
    """The members whose forms may name the entry: not a form met only as
    a title conferred ("memberi gelar pada Teuku Umar yaitu Teuku Umar
    Johan Pahlawan"; people.toml `conferred_title_cues` within a few words
    before), which is an honour, not the name the person goes by."""
    cues = analysis.lex.words("people", "conferred_title_cues")

    def conferred(m: Candidate) -> bool:
        return bool(cues) and all(cues & set(analysis.index.keys[o.sentence][max(0, o.first - CONFERRED_REACH):o.first])
                                  for o in m.occurrences)
    kept = [m for m in members if not conferred(m)]
    return kept or members


def _with_honorific(name: str, members: list[Candidate], analysis: Analysis) -> str:
    """"Teuku Umar", "Kiai Madja", "Raden Ajeng Supadmi": where people go
    by one name (no `sort_by_surname`), a one-word name the article writes
    after an honorific in most of its mentions keeps it. The honorific is
    how the person is known (a bare "Umar" is anyone's), and it shows a
    person: the name is listed even when named once. Elsewhere, and for
    longer names ("Ki Hadjar Dewantara" -> "Hadjar Dewantara" stays), the
    bare name."""
    if analysis.lex.people.get("sort_by_surname") or " " in name:
        return name
    honorifics = analysis.lex.phrases("people", "honorifics")
    prefixes: Counter = Counter()
    for m in members:
        p = 0
        while p < len(m.key) - 1 and (step := cue_after(m.key, p, honorifics)):
            p += step
        if p and p == len(m.key) - 1 and len(analysis.kinds.name_part[m.key]) == 1:
            for form, n in m.forms.items():
                prefixes[" ".join(form.split()[:p])] += n
    if not prefixes:
        return name
    prefix, n = max(prefixes.items(), key=lambda item: (item[1], item[0]))
    # Each mention once: the one-word member ("umar",) also counts the mentions
    # the longer member ("teuku", "umar") holds, which end on the same word.
    mentions = len({(o.sentence, o.last) for m in members for o in m.occurrences})
    return f"{prefix} {name}" if 2 * n >= mentions else name


def _without_namesakes(persons: list[Person], people: list[Candidate], analysis: Analysis) -> list[Person]:
    """Drop "Turner Field", "Carter Center": a name the text never describes
    that opens with the family name of someone else in the article is a
    place, a firm or a building named after them. Only where people go by
    a given name and a surname, not when a described person's given
    name is that word ("George Loveless" beside "David Lloyd George"), and
    only when the name ends in a common word ("Field", "Center"): "Thomas
    Jefferson" beside "Clarence Thomas" is a person."""
    lex = analysis.lex
    if not lex.people.get("sort_by_surname"):
        return persons
    parts = [analysis.kinds.name_part.get(c.key, c.key) for c in people]
    families = {part[-1] for part in parts if len(part) > 1}
    given = {p.name.casefold().split()[0] for p in persons if p.role_kind == "role" and " " in p.name}

    def named_after(p: Person) -> bool:
        words = p.name.casefold().split()
        return p.role_kind == "context" and len(words) > 1 and words[0] in families - given \
            and lex.zipf(words[-1]) >= COMMON_NOUN_ZIPF and not _regnal_number(words[-1])
    return [p for p in persons if not named_after(p)]


def _regnal_number(word: str) -> bool:
    """"Manuel I": a regnal number, not the common word "I" (beside "Dom
    Manuel" the name is no thing named after a family)."""
    return word == "i" or bool(ROMAN.fullmatch(word))


def _told_of(occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A sentence that tells something of the person: a relative clause
    only people take right after the name ("Tommy Flowers who ... went on
    to build", "Arnold Toynbee, whose 1881 lectures"; people.toml
    `person_relatives`). Counts as being described: a name met once in
    passing has none."""
    relatives = analysis.lex.words("people", "person_relatives")
    for o in occurrences:
        keys = analysis.index.keys[o.sentence]
        after = o.last + 1
        if after < len(keys) and keys[after] in relatives \
                and analysis.index.sentences[o.sentence].gap(o.last, after) in (" ", ", "):
            return True
    return False


def _family_name(given: str, role: str, own: set[Key], analysis: Analysis) -> str:
    """"Nancy", "Lincoln's mother" -> "Nancy Hanks Lincoln" where the article
    writes her full name; "Willie", "son of Lincoln" -> "Willie Lincoln" and
    "Johannes", "son of David Fabricius" -> "Johannes Fabricius" (a child or
    sibling carries the surname, people.toml `surname_kin`; so does
    "Alexander", "Francis Baring's son": the owner's last word before the
    possessive). Only where
    the language sorts people by surname, and not the name of someone else
    the article names when a child may bear a parent's given name
    (`namesake_kin`: "Vincenzo", son of Galilei, is not his father Vincenzo
    Galilei; "Hernando", brother of Pizarro, is Hernando Pizarro), and not a subject with no family name ("Anna", daughter of
    Peter the Great, is no "Anna Peter"), nor a parent not known by the last
    word of their name ("William", son of Sitting Bull, is no "William Bull":
    `known_name`); else the given name as it is.
    `own`: the entry's own keys."""
    lex = analysis.lex
    if not lex.people.get("sort_by_surname"):
        return given
    parts = _kin_parts(role.split(), analysis)    # "son of David Fabricius", "Francis Baring's son"
    if parts is None:
        return given
    kin, owner = parts
    surname = owner[-1]
    kin_key, family = tuple(w.casefold() for w in kin), surname.casefold()
    if ROMAN.fullmatch(family):
        return given          # "son of Henry VIII": a regnal number is no family name
    if len(owner) > 1 and known_name(owner, analysis) != surname:
        return given          # "son of Sitting Bull": a name not known by its last word has no surname to carry
    carries = bool(kin_key) and kin_key[-1] in lex.words("people", "surname_kin")
    if not (carries or kin_key in lex.kin.whole) \
            or not (analysis.subject[-1:] == (family,) or any(
                len(c.key) > 1 and c.key[-1] == family and analysis.kinds.of(c.key) == "person"
                for c in analysis.candidates)):
        return given          # "John's son": John is no family name
    if carries:
        someone_else = (given.casefold(), family) in {c.key for c in analysis.candidates} - own \
            and kin_key[-1] in lex.words("people", "namesake_kin")
        return given if someone_else else f"{given} {surname}"
    # A wife or a mother may have been born to another family: only a name
    # the article writes ("Nancy Hanks Lincoln").
    written = [c for c in analysis.candidates if len(c.key) > 2 and c.key[0] == given.casefold()
               and c.key[-1] == family and analysis.kinds.of(c.key) == "person"]
    return max(written, key=lambda c: (len(c.key), c.count)).display if written else given


def _possessive_owner_end(words: list[str], endings: tuple[str, ...]) -> int | None:
    """Where a role's owner with a possessive ends: its capitalised words
    up to the one with the ending ("Francis Baring's | son"), with a kin
    noun or more after it; None when the role opens otherwise."""
    for i, word in enumerate(words[:-1]):
        if not word[:1].isupper():
            return None
        if word.endswith(endings):
            return i
    return None


def _an_office(name: str, analysis: Analysis) -> bool:
    """"Information Minister", "Roman Catholic Archbishop of Huế", "Duke of
    Wellington": a name that (before "of" and what follows) ends with an
    occupation (`people.toml` `occupations`) after common words of the
    language only, or none, is an office or a title, not a person's name
    ("Alexander Pope" stays: "Alexander" is no common word). Only where the
    role's head comes last and the language has a word-class table."""
    if analysis.lex.people["role_head_first"] or not wordclass_available(analysis.lex.code):
        return False
    keys = [w.casefold() for w in name.split()]
    cut = next((i for i, k in enumerate(keys) if i and k in analysis.lex.connectors), len(keys))
    occupations = analysis.lex.phrases("people", "occupations")
    for start in range(cut):
        if tuple(keys[start:cut]) in occupations:
            return all(word_classes(k, analysis.lex.code) for k in keys[:start])
    return False


def _common_word_named_once(name: str, occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """"General Electric", "Royal Mail", "the Secretary of the Interior": a
    common word of the language after a title, met once, names a company,
    a body or an office, not a person ("Lord Melbourne", "Grant" named
    often and given names stay). Only where people go by surname: a single
    name ("Soekarno") is as common in Indonesian text as any word."""
    word = name.casefold()
    return analysis.lex.people.get("sort_by_surname", False) and len(occurrences) == 1 and " " not in word and word not in first_names() \
        and analysis.lex.zipf(word) >= COMMON_NOUN_ZIPF


def _common_words_only(name: str, analysis: Analysis) -> bool:
    """"Pekerjaan Umum" (of "Menteri Pekerjaan Umum", the Minister of Public
    Works), "M. Contoh" (of "839 M. Contoh lain", an era letter and
    "example"): a name of two words or more whose every word but its
    initials is among the language's most common words (zipf at least
    personnames.COMMON_ZIPF) and no given name is a phrase in capitals, not
    a person ("Sitting Bull", "Red Cloud", "Bill Gates" have rarer words
    or a given name)."""
    words = name.split()
    rest = [w for w in words if not INITIALS.fullmatch(w)]
    return len(words) > 1 and bool(rest) and all(
        analysis.lex.zipf(w) >= COMMON_ZIPF and w.casefold() not in first_names() for w in rest)


def _common_word_alone(name: str, analysis: Analysis) -> bool:
    """"Bird" ("Free Bird", "Lime and Bird"): a common word of the language
    the text never describes names a thing, a song or a firm, however
    often it comes back, where people go by surname (a surname that is a
    common word, "Black", is listed under the full name)."""
    return _common_word_named_once(name, [None], analysis)


def _bare_given_name(name: str) -> bool:
    """A given name alone ("Alexander", "Venus"): without who they are it
    tells a reader nothing, and a planet or a goddess may go by it too."""
    return " " not in name and name.casefold() in first_names()


def _listed_without_role(name: str, occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A full name always; one word only when it is no given name ("Soetomo",
    not "Alexander") and comes back at least `CONTEXT_MENTIONS` times or is
    built as only personal names are ("Tjokroaminoto"). Never
    a title alone ("Duke of York", "Bupati Jepara"): that is someone's
    office, and the article names the someone elsewhere."""
    words = name.split()
    if find_role_noun([w.casefold() for w in words], 0, 0, analysis.lex):
        return False
    if len(words) > 1:
        return True
    word = words[0].casefold()
    # A name built as only personal names are ("Tjokroaminoto") is a person named once too.
    return not _bare_given_name(name) and (len(occurrences) >= CONTEXT_MENTIONS or has_name_element((word,), analysis.lex))


def _surely_a_person(members: list[Candidate], analysis: Analysis) -> bool:
    """Without a role the name alone must show a person: not taken for one
    only for its neighbours in a list, and not ending in a word the article
    writes in lowercase ("Stanley Cup", "Bell Media", "World War") or in a
    word that ends names of places and buildings ("Roy Thomson Hall"; the
    chemist Charles Martin Hall has a role and does not come here). A full
    name the article tells something only people do of (`kinds.evidence`)
    passes the first two checks and, with a given name first, the
    lowercase one ("James Prescott Joule" beside the unit "joule")."""
    parts = [analysis.kinds.name_part[m.key] for m in members]
    # A full name the article tells something only people do of ("Milislav Demerec, the newly appointed
    # acting director", "an effect James Prescott Joule studied"): a person, though listed beside people.
    told = any(analysis.kinds.evidence.get(m.key, 0) and len(p) > 1 for m, p in zip(members, parts))
    if all(m.key in analysis.kinds.by_company for m in members) and not told:
        return False
    if any(len(p) > 1 and ROMAN.fullmatch(p[-1]) or (len(p) == 2 and p[-1] == "i") for p in parts):
        return True           # "Tuthmosis III", "Seqenenre Tao II": a regnal name is a person's
    joiners = analysis.lex.words("people", "epithet_joiners")
    if any(len(p) == 3 and p[1] in joiners for p in parts):
        return True           # "Alexander the Great", "Ramesses the Great": a name and its epithet
    if analysis.lex.people.get("context_needs_given_name") and not told and any(len(p) > 1 for p in parts) and not any(
            len(p) > 1 and (_given(p[0]) and p[0] not in analysis.index.lowercase
                            or all(len(w) == 1 for w in p[:-1])) for p in parts):
        return False          # "Corso Italia": English full names start with a given name or initials
    if _after_determiner(members, analysis):
        return False
    if any(w in analysis.lex.month_names for p in parts for w in p[1:]):
        return False          # "Morgan Point on August": a date run into a place, no name goes on so
    # (A single word got here as a person from evidence of its own: "Raffles said".)
    tails = analysis.lex.words("places", "place_tails") | analysis.lex.words("people", "thing_tails")
    told_given = told and any(len(p) > 1 and _given(p[0]) for p in parts)
    return all((told_given or p[-1] not in analysis.index.lowercase) and p[-1] not in tails for p in parts)


def _named_as_kind(members: list[Candidate], occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A name the article calls a thing of some kind (`people.toml`
    `kind_nouns`) is no person's, whatever its words: right after the kind
    noun where the language puts the head last ("the opera Don Giovanni",
    "two tiny outlying islands: Minami Torishima", "the national anthem,
    Wilhelmus van Nassauwe", "the magazine De Roode Duivel"; only there: an
    Indonesian "buku Hatta" is Hatta's book), or opening the name where it
    puts the head first ("Misi Zollinger", the Zollinger mission); also a
    name in a list the kind noun governs (`_listed_after_a_kind`,
    `_last_of_a_kind_list`, `_joined_after_a_kind`). Only for people the
    article never gives a role (checked by the caller)."""
    kinds = analysis.lex.phrases("people", "kind_nouns")
    if not kinds:
        return False
    if analysis.lex.people["role_head_first"]:
        return any(0 < cue_after(m.key, 0, kinds) < len(m.key) for m in members)
    for o in occurrences:
        keys, sentence = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence]
        after = o.last + 1
        # Not the subject of a verb after it: "In his book Darwin argued", "a 1926 book, Eddington critiqued".
        subject = after < len(keys) and (analysis.lex.looks_like_verb(keys[after])
                                         or verb_only(keys[after], analysis.article.lang))
        # "the magazine De Roode Duivel": the name's own capitalised article or particle may stand between.
        start = o.first
        while start > 1 and keys[start - 1] in analysis.lex.connectors and sentence.tokens[start - 1].cap:
            start -= 1
        if start and cue_before(keys, start, kinds) and sentence.gap(start - 1, start) in (" ", ": ", ", ") \
                and not subject:
            return True
        if _last_of_a_kind_list(keys, sentence, o, kinds, analysis) or _listed_after_a_kind(keys, sentence, o, kinds, analysis) \
                or _joined_after_a_kind(keys, sentence, o, kinds, analysis) or _kind_is_named(keys, o, kinds, analysis) \
                or _named_after_a_dash(keys, sentence, o, kinds, analysis):
            return True
    return False


def _named_after_a_dash(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"a Romantic poem of German idyllic life – Hans Küchelgarten.": a name
    after a spaced dash that ends the sentence, with a kind noun and no role
    noun at most `KIND_LIST_REACH` words before the dash, is that thing's
    title ("his wife – Maria" names a wife)."""
    if o.first == 0 or DASH_WORD.fullmatch(sentence.gap(o.first - 1, o.first).strip()) is None \
            or o.last + 1 != len(keys):
        return False
    window = range(max(o.first - KIND_LIST_REACH, 0), o.first)
    return any(cue_after(keys, i, kinds) for i in window) \
        and not any(find_role_noun(keys, i, i, analysis.lex) for i in window)


def _listed_after_a_kind(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"The major dailies with more than one lakh circulation per day include
    The Hindu, Dina Thanthi": a name in a list after a list cue (people.toml
    `kind_list_cues`) with a kind noun at most `KIND_LIST_REACH` words
    before it is a thing of that kind; the list's names may open with an
    article ("horse races including the Kikuka-shō, Spring Tenno Sho")."""
    lex = analysis.lex
    inside = lex.words("people", "list_joiners") | lex.words("people", "kind_list_inner") \
        | lex.words("people", "definite_articles")
    start = o.first
    while start > 0 and (sentence.tokens[start - 1].cap or keys[start - 1] in inside) \
            and not cue_before(keys, start, lex.phrases("people", "kind_list_cues")):
        start -= 1
    cue = cue_before(keys, start, lex.phrases("people", "kind_list_cues"))
    return bool(cue) and any(cue_after(keys, i, kinds) for i in range(max(start - cue - KIND_LIST_REACH, 0), start - cue))


def _kind_is_named(keys, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"The first Telugu journal printed from Madras was Satya Doota": a
    name right after a copula (`copula_role_cues`) whose subject, at most
    `KIND_LIST_REACH` words before it, holds a kind noun and no role noun,
    is a thing of that kind ("The magazine's editor was John Smith" names
    an editor)."""
    cue = cue_before(keys, o.first, analysis.lex.phrases("people", "copula_role_cues"))
    if not cue:
        return False
    window = range(max(o.first - cue - KIND_LIST_REACH, 0), o.first - cue)
    return any(cue_after(keys, i, kinds) for i in window) \
        and not any(find_role_noun(keys, i, i, analysis.lex) for i in window)


def _joined_after_a_kind(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"abandon forts Phil Kearny and C.F. Smith": a name joined by a list
    joiner to names right after a kind noun is a thing of that kind too."""
    joiners = analysis.lex.words("people", "list_joiners")
    start, joined = o.first, False
    while start > 0 and (sentence.tokens[start - 1].cap or keys[start - 1] in joiners):
        start -= 1
        joined = joined or keys[start] in joiners
    return joined and bool(cue_before(keys, start, kinds)) and sentence.gap(start - 1, start) == " "


def _last_of_a_kind_list(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"Gemini and Vijaya Vauhini studios": the last name of a list, right
    before a kind noun, is a thing of that kind (head-last languages)."""
    after = o.last + 1
    return o.first > 0 and keys[o.first - 1] in analysis.lex.words("people", "list_joiners") \
        and after < len(keys) and sentence.gap(o.last, after) == " " and bool(cue_after(keys, after, kinds))


def _after_determiner(members: list[Candidate], analysis: Analysis) -> bool:
    """"a genuinely pious Roman Catholic", "the El Niño Southern
    Oscillation", "the Edwin Smith and Ebers papyri": a name an article
    or a possessive stands before (past adjectives and adverbs) names a
    thing or a kind, not a person, when it does so at every mention. A
    place's name between counts as an adjective ("the Paris Panthéon"),
    and a place's possessive as a determiner ("Paris' Panthéon")."""
    determiners = analysis.lex.words("definitions", "determiners")
    adverb_endings = tuple(analysis.lex.definitions.get("adverb_endings", []))
    mentions = [o for m in members for o in m.occurrences if o.standalone]
    for o in mentions:
        keys, tokens = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence].tokens
        i = o.first - 1
        while i >= 0 and _place_word(o.sentence, i, analysis) != "possessive" and (
                _place_word(o.sentence, i, analysis) or not tokens[i].cap and (
                    is_adjective(keys[i], analysis.lex) or adverb_endings and keys[i].endswith(adverb_endings))):
            i -= 1
        if i < 0 or keys[i] not in determiners and _place_word(o.sentence, i, analysis) != "possessive":
            return False
    return bool(mentions)


def _thing_by_its_shape(name: str, role: Role | None, members: list[Candidate], analysis: Analysis) -> bool:
    """A name whose shape in the text shows a thing, whatever role was read for it."""
    title = role is not None and role.pattern == "title"
    words = name.split()
    if not title and _after_determiner(members, analysis):
        return True           # "the Knesset" at every mention: a body
    if title and words[0].casefold() in analysis.lex.words("places", "place_tails") \
            and not any(_given(w.casefold()) for w in words[1:]):
        return True           # "King County Courthouse": the "title" opens a place's name
    # "How Long Must Women Wait For Liberty": a banner's words; "Monte Carlo
    # computer simulations": a method named after a place.
    return _function_word_inside(name, analysis) or _a_modifier_at_every_mention(members, analysis) \
        or _a_people(words, analysis)


def _a_people(words: list[str], analysis: Analysis) -> bool:
    """"German Jews": a plural after a nationality adjective (a demonym
    ending, `places.demonym_suffixes`, that the article also writes before
    a lowercase noun: "German unification") names a group, not a person
    ("Brian Williams" is never "Brian unification")."""
    suffixes = tuple(analysis.lex.places.get("demonym_suffixes", []))
    if len(words) != 2 or not words[1].endswith("s") or not suffixes or not words[0].casefold().endswith(suffixes):
        return False
    return any(noun_follows(analysis.index.sentences[number], analysis.index.keys[number], position, analysis)
               for number, position in analysis.index.where.get(words[0].casefold(), []))


def _borrowed_words(name: str, analysis: Analysis) -> bool:
    """A name the article never gives a role, made only of words another
    language's lexicon knows (`people.toml` `borrowed_lexicon`: English in
    Indonesian text) and no given name: "National Geographic", "Asian
    Games" are a magazine and an event, not people."""
    other = analysis.lex.people.get("borrowed_lexicon", "")
    return bool(other) and all(word_classes(w.casefold(), other) and w.casefold() not in first_names()
                               for w in name.split())


def _function_word_inside(name: str, analysis: Analysis) -> bool:
    """A capitalised function word after a name's first word ("... Must
    Women Wait For Liberty") is no part of a person's name; a particle
    ("de", "van": `name_connectors`), a regnal number ("Charles I") and a
    styled name's own words ("Frederick, Duke of York and Albany") are."""
    words = name.split()
    if words[0].endswith(","):
        return False
    return any(w.casefold() in analysis.lex.function_words and w.casefold() not in analysis.lex.connectors
               and not _regnal_number(w.casefold()) for w in words[1:])


def _a_modifier_at_every_mention(members: list[Candidate], analysis: Analysis) -> bool:
    """"Monte Carlo computer simulations", "German Salic law": a name that
    stands right before a lowercase word the lexicon knows only as a noun,
    at every mention, names the kind of that thing, not a person ("Darwin's
    theory" is a possessive; "Flowers who", "Murillo or": function words;
    "Smith said": a verb)."""
    mentions = [o for m in members for o in m.occurrences if o.standalone]
    for o in mentions:
        keys, sentence = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence]
        if sentence.tokens[o.last].text.endswith(_possessives(analysis)) \
                or not noun_follows(sentence, keys, o.last, analysis):
            return False
    return bool(mentions)


def _possessives(analysis: Analysis) -> tuple[str, ...]:
    """The language's possessive endings, a singular's and a plural's
    (text.toml `possessive_endings`, `plural_possessive_endings`; a plural's
    with either apostrophe: "Greenbaums'", "Greenbaums’")."""
    def made(lex) -> tuple[str, ...]:
        plural = lex.shared.get("plural_possessive_endings", [])
        return (*lex.possessive_endings, *{e for p in plural for e in (p, p.replace("'", "’"))})
    return analysis.lex.once("possessives, singular and plural", made)


def _place_word(number: int, i: int, analysis: Analysis) -> str:
    """Token `i` of sentence `number` as a place's name: "possessive"
    ("Paris' Panthéon"), "place" ("the Paris Panthéon"), "" (none)."""
    sentence = analysis.index.sentences[number]
    if not sentence.tokens[i].cap or analysis.kinds.of((analysis.index.keys[number][i],)) != "place":
        return ""
    return "possessive" if sentence.gap(i, i + 1)[:1] in ("'", "’") else "place"


def _given(word: str) -> bool:
    """A given name, or one joined from given names ("Jean-François")."""
    return word in first_names() or all(part in first_names() for part in word.split("-"))


def _titled_subject(key: Key, analysis: Analysis) -> bool:
    """"Don Francisco Pizarro" in an article on Francisco Pizarro González:
    words before two or more that open the subject's name are the subject
    under a title (not "Diego de Almagro II": a word after is another person)."""
    size = len(analysis.subject)
    return any(1 < len(key) - start <= size and key[start:] == analysis.subject[:len(key) - start]
               for start in range(1, len(key) - 1))


def _subject_alias(occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """"Josef Stalin (lahir dengan nama Ioseb Besarionis dze Jughashvili; ...)":
    a name first met in brackets right after the subject is the subject."""
    first = min(occurrences, key=lambda o: (o.sentence, o.first))
    sentence = analysis.index.sentences[first.sentence]
    before = sentence.text[:sentence.tokens[first.first].start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    words = [w.casefold() for w in re.findall(r"\w+", before[:opening])]
    return bool(words) and words[-1] in analysis.subject_words \
        and not named_as_kin(analysis.index.keys[first.sentence], sentence.tokens, first.first, analysis.lex)


def _context(occurrences: list[Occurrence], name: str, analysis: Analysis) -> str:
    """The sentence of first mention under the name shown (not "Washington
    County" for George Washington), the first not on a list line nor in a
    list of names if there is one ("... the works of Claudius Ptolemy,
    Pierre d'Ailly, Marco Polo ..." says nothing of any of them), and of
    those the first with the person as its subject (readers judged context
    that opens with the name right more often), cut to `CONTEXT_WORDS`
    words that hold the name (a long sentence is cut before and after it,
    a long list of names in it shortened: `_list_shortened`). The order of
    the mentions is `_context_rank`'s. A name met only on list lines gets
    its label and section instead."""
    first = min(occurrences, key=lambda o: _context_rank(o, name, analysis))
    label = _label_of_the_line(first, analysis)
    if label is not None:
        return _listed_under(first, label, analysis)
    text, offset = _list_shortened(first, analysis)
    words = text.split()
    start = _window_start(len(words), len(text[:offset].split()))
    piece = " ".join(words[start:start + CONTEXT_WORDS])
    if start + CONTEXT_WORDS >= len(words):
        piece = _without_dangling_clause(piece, analysis)
    return ("… " if start else "") + piece + (" …" if start + CONTEXT_WORDS < len(words) else "")


def _without_dangling_clause(text: str, analysis: Analysis) -> str:
    """A sentence that stops on a clause opener ("… on Sholem Aleichem,
    who", its clause going on in a block quote below) ends before it: a
    reader sees a whole sentence, not one cut short."""
    head, comma, last = text.rstrip().rpartition(", ")
    if comma and head and last.casefold() in analysis.lex.words("people", "clause_openers"):
        return head.rstrip(",;:") + "."
    return text


def _context_rank(o: Occurrence, name: str, analysis: Analysis) -> tuple:
    """How good a context a mention's sentence makes, best lowest: under the
    name shown, not on a list line, not in a list of names, the person as
    its subject, not the head of a longer name, not a title's line, not
    pointing outside itself, then the earliest."""
    shown = name.casefold() in analysis.index.sentences[o.sentence].span_text(o.first, o.last).casefold()
    return (not shown, _label_of_the_line(o, analysis) is not None, _in_a_list(o, analysis),
            not (shown and _the_subject(o, analysis)), _in_a_longer_name(o, analysis),
            _a_title_line(o, analysis), _points_elsewhere(o, analysis), o.sentence, o.first)


def _in_a_longer_name(o: Occurrence, analysis: Analysis) -> bool:
    """The mention is the head of a longer name run ("his son Abraham
    Darby II" for Abraham Darby, "Frederick William I of Prussia" for
    Frederick William, Duke of Courland): likely someone else."""
    end = analysis.index.run_starting_at(o.sentence, o.first)
    return end is not None and end > o.last


def _a_title_line(o: Occurrence, analysis: Analysis) -> bool:
    """The name opens its sentence and no clause follows: a book's or a
    film's line ("Françoise Giroud, Marie Curie: A Life, 1987.", "Annie
    Oakley (1935), where he is played by ..."), not what the person did."""
    sentence = analysis.index.sentences[o.sentence]
    return not sentence.text[:sentence.tokens[o.first].start].strip() and not _a_clause_follows(o, analysis)


def _points_elsewhere(o: Occurrence, analysis: Analysis) -> bool:
    """The mention's sentence opens with a word pointing outside it
    (people.toml `context_pointers`: "He thought that his cells ...", read
    alone, does not say who "he" is)."""
    keys = analysis.index.keys[o.sentence]
    return bool(keys) and keys[0] in analysis.lex.words("people", "context_pointers")


def _window_start(words: int, at: int) -> int:
    """The first word shown of a sentence of `words` words whose name is its
    word `at`: the opening where the name is near it, else `CONTEXT_WORDS`
    words around the name."""
    return max(0, min(at - CONTEXT_WORDS // 2, words - CONTEXT_WORDS)) if at >= CONTEXT_WORDS - 5 else 0


def _label_of_the_line(o: Occurrence, analysis: Analysis) -> str | None:
    """A line of a list, not a sentence: a short label and a dash before the
    name ("Bavaria – Maximilian Graf von Montgelas", a delegation list) or a
    dash opening it ("— Laporan Thomas Stamford Raffles", a quote's source);
    it tells where the name was listed, not who they are.
    The words before the dash of a list line the mention stands on ("" for
    a line the dash opens), None when it stands in a sentence. The label
    has at most `SUBJECT_LEAD` words and the name follows the dash (not "The
    Netherlands – Earl of Clancarty, ..., and Baron Hans von Gagern", nor
    "Portugal – Plenipotentiaries: ...": the line says more there)."""
    sentence = analysis.index.sentences[o.sentence]
    before = sentence.text[:sentence.tokens[o.first].start].split()
    if before and DASH_WORD.fullmatch(before[0]):
        return ""
    if 1 < len(before) <= SUBJECT_LEAD + 1 and DASH_WORD.fullmatch(before[-1]):
        return " ".join(before[:-1])
    return None


def _the_subject(o: Occurrence, analysis: Analysis) -> bool:
    """The name opens its sentence, after at most a short phrase and a comma
    ("In 1833, Michael Faraday reported ..."), or joins such a name ("William
    Grylls Adams and Richard Evans Day observed ..."): the sentence tells what
    they did, not what someone else did to them ("She called Adolf Hitler ...")."""
    index = analysis.index
    sentence, keys = index.sentences[o.sentence], index.keys[o.sentence]
    first = o.first
    if first >= 2 and keys[first - 1] in analysis.lex.words("people", "list_joiners"):
        partner = index.run_ending_at(o.sentence, first - 2)
        first = first if partner is None else partner
    before = sentence.text[:sentence.tokens[first].start].split()
    opens = not before or len(before) <= SUBJECT_LEAD and before[-1].endswith(",")
    return opens and _a_clause_follows(o, analysis)


def _a_clause_follows(o: Occurrence, analysis: Analysis) -> bool:
    """A lowercase word follows the name, maybe past a comma and past a name
    joined to it: a verb or an apposition ("Leopold Mozart, a native of
    Augsburg, was ..."), not a book's or a film's line ("Françoise Giroud,
    Marie Curie: A Life, 1987.", "Annie Oakley (1935), where ...")."""
    index = analysis.index
    sentence, keys = index.sentences[o.sentence], index.keys[o.sentence]
    last = o.last
    if last + 2 < len(keys) and keys[last + 1] in analysis.lex.words("people", "list_joiners"):
        partner = index.run_starting_at(o.sentence, last + 2)
        last = last if partner is None else partner
    if sentence.tokens[last].text.endswith(_possessives(analysis)):
        return False          # "Matthew Boulton's home, Soho House, is now a museum": about the home
    after = sentence.text[sentence.tokens[last].end:].lstrip()
    after = after[1:].lstrip() if after.startswith(",") else after
    return after[:1].islower()


def _listed_under(o: Occurrence, label: str, analysis: Analysis) -> str:
    """What a list line tells of a name: its label and the section the list
    stands in (people.toml `listed_under`: "listed for Spain in “Other
    signatories of the Treaty of Paris, 1814”"), not the bare line."""
    sentence = analysis.index.sentences[o.sentence]
    title = next((s.title for c in analysis.article.chapters for s in c.walk() if s.id == sentence.section_id), "")
    forms = analysis.lex.people["listed_under"]
    return forms[("label" if label else "plain") + ("" if title else "_untitled")].format(label=label, section=title)


def _in_a_list(o: Occurrence, analysis: Analysis) -> bool:
    """The mention is one of `LIST_NAMES` or more names listed with commas
    and a joiner ("Soetomo, Gunawan Mangunkusumo, dan Soeradji
    Tirtonegoro"); two ("Besarion dan Ekaterine", "the pharaohs Seqenenre
    Tao II and Kamose") are often what the sentence is about."""
    return len(_list_members(o, analysis)) >= LIST_NAMES


def _list_members(o: Occurrence, analysis: Analysis) -> list[tuple[int, int]]:
    """The first and last token of every name in the list the mention
    stands in, in order, the mention's own among them (only it when it
    stands in no list)."""
    index = analysis.index
    sentence, keys = index.sentences[o.sentence], index.keys[o.sentence]
    joiners = analysis.lex.words("people", "list_joiners")

    def joined(left: int, right: int) -> bool:
        """Tokens `left` and `right` are words of one list item."""
        return 0 <= left and sentence.gap(left, right).strip() == "" and keys[left] not in joiners

    def lead(token: int) -> bool:
        """A word before the name run of a list item: capitalised ("Baron")
        or an ordinal's letters ("1st"), not a clause ("but Oscar winner")."""
        return sentence.tokens[token].text[:1].isupper() or sentence.before(token)[-1:].isdigit()

    def step(edge: int, direction: int) -> int | None:
        """The far edge of the name listed next to `edge` that way, if any.
        An item may have up to `ITEM_LEAD` words before the name run ("William
        Thomson, 1st Baron Kelvin, Charles Algernon Parsons")."""
        near = edge + direction
        if 0 <= near < len(keys) and keys[near] in joiners:
            near += direction                 # ", and Jesse DuBois"
        elif not (0 <= near < len(keys)) or not LIST_COMMA.fullmatch(sentence.gap(min(edge, near), max(edge, near))):
            return None
        if direction > 0:
            return next((last for j in range(near, min(near + ITEM_LEAD + 1, len(keys)))
                         if all(joined(k, k + 1) and lead(k) for k in range(near, j))
                         and (last := index.run_starting_at(o.sentence, j)) is not None), None)
        first = index.run_ending_at(o.sentence, near)
        if first is None:
            return None
        opens = next((k for k in range(first - 1, first - ITEM_LEAD - 1, -1)
                      if all(joined(m, m + 1) and lead(m) for m in range(k, first))
                      and k > 0 and LIST_COMMA.fullmatch(sentence.gap(k - 1, k))), None)
        return first if opens is None else opens
    before, edge = [], o.first
    while (far := step(edge, -1)) is not None:
        before.insert(0, (far, edge - 2 if keys[edge - 1] in joiners else edge - 1))
        edge = far
    after, edge = [], o.last
    while (far := step(edge, 1)) is not None:
        after.append((edge + 2 if keys[edge + 1] in joiners else edge + 1, far))
        edge = far
    return before + [(o.first, o.last)] + after


def _list_shortened(o: Occurrence, analysis: Analysis) -> tuple[str, int]:
    """The mention's sentence, and where the name starts in it, with a long
    list of names shortened to its first, the mention's own and its last
    ("Through such people as Alexander Graham Bell, …, Reginald Fessenden,
    … and George Westinghouse, electricity turned ..."), where the cut to
    `CONTEXT_WORDS` words would lose words before or after the list: what
    the listed people did (readers judged "one of 14 names ... cut off
    before saying" wrong). Only other people's names are left out, two or
    more of them, never the sentence's own words."""
    sentence = analysis.index.sentences[o.sentence]
    text, tokens = sentence.text, sentence.tokens
    members = _list_members(o, analysis)
    own = members.index((o.first, o.last))
    kept = sorted({0, own, len(members) - 1})
    if len(members) - len(kept) < 2 or not _cut_inside(text, tokens[members[0][0]].start,
                                                     tokens[members[-1][1]].end, tokens[o.first].start):
        return text, tokens[o.first].start      # one name left out saves nothing; a cut that keeps the frame is fine
    out = text[:tokens[members[0][0]].start]
    for n, at in enumerate(kept):
        first, last = members[at]
        if n:
            previous = kept[n - 1]
            gap = text[tokens[members[at - 1][1]].end:tokens[first].start]   # ", " or " and "
            out += gap if previous == at - 1 else ", …" + (gap if gap.strip() != "," else ", ")
        if at == own:
            offset = len(out)
        out += text[tokens[first].start:tokens[last].end]
    return out + text[tokens[members[-1][1]].end:], offset


def _cut_inside(text: str, begins: int, ends: int, name: int) -> bool:
    """Whether the words shown of `text` (cut around the name at character
    `name`) lose any word before the list (characters `begins` to `ends`)
    or after it: the list's frame, which says what the listed people did."""
    words = len(text.split())
    start = _window_start(words, len(text[:name].split()))
    lost_before = start > 0 and bool(text[:begins].strip())
    lost_after = start + CONTEXT_WORDS < words and re.search(r"\w", text[ends:]) is not None
    return lost_before or lost_after


def _importance(occurrences: list[Occurrence], name: str, named: dict[str, set[int]],
                analysis: Analysis) -> float:
    """Mentions (log), spread over chapters, and a mention in the lead. The
    name's last word counts wherever the article writes it capitalised,
    inside other names too ("Pembunuhan Kirov", "Church–Turing thesis")."""
    last = _surname(name, analysis)
    sentences = {o.sentence for o in occurrences}
    # "Leopold I": a regnal one, not the pronoun "I" written capitalised everywhere.
    if len(name.split()) > 1 and last not in first_names() and not ROMAN.fullmatch(last) and last != "i" \
            and last not in analysis.subject_words \
            and last not in analysis.kinds.place_surnames:    # not "Washington" the city
        sentences |= named.get(last, set())     # a surname; a given name is many people's ("Mary")
    chapters = {analysis.index.sentences[n].chapter for n in sentences}
    mentions = max(len(occurrences), len(sentences))
    score = (1 + math.log(mentions)) * (0.5 + len(chapters) / _chapter_count(analysis))
    return round(score + (LEAD_BONUS if 0 in chapters else 0.0), 4)


def _surname(name: str, analysis: Analysis) -> str:
    """The word that names the family: the last one before a realm or a
    home town ("Henry VIII of England" -> "viii", "John Wyatt of
    Birmingham" -> "wyatt"), so that the place's mentions do not count as
    the person's."""
    return name.split()[_realm_cut(name.split(), analysis) - 1].casefold()   # not "Ludwig van Beethoven" -> "ludwig"


def _realm_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before "of" and a place ("Henry VIII
    | of England"); all of them when there is none."""
    keys = [w.casefold() for w in words]
    return next((i for i, w in enumerate(keys) if i and w in analysis.lex.connectors
                 and (" ".join(keys[i + 1:]) in place_names(analysis.lex.code)
                      or analysis.kinds.of(tuple(keys[i + 1:])) == "place")), len(keys))


def _without_origin(name: str, analysis: Analysis) -> str:
    """"Dr. Hermann Krause of Berlin", "President Franklin D. Roosevelt of
    the United States": a full name with where the person is from after
    it, where the article calls someone by the name's last word alone
    ("Krause") or by the rest of the name ("Red Cloud"), or with an initial
    before the last word ("D. Roosevelt"), or where a given name opens the
    name ("Senators ... Samuel White of Delaware"), is the name without it:
    that is a surname, and the place is no part of it. A regnal name
    ("Frederick William I of Prussia") and a name of one word ("William of
    Prussia") keep their realm."""
    words = name.split()
    cut = _origin_cut(words, analysis)
    if cut < 2 or cut == len(words) or _regnal_number(words[cut - 1].casefold()) or words[0].endswith(","):
        return name
    head = tuple(w.casefold() for w in words[:cut])
    alone = sum(c.standalone for c in analysis.candidates
                if c.key in (head[-1:], head) and analysis.kinds.of(c.key) in ("person", "subject"))
    initial = any(INITIAL.fullmatch(w) for w in words[1:cut - 1])     # "Franklin D. Roosevelt": a surname last
    return " ".join(words[:cut]) if alone or initial or _given_and_home(words, cut, analysis) else name


def _given_and_home(words: list[str], cut: int, analysis: Analysis) -> bool:
    """"Samuel White | of Delaware": a given name opens the name, no title or
    office is in it ("Roman Catholic Archbishop | of Huế"), nor a regnal
    number ("Heinrich XXXII Reuss of Köstritz", a house), and "of"
    (`people.toml` `origin_joiners`, not "de" of "Nicolás de Ovando")
    brings the place."""
    head = [w.casefold() for w in words[:cut]]
    return _given(head[0]) and words[cut].casefold() in analysis.lex.words("people", "origin_joiners") \
        and not find_role_noun(head, 0, len(head) - 1, analysis.lex) and not any(map(_regnal_number, head))


def _before_a_break(name: str, analysis: Analysis) -> str:
    """"Napoleon on Jefferson" (of "with Napoleon on Jefferson's behalf"),
    "Jeremy Black on the BBC": a name ends before a word that never stands
    inside one (`people.toml` `name_breaks`)."""
    words = name.split()
    breaks = analysis.lex.words("people", "name_breaks")
    cut = next((i for i, w in enumerate(words) if i and w in breaks), len(words))
    return " ".join(words[:cut])


def _origin_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before where the person is from: a
    realm or home town the text knows (`_realm_cut`) or an epithet of
    origin (`_epithet_cut`), whichever comes first."""
    return min(_realm_cut(words, analysis), _epithet_cut(words, analysis))


def _epithet_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before an epithet of origin
    (`people.toml` `origin_joiners`, "of" and a capitalised word, perhaps
    after `epithet_joiners`' "the"): "William | of Prussia", "Aristarchus |
    of Samos", "Augusta | of Saxe-Weimar", "Red Cloud | of the Oglala",
    whether or not the place is one the text knows; all of them when there
    is none. The person goes by what stands before it, not by the place."""
    joiners, the = analysis.lex.words("people", "origin_joiners"), analysis.lex.words("people", "epithet_joiners")

    def place_at(j: int) -> bool:
        """A capitalised word at j, or "the" and a capitalised word."""
        if j + 1 < len(words) and words[j] in the:
            j += 1
        return j < len(words) and words[j][:1].isupper()
    return next((i for i, w in enumerate(words) if i and w.casefold() in joiners and place_at(i + 1)), len(words))


def _evidence_bonus(members: list[Candidate], analysis: Analysis) -> float:
    """Among people named as often, the one the article says more about
    (an occupation before the name, a speech verb or a verb of a person's
    life after it, a role said of it) matters more than a name in a list."""
    evidence = sum(analysis.kinds.evidence.get(m.key, 0) for m in members)
    return round(EVIDENCE_STEP * min(evidence, EVIDENCE_CAP), 4)


def capitalised_words(analysis: Analysis) -> dict[str, set[int]]:
    """Each word the article writes capitalised -> the sentences it is in;
    hyphenated names count for each part ("Church–Turing")."""
    found: dict[str, set[int]] = {}
    endings = analysis.lex.possessive_endings
    for number, sentence in enumerate(analysis.index.sentences):
        for token in sentence.tokens:
            if token.cap:
                word = token.text.casefold()
                # (Most words have no hyphen: split only those that do.)
                for part in DASH.split(word) if "-" in word or "–" in word else (word,):
                    found.setdefault(without_possessive(part, endings), set()).add(number)
    return found


def _sort_key(name: str, analysis: Analysis, uses: Mapping[str, int]) -> str:
    """"Robert Hooke" -> "hooke robert" where the language sorts by surname
    and the article calls him "Hooke" (or never shortens a name that opens
    with a given name); a name the article shortens otherwise ("Mao" of
    "Mao Zedong") or never ("Sitting Bull", "Nguyễn Khánh"), a name ending
    in a regnal number ("Elizabeth II"), written as one word or one word
    with an epithet of origin ("William of Prussia"), and every
    name in a language without surnames, sorts as written
    (`pack.text.personnames`; `uses`: the person's forms and how often
    each is written)."""
    words = name.split()
    # "Ivan IV of Russia", "Alexis of Russia": the name before a realm or home town
    cut = _origin_cut(words, analysis)
    while cut > 2 and _suffix(words[cut - 1], analysis):
        cut -= 1              # "Martin Luther King Jr." sorts under King
    head = words[:cut]
    numeral = re.fullmatch(r"[IVXLC]+\.?", head[-1]) is not None
    styled = head[0].endswith(",")          # "Frederick, Duke of York"
    if not analysis.lex.people.get("sort_by_surname") or len(head) < 2 or numeral or styled:
        return name.casefold()
    core = " ".join(head)
    often = sum(uses.values()) >= 2
    order = sort_words(core, _with_family(head[-1], uses, analysis), analysis.lex.code, often, family_first(head, analysis))
    return " ".join(order + words[cut:]).casefold()


def _with_family(last: str, uses: Mapping[str, int], analysis: Analysis) -> Mapping[str, int]:
    """`uses`, with the last word of the name counted as often as the article
    names a person by it alone, anyone: "Hernando Pizarro", called
    "Hernando" beside his brother, still sorts under the family's "Pizarro"."""
    alone = sum(c.standalone for c in analysis.candidates
                if c.key == (last.casefold(),) and analysis.kinds.of(c.key) in ("person", "subject"))
    return {**uses, last: alone} if alone > uses.get(last, 0) else uses


def _chapter_count(analysis: Analysis) -> int:
    return 1 + analysis.index.sentences[-1].chapter    # sentences are in reading order


def _bare_name(form: str, member: Candidate, analysis: Analysis) -> str:
    """The written name without title prefix or quoted nickname."""
    part = analysis.kinds.name_part[member.key]
    words = form.split()
    cut = len(member.key) - len(part)
    if cut and not _given_prefix(member.key[:cut], analysis):
        words = words[cut:]
    if words and _suffix(words[-1], analysis) and words[-1].casefold() in abbreviations(analysis.lex.code):
        words[-1] += "."      # "Henry Cabot Lodge Jr.": the abbreviation's dot, read as the sentence's
    text = " ".join(words)
    text = NICKNAME.sub(" ", text)
    return SPACES.sub(" ", text).strip()


def _given_prefix(words: tuple[str, ...], analysis: Analysis) -> bool:
    """Words the name's analysis put before the bare name that are an
    initial or a given name, no title, office, faith (`name_modifiers`),
    place the text names or word it writes in lowercase ("Dudley" of "Dudley Allen Buck", "J." of
    "J. Robert Schrieffer"; not "General", "Major", "King", "France" of
    "Ambassador to France Robert Livingston"): they belong to the name."""
    return all(len(w) == 1 or _given(w) and not find_role_noun([w], 0, 0, analysis.lex)
               and w not in analysis.lex.words("people", "honorifics") | analysis.lex.words("people", "name_modifiers")
               and w not in analysis.index.lowercase
               and analysis.kinds.of((w,)) not in ("place", "term") for w in words)


def _suffix(word: str, analysis: Analysis) -> bool:
    """"Jr.", "Sr.": a word that may end a name (`name_final_words`) and is
    no part of the family name."""
    return word.casefold().rstrip(".") in analysis.lex.text.get("name_final_words", [])


def _comma_suffixed(name: str, occurrences: list[Occurrence], analysis: Analysis) -> str:
    """"Al Unser, Jr.": a name every mention of which a comma and "Jr." or
    "Sr." follow is written with it ("Al Unser Jr."; Al Unser is his
    father). The candidate stops at the comma."""
    suffixes = set()
    for o in occurrences:
        sentence = analysis.index.sentences[o.sentence]
        after = o.last + 1
        if after >= len(sentence.tokens) or sentence.gap(o.last, after) != ", " \
                or not _suffix(sentence.tokens[after].text, analysis):
            return name
        suffixes.add(sentence.tokens[after].text.rstrip(".") + ".")
    return f"{name} {suffixes.pop()}" if len(suffixes) == 1 else name


def _styled(name: str, occurrences: list[Occurrence], analysis: Analysis) -> str:
    """"Prince Frederick, Duke of York and Albany", "Mary, Queen of Scots": a
    one-word name followed by a title of a place is known by both
    ("Frederick, Duke of York and Albany")."""
    for o in occurrences:
        sentence = analysis.index.sentences[o.sentence]
        if not o.standalone or o.last + 1 >= len(sentence.tokens) or sentence.gap(o.last, o.last + 1) != ", ":
            continue
        end = analysis.index.run_starting_at(o.sentence, o.last + 1)
        run = None if end is None else (o.last + 1, end)
        keys = analysis.index.keys[o.sentence]
        if run is None or not find_role_noun(keys, run[0], run[0], analysis.lex) \
                or not any(k in analysis.lex.connectors for k in keys[run[0]:run[1]]) \
                or any(keys[i] in analysis.lex.words("people", "honorifics")
                       or keys[i] in first_names() and i < run[1] and keys[i + 1] not in analysis.lex.connectors
                       for i in range(run[0] + 1, run[1] + 1)):
            continue          # "Rees, President of the Royal Society Sir Paul Nurse": the next person
        end = _spelled_place_end(sentence, keys, run[1], analysis)
        return f"{name}, {sentence.span_text(run[0], end)}"
    return name


def _spelled_place_end(sentence, keys, last: int, analysis: Analysis) -> int:
    """"Duke of York | and Albany": a second place joined to the title."""
    joiners = analysis.lex.words("people", "list_joiners")
    nxt = last + 1
    if nxt + 1 < len(keys) and keys[nxt] in joiners and sentence.tokens[nxt + 1].cap \
            and sentence.gap(last, nxt) == " " and sentence.gap(nxt, nxt + 1) == " " \
            and (nxt + 2 >= len(keys) or not sentence.tokens[nxt + 2].cap):
        return nxt + 1
    return last


def _display(forms: Counter) -> str:
    """The most used form with two words or more, else the most used form;
    a longer form that ends with it is the fuller name ("Douwes Dekker" ->
    "Ernest Douwes Dekker"), and so is one that a form of given names only
    opens ("Martín Alonso" -> "Martín Alonso Pinzón")."""
    full = [f for f in forms if len(f.split()) > 1] or list(forms)
    best = min(full, key=lambda f: (-forms[f], -len(f), f))
    given_only = all(w.casefold() in first_names() for w in best.split())
    # A number after a full name marks the son ("Diego de Almagro II", whose
    # father is "Diego de Almagro"); after given names, or a name with no
    # given name first, it is the one regnal name ("John Paul II", "Seqenenre Tao II").
    family = len(best.split()) > 1 and best.split()[0].casefold() in first_names() and not given_only
    fuller = [f for f in forms if f != best and (f.endswith(" " + best) or (
        f.startswith(best + " ") and (given_only or not family and ROMAN.fullmatch(f[len(best) + 1:].casefold()))))]
    # ("John Paul II"; "Martín Alonso" -> "Martín Alonso Pinzón": given names only)
    return max(fuller, key=lambda f: (forms[f], -len(f), f)) if fuller else best


def _best_role(occurrences: list[Occurrence], roles) -> Role | None:
    """An occupation or title first, then a relation naming someone or
    something ("putra dari Lidia Pereprygia" before "anak"), the one naming
    them in more words first ("putra dari Lidia Pereprygia" before "anak
    Pereprygia"); the earliest. A one-word title the article also gives
    in full reads in full ("Professor" -> "Philosophy professor")."""
    keys = [(o.sentence, o.first, o.last) for o in occurrences]
    found = [(0 if roles[k].occupation else 1, -_owner_words(roles[k]), k[0], roles[k])
             for k in keys if k in roles]
    if not found:
        return None
    best = min(found, key=lambda f: (f[0], f[1], f[2], f[3].text))[3]
    # "Professor Jack Copeland", later "Philosophy professor Jack Copeland":
    # a bare title, where the article also says which kind, reads as the fuller one.
    word = best.text.casefold()
    fuller = [f[3] for f in found if len(word.split()) == 1 and f[3].occupation
              and word in f[3].text.casefold().split() and len(f[3].text.split()) > 1]
    return min(fuller, key=lambda r: (len(r.text.split()), r.text)) if fuller else best


def _risen(best: Role | None, occurrences: list[Occurrence], roles, analysis: Analysis) -> Role | None:
    """"Wakil Presiden" and later "Presiden Adam Malik": a deputy the article
    also gives the office itself rose to it; the higher office says who
    they became (people.toml `deputy_words`)."""
    words = best.text.split() if best else []
    if len(words) < 2 or words[0].casefold() not in analysis.lex.words("people", "deputy_words"):
        return best
    office = " ".join(words[1:]).casefold()
    found = [roles[k] for k in ((o.sentence, o.first, o.last) for o in occurrences) if k in roles]
    return next((r for r in found if r.text.casefold() == office), best)


def _owner_words(role: Role) -> int:
    """How many capitalised words name a relation's possessor (0 for an occupation)."""
    return 0 if role.occupation else sum(word[:1].isupper() for word in role.text.split()[1:])


# ------------------------------------------------------------ name forms


def _shared_surname(c: Candidate, analysis: Analysis, family_words: set[str]) -> str:
    """"Alfred and Eugene Cowles": a given name alone before a joiner and a
    full name shares its surname ("Alfred Cowles"); "" otherwise, and
    always where people go by no family name (people.toml `sort_by_surname`
    false: "Soekarno, Hatta dan Radjiman Widjodiningrat" are three men, no
    "Hatta Widjodiningrat"). Not a word that ends another full name of the
    article (`family_words`): "friends, Maksymovych and Osyp Bodiansky" are
    Mykhaylo Maksymovych and Osyp Bodiansky, no "Maksymovych Bodiansky"."""
    if len(c.key) != 1 or not c.standalone or not analysis.lex.people.get("sort_by_surname") \
            or c.key[0] in family_words:
        return ""
    joiners = analysis.lex.words("people", "list_joiners")
    surnames = set()
    for o in c.occurrences:
        if not o.standalone:
            continue
        keys = analysis.index.keys[o.sentence]
        sentence = analysis.index.sentences[o.sentence]
        nxt = o.last + 2
        run = next(((f, l) for f, l in analysis.index.runs[o.sentence] if f == nxt), None)
        if o.last + 1 >= len(keys) or keys[o.last + 1] not in joiners or run is None or run[1] - run[0] != 1 \
                or analysis.kinds.of(tuple(keys[run[0]:run[1] + 1])) != "person":
            return ""
        surnames.add(sentence.tokens[run[1]].text)
    return surnames.pop() if len(surnames) == 1 else ""


def _mention_name(c: Candidate, o: Occurrence, surname: str, analysis: Analysis) -> str:
    form = analysis.index.sentences[o.sentence].span_text(o.first, o.last)
    return _bare_name(form, c, analysis) + (f" {surname}" if surname else "")


def _join_given_names(groups, roles, analysis) -> list[list[Candidate]]:
    """Where people are not named by surname (Indonesian), a single name
    ("Besarion — tukang sepatu", "Soewardi") and the only full name starting
    with it that has no role ("Besarion Jughashvili") are one person, shown
    under the full name. Not when the full name has a role of its own:
    "Yakov — putra Stalin" is not "Yakov Sverdlov". In English "John" alone
    is not "John Dermot Turing"."""
    parts = analysis.kinds.name_part
    by_first: dict[str, list[list[Candidate]]] = {}
    for group in groups:
        if len(parts[group[0].key]) > 1:
            by_first.setdefault(parts[group[0].key][0], []).append(group)
    joined: set[int] = set()
    for group in groups:
        key = group[0].key
        if len(group) != 1 or len(parts[key]) != 1 or analysis.lex.people.get("sort_by_surname"):
            continue          # where people go by surname, a given name alone is anyone's ("John")
        full = by_first.get(parts[key][0], [])
        # A listed given name ("Yakov") may be someone else's too; a name no
        # list knows ("Goenawan") is this person's even when both have roles.
        if len(full) == 1 and (parts[key][0] not in first_names()
                               or _best_role(merged_occurrences(full[0]), roles) is None):
            full[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _merge_spellings(groups, roles, analysis) -> list[list[Candidate]]:
    """One person under two spellings of a given name, both described as
    someone's child or kin ("Alexander — anak", "Aleksander — putra dari
    Lidia Pereprygia"): one entry."""
    singles = {}
    for group in groups:
        role = _best_role(merged_occurrences(group), roles)
        if len(group) == 1 and len(group[0].key) == 1 and role and _is_kin(role, analysis):
            singles[group[0].key[0]] = group
    merged: set[int] = set()
    for a, b in combinations(sorted(singles), 2):
        ga, gb = singles[a], singles[b]
        if min(len(a), len(b)) >= 6 and one_apart(a, b) and id(gb) not in merged:
            ga.extend(gb)
            merged.add(id(gb))
    return [g for g in groups if id(g) not in merged]


def _join_lone_given_names(groups, roles, analysis) -> list[list[Candidate]]:
    """A given name alone that is plainly one full name's holder joins it:
    "Robert — son of Fleming" and "Robert Fleming" (kin of an owner whose
    surname ends the full name), "Sarah — wife of Fleming" and "Sarah Marion
    McElroy" (kin, and the only person of the article with that given
    name), "Nadezdha" and "Nadezhda Alliluyeva" (a misspelling: no given
    name, one letter or one swap from one full name's given name)."""
    parts = analysis.kinds.name_part
    full = [(g, max((parts[c.key] for c in g), key=len)) for g in groups]
    full = [(g, name) for g, name in full if len(name) > 1]
    joined: set[int] = set()
    for group in groups:
        if any(len(parts[c.key]) != 1 for c in group):
            continue
        word = parts[group[0].key][0]
        home = _lone_name_home(word, group, full, roles, analysis)
        if home is not None:
            home.extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _lone_name_home(word: str, group, full, roles, analysis: Analysis) -> list[Candidate] | None:
    """The full-name group a lone given name `word` belongs to (`_join_lone_given_names`), or None."""
    holders = [g for g, name in full if name[0] == word]
    others = [g for g, name in full if word in name[1:]]
    role = _best_role(merged_occurrences(group), roles)
    kin = _kin_and_owner(with_subject(role, analysis).text, analysis) if role else None
    home = _kin_home(word, (role, kin), group, (full, holders, others), roles, analysis) if kin else None
    if home is not None or holders or others or len(word) < SPELLING_SHORTEST or word in first_names():
        return home
    return _misspelt_home(word, group, full, analysis)


def _kin_home(word: str, described, group, found, roles, analysis: Analysis) -> list[Candidate] | None:
    """By a kin role (`described`: the role and its kin and owner): the one
    full name of the owner's family with that given name, else the one
    holder of that given name (`found`: every full name, the holders of
    the given name, those with it later in the name) told as family."""
    (role, kin), (full, holders, others) = described, found
    same_kin = [g for g in holders if _kin_of(g, roles, analysis) == kin]
    if len(same_kin) == 1:
        return same_kin[0]    # "Sheyna — sister of Meir", "Sheyna Korngold — sister of Meir"
    owner = kin[1].split()[-1]
    by_family = [g for g, name in full if name[0] == word and name[-1] == owner]
    if len(by_family) == 1 and not _a_namesake(kin, by_family[0], roles, analysis):
        return by_family[0]
    if len(holders) != 1 or others or not analysis.lex.people.get("sort_by_surname"):
        return None
    holder = holders[0]
    if _another_family(role, group, holder, analysis) or _a_namesake(kin, holder, roles, analysis) \
            or not _told_as_family(holder, roles, analysis):
        return None
    return holder


def _misspelt_home(word: str, group, full, analysis: Analysis) -> list[Candidate] | None:
    """A name no list knows, misspelt from the given name of one full name
    whose surname is written beside it ("kakak ipar Nadezdha" in a sentence
    of Zhenya Alliluyeva's: Nadezhda Alliluyeva, not Nadezhda Krupskaya)."""
    beside = {k for o in merged_occurrences(group) for k in analysis.index.keys[o.sentence]}
    spelled = [g for g, name in full if name[0][0] == word[0] and _one_letter_or_swap(word, name[0])
               and name[-1] in beside]
    return spelled[0] if len(spelled) == 1 else None


def _a_namesake(kin: tuple[str, str], holder, roles, analysis: Analysis) -> bool:
    """Another person of the family: a full name that is other kin of
    anyone, or, for a child, that has any role of its own but that same
    kin ("his son George" is not "George Brown", his father, a doctor: a
    child may bear a parent's name, people.toml `namesake_kin`)."""
    own, of_holder = _best_role(merged_occurrences(holder), roles), _kin_of(holder, roles, analysis)
    if of_holder is not None and of_holder != kin:
        return True           # "John — elder brother" is not "John Dermot Turing — Turing's nephew"
    return kin[0] in analysis.lex.words("people", "namesake_kin") and own is not None and of_holder != kin


def _kin_of(group, roles, analysis: Analysis) -> tuple[str, str] | None:
    """The kin noun and owner of a group's role, the subject's when the
    role names no owner ("his son Edward Baker Lincoln": son of Lincoln)."""
    own = _best_role(merged_occurrences(group), roles)
    return _kin_and_owner(with_subject(own, analysis).text, analysis) if own else None


def _told_as_family(holder, roles, analysis: Analysis) -> bool:
    """The one full name of a lone given name is that kin when it has no
    role of its own, or is named in a sentence of the subject's family life
    ("Fleming married a trained nurse, Sarah Marion McElroy"; not "Brown
    met the banker Harriet Wedgwood")."""
    occurrences = merged_occurrences(holder)
    return _best_role(occurrences, roles) is None or _family_sentence(occurrences, analysis)


def _another_family(role: Role, group, holder, analysis: Analysis) -> bool:
    """A child or sibling carries its owner's surname (`_family_name`):
    "Johannes", son of David Fabricius, is no "Johannes Kepler"."""
    given = group[0].display.split()[0]
    named = _family_name(given, with_subject(role, analysis).text, {c.key for c in group}, analysis).split()
    surname = max((analysis.kinds.name_part[c.key] for c in holder), key=len)[-1]
    return len(named) > 1 and named[-1].casefold() != surname


def _one_letter_or_swap(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped ("Nadezdha", "Nadezhda")."""
    swapped = len(a) == len(b) and [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if swapped and len(swapped) == 2 and swapped[1] == swapped[0] + 1:
        i = swapped[0]
        return a[i] == b[i + 1] and a[i + 1] == b[i]
    return one_apart(a, b)


def _join_aliases(groups, analysis) -> list[list[Candidate]]:
    """"Soewardi Suryaningrat (yang kemudian bernama Ki Hadjar Dewantara)":
    a name in brackets after an alias cue (people.toml `alias_cues`) right
    after another name is the same person: one entry."""
    cues = analysis.lex.phrases("people", "alias_cues")
    honorifics = analysis.lex.words("people", "honorifics")
    owner = {(o.sentence, o.first): i for i, g in enumerate(groups) for c in g for o in c.occurrences}
    last = {(o.sentence, o.first): o.last for g in groups for c in g for o in c.occurrences}
    into: dict[int, int] = {}
    for i, group in enumerate(groups):
        for o in (o for c in group for o in c.occurrences):
            other = _alias_owner(o, i, (cues, honorifics, owner, last), analysis)
            if other != i and i not in into and other not in into:
                into[i] = other
    for source, target in into.items():
        groups[target].extend(groups[source])
    return [g for i, g in enumerate(groups) if i not in into]


def _alias_owner(o, i: int, tables, analysis) -> int:
    """The group whose name stands as another name right after occurrence `o`
    of group `i` (`_join_aliases`; `tables`: its cues, honorifics and the
    groups' occurrences by place), or `i` when none does."""
    cues, honorifics, owner, last = tables
    sentence, keys = analysis.index.sentences[o.sentence], analysis.index.keys[o.sentence]
    start = o.last + 1
    if start >= len(keys):
        return i
    if sentence.gap(o.last, start) == " (":
        at = start + cue_after(keys, start, cues)
    elif _variant_spelling_at(sentence, keys, o, analysis):
        return owner.get((o.sentence, start + 1), i)
    else:
        at = _later_name_at(sentence, keys, o.last, analysis)
    if at is None or at == start and not _bracket_of_a_name(sentence, last.get((o.sentence, start))):
        return i
    named = [at]
    while at < len(keys) and keys[at] in honorifics:
        at += 1           # "(yang kemudian bernama | Ki | Hadjar Dewantara)"
        named.append(at)
    return next((owner[(o.sentence, n)] for n in named if (o.sentence, n) in owner), i)


def _variant_spelling_at(sentence, keys, o, analysis: Analysis) -> bool:
    """"Simon de Covino or Couvin, a Belgian astronomer": a full name, a
    variant joiner (people.toml `variant_joiners`) and one capitalised word
    with the surname's first letter, closing the phrase, spell one surname
    two ways."""
    at = o.last + 2
    if o.last == o.first or at >= len(keys) or keys[o.last + 1] not in analysis.lex.words("people", "variant_joiners"):
        return False
    word = sentence.tokens[at]
    closes = at + 1 == len(keys) or sentence.gap(at, at + 1)[:1] in ",.;)"
    return word.cap and closes and word.text[:1] == sentence.tokens[o.last].text[:1]


def _bracket_of_a_name(sentence, end: int | None) -> bool:
    """"Sastro Widjojo (Pak Sastro)": a bracket that holds a person's name
    and nothing else gives the name before it another name, no cue needed."""
    return end is not None and sentence.text[sentence.tokens[end].end:].startswith(")")


def _later_name_at(sentence, keys, last: int, analysis: Analysis) -> int | None:
    """"Gusti Raden Mas Suraja, yang di kemudian hari naik takhta bergelar
    Hamengkubuwana III": where a relative clause right after a name gives
    it a later name (people.toml `naming_cues`) within `ALIAS_REACH` words,
    the position of that name; None otherwise."""
    start = last + 1
    if sentence.gap(last, start) != ", " or keys[start] not in analysis.lex.words("definitions", "relative_words"):
        return None
    cues = analysis.lex.phrases("people", "naming_cues")
    for i in range(start + 1, min(len(keys), start + 1 + ALIAS_REACH)):
        if sentence.tokens[i].cap or sentence.gap(i - 1, i) != " ":
            return None       # another name or the clause's end first
        size = cue_after(keys, i, cues)
        if size and i + size < len(keys) and sentence.tokens[i + size].cap:
            return i + size
    return None


def _join_given_name_runs(groups, roles, analysis) -> list[list[Candidate]]:
    """"the Pinzón brothers (Martín Alonso and Vicente Yáñez)": a name of
    given names only, with no role of its own, that opens exactly one
    longer full name ("Martín Alonso Pinzón") is that person."""
    parts = analysis.kinds.name_part
    joined: set[int] = set()
    for group in groups:
        name = parts[group[0].key]
        if len(group) != 1 or len(name) < 2 or not all(w in first_names() for w in name) \
                or _best_role(merged_occurrences(group), roles) is not None:
            continue
        longer = [g for g in groups if g is not group and id(g) not in joined and any(
            len(parts[c.key]) > len(name) and parts[c.key][:len(name)] == name for c in g)]
        if len(longer) == 1:
            longer[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _join_initials(groups, analysis) -> list[list[Candidate]]:
    """"H.O.S. Tjokroaminoto" and "Oemar Said Tjokroaminoto": a name of
    initials and a family name is the one other full name of the article
    with that family name whose given names' initials stand in order among
    the initials (a title's initial may come first: "H." for Haji)."""
    parts = analysis.kinds.name_part
    fulls = [(g, max((parts[c.key] for c in g), key=len)) for g in groups]
    joined: set[int] = set()
    for group, name in fulls:
        if len(name) < 2 or not all(len(w) == 1 for w in name[:-1]):
            continue
        matches = [other for other, full in fulls if other is not group and id(other) not in joined
                   and len(full) > 1 and full[-1] == name[-1] and not all(len(w) == 1 for w in full[:-1])
                   and _in_order([w[0] for w in full[:-1]], list(name[:-1]))]
        if len(matches) == 1:
            matches[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _in_order(letters: list[str], initials: list[str]) -> bool:
    """Every letter among the initials, in the same order."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def _join_short_forms(groups, shown, analysis) -> list[list[Candidate]]:
    """"Emma" and "Emma Wedgwood", "Christina" and "Christina of Florence":
    a one-word name left on its own is the one full name of the article
    that holds the word, met before it, shown under the full name. Never
    when two full names hold it (two Vincenzos, father and son), when both
    entries have printed roles (`shown`) that differ ("Yakov — putra
    Stalin" is not "Yakov Sverdlov — rekan Bolshevik"), when a kin role
    names the full name's family ("son of Galilei" is not "Vincenzo
    Galilei") or gives the word a family name of its own ("Johannes, son
    of David Fabricius" is not "Johannes Kepler"), when both are named
    apart in one sentence, or when the word is the article's subject."""
    holding = _holders_by_word(groups, analysis)
    joined: set[int] = set()
    for group in groups:
        word = _one_word(group, analysis)
        if word is None or word in analysis.subject_words or word in analysis.lex.connectors:
            continue
        holders = holding.get(word, [])
        if len(holders) == 1 and _same_one(group, holders[0], shown, analysis):
            holders[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def _holders_by_word(groups, analysis: Analysis) -> dict[str, list[list[Candidate]]]:
    """Each word of a name of two or more words -> the entries whose names
    hold it, in order. Made once: only one-word entries are joined, and
    they hold no such name, so joining changes no entry's holdings."""
    parts = analysis.kinds.name_part
    holding: dict[str, list[list[Candidate]]] = {}
    for group in groups:
        for word in {w for c in group if len(parts[c.key]) > 1 for w in parts[c.key]}:
            holding.setdefault(word, []).append(group)
    return holding


def _one_word(group: list[Candidate], analysis: Analysis) -> str | None:
    """The word of an entry whose every form is one word ("Emma",
    "Presiden Soekarno"'s "soekarno"); None for any other entry."""
    words = {analysis.kinds.name_part[c.key] for c in group}
    return next(iter(words))[0] if len(words) == 1 and len(next(iter(words))) == 1 else None


def _same_one(short: list[Candidate], full: list[Candidate], shown, analysis: Analysis) -> bool:
    """Nothing the article says tells the one-word entry from the full name."""
    mine, theirs = merged_occurrences(short), merged_occurrences(full)
    if min((o.sentence, o.first) for o in theirs) > min((o.sentence, o.first) for o in mine):
        return False          # a short form points back to a full name met before ("Chris" long before "Chris Grayling")
    if {o.sentence for o in mine if o.standalone} & {o.sentence for o in theirs if o.standalone}:
        return False          # "John (the father of Sir John Dermot Turing)": two people
    role, other = _best_role(mine, shown), _best_role(theirs, shown)
    if role is None:
        return True
    if other is not None and _same_kin(with_subject(role, analysis).text, with_subject(other, analysis).text,
                                       analysis):
        return True           # "Fernando — 13-year-old son of Columbus" is "Fernando Columbus — Columbus's natural son"
    if other is not None and role.text.casefold() != other.text.casefold():
        return False
    word = analysis.kinds.name_part[short[0].key][0]
    text = with_subject(role, analysis).text
    if _family_name(word, text, {c.key for c in short}, analysis) != word:
        return False          # "Johannes, son of David Fabricius" is Johannes Fabricius, not Johannes Kepler
    family = analysis.kinds.name_part[full[0].key][-1]
    return not (_is_kin(role, analysis) and family in text.casefold().split())

