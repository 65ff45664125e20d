"""Extract stage: the who's-who (issue 3), its assembly and ranking.

Inputs: an `Article`. Outputs: `Person`s who matter in the article, ranked
by mentions and spread over chapters, each with the role the article gives
them (from `mention_roles`), references to where they appear, and the name
forms merged into one entry. The steps, each in its own module:

- `not_a_person`: candidates taken for people that are bodies, firms,
  offices, works or common words;
- `same_person` and `joins`: which mentions are one person;
- `name_forms`: the name an entry prints and sorts by;
- `context`: the sentence shown for a person the article never describes;
- `one_entry`: entries that print one person twice become one.

This module builds one entry per group of mentions. A mere apposition
("orang yang benar-benar setia dengan Stalin") serves as a role only for
people mentioned at least `MATTERS` times. A person the article never
describes is still listed, with the sentence of first mention as context
(`role_kind` "context"), except a bare given name ("Alexander"): without
who they are it tells a reader nothing. The article's subject ("Josef
Stalin", also under a title: "Don Francisco Pizarro") is left out: the
whole book is about them, and so is a person named only under a title of
works or portrayals (`people.toml` `works_credits_headings`: the director
of a film about the subject). Ranking: mentions, spread over chapters and
a mention in the lead; the first `ALWAYS_LISTED` are printed, the next
ones only above `IMPORTANCE_FLOOR`.
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from functools import lru_cache

from pack.text.analysis import Analysis, RECENT_SIZE, analyse
from pack.text.candidates import Candidate, Occurrence
from pack.text.cases import DASH
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN, named_as_kin, names_a_body
from pack.text.phrases import cue_after
from pack.text.mentions import merged_occurrences, pick_refs, unique_ids
from pack.text.tokens import tokenize, without_possessive
from pack.extract.people.mention_roles import fallback_roles, mention_roles, shown_roles, with_subject
from pack.config import Settings
from pack.model import Article, Person
from pack.lang.schema import tunables_of
from pack.extract.people.not_a_person import (COMMON_NOUN_ZIPF, an_office, bare_given_name, borrowed_words,
                                              common_word_alone, common_word_named_once, common_words_only,
                                              in_a_firm_name, listed_without_role, named_as_kind, opens_other_names, product_shaped,
                                              spelled_by_acronym,
                                              what_an_office_is_of,
                                              surely_a_person, thing_by_its_shape, title_of_the_name_before)
from pack.extract.people.name_forms import (Key, bare_name, before_a_break, comma_suffixed, display, mention_name,
                                            regnal_number, shared_surname, sort_key, styled, surname, with_honorific,
                                            without_origin)
from pack.extract.people.kin import best_role, family, family_name, family_sentence, kin_and_owner, risen
from pack.extract.people.context import context, says_nothing
from pack.extract.people.same_person import group
from pack.extract.people.joins import (join_aliases, join_given_name_runs, join_given_names, join_initials,
                                       join_lone_given_names, join_short_forms, merge_spellings)
from pack.extract.people.one_entry import (one_per_double_surname, one_per_full_name, one_per_married_name,
                                          one_per_name)
from pack.extract.people.roles import Role

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MATTERS, LEAD_BONUS, DESCRIBED_BONUS, FAMILY_BONUS, EVIDENCE_STEP, EVIDENCE_CAP, ALWAYS_LISTED, IMPORTANCE_FLOOR,
 CONFERRED_REACH) = tunables_of(__name__)


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
              and not title_of_the_name_before(c, analysis)
              and not spelled_by_acronym(c, analysis)
              and not in_a_firm_name(c, analysis)]
    family_words = {c.key[-1] for c in people if len(c.key) > 1}
    surnames = {c.key: shared_surname(c, analysis, family_words) for c in people}
    names = {(o.sentence, o.first, o.last): mention_name(c, o, surnames[c.key], analysis)
             for c in people for o in c.occurrences if o.standalone}
    roles = mention_roles(people, analysis, names)
    apposed = fallback_roles(people, analysis)
    fallback = (apposed, shown_roles(apposed, names, analysis))
    shown = shown_roles(roles, names, analysis)
    groups = join_given_names(merge_spellings(group(people, analysis, roles), roles, analysis), roles, analysis)
    groups = join_aliases(join_given_name_runs(groups, roles, analysis), analysis)
    groups = join_short_forms(join_initials(groups, analysis), shown, analysis)
    groups = join_lone_given_names(groups, roles, analysis)
    named = capitalised_words(analysis)
    persons = []
    for members in groups:
        person = _person(members, analysis, roles, shown, fallback, surnames, named)
        if person:
            persons.append(person)
    persons = _without_namesakes(persons, people, analysis)
    persons.sort(key=lambda p: (-p.score, p.name))
    persons = one_per_double_surname(one_per_name(one_per_married_name(persons)), analysis)
    return one_per_full_name(persons, analysis)


def _person(members: list[Candidate], analysis: Analysis, roles, shown, fallback, surnames, named) -> Person | None:
    """`roles`: every role found, `shown`: those sure enough to print;
    `fallback`: the same two for appositions. A person with only doubtful
    roles keeps the entry, with its context."""
    occurrences = merged_occurrences(members)
    role, doubtful = _roles(occurrences, roles, shown, fallback, analysis)
    forms = _forms(members, surnames, analysis)
    name = _name(forms, occurrences, role, members, analysis)
    if _not_listed(name, role, members, occurrences, analysis):
        return None
    shown_name = with_honorific(name, members, analysis)
    role_text = _past_shown_title(with_subject(role, analysis).text, shown_name) if role is not None else None
    if role_text is not None and (role_text.casefold() in shown_name.casefold()
                                  or _a_namesakes_title(role_text, shown_name, analysis)):
        role = role_text = None   # "Philipp, Prince of Eulenburg — Prince of Eulenburg" says nothing more
    told = _told(role_text, doubtful, name, shown_name, members, occurrences, analysis)
    if told is None:
        return None
    text, kind = told
    # "Teuku Umar" shown: a bare "Umar" in the text is one of his names too.
    variants = sorted({f for f in forms if f not in (name, shown_name)} | ({name} if shown_name != name else set()))
    return Person(name=shown_name, role=text, refs=pick_refs(analysis.index, occurrences), variants=variants,
                  score=_importance(occurrences, name, named, analysis)
                  + (DESCRIBED_BONUS if role or doubtful or _told_of(occurrences, analysis) else 0.0)
                  + _evidence_bonus(members, analysis) + (FAMILY_BONUS if kind == "role" and family(role, text, analysis)
                     or kind == "context" and family_sentence(occurrences, analysis) else 0.0),
                  role_kind=kind,
                  sort_key=sort_key(shown_name, analysis, forms))


def _past_shown_title(role_text: str, shown_name: str) -> str:
    """"Lord Melbourne — Lord, Prime Minister": a title the name shows
    already is not said again in the role ("Prime Minister")."""
    head, comma, rest = role_text.partition(", ")
    return rest if comma and shown_name.casefold().startswith(head.casefold() + " ") else role_text


def _a_namesakes_title(role_text: str, shown_name: str, analysis: Analysis) -> bool:
    """"George, Duke of Clarence — Duke of Bedford": a name that carries
    its title after a comma, given the same title of another realm, was
    given a namesake's role (George, Duke of Bedford is someone else)."""
    _, comma, own = shown_name.partition(", ")
    role, own = role_text.casefold().split(), own.casefold().split()
    connectors = analysis.lex.connectors
    return bool(comma) and len(role) > 2 and len(own) > 2 and role[0] == own[0] \
        and role[1] in connectors and own[1] in connectors and role[2:] != own[2:]


