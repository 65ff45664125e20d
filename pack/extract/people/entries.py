"""Extract stage: the who's-who (issue 3).

Inputs: an `Article`. Outputs: `Person`s who matter in the article, ranked
by mentions and spread over chapters, each with the role the article gives
them (from `mention_roles`), references to where they appear, and the name
forms merged into one entry ("Lenin" into "Vladimir Lenin", "Lavrenti
Beria" and "Lavrentiy Beria", "Alexander" and "Aleksander" when both are
someone's child). A given name listed before a full name shares its
surname ("brothers Alfred and Eugene Cowles" -> "Alfred Cowles"). People
the article never describes get no entry: a who's-who line needs a role;
a mere apposition ("orang yang benar-benar setia dengan Stalin") serves
only for people mentioned at least `MATTERS` times. The article's subject
("Josef Stalin") is left out: the whole book is about them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import combinations

from pack.text.analysis import Analysis, analyse
from pack.text.candidates import Candidate, Occurrence
from pack.text.mentions import merged_occurrences, pick_refs, unique_ids
from pack.extract.people.mention_roles import fallback_roles, mention_roles
from pack.extract.people.roles import Role
from pack.extract.glossary.variants import one_apart
from pack.config import Settings
from pack.model import Article, Person

Key = tuple[str, ...]
MATTERS = 3        # mentions for a person described only by an apposition to be listed


def extract_people(article: Article, limit: int = Settings.people_entries) -> list[Person]:
    analysis = analyse(article)
    people = [c for c in analysis.candidates if analysis.kinds.of(c.key) == "person"
              and c.quoted < c.count]          # "Paman Joe": a nickname in quotes
    surnames = {c.key: _shared_surname(c, analysis) for c in people}
    names = {(o.sentence, o.first, o.last): _mention_name(c, o, surnames[c.key], analysis)
             for c in people for o in c.occurrences if o.standalone}
    roles = mention_roles(people, analysis, names)
    fallback = fallback_roles(people, analysis)
    groups = _merge_spellings(_group(people, analysis), roles, analysis)
    persons = []
    for members in groups:
        person = _person(members, analysis, roles, fallback, surnames)
        if person:
            persons.append(person)
    persons.sort(key=lambda p: (-p.score, p.name))
    persons = persons[:limit]
    for person, ident in zip(persons, unique_ids("who", [p.name for p in persons])):
        person.id = ident
    return persons


# ------------------------------------------------------------ grouping


def _group(people: list[Candidate], analysis: Analysis) -> list[list[Candidate]]:
    """One list of candidates per person: full names first, then bare words."""
    names = {c.key: analysis.kinds.name_part[c.key] for c in people}
    full: list[list[Candidate]] = []
    for c in sorted(people, key=lambda c: (-len(names[c.key]), c.key)):
        name = names[c.key]
        if len(name) < 2:
            continue
        for group in full:
            if _same_person(name, names[group[0].key]):
                group.append(c)
                break
        else:
            full.append([c])
    alone = {names[c.key][0] for c in people if len(names[c.key]) == 1 and c.standalone}
    singles: list[list[Candidate]] = []
    for c in sorted(people, key=lambda c: c.key):
        name = names[c.key]
        if len(name) != 1:
            continue
        home = _home(c, full, names, alone, analysis)
        if home is not None:
            home.append(c)
        else:
            singles.append([c])
    return full + singles


def _same_person(a: Key, b: Key) -> bool:
    """Same surname (or one letter apart) and compatible given names."""
    if not (a[-1] == b[-1] or (len(a[-1]) >= 6 and a[-1][0] == b[-1][0] and one_apart(a[-1], b[-1]))):
        return False
    return a[0] == b[0] or one_apart(a[0], b[0]) or a[0] in b or b[0] in a


def _home(single: Candidate, full: list[list[Candidate]], names, alone: set[str],
          analysis: Analysis) -> list[Candidate] | None:
    """The full name a single word belongs to: by surname, else by a first
    word whose surname is never used alone and that is used in the same
    paragraph ("Mao" -> "Mao Zedong"; not "Yakov" -> "Yakov Sverdlov", since
    "Sverdlov" stands alone; not "Vasily" -> "Vasily Grossman", elsewhere)."""
    word = single.key[0]
    by_surname = [g for g in full if any(names[c.key][-1] == word for c in g)]
    if by_surname:
        return max(by_surname, key=lambda g: (sum(c.count for c in g), names[g[0].key]))
    paragraphs = _paragraphs([single], analysis)
    by_first = [g for g in full if _paragraphs(g, analysis) & paragraphs and any(
        names[c.key][0] == word and names[c.key][-1] not in alone for c in g)]
    return by_first[0] if len(by_first) == 1 else None


def _paragraphs(members: list[Candidate], analysis: Analysis) -> set[str]:
    return {analysis.index.sentences[o.sentence].ref.paragraph_id for m in members
            for o in m.occurrences if o.standalone}


# ------------------------------------------------------------ one person


def _person(members: list[Candidate], analysis: Analysis, roles, fallback, surnames) -> Person | None:
    occurrences = merged_occurrences(members)
    role = _best_role(occurrences, roles)
    if role is None and len(occurrences) >= MATTERS:
        role = _best_role(occurrences, fallback)      # a person who matters, described only so
    if role is None:
        return None
    forms = Counter()
    for m in members:
        for form, n in m.forms.items():
            forms[_bare_name(form, m, analysis) + (f" {surnames[m.key]}" if surnames[m.key] else "")] += n
    name = _display(forms)
    variants = sorted(f for f in forms if f != name)
    chapters = {analysis.index.sentences[o.sentence].chapter for o in occurrences}
    score = (1 + math.log(len(occurrences))) * (0.5 + len(chapters) / _chapter_count(analysis))
    return Person(name=name, role=role.text, refs=pick_refs(analysis.index, occurrences),
                  variants=variants, score=round(score, 4))


def _chapter_count(analysis: Analysis) -> int:
    return 1 + analysis.index.sentences[-1].chapter    # sentences are in reading order


def _bare_name(form: str, member: Candidate, analysis: Analysis) -> str:
    """The written name without title prefix or quoted nickname."""
    part = analysis.kinds.name_part[member.key]
    words = form.split()
    if len(part) < len(member.key):
        words = words[len(member.key) - len(part):]
    text = " ".join(words)
    text = re.sub(r"\s*[\"“][^\"”]+[\"”]\s*", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _display(forms: Counter) -> str:
    """The most used form with two words or more, else the most used form."""
    full = [f for f in forms if len(f.split()) > 1] or list(forms)
    return min(full, key=lambda f: (-forms[f], -len(f), f))


def _best_role(occurrences: list[Occurrence], roles) -> Role | None:
    """An occupation or title first, then a relation naming someone or
    something ("putra dari Lidia Pereprygia" before "anak"); the earliest."""
    keys = [(o.sentence, o.first, o.last) for o in occurrences]
    found = [(0 if roles[k].occupation else 1, 0 if _names_someone(roles[k]) else 1, k[0], roles[k])
             for k in keys if k in roles]
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1], f[2], f[3].text))[3]


def _names_someone(role: Role) -> bool:
    """A relation with its possessor ("putra dari Lidia Pereprygia")."""
    return not role.occupation and any(word[:1].isupper() for word in role.text.split()[1:])


# ------------------------------------------------------------ name forms


def _shared_surname(c: Candidate, analysis: Analysis) -> str:
    """"Alfred and Eugene Cowles": a given name alone before a joiner and a
    full name shares its surname ("Alfred Cowles"); "" otherwise."""
    if len(c.key) != 1 or not c.standalone:
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


def _merge_spellings(groups, roles, analysis) -> list[list[Candidate]]:
    """One person under two spellings of a given name, both described as
    someone's child or kin ("Alexander — anak", "Aleksander — putra dari
    Lidia Pereprygia"): one entry."""
    kin = analysis.lex.phrases("people", "kin_nouns")
    singles = {}
    for group in groups:
        role = _best_role(merged_occurrences(group), roles)
        if len(group) == 1 and len(group[0].key) == 1 and role and \
                any(tuple(role.text.casefold().split()[:len(k)]) == k for k in kin):
            singles[group[0].key[0]] = group
    merged: set[int] = set()
    for a, b in combinations(sorted(singles), 2):
        ga, gb = singles[a], singles[b]
        if min(len(a), len(b)) >= 6 and one_apart(a, b) and id(gb) not in merged:
            ga.extend(gb)
            merged.add(id(gb))
    return [g for g in groups if id(g) not in merged]
