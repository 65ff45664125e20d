"""Extract stage, who's-who: family words in roles and names.

Inputs: roles (`Role`) and their texts, mentions, the article's
`Analysis`. Outputs: whether a role is a kin relation ("son of Columbus",
"putri Stalin") and of whom, the family name a given name takes from its
role ("Johannes, son of David Fabricius" -> "Johannes Fabricius"), and the
best role a group of mentions shows (`best_role`), which every step of
the grouping asks; a deputy's office gives way to the office itself when
the article gives that too ("Wakil Presiden", later "Presiden Adam Malik").
"""

from __future__ import annotations


from pack.text.analysis import Analysis
from pack.text.candidates import Occurrence
from pack.text.kinds import ROMAN
from pack.text.tokens import without_possessive
from pack.extract.people.mention_roles import known_name
from pack.extract.people.roles import Role
from pack.extract.people.name_forms import Key



def kin_head(role: Role, analysis: Analysis) -> bool:
    """A role headed by a noun of a child or sibling: "son of Kamose", "men's son"."""
    words = role.text.casefold().split()
    cues = analysis.lex.words("people", "complement_cues")
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in cues), words[-1] if words else "")
    return head in analysis.lex.words("people", "surname_kin")


def family(role: Role, text: str, analysis: Analysis) -> bool:
    """Kin of the article's subject: a biography's family matters to it."""
    subject = analysis.article.title.split()[-1].casefold() if analysis.article.title else ""
    return is_kin(role, analysis) and bool(subject) and subject in text.casefold().split()


def family_sentence(occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A person the article never describes, named in a sentence about the
    subject's family life ("Galileo fathered three children out of wedlock
    with Marina Gamba"; people.toml `family_life_words`)."""
    words = analysis.lex.words("people", "family_life_words")
    for o in occurrences:
        keys = set(analysis.index.keys[o.sentence])
        if keys & words and keys & analysis.subject_words:
            return True
    return False


def is_kin(role: Role, analysis: Analysis) -> bool:
    """A role that starts with a kin noun ("son of ...", "putri Stalin")."""
    return analysis.lex.kin.opens(role.text.casefold().split())


def same_kin(one: str, other: str, analysis: Analysis) -> bool:
    """Two roles that make their people the same kin of the same owner
    ("13-year-old son of Columbus", "Columbus's natural son"; "putra kedua
    Stalin", "putra Stalin"): one person the article names two ways."""
    first, second = kin_and_owner(one, analysis), kin_and_owner(other, analysis)
    return first is not None and first == second


def kin_and_owner(text: str, analysis: Analysis) -> tuple[str, str] | None:
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


def family_name(given: str, role: str, own: set[Key], analysis: Analysis) -> str:
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


def best_role(occurrences: list[Occurrence], roles) -> Role | None:
    """An occupation or title first, then a relation naming someone or
    something ("putra dari Lidia Pereprygia" before "anak"), the one naming
    them in more words first ("putra dari Lidia Pereprygia" before "anak
    Pereprygia"); the earliest. A doer known only by its ending ("agent":
    "winner") comes last: "actress", listed, says more. A one-word title
    the article also gives in full reads in full ("Professor" ->
    "Philosophy professor")."""
    keys = [(o.sentence, o.first, o.last) for o in occurrences]
    found = [(roles[k].pattern == "agent", 0 if roles[k].occupation else 1, -_owner_words(roles[k]), k[0],
              roles[k]) for k in keys if k in roles]
    if not found:
        return None
    best = min(found, key=lambda f: (f[:4], f[4].text))[4]
    # "Professor Jack Copeland", later "Philosophy professor Jack Copeland":
    # a bare title, where the article also says which kind, reads as the fuller one.
    word = best.text.casefold()
    fuller = [f[4] for f in found if len(word.split()) == 1 and f[4].occupation
              and word in f[4].text.casefold().split() and len(f[4].text.split()) > 1]
    return min(fuller, key=lambda r: (len(r.text.split()), r.text)) if fuller else best


def risen(best: Role | None, occurrences: list[Occurrence], roles, analysis: Analysis) -> Role | None:
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