def _roles(occurrences: list[Occurrence], roles, shown, fallback, analysis: Analysis) -> tuple[Role | None, Role | None]:
    """The role to print (one sure enough) and the best doubtful one."""
    doubtful = best_role(occurrences, roles)
    role = risen(best_role(occurrences, shown), occurrences, shown, analysis)
    if role is None and len(occurrences) >= MATTERS:      # a person who matters, described only so
        role = best_role(occurrences, fallback[1])
        doubtful = doubtful or best_role(occurrences, fallback[0])
    return role, doubtful


def _forms(members: list[Candidate], surnames, analysis: Analysis) -> Counter:
    """How often each name form is written, bare of titles and nicknames,
    with the surname a given name shares ("Alfred" -> "Alfred Cowles")."""
    forms = Counter()
    for m in _not_only_conferred(members, analysis):
        for form, n in m.forms.items():
            forms[bare_name(form, m, analysis) + (f" {surnames[m.key]}" if surnames[m.key] else "")] += n
    return forms


def _name(forms: Counter, occurrences: list[Occurrence], role: Role | None, members: list[Candidate],
          analysis: Analysis) -> str:
    """The entry's name: the form most written, without where the person
    is from, styled as the article styles a one-word name, and a bare given
    name completed by the family its role names."""
    name = before_a_break(without_origin(display(forms), analysis), analysis)
    if len(name.split()) == 1:
        name = styled(name, occurrences, analysis)
    name = comma_suffixed(name, occurrences, analysis)
    if role is not None and bare_given_name(name):
        name = family_name(name, with_subject(role, analysis).text, {m.key for m in members}, analysis)
    return name


