"""Extract stage, who's-who: the confidence gate a role passes before it is printed.

Inputs: a `Role` found at one mention (`mention_roles`), the display name
of the person, the person names of the same sentence and the `Language`
(`people.toml` keys `role_quantifiers`, `complement_cues`, `body_nouns`,
`clause_words`). Output: whether the role may be shown. A wrong role
is worse than none: a person whose roles all fail keeps their entry with
its context sentence instead. A role fails when

- no role noun stands where the phrase's head is ("observation of the
  four largest satellites"), unless a noun of a doer found right before
  the name is ("zoologist Graham Twigg": `_agent_head`);
- a quantifier opens it or stands before its role noun ("Another son",
  "various writer Grant", "prevented other inventor");
- its role noun is a plural ("naturalists worldwide", "great pharaohs");
- a determiner stands inside it, not after "of"/"dari" or a relative word:
  leftover clause text ("BC the Kushite king", "1770s the engineer");
- its "of X" / "dari X" is a bare numeral, a function word or lowercase
  words, not a name ("second wife of I", "leader of followers organized"),
  except the field right after an occupation ("professor of mathematics");
- it is a membership ("member", "anggota") of a person ("anggota Bung Hatta");
- it only repeats the person's own name ("Duke of Anjou" for "Henry, Duke
  of Anjou");
- it is a rank of nobility alone (`people.toml` `bare_titles`: "Lord",
  "Pangeran"): what the person is called, not what they did;
- it is a clause, not a noun phrase: it holds a subject pronoun or a
  subordinating conjunction (`people.toml` `clause_words`: "leader of the
  Royal Society while she lived in London"), or a verb outside its
  relative clause ("leader of the Beagle expedition and Mary joined him";
  English verbs from the word-class lexicon, `pack/text/wordclass.py`);
- it opens with a verb that takes an object, a name or a determiner right
  after it ("electing Atlanta's first Black mayor": the rest of a clause;
  "leading scientist" stays);
- it opens with the possessive of a common noun ("film's legendary
  producer", "men's son"): its owner is a thing or people named elsewhere,
  unreadable in a list;
- where the role's head comes last (English), another person named in
  the sentence stands in it after its head, not after "of" ("George's
  brother James Loveless", "Lord Byron and Percy Bysshe Shelley"): the
  role is that other person's.

(A successor of "the person named before" is dropped earlier, in
`mention_roles`, when two people before could be the one followed:
`gate_alone_patterns`.)
"""

from __future__ import annotations

from pack.extract.people.roles import (Role, agent_noun, find_role_noun, is_role_word as _is_role_word,
                                        is_verb as _verb)
from pack.text.kinds import ROMAN, common_noun
from pack.text.language import Language
from pack.text.tokens import without_possessive
from pack.text.wordclass import classes


def _numeral(word: str) -> bool:
    """A regnal or plain number written alone ("I", "VIII", "2"): what is
    left of a name cut before its numeral (in capitals: "Dim" is a word)."""
    return word.isdigit() or (word.isupper() and (word == "I" or ROMAN.fullmatch(word.casefold()) is not None))


def reliable(role: Role, name: str, others: list[str], lex: Language) -> bool:
    """`others`: the other people named in the role's sentence."""
    words = role.text.split()
    keys = [w.casefold().strip(",;:") for w in words]
    if not keys or _quantified(keys, lex):
        return False
    if _headless(keys, lex) and not _agent_head(role, words, keys, lex):
        return False
    if _plural_head(keys, lex) or _fragment(keys, lex) or _bad_complement(words, keys, lex):
        return False
    if _clause(words, keys, lex) or _compound_of_a_thing(keys, lex) or _verb_with_object(words, keys, lex):
        return False
    if _common_owner(words, lex) or tuple(keys) in lex.phrases("people", "bare_titles"):
        return False
    return not (_member_of_person(keys, others, lex) or _own_name(keys, name, lex)
                or _names_another(words, keys, name, others, lex))


def _agent_head(role: Role, words: list[str], keys: list[str], lex: Language) -> bool:
    """A role found right before the name whose head, last, is a noun of a
    doer (`roles.agent_noun`: "zoologist", "British programmer", "census
    taker"): an occupation no list knows, said of this person alone."""
    return role.pattern == "agent" and len(words) <= 2 and agent_noun(keys[-1], lex)


def _common_owner(words: list[str], lex: Language) -> bool:
    """"the film's legendary producer": a lowercase word owns the role."""
    return len(words) > 1 and words[0][:1].islower() and words[0].endswith(lex.possessive_endings)


