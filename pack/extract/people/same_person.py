"""Extract stage, who's-who: the first grouping of mentions into people.

Inputs: the person candidates, their roles and the article's `Analysis`.
Outputs: one list of candidates per person. Full names first, then bare
words; names compared in today's spelling ("Tirtokoesoemo" is
"Tirtokusumo"). A one-word name left alone joins the one full name that
holds it, met before it ("Christina" into "Christina of Florence"; not
"Yakov — putra Stalin" into "Yakov Sverdlov — rekan Bolshevik"); a bare
word and the same word after a title are one person ("Presiden Soekarno",
"Soekarno"), unless it is a given name both describe; a regnal name is
compared without its realm ("Isabella I of Castile" is "Isabella I"); a
name with the one alone in the bracket after it is one ("Raden Mas Sastro
Widjojo (Pak Sastro)").
"""

from __future__ import annotations

import re

from pack.text.analysis import Analysis
from pack.text.candidates import Candidate
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN, regnal_core
from pack.text.mentions import merged_occurrences
from pack.extract.glossary.variants import one_apart
from pack.lang.schema import tunables_of
from pack.extract.people.name_forms import Key
from pack.extract.people.kin import best_role, is_kin, kin_head

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(SPELLING_SHORTEST, ALONE_BEFORE) = tunables_of(__name__)


def group(people: list[Candidate], analysis: Analysis, roles) -> list[list[Candidate]]:
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
                best_role(merged_occurrences(same), roles) and best_role(c.occurrences, roles))):
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
    return len(numbers) > 1 or any(is_kin(r, analysis) for r in kin)


def _child_beside_parent(one: list[Candidate], other: list[Candidate], roles, analysis: Analysis) -> bool:
    """"Matthew Robinson Boulton", one of "the men's sons", beside "Matthew
    Boulton": where only one of two like names is told as someone's child
    or sibling (people.toml `surname_kin`), they are a family that gives one
    name twice, not one person."""
    def child(group: list[Candidate]) -> bool:
        return any(kin_head(roles[(o.sentence, o.first, o.last)], analysis) for c in group for o in c.occurrences
                   if (o.sentence, o.first, o.last) in roles)
    return analysis.lex.people.get("sort_by_surname", False) and child(one) != child(other)


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
    role = best_role(single.occurrences, roles)
    if by_surname and given and role and (
            is_kin(role, analysis) or role.text.casefold().split()[-1] in analysis.lex.kin.last_words):
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
    # "Malay" written alone from the first paragraphs, "the Malay Sultanates" once near the end: a
    # word used alone often before any full name opening with it, never told of as only people are,
    # is its own name, not a given name.
    first = _first_of_its_own(single, analysis)
    by_first = [g for g in full if any(names[c.key][0] == word and names[c.key][-1] not in alone for c in g)
                and _met_by(g) <= first and _paragraphs(g, analysis) & paragraphs
                and not sentences & {o.sentence for c in g for o in c.occurrences if o.standalone}]
    return by_first[0] if len(by_first) == 1 else None


def _first_of_its_own(single: Candidate, analysis: Analysis) -> int:
    """The sentence from which a single word counts as used on its own: its
    `ALONE_BEFORE`-th mention, for a word with no evidence of a person
    (`kinds.evidence`); never, for one with some."""
    if analysis.kinds.evidence.get(single.key, 0) or single.count < ALONE_BEFORE:
        return len(analysis.index.sentences)
    return sorted(o.sentence for o in single.occurrences)[ALONE_BEFORE - 1]


def _met_by(group: list[Candidate]) -> int:
    """The sentence where the text first names the group's person."""
    return min(o.sentence for c in group for o in c.occurrences)


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
    role = best_role(single.occurrences, roles)
    if len(reigns) != 1 or (role and is_kin(role, analysis)):
        return None
    return reigns[0]


def _paragraphs(members: list[Candidate], analysis: Analysis) -> set[str]:
    return {analysis.index.sentences[o.sentence].ref.paragraph_id for m in members
            for o in m.occurrences if o.standalone}
