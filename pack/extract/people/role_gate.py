"""Extract stage, who's-who: the confidence gate a role passes before it is printed.

Inputs: a `Role` found at one mention (`mention_roles`), the display name
of the person, the person names of the same sentence and the `Language`
(`people.toml` keys `role_quantifiers`, `complement_cues`, `body_nouns`). Output: whether the role may be shown. A wrong role
is worse than none: a person whose roles all fail keeps their entry with
its context sentence instead. A role fails when

- it opens with a quantifier ("Another son", "various writer Grant");
- its role noun is a plural ("naturalists worldwide", "great pharaohs");
- a determiner stands inside it, not after "of"/"dari" or a relative word:
  leftover clause text ("BC the Kushite king", "1770s the engineer");
- its "of X" / "dari X" is a bare numeral or a function word ("second wife
  of I");
- it is a membership ("member", "anggota") of a person ("anggota Bung Hatta");
- it only repeats the person's own name ("Duke of Anjou" for "Henry, Duke
  of Anjou").

(A successor of "the person named before" is dropped earlier, in
`mention_roles`, when two people before could be the one followed:
`gate_alone_patterns`.)
"""

from __future__ import annotations

import re

from pack.extract.people.roles import Role, is_role_word as _is_role_word
from pack.text.language import Language

NUMERAL = re.compile(r"(?:[ivxlcdm]+|\d+)", re.IGNORECASE)


def reliable(role: Role, name: str, others: list[str], lex: Language) -> bool:
    """`others`: the other people named in the role's sentence."""
    words = role.text.split()
    keys = [w.casefold().strip(",;:") for w in words]
    if not keys or keys[0] in lex.words("people", "role_quantifiers"):
        return False
    if _plural_head(keys, lex) or _fragment(keys, lex) or _bad_complement(words, keys, lex):
        return False
    return not (_member_of_person(keys, others, lex) or _own_name(keys, name, lex))


def _plural_head(keys: list[str], lex: Language) -> bool:
    """A lowercase role noun in its plural form ("pharaohs", "penulis-penulis")."""
    plurals = lex.candidates.get("plural_suffixes", [])
    for key in keys:
        halves = key.split("-")
        if len(halves) == 2 and halves[0] == halves[1] and _is_role_word(halves[0], lex):
            return True
        for suffix in plurals:
            stem = key[:-len(suffix)]
            if key.endswith(suffix) and len(stem) >= 3 and _is_role_word(stem, lex):
                return True
    return False


def _fragment(keys: list[str], lex: Language) -> bool:
    """A determiner past the first word with no "of" or relative word before it."""
    determiners = {d[0] for d in lex.phrases("definitions", "determiners") if len(d) == 1}
    openers = lex.words("people", "complement_cues") | lex.words("definitions", "relative_words")
    for i, key in enumerate(keys[1:], 1):
        if key in determiners and not any(k in openers for k in keys[:i]):
            return True
    return False


def _bad_complement(words: list[str], keys: list[str], lex: Language) -> bool:
    """"of I", "of 1", "of the": no person or body after "of"/"dari"."""
    cues = lex.words("people", "complement_cues")
    for i, key in enumerate(keys):
        if key in cues:
            rest = keys[i + 1:]
            if not rest or all(NUMERAL.fullmatch(k) or lex.is_function(k) for k in rest):
                return True
    return False


def _member_of_person(keys: list[str], others: list[str], lex: Language) -> bool:
    """"anggota Bung Hatta": one is a member of a body, not of a person."""
    bodies = lex.words("people", "body_nouns")
    cues = lex.words("people", "complement_cues")
    heads = [i for i, k in enumerate(keys) if k in bodies]
    if not heads:
        return False
    rest = keys[heads[0] + 1:]
    while rest and (rest[0] in cues or lex.is_function(rest[0])):
        rest = rest[1:]
    surnames = {o.casefold().split()[-1] for o in others if o.split()}
    return bool(rest) and any(k in surnames for k in rest)


def _own_name(keys: list[str], name: str, lex: Language) -> bool:
    """Every content word of the role is a word of the person's own name."""
    own = {w.casefold().strip(",") for w in name.split()}
    content = [k for k in keys if not lex.is_function(k)]
    return bool(content) and all(k in own for k in content)
