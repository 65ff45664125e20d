"""Extract stage, who's-who: the later joins of groups that are one person.

Inputs: the groups of `same_person`, the roles and the article's
`Analysis`. Outputs: fewer groups. A given name listed before a full name
shares its surname ("brothers Alfred and Eugene Cowles" -> "Alfred
Cowles"); spellings one letter apart with the same role are one ("Lavrenti
Beria", "Lavrentiy Beria"; "Alexander" and "Aleksander" when both are
someone's child); initials join the full name they abbreviate ("H.O.S.
Tjokroaminoto" and "Oemar Said Tjokroaminoto"); a name and the later name
or variant spelling the article gives it ("X, later known as Y"); a lone
given name joins the one person whose kin or name it is; a short form
joins the one full name nothing tells it from ("Lenin" into "Vladimir
Lenin").
"""

from __future__ import annotations

from itertools import combinations

from pack.text.analysis import Analysis
from pack.text.candidates import Candidate
from pack.text.firstnames import first_names
from pack.text.phrases import cue_after
from pack.text.mentions import merged_occurrences
from pack.extract.people.mention_roles import with_subject
from pack.extract.people.roles import Role
from pack.extract.glossary.variants import one_apart
from pack.lang.schema import tunables_of
from pack.extract.people.same_person import SPELLING_SHORTEST
from pack.extract.people.kin import best_role, family_name, family_sentence, is_kin, kin_and_owner, same_kin

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(ALIAS_REACH,) = tunables_of(__name__)


def join_given_names(groups, roles, analysis) -> list[list[Candidate]]:
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
                               or best_role(merged_occurrences(full[0]), roles) is None):
            full[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def merge_spellings(groups, roles, analysis) -> list[list[Candidate]]:
    """One person under two spellings of a given name, both described as
    someone's child or kin ("Alexander — anak", "Aleksander — putra dari
    Lidia Pereprygia"): one entry."""
    singles = {}
    for group in groups:
        role = best_role(merged_occurrences(group), roles)
        if len(group) == 1 and len(group[0].key) == 1 and role and is_kin(role, analysis):
            singles[group[0].key[0]] = group
    merged: set[int] = set()
    for a, b in combinations(sorted(singles), 2):
        ga, gb = singles[a], singles[b]
        if min(len(a), len(b)) >= 6 and one_apart(a, b) and id(gb) not in merged:
            ga.extend(gb)
            merged.add(id(gb))
    return [g for g in groups if id(g) not in merged]


def join_lone_given_names(groups, roles, analysis) -> list[list[Candidate]]:
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
    """The full-name group a lone given name `word` belongs to (`join_lone_given_names`), or None."""
    holders = [g for g, name in full if name[0] == word]
    others = [g for g, name in full if word in name[1:]]
    role = best_role(merged_occurrences(group), roles)
    kin = kin_and_owner(with_subject(role, analysis).text, analysis) if role else None
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
    own, of_holder = best_role(merged_occurrences(holder), roles), _kin_of(holder, roles, analysis)
    if of_holder is not None and of_holder != kin:
        return True           # "John — elder brother" is not "John Dermot Turing — Turing's nephew"
    return kin[0] in analysis.lex.words("people", "namesake_kin") and own is not None and of_holder != kin


def _kin_of(group, roles, analysis: Analysis) -> tuple[str, str] | None:
    """The kin noun and owner of a group's role, the subject's when the
    role names no owner ("his son Edward Baker Lincoln": son of Lincoln)."""
    own = best_role(merged_occurrences(group), roles)
    return kin_and_owner(with_subject(own, analysis).text, analysis) if own else None


def _told_as_family(holder, roles, analysis: Analysis) -> bool:
    """The one full name of a lone given name is that kin when it has no
    role of its own, or is named in a sentence of the subject's family life
    ("Fleming married a trained nurse, Sarah Marion McElroy"; not "Brown
    met the banker Harriet Wedgwood")."""
    occurrences = merged_occurrences(holder)
    return best_role(occurrences, roles) is None or family_sentence(occurrences, analysis)


def _another_family(role: Role, group, holder, analysis: Analysis) -> bool:
    """A child or sibling carries its owner's surname (`family_name`):
    "Johannes", son of David Fabricius, is no "Johannes Kepler"."""
    given = group[0].display.split()[0]
    named = family_name(given, with_subject(role, analysis).text, {c.key for c in group}, analysis).split()
    surname = max((analysis.kinds.name_part[c.key] for c in holder), key=len)[-1]
    return len(named) > 1 and named[-1].casefold() != surname


def _one_letter_or_swap(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped ("Nadezdha", "Nadezhda")."""
    swapped = len(a) == len(b) and [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if swapped and len(swapped) == 2 and swapped[1] == swapped[0] + 1:
        i = swapped[0]
        return a[i] == b[i + 1] and a[i + 1] == b[i]
    return one_apart(a, b)


def join_aliases(groups, analysis) -> list[list[Candidate]]:
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
    of group `i` (`join_aliases`; `tables`: its cues, honorifics and the
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


def join_given_name_runs(groups, roles, analysis) -> list[list[Candidate]]:
    """"the Pinzón brothers (Martín Alonso and Vicente Yáñez)": a name of
    given names only, with no role of its own, that opens exactly one
    longer full name ("Martín Alonso Pinzón") is that person."""
    parts = analysis.kinds.name_part
    joined: set[int] = set()
    for group in groups:
        name = parts[group[0].key]
        if len(group) != 1 or len(name) < 2 or not all(w in first_names() for w in name) \
                or best_role(merged_occurrences(group), roles) is not None:
            continue
        longer = [g for g in groups if g is not group and id(g) not in joined and any(
            len(parts[c.key]) > len(name) and parts[c.key][:len(name)] == name for c in g)]
        if len(longer) == 1:
            longer[0].extend(group)
            joined.add(id(group))
    return [g for g in groups if id(g) not in joined]


def join_initials(groups, analysis) -> list[list[Candidate]]:
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


def join_short_forms(groups, shown, analysis) -> list[list[Candidate]]:
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
    role, other = best_role(mine, shown), best_role(theirs, shown)
    if role is None:
        return True
    if other is not None and same_kin(with_subject(role, analysis).text, with_subject(other, analysis).text,
                                       analysis):
        return True           # "Fernando — 13-year-old son of Columbus" is "Fernando Columbus — Columbus's natural son"
    if other is not None and role.text.casefold() != other.text.casefold():
        return False
    word = analysis.kinds.name_part[short[0].key][0]
    text = with_subject(role, analysis).text
    if family_name(word, text, {c.key for c in short}, analysis) != word:
        return False          # "Johannes, son of David Fabricius" is Johannes Fabricius, not Johannes Kepler
    family = analysis.kinds.name_part[full[0].key][-1]
    return not (is_kin(role, analysis) and family in text.casefold().split())