def _verb_with_object(words: list[str], keys: list[str], lex: Language) -> bool:
    """A lowercase verb first, then a name or a determiner: a clause's
    verb and its object ("electing Atlanta's first Black mayor")."""
    if len(keys) < 2 or not words[0][:1].islower():
        return False
    verb = _verb(keys[0], lex) or classes(keys[0], lex.code) == frozenset({"VERB"})
    determiners = {d[0] for d in lex.phrases("definitions", "determiners") if len(d) == 1}
    return verb and (words[1][:1].isupper() or keys[1] in determiners)


def _names_another(words: list[str], keys: list[str], name: str, others: list[str], lex: Language) -> bool:
    """English: a word of another person's name after the role's head noun,
    with no "of" before it ("George's brother James Loveless")."""
    if lex.people["role_head_first"]:
        return False          # "putri Stalin": the owner follows the head
    own = {w.casefold() for w in name.split()}
    theirs = {w.casefold() for o in others for w in o.split() if len(w) > 1} - own
    found = find_role_noun(keys, 0, len(keys) - 1, lex)
    if not found or not theirs:
        return False
    cues = lex.words("people", "complement_cues")
    for i in range(found[0] + 1, len(keys)):
        if keys[i] in cues:
            return False      # "brother of Jonathan Hornblower": whose brother
        if words[i][:1].isupper() and without_possessive(keys[i], lex.possessive_endings) in theirs and not find_role_noun(keys, i, i, lex):
            return True
    return False


def _compound_of_a_thing(keys: list[str], lex: Language) -> bool:
    """Where the head comes first, a kin noun followed by a word built as
    common nouns are ("anak perusahaan": a subsidiary, not a child) names a
    thing ("ketua perkumpulan" stays a chairman)."""
    return bool(lex.people.get("role_head_first")) and len(keys) > 1 and common_noun(keys[1], lex) \
        and keys[0] in lex.kin.one_word


def _quantified(keys: list[str], lex: Language) -> bool:
    """"Another son", "various writer Grant", "... prevented other inventor":
    a quantifier opens the role or stands right before its role noun."""
    quantifiers = lex.words("people", "role_quantifiers")
    return keys[0] in quantifiers or any(
        k in quantifiers and find_role_noun(keys, i + 1, i + 1, lex) for i, k in enumerate(keys[:-1]))


def _headless(keys: list[str], lex: Language) -> bool:
    """No role noun where the head stands: before "of" / a relative word
    ("observation of the four largest satellites"), or, where the head comes
    first (Indonesian), as the first word after "mantan"."""
    stops = lex.words("people", "complement_cues") | lex.words("definitions", "relative_words")
    end = next((i for i, k in enumerate(keys) if k in stops), len(keys)) - 1
    if end < 0:
        return True
    if not lex.people["role_head_first"]:
        return find_role_noun(keys, 0, end, lex) is None
    start = next((i for i, k in enumerate(keys) if k not in lex.words("people", "former_words")), 0)
    return find_role_noun(keys, start, start, lex) is None


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
    """"of I", "of 1", "of the", "of that period", "putra I": after "of"/"dari"
    or a role noun comes a name (of a person or a body), never a numeral
    alone or lowercase words."""
    cues = lex.words("people", "complement_cues")
    for i, key in enumerate(keys):
        if _numeral(words[i]) and i and (keys[i - 1] in cues or find_role_noun(keys, i - 1, i - 1, lex)):
            return True       # "son of I", "putra I": a name cut to its numeral
        if key in cues:
            rest = keys[i + 1:]
            if not rest or all(_numeral(w) or lex.is_function(k) for w, k in zip(words[i + 1:], rest)):
                return True
            named = next((w for w, k in zip(words[i + 1:], rest) if not lex.is_function(k)), "")
            noun = find_role_noun(keys, i - 1, i - 1, lex) if i else None
            field_of = noun is not None and noun[1] and not lex.is_function(rest[0])
            if not named[:1].isupper() and not field_of:
                return True   # "leader of followers organized ...", "historians of that period"
                # (but an occupation's field: "professor of mathematics")
    return False


def _clause(words: list[str], keys: list[str], lex: Language) -> bool:
    """A sentence cut out of the text, not a noun phrase: a clause word
    anywhere, or a verb past the first word and before any relative word
    ("cryptanalyst who worked with Turing" keeps its relative clause). A
    capitalised word is a name, never the verb."""
    clause_words = lex.words("people", "clause_words")
    if any(k in clause_words for k in keys):
        return True
    relative = lex.words("definitions", "relative_words")
    end = next((i for i, k in enumerate(keys) if k in relative), len(keys))
    return any(_verb(k, lex) for w, k in zip(words[1:end], keys[1:end]) if not w[:1].isupper())


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
