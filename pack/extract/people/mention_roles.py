"""Extract stage, who's-who: the role at each mention of a person.

Inputs: the person `Candidate`s and the `Analysis`. Outputs: a map from a
mention (sentence, first token, last token) to its `Role`, with

- the patterns of `roles` and, failing them, of `role_clues`;
- roles shared along lists: forward from a role before the first name
  ("dua tokoh militer, Kliment Voroshilov dan Semyon Budyonny"), backward
  from "... dan pemimpin-pemimpin Soviet lainnya";
- plural kin split ("brothers Alfred and Eugene Cowles" -> "brother of
  Eugene Cowles", "brother of Alfred Cowles");
- the owner a pronoun points at written out ("saudarinya" -> "saudari
  Lenin", "pemimpinnya" -> "pemimpin Abkhazia", "pengganti Nikita
  Khrushchev"); a personal relation or a bare kin noun with no owner in
  the sentence belongs to the subject of a biography ("Istri pertamanya,
  Ekaterina Svanidze" -> "istri pertama Stalin"), a bare kin noun in a
  sentence that opens with another person to that person ("Yakov sudah
  memiliki seorang putri, Galina" -> "putri Yakov"); a successor opening a
  sentence follows the person of the sentence before ("Penggantinya,
  Vladimir Putin" -> "pengganti Boris Yeltsin"); a role whose owner cannot
  be found keeps its bare form, except a successor, which says nothing
  without one, and a relation where no person is the article's subject
  (kept, marked, never printed);
- no owner told where it would be a guess (kept, marked, never printed): a
  possessive after a subject pronoun in a sentence that names someone
  before it ("he received Queen Victoria ... and attended the wedding of
  his son Henry"), or one of the other gender than the pronouns the
  article uses for its subject ("his first wife" in a queen's life);
- an owner written by given name alone written out in full ("George's
  brother" -> "brother of George Loveless").

`shown_roles` keeps only the roles that pass the confidence gate
(`role_gate`): the ones printed; a role that fails whole may pass as its
first part before a list joiner ("Harvard historian | and author of a
multivolume biography on Columbus") or before its relative clause
("geologist | whose lectures she attended").

`fallback_roles` gives verbless appositions ("Lavrentiy Beria, orang yang
benar-benar setia dengan Stalin") for people who have no other role.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pack.extract.people.role_clues import apposition, clue_at
from pack.text.analysis import RECENT_SIZE
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN, common_noun
from pack.text.personnames import known_as, parts
from pack.text.tokens import most_used_gender, pronoun_genders, without_possessive
from pack.text.wordclass import classes
from pack.extract.people.role_gate import reliable
from pack.extract.people.roles import UNOWNED, Role, role_at, shared_by_a_list
from pack.lang.schema import tunables_of


Mention = tuple[int, int, int]          # sentence, first token, last token
PERSONS = ("person", "subject")
GROUPS = ("place", "term", "other")
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(OWNED_REACH,) = tunables_of(__name__)


@dataclass(frozen=True)
class _Name:
    """A name in a sentence: its token span, its kind and its text."""

    first: int
    last: int
    kind: str
    text: str


def mention_roles(people, analysis, names: dict[Mention, str]) -> dict[Mention, Role]:
    """`names`: the display text of each person mention, for owners and kin."""
    index = analysis.index
    found: dict[Mention, Role] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in people:
        part = analysis.kinds.name_part[m.key]
        for occ in m.occurrences:
            if not occ.standalone:
                continue
            spans.setdefault(occ.sentence, []).append((occ.first, occ.last))
            sentence, keys = index.sentences[occ.sentence], index.keys[occ.sentence]
            name_start = occ.first + len(m.key) - len(part)
            role = role_at(sentence, keys, occ.first, name_start, occ.last, analysis.lex) or \
                clue_at(sentence, keys, occ.first, occ.last, analysis.lex)
            if role and shared_by_a_list(role, keys, occ.first, occ.last, analysis.lex):
                role = None   # "istri pertama dan ketiganya, yakni Madubrongto dan Retnadewati": one each
            if role:
                found[(occ.sentence, occ.first, occ.last)] = role
    _share_along_lists(found, spans, analysis, names)
    mentions = _names_by_sentence(analysis)
    # "his brother Bartolomeo and his 13-year-old son Fernando": a person
    # owned by a pronoun is not the owner of the next one.
    kin_of = {(k[0], k[1]) for k, r in found.items() if r.owner}
    owned = {k: _with_owner(k, _one_of_kin(_opener_owns(k, r, mentions, analysis), analysis), mentions, analysis,
                            kin_of) for k, r in found.items()}
    return {k: _given_name_owner(k, r, names, mentions, analysis) for k, r in owned.items() if r is not None}


def _given_name_owner(mention: Mention, role: Role, names: dict[Mention, str], mentions, analysis) -> Role:
    """"George Loveless, George's brother James Loveless": an owner written
    by given name alone is the person of that given name named in full
    before, in the same paragraph ("brother of George Loveless"; in the same
    sentence any full name, "in-law Thomas Standfield, and Thomas's son"),
    else the one such person of the article; kept as written when there is
    none or several (a reader cannot tell which "John" the text means
    either)."""
    words = role.text.split()
    if len(words) < 2:
        return role
    given = without_possessive(words[0], analysis.lex.possessive_endings)
    given = "" if given == words[0] else given
    if not given or given.casefold() not in first_names() or not given[:1].isupper() \
            or given.casefold() in analysis.subject:      # "Galileo's son": the subject's, named so
        return role
    sentences = analysis.index.sentences
    paragraph = sentences[mention[0]].ref.paragraph_id
    same = {(mention[0], n.first, n.last): n.text for n in mentions.get(mention[0], [])}
    full = {k: text for k, text in {**same, **names}.items() if len(text.split()) > 1
            and text.split()[0] == given and k[:2] < mention[:2]}
    near = [k for k in full if sentences[k[0]].ref.paragraph_id == paragraph]
    owners = {full[max(near)]} if near else set(full.values())
    if len(owners) != 1:
        return role
    owner = without_possessive(owners.pop(), analysis.lex.possessive_endings)
    template = analysis.lex.people.get("owned_role", "{role} {owner}")
    return Role(template.format(role=" ".join(words[1:]), owner=owner), role.pattern, role.occupation)


def _one_of_kin(role: Role, analysis) -> Role:
    """"three brothers - Bartolomeo, Giovanni Pellegrino, and Giacomo": each
    is a "brother" (people.toml `plural_kin` gives the singular)."""
    words = role.text.split()
    plural = {k.casefold(): v.split()[0] for k, v in analysis.lex.people.get("plural_kin", [])}
    if not words or words[0].casefold() not in plural:
        return role
    return Role(" ".join([plural[words[0].casefold()]] + words[1:]), role.pattern, role.occupation, role.owner)


def shown_roles(roles: dict[Mention, Role], names: dict[Mention, str], analysis) -> dict[Mention, Role]:
    """The roles sure enough to print; `names` as for `mention_roles`. All
    roles still group names and rank people: a doubtful role is still a
    sign of a person, only not a thing to tell a class."""
    by_sentence: dict[int, set[str]] = {}
    for (number, _, _), text in names.items():
        by_sentence.setdefault(number, set()).add(text)
    shown = {}
    for k, role in roles.items():
        if role.owner == UNOWNED:
            continue
        others = sorted(by_sentence.get(k[0], set()) - {names.get(k, "")})
        for candidate in (role, *_first_parts(role, analysis.lex)):
            if reliable(candidate, names.get(k, ""), others, analysis.lex):
                shown[k] = candidate
                break
    return shown


def _first_parts(role: Role, lex) -> list[Role]:
    """When the whole fails the gate, its first part may pass: before "and"
    ("Harvard historian | and author of a multivolume biography on
    Columbus"), or before its relative word, a clause ("geologist | whose
    lectures she attended", "botanist | who became her mentor when she was
    at Cambridge"). Before the first "and" first, then before the next
    ("young | and popular lawyer | and a member of ...": "young" has no role
    noun, "young and popular lawyer" has)."""
    words = role.text.split()
    joiners, relatives = lex.words("people", "list_joiners"), lex.words("definitions", "relative_words")
    cuts = [i for i, w in enumerate(words) if i and w.casefold() in joiners]
    cuts += [i for i, w in enumerate(words) if i and w.casefold() in relatives][:1]
    return [Role(" ".join(words[:cut]).rstrip(","), role.pattern, role.occupation, role.owner) for cut in cuts]


def fallback_roles(people, analysis) -> dict[Mention, Role]:
    index = analysis.index
    found = {}
    for m in people:
        for occ in m.occurrences:
            if occ.standalone:
                role = apposition(index.sentences[occ.sentence], index.keys[occ.sentence],
                                  occ.first, occ.last, analysis.lex)
                if role:
                    found[(occ.sentence, occ.first, occ.last)] = role
    return found


def _share_along_lists(found, spans, analysis, names) -> None:
    index = analysis.index
    joiners = analysis.lex.words("people", "list_joiners")
    plural = {k.casefold(): v for k, v in analysis.lex.people.get("plural_kin", [])}
    for number, positions in spans.items():
        sentence = index.sentences[number]
        positions.sort()
        for (f1, l1), (f2, l2) in zip(positions, positions[1:]):
            between = sentence.text[sentence.tokens[l1].end:sentence.tokens[f2].start]
            joined = between.strip(" ").casefold() in joiners
            if not (joined or between.strip(" ,").casefold() in joiners or between == ", "):
                continue
            if between == ", " and _apposition_follows(sentence, index.keys[number], l2, analysis.lex):
                continue      # "historian Ronald Lewin, Jack Good, a cryptanalyst ...": no list
            if between == ", " and _verb_follows(sentence, index.keys[number], l2, analysis.lex):
                continue      # "After the defeat of his brother, Huáscar, Atahualpa rested": the clause's subject
            if sentence.tokens[l2].text.endswith(analysis.lex.possessive_endings):
                continue      # "Peter's brother Luke Hale, and Simon's son ...": Simon owns the son, no brother
            if noun_follows(sentence, index.keys[number], l2, analysis):
                continue      # "the physicist X and Princeton librarian Paul Needham": a modifier, no name
            one, two = (number, f1, l1), (number, f2, l2)
            role, later = found.get(one), found.get(two)
            if role and role.pattern in ("before", "list") and later is None:
                if role.text.casefold() in plural and joined:
                    template = plural[role.text.casefold()]
                    found[one] = Role(template.format(other=names.get(two, "")), "before", False)
                    found[two] = Role(template.format(other=names.get(one, "")), "list", False)
                else:
                    found[two] = Role(role.text, "list", role.occupation, role.owner)
            elif later and later.pattern == "others" and role is None:
                found[one] = later


def noun_follows(sentence, keys, last, analysis) -> bool:
    """A lowercase word the lexicon knows only as a noun right after the
    name ("Princeton librarian", "Monte Carlo computer"): the name modifies
    it ("Flowers who", "Murillo or": function words; "Smith said": a verb)."""
    after = last + 1
    return after < len(keys) and not sentence.tokens[after].cap and sentence.gap(last, after) == " " \
        and keys[after] not in analysis.lex.function_words \
        and classes(keys[after], analysis.article.lang) == frozenset({"NOUN"})


def _apposition_follows(sentence, keys, last, lex) -> bool:
    """", a ..." / ", seorang ..." right after the name: it is described on its own."""
    if last + 1 >= len(keys) or sentence.gap(last, last + 1) != ", ":
        return False
    return any(tuple(keys[last + 1:last + 1 + len(d)]) == d for d in lex.phrases("definitions", "determiners"))


def _verb_follows(sentence, keys, last, lex) -> bool:
    """A verb right after the name: it opens the main clause ("…, Atahualpa
    had been resting"), it is no list's last name (a list goes on with a
    comma or a joiner)."""
    return last + 1 < len(keys) and sentence.gap(last, last + 1) == " " \
        and keys[last + 1] not in lex.words("people", "list_joiners") and lex.looks_like_verb(keys[last + 1])


def _names_by_sentence(analysis) -> dict[int, list[_Name]]:
    """Every standalone name in each sentence, with its kind, in order."""
    out: dict[int, list[_Name]] = {}
    for c in analysis.candidates:
        if c.shape not in ("name", "acronym"):
            continue
        kind = analysis.kinds.of(c.key)
        for o in c.occurrences:
            if o.standalone:
                text = analysis.index.sentences[o.sentence].span_text(o.first, o.last)
                out.setdefault(o.sentence, []).append(_Name(o.first, o.last, kind, text))
    for names in out.values():
        names.sort(key=lambda n: (n.first, n.last))
    return out


def _with_owner(mention: Mention, role: Role, mentions, analysis, kin_of=frozenset()) -> Role | None:
    if not role.owner or role.owner == UNOWNED:
        return role
    number, first, _ = mention
    # The owner stands before the possessive, not inside the role it owns
    # ("his old Ukrainian friends, Maksymovych and Osyp Bodiansky": no one's
    # "friend of Ukrainian").
    possessive = _possessive_at(mention, analysis, reach=first if role.pattern == "list" else OWNED_REACH)
    before = [n for n in mentions.get(number, []) if n.last < (first if possessive is None else possessive)]
    # The article's subject owns only when it is a person ("Industrial
    # Revolution" has no son).
    persons = [n for n in before if (n.kind == "person" or n.kind == "subject" and subject_name(analysis))
               and (number, n.first) not in kin_of]
    if role.owner in ("subject", "previous") and not persons and _succession(role, analysis):
        return _followed(number, role, mentions, analysis)
    if role.owner == "subject":
        # (the relation's own possessive, within `OWNED_REACH`, asked by the three below)
        at = possessive if role.pattern != "list" else _possessive_at(mention, analysis)
        owner = _joined_before(mention, at, persons, analysis) or (
            persons[0] if persons else _subject_after(mention, mentions, analysis))
        if owner and owner in persons and _pronoun_before(mention, at, analysis):
            # "As the German Emperor, he ... his son Henry": whose son is a
            # guess; still a sign of a person, never printed (`shown_roles`).
            return Role(role.text, role.pattern, role.occupation, UNOWNED)
        if (owner is None or owner.kind == "subject") and _other_gender(mention, at, analysis):
            # "Her father had three sons with his first wife Sophie", in a
            # queen's life: "his" is not hers, and whose it is is not told.
            return Role(role.text, role.pattern, role.occupation, UNOWNED)
    elif role.owner == "previous":
        # "Hooker was routed by Lee ..., and was replaced by George Meade":
        # the agent of a passive is not the one replaced.
        agents = analysis.lex.words("people", "agent_cues")
        keys = analysis.index.keys[number]
        subjects = [n for n in persons if not (n.first and keys[n.first - 1] in agents)]
        owner = subjects[-1] if subjects else None
        if len({n.text for n in subjects}) > 1 and role.pattern in analysis.lex.words("people", "gate_alone_patterns"):
            return None       # "successor" with two people it could follow: a guess, not shown
    else:
        groups = [n for n in before if n.kind in GROUPS]
        owner = groups[-1] if groups else None
    text = without_possessive(owner.text, analysis.lex.possessive_endings) if owner else \
        (subject_name(analysis) if role.owner == "subject" else "")
    if owner and owner.kind == "subject" and not set(text.casefold().split()) <= set(analysis.subject):
        text = subject_name(analysis) or text     # another of the subject's names ("Pyotr Pyerviy")
    if not text:
        if role.pattern == "successor":
            return None
        # A relation with no one to own it ("his son Abraham Darby II", "his
        # successor, Tanutamun") where no person is the subject to fall back
        # on (`with_subject`) tells a reader nothing: still a sign of a
        # person, never printed (`shown_roles`).
        # Nor where others are named before it ("Cosimo de Medici, his sons
        # Piero and Giovanni, and his grandsons Lorenzo"): whose it is is theirs
        # to tell, not the subject's.
        others = role.owner == "group" and any(n.kind == "person" for n in before)
        unowned = not role.occupation and (others or not subject_name(analysis))
        return Role(role.text, role.pattern, role.occupation, UNOWNED if unowned else "")
    template = analysis.lex.people.get("owned_role", "{role} {owner}")
    return Role(template.format(role=role.text, owner=text), role.pattern, role.occupation)


def _joined_before(mention: Mention, at: int | None, persons: list[_Name], analysis) -> _Name | None:
    """"the son of the merchant Friele Gensfleisch zur Laden, and his second
    wife, Else Wyrich": a pronoun right after a joiner is the nearest
    person's before it (not the sentence's first person's). `at`: the
    relation's possessive (`_possessive_at`)."""
    keys = analysis.index.keys[mention[0]]
    if at is None or at < 2 or keys[at - 1] not in analysis.lex.words("people", "list_joiners"):
        return None
    return persons[-1] if persons else None


def _pronoun_before(mention: Mention, at: int | None, analysis) -> bool:
    """A subject pronoun (people.toml `subject_pronouns`) before the
    relation's possessive in a sentence that names the person taken as
    owner: the possessive follows the pronoun, which may stand for that
    person or for another ("As the German Emperor, he received Queen
    Victoria ... and attended the wedding of his son Henry": the emperor's
    son, not the queen's). `at`: the relation's possessive (`_possessive_at`)."""
    keys = analysis.index.keys[mention[0]]
    pronouns = analysis.lex.words("people", "subject_pronouns")
    return at is not None and any(k in pronouns for k in keys[:at])


def _other_gender(mention: Mention, at: int | None, analysis) -> bool:
    """The relation's possessive marks the other gender than the pronouns
    the article mostly uses, its subject's (text.toml
    `pronoun_genders`, a fact of the language the timeline reads too). `at`: the
    relation's possessive (`_possessive_at`)."""
    if at is None:
        return False
    genders = pronoun_genders(analysis.lex.code)
    mine, subject = genders.get(analysis.index.keys[mention[0]][at], ""), _subject_gender(analysis)
    return bool(mine and subject and mine != subject)


@lru_cache(maxsize=RECENT_SIZE)
def _subject_gender(analysis) -> str:
    """The gender of most of the article's gendered pronouns ("" when unclear)."""
    return most_used_gender(Counter(k for keys in analysis.index.keys for k in keys),
                            pronoun_genders(analysis.lex.code))


def _possessive_at(mention: Mention, analysis, reach: int = OWNED_REACH) -> int | None:
    """Where the possessive that owns the relation at `mention` stands
    ("and his second wife, | X"), up to `reach` words back (`OWNED_REACH`;
    a list member's shared role reaches back to the list's head); None if none."""
    number, first, _ = mention
    keys = analysis.index.keys[number]
    possessives = analysis.lex.words("people", "possessives")
    return next((i for i in range(first - 1, max(first - reach, 0) - 1, -1) if keys[i] in possessives), None)


def _subject_after(mention: Mention, mentions, analysis) -> _Name | None:
    """"Following the defeat of his brother, Huáscar, Atahualpa had been
    resting": with no one before it, the pronoun of an opening phrase is
    the main clause's subject, the person named right after the
    apposition and followed by a verb."""
    number, _, last = mention
    sentence, keys = analysis.index.sentences[number], analysis.index.keys[number]
    after = next((n for n in mentions.get(number, []) if n.first == last + 1), None)
    if after is None or sentence.gap(last, last + 1) != ", " or after.kind not in ("person", "subject") \
            or not _verb_follows(sentence, keys, after.last, analysis.lex):
        return None
    return after


def _succession(role: Role, analysis) -> bool:
    """A successor or predecessor (people.toml `succession_relations`)."""
    words = analysis.lex.words("people", "succession_relations")
    return any(w.strip(",").casefold() in words for w in role.text.split())


def _followed(number: int, role: Role, mentions, analysis) -> Role:
    """"Boris Yeltsin, mempertahankan ... Penggantinya, Vladimir Putin": a
    successor with no one before it in its sentence follows the person the
    sentence before is about (the first one it names, in the same
    paragraph), not the article's subject; none there, or a subject
    pronoun before it ("she became Foreign Minister under Prime Minister
    David Ben-Gurion. Her predecessor, Moshe Sharett": whose is a guess),
    no role printed (still a sign of a person)."""
    sentences = analysis.index.sentences
    unowned = Role(role.text, role.pattern, role.occupation, UNOWNED)
    if number == 0 or sentences[number - 1].ref.paragraph_id != sentences[number].ref.paragraph_id:
        return unowned
    persons = [n for n in mentions.get(number - 1, []) if n.kind == "person" or n.kind == "subject"
               and subject_name(analysis)]
    if not persons:
        return unowned
    pronouns = analysis.lex.words("people", "subject_pronouns")
    if any(k in pronouns for k in analysis.index.keys[number - 1][:persons[0].first]):
        return unowned        # "In 1956, she became Foreign Minister under ... Ben-Gurion. Her predecessor, ...": hers
    text = without_possessive(persons[0].text, analysis.lex.possessive_endings)
    if persons[0].kind == "subject":
        text = subject_name(analysis)
    template = analysis.lex.people.get("owned_role", "{role} {owner}")
    return Role(template.format(role=role.text, owner=text), role.pattern, role.occupation)


def _opener_owns(mention: Mention, role: Role, mentions, analysis) -> Role:
    """"Yakov sudah memiliki seorang putri, Galina": a bare kin noun with
    no pronoun in a sentence that opens with another person's name is that
    person's kin (owner "subject": the first person of the sentence), not
    the biography's subject's (`with_subject`)."""
    if role.owner or not _bare_kin(role, analysis):
        return role
    names = mentions.get(mention[0], [])
    if not names or names[0].first != 0 or names[0].kind != "person" or names[0].last >= mention[1]:
        return role
    return Role(role.text, role.pattern, role.occupation, "subject")


def _bare_kin(role: Role, analysis) -> bool:
    """The kin noun with at most one modifier ("elder brother", "putra
    kedua"), no owner named (not "men's son": owned already)."""
    kin = analysis.lex.kin
    words = tuple(role.text.casefold().split())
    bare = len(words) <= 2 and not any(w[:1].isupper() or w.endswith(analysis.lex.possessive_endings)
                                       for w in role.text.split()) and (kin.opens(words) or kin.closes(words))
    return bare and not any(common_noun(w, analysis.lex) for w in words)  # "anak perusahaan": a subsidiary


def with_subject(role: Role, analysis) -> Role:
    """A bare kin noun ("putri", "wife") in a biography is kin of its
    subject: "putri Stalin". Applied to a person's chosen role, so a
    relation naming its owner ("putra dari Lidia Pereprygia") wins first."""
    owner = subject_name(analysis)
    if not owner or not _bare_kin(role, analysis):
        return role
    template = analysis.lex.people.get("owned_role", "{role} {owner}")
    return Role(template.format(role=role.text, owner=owner), role.pattern, role.occupation)


def _told_as_person(analysis) -> bool:
    """The article says of its subject what it says only of people (an
    occupation before the name, a verb of a person's life after it ...)."""
    return any(analysis.kinds.evidence.get(c.key, 0) >= 2 for c in analysis.candidates
               if analysis.kinds.of(c.key) == "subject")


@lru_cache(maxsize=RECENT_SIZE)
def subject_name(analysis) -> str:
    """The short name of the article's subject when the subject is a person
    (its title starts with a given name, or the article tells of it as a
    person: "Sitting Bull"; in a language without surnames a one-word title
    told of as a person: "Soekarno"), else "". The short name is the part
    of the title the article itself uses alone ("Josef Stalin" -> "Stalin",
    "Nguyễn Ngọc Thơ" -> "Thơ"), else the whole title ("Sitting Bull")
    or a Western name's surname: `known_name`.
    A ruler known by a regnal number or an epithet has no family name: the
    whole name ("Peter the Great", "Elizabeth I"; not "mother of Great")."""
    words = analysis.article.title.split()
    honorifics = analysis.lex.words("people", "honorifics")
    while len(words) > 1 and words[0].casefold().rstrip(".") in honorifics:
        words = words[1:]     # "Ir. Soekarno", "Sir Isaac Newton"
    if len(words) == 1 and not analysis.lex.people.get("sort_by_surname") and _told_as_person(analysis):
        return words[0][:1].upper() + words[0][1:]    # "Soekarno": one name, and a person's
    if len(words) < 2 or words[0].casefold() in analysis.index.lowercase:      # "Industrial Revolution"
        return ""
    # A name of no given name ("Sitting Bull") is a person's where the article
    # tells of the whole title as of a person, and writes none of its words in lowercase.
    named = analysis.kinds.evidence.get(tuple(w.casefold() for w in words), 0) >= 2 \
        and not any(w.casefold() in analysis.index.lowercase for w in words)
    if words[0].casefold() not in first_names() and not named:
        return ""
    last = words[-1][:1].upper() + words[-1][1:]      # a title from a file name: "Galileo galilei"
    if ROMAN.fullmatch(last.casefold()) or last.casefold() == "i":   # "Elizabeth I", "Henry VIII"
        return " ".join(words[:-1] + [last.upper()])
    if len(words) > 2 and words[-2].casefold() in analysis.lex.words("people", "epithet_joiners"):
        return " ".join(words[:-1] + [last])
    return known_name(words[:-1] + [last], analysis)


def known_name(words: list[str], analysis) -> str:
    """"Francisco Pizarro González" -> "Pizarro": the part of the title the
    article names alone most (a Spanish second surname is the mother's,
    seldom written: "cousin of Pizarro", not "of González"); where the
    article never shortens it, the whole name or a Western name's surname
    (`pack.text.personnames.known_as`)."""
    standalone = {c.key: c.standalone for c in analysis.candidates}
    uses = {" ".join(words[i:j]): standalone.get(tuple(w.casefold() for w in words[i:j]), 0)
            for i, j in parts(" ".join(words))}
    often = standalone.get(tuple(w.casefold() for w in words), 0) >= 2
    return known_as(" ".join(words), uses, analysis.lex.code, often, family_first(words, analysis))


def family_first(words: list[str], analysis) -> bool:
    """The name's first word opens another person's name of two words or
    more in the article ("Nguyễn Khánh" beside "Nguyễn Ngọc Huy"): a family
    name, where the name is no given name (`pack.text.personnames`)."""
    own = tuple(w.casefold() for w in words)
    names = (analysis.kinds.name_part.get(c.key, c.key) for c in analysis.candidates
             if analysis.kinds.of(c.key) == "person")       # "General Trần Văn Hưng" -> his name
    return any(len(n) > 1 and n[0] == own[0] and not set(n) >= set(own) for n in names)