def _not_listed(name: str, role: Role | None, members: list[Candidate], occurrences: list[Occurrence],
                analysis: Analysis) -> bool:
    """An office, a common word, the subject under a title, a thing by its
    shape, or someone named only under a title of works: no entry."""
    if tuple(name.casefold().split()) in analysis.lex.phrases("people", "occupations") or an_office(name, analysis):
        return True           # "Prime Minister": an office, its holder is named in the role
    if common_word_named_once(name, occurrences, analysis) or common_words_only(name, analysis) \
            or all(_titled_subject(m.key, analysis) for m in members):
        return True
    if thing_by_its_shape(name, role, members, analysis):
        return True
    works = _works_sections(analysis)
    # a director or an actor of a film about the subject, named only there
    return all(analysis.index.sentences[o.sentence].section_id in works for o in occurrences)


def _someone_elses_namesake(name: str, role_text: str, members: list[Candidate], analysis: Analysis) -> bool:
    """"Alexander — putra dari Lidia Pereprygia" beside Alexander Kolchak and
    Alexander Pushkin: a given name alone, kin of someone not the subject,
    that other people of the article bear in full names, tells a reader
    neither who the person is nor which Alexander is meant; the article
    gives no full name (one it gives is joined before: `joins`). Kin of the
    subject stays ("Yakov — putra Stalin": the subject's family name is
    known), and so does a given name no one else bears ("Pauline — wife of
    Christoph Dassler")."""
    if not bare_given_name(name):
        return False
    kin = kin_and_owner(role_text, analysis)
    if kin is None or set(kin[1].split()) & set(analysis.subject):
        return False
    word, own = name.casefold(), {m.key for m in members}
    return any(len(c.key) > 1 and c.key[0] == word and c.key not in own and analysis.kinds.of(c.key) == "person"
               for c in analysis.candidates)


def _told(role_text: str | None, doubtful: Role | None, name: str, shown_name: str, members: list[Candidate],
          occurrences: list[Occurrence], analysis: Analysis) -> tuple[str, str] | None:
    """What the entry says of the person and its kind: the role, else the
    sentence of first mention when the name surely is someone's, else
    nothing (no entry)."""
    if role_text is not None:
        return None if _someone_elses_namesake(name, role_text, members, analysis) else (role_text, "role")
    if named_as_kind(members, occurrences, analysis):
        return None           # "the opera Don Giovanni", "Misi Zollinger": a work, a place, an errand
    if borrowed_words(name, analysis):
        return None           # "National Geographic" in Indonesian text: a magazine, an event, a title
    if not _evidence_bonus(members, analysis) and what_an_office_is_of(occurrences, analysis):
        return None           # "the managing director of Credit Suisse": a body, its officer is the person
    if product_shaped(name, analysis) or opens_other_names(name, occurrences, analysis):
        return None           # "PostScript", "ActionScript": a format, a product; "Macromedia FreeHand": a firm
    if doubtful is not None and not bare_given_name(name) and not common_word_alone(name, analysis):
        return _context_or_name(occurrences, name, analysis)
    if (listed_without_role(name, occurrences, analysis) or shown_name != name) \
            and surely_a_person(members, analysis) \
            and not _subject_alias(occurrences, analysis) and not common_word_alone(name, analysis):
        return _context_or_name(occurrences, name, analysis)
    return None


def _context_or_name(occurrences: list[Occurrence], name: str, analysis: Analysis) -> tuple[str, str]:
    """The sentence of first mention, or nothing but the name ("none") where
    that sentence says nothing of who they are (`says_nothing`). A later
    sentence saying who they are would have given a role: none is sought."""
    shown = context(occurrences, name, analysis)
    return ("", "none") if says_nothing(shown, name, analysis) else (shown, "context")


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
        return p.role_kind != "role" and len(words) > 1 and words[0] in families - given \
            and lex.zipf(words[-1]) >= COMMON_NOUN_ZIPF and not regnal_number(words[-1])
    return [p for p in persons if not named_after(p)]


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


def _importance(occurrences: list[Occurrence], name: str, named: dict[str, set[int]],
                analysis: Analysis) -> float:
    """Mentions (log), spread over chapters, and a mention in the lead. The
    name's last word counts wherever the article writes it capitalised,
    inside other names too ("Pembunuhan Kirov", "Church–Turing thesis")."""
    last = surname(name, analysis)
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


def _chapter_count(analysis: Analysis) -> int:
    return 1 + analysis.index.sentences[-1].chapter    # sentences are in reading order
