"""Extract stage, who's-who: the role the article gives a person.

Inputs: one occurrence of a person's name in a `Sentence`, where the bare
name starts inside it (after a title: "Presiden Amerika Serikat | Harry
Truman"), and the `Language` (`people.toml`). Outputs: a `Role` (text,
pattern, whether it names an occupation) or None. Patterns:

- before   "sejarawan Robert Service", "istri Lenin Nadezhda Krupskaya",
           "Danish physicist Hans Christian Ørsted", "putra Stalin, Yakov"
- title    "Presiden Amerika Serikat Harry Truman" (inside the name run)
- after    "Henri Merle, a founder of ...", "Friedrich Paulus, Marsekal ..."
- named    "seorang ahli agrobiologi yang bernama Trofim Lysenko"
- as       "Georgy Zhukov sebagai Kepala Staf", "Yezhov menjadi kepala NKVD",
           "Eli Whitney, who was a government contractor"
- led      "Tentara Putih pimpinan Alexander Kolchak" -> "pemimpin Tentara Putih"
- agent    "zoologist Graham Twigg" (a noun of a doer no list holds, by its ending)

A name listed after a list cue ("seperti", "such as") takes its own "as"
or apposition role first, the list's shared role before it only failing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pack.text.firstnames import first_names
from pack.text.kinds import is_place_name
from pack.text.language import Language
from pack.text.places import place_names
from pack.text.phrases import cue_after, cue_before, has_verb, np_after, np_before, phrase_after, phrase_text
from pack.text.runs import is_initial
from pack.text.tokens import Sentence, without_possessive
from pack.text.wordclass import classes, verb_only
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_ROLE_WORDS,) = tunables_of(__name__)
GLUED_INITIALS = re.compile(r"(?<![\w.])(?:\w\.)+$")   # "U." right before the "S." a name run began with


UNOWNED = "none"      # `Role.owner` of a relation whose pronoun's person is not found

@dataclass(frozen=True)
class Role:
    """A role word or phrase for people (people.toml), with its pattern."""

    text: str
    pattern: str
    occupation: bool       # an occupation or title, not only a relation
    # Whose role it is, when a pronoun says so ("saudarinya", "his wife"):
    # "subject" (the first person of the sentence), "previous" (the last
    # person before), "group" (the last place or body before); "" for none;
    # "none" once no one was found to own a relation (never printed).
    owner: str = ""


def role_at(sentence: Sentence, keys: list[str], first: int, name_start: int, last: int,
            lex: Language) -> Role | None:
    if sentence.tokens[last].text.endswith(lex.possessive_endings):
        return _owners_role(sentence, keys, first, name_start, last, lex)
    # A doer known only by its ending comes last: "Oscar winner Hattie
    # McDaniel, an African-American actress" is an actress.
    finders = (_before, _after, _named, _as, _led, _copula, _agent_before)
    if cue_before(keys, first, _list_cues(lex)):
        # "Tokoh-tokoh lain yang turut dihubungi seperti Koesoemo Oetoyo selaku
        # Bupati Jepara": the name's own office after it says more than what
        # the whole list shares before it.
        finders = (_as, _after, _before, _named, _led, _copula, _agent_before)
    for finder in finders:
        role = finder(sentence, keys, first, name_start, last, lex)
        if role and 0 < len(role.text.split()) <= MAX_ROLE_WORDS:
            return role
    return None


def _owners_role(sentence, keys, first, name_start, last, lex) -> Role | None:
    """The role of a name written as an owner ("Mozart's"): the words after
    it are about something of theirs ("A council led by Isabella's
    confessor", "scholars accepted Ptolemy's estimate"), so a title inside
    the name, or an occupation right before it that no one else owns
    ("the sculptor Nikolay Andreyev's idea", "urban planner Virgil Bogue's
    plan"); not a relation ("his mother Empress Maria Theresa's
    reluctance": whose mother the pronoun says, not always right)."""
    title = _title(sentence, keys, first, name_start, lex)
    if title is not None:
        return title
    role = _before(sentence, keys, first, name_start, last, lex, title=False) \
        or _agent_before(sentence, keys, first, name_start, last, lex)
    return role if role is not None and role.occupation and not role.owner else None


def role_nouns(lex: Language):
    return lex.phrases("people", "occupations"), lex.phrases("people", "relations")


def _strip_pronoun(word: str, lex: Language) -> str:
    """"sejawatnya" -> "sejawat", "penulis-penulis" -> "penulis" (a plural
    of a role noun; "benar-benar" stays: an adverb, not a plural)."""
    for suffix in lex.definitions.get("pronoun_suffixes", []):
        if word.casefold().endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
    halves = word.split("-")
    if lex.text.get("reduplication") and len(halves) == 2 and halves[0].casefold() == halves[1].casefold() \
            and is_role_word(halves[0].casefold(), lex):
        word = halves[0]
    return word


def is_verb(key: str, lex: Language) -> bool:
    """A verb form by the language's own signs ("was", "memimpin"), or one
    the word-class lexicon knows only as a verb ("joined"; not "leading",
    an -ing form, nor "retired", an adjective too)."""
    return lex.looks_like_verb(key) or verb_only(key, lex.code)


def is_role_word(word: str, lex: Language) -> bool:
    # Every word of the role nouns in one set, made once: a scan of the phrases cost more.
    return word in lex.once("role nouns' words", lambda lex: frozenset(
        w for phrase in sum(role_nouns(lex), ()) for w in phrase))


def find_role_noun(keys: list[str], first: int, last: int, lex: Language) -> tuple[int, bool] | None:
    """Position of the first role noun in keys[first..last] and whether it is an occupation."""
    occupations, relations = role_nouns(lex)
    plurals = lex.candidates.get("plural_suffixes", [])
    for i in range(first, last + 1):
        word = _strip_pronoun(keys[i], lex)
        # "chemists" is a plural of "chemist" ("Bunsen and other chemists").
        forms = [word] + [word[:-len(p)] for p in plurals if word.endswith(p) and len(word) - len(p) >= 3]
        for form in forms:
            words = keys[:i] + [form] + keys[i + 1:]
            for group, is_occupation in ((occupations, True), (relations, False)):
                if at := phrase_after(words, i, group):
                    # "tokoh pejuang Aceh": a relation before an occupation names the occupation
                    return i, is_occupation or (i + at[1] <= last and bool(phrase_after(words, i + at[1], occupations)))
    return None


def clean(text: str, lex: Language) -> str:
    """"sejawatnya" -> "sejawat"; leading "seorang"/"the" dropped."""
    words = text.split()
    drop = lex.phrases("people", "role_drop")
    lowered = [w.casefold() for w in words]
    for phrase in drop:
        if tuple(lowered[:len(phrase)]) == phrase and len(words) > len(phrase):
            words = words[len(phrase):]
            break
    others = lex.words("people", "others_after")
    cleaned = [_strip_pronoun(w, lex) for w in (word.rstrip(",;:") for word in words)
               if w.casefold() not in others]
    while len(cleaned) > 1 and lex.is_function(cleaned[-1].casefold()):
        cleaned.pop()         # "putra Stalin yang (lain)"
    return " ".join(cleaned).strip(" ,;:")


def _role_from_span(sentence, keys, span, lex, pattern, prefix="", comma=False) -> Role | None:
    if not span:
        return None
    found = find_role_noun(keys, span[0], span[1], lex)
    if not found:
        return None
    position, occupation = found
    if not occupation and _owned_by_an_acronym(sentence, keys, span[0], position, lex):
        return None           # "PDF's predecessor | PostScript": a format's, no person's relation
    of = lex.words("people", "complement_cues")
    again = next((i for i in range(position + 1, span[1] + 1)
                  if cue_after(keys, i, lex.phrases("definitions", "determiners")) and keys[i - 1] not in of), None)
    if again is not None:     # "his friend | the Carthusian monk Gaspar Gorricio": the first phrase
        span = (span[0], again - 1)
    titles_only = bool(prefix) and _only_titles(prefix, lex)
    if not (occupation or comma or (prefix and not titles_only) or _marked(keys, position, span[1], lex)) \
            and lex.people.get("relation_before_name_is_possessor"):
        return None           # "para pendukung Kamenev": Kamenev has supporters; "putri Sultan
        # Hamengkubuwana II": a title is no owner ("istri Lenin | Nadezhda Krupskaya" is)
    nouns = lex.once("role_noun_list", lambda lex: sum(role_nouns(lex), ()))
    noun_end = position + max(1, cue_after(keys, position, nouns)) - 1
    if occupation and comma and noun_end < span[1] and all(sentence.tokens[i].cap for i in range(position, span[1] + 1)):
        return None           # "Presiden Indonesia Soekarno, Wakil Presiden Hatta": a titled name before, listed
        # (not "Lincoln's Treasury Secretary, Salmon P. Chase": a title of two words)
    start = position if lex.people["role_head_first"] else span[0]
    owners = [i for i in range(start, position) if keys[i] in lex.words("people", "possessives")]
    if owners:
        start = owners[-1]    # "Columbus also dispatched | his brother": the role starts at its owner
        kin = _kin_of_origin(keys, start, lex)
        if kin is not None:   # "a half-brother from his mother, Francisco Martín de Alcántara": a half-brother
            text = singular(sentence.tokens[kin].text, keys[kin], lex)
            return Role(clean(text, lex), pattern, False, _owner(keys, span, position, lex))
    clause = [i for i in range(start, position) if keys[i] in lex.words("people", "clause_openers")]
    if clause:
        start = clause[-1] + 1    # "the harbour district where | early town leaders": the role is the clause's
    determiners = lex.phrases("definitions", "determiners")
    verbs = [i for i in range(start, position) if is_verb(keys[i], lex) and not sentence.tokens[i].cap
             and (cue_after(keys, i + 1, determiners) or not _adjective_after(keys, i, lex))]
    if verbs:
        start = verbs[-1] + 1     # "Pizarro captured | the Incan emperor": the verb's object is the role
        # (so is "Frederick's life inspired | historian Frank Tipton", "he approached | Manzanar
        # project director Ralph Merritt")
    while start < position and (lex.is_function(keys[start]) or _no_role_word(keys[start], lex)):
        start += 1            # "Later the chemist ..." -> "chemist"; "alongside legal scholar" -> "legal scholar"
    if not lex.people["role_head_first"] and any(
            not (sentence.tokens[i].cap or lex.is_function(keys[i]) or keys[i] in lex.connectors
                 or find_role_noun(keys, i, i, lex) or tuple(keys[position:i + 1]) in _role_phrases(lex))
            for i in range(position + 1, span[1] + 1)):
        return None           # "the producers thanked | Leech": the noun is not the phrase's head
    # Past the whole role noun: "the Prime Minister, Lord Melbourne"'s "Minister" is the noun's own.
    capitals = [i for i in range(noun_end + 1, span[1] + 1) if sentence.tokens[i].cap]
    if not lex.people["role_head_first"] and capitals and not any(
            keys[i] in lex.connectors for i in range(position + 1, capitals[0])):
        return None           # "German chemist Friedrich Wöhler visited | Ørsted": someone else's role
        # (but "the captain of the Pinta, Martín Alonso Pinzón" is his)
    text = singular(phrase_text(sentence, keys, start, span[1], lex), keys[position], lex)
    if start == position:
        text = sentence_case(sentence, start, text)
    owner = _owner(keys, span, position, lex)
    if prefix and owner:      # "his nephew, Cardinal Francesco Barberini": "Cardinal, nephew of ..."
        return Role(f"{clean(prefix, lex)}, {clean(text, lex)}", pattern, occupation, owner)
    if prefix and comma and titles_only:
        # "penerjemah bahasa Jawa, Kapten J.J Roefs": his rank, then what he was
        return Role(f"{clean(prefix, lex)}, {clean(text, lex)}", pattern, occupation, owner)
    if prefix:
        text = f"{text} {prefix}"
    return Role(clean(text, lex), pattern, occupation, owner)


def _adjective_after(keys: list[str], i: int, lex: Language) -> bool:
    """A verb form right after a function word that is no subject pronoun
    reads as an adjective ("by | celebrated architect Siza Vieira", "a
    trained nurse"), not as a verb that ends a clause ("he approached")."""
    return i > 0 and lex.is_function(keys[i - 1]) and keys[i - 1] not in lex.words("people", "subject_pronouns")


def _no_role_word(word: str, lex: Language) -> bool:
    """A word no role opens with: one the lexicon knows only as an adverb
    and not built as one that qualifies the next word ("alongside legal
    scholar Pauli Murray"; not "openly gay mayor", "deeply moralistic
    friar"). A verb form stays: "celebrated architect" is a role."""
    endings = tuple(lex.definitions.get("adverb_endings", []))
    return classes(word, lex.code) == frozenset({"ADV"}) and not (endings and word.endswith(endings))


def _only_titles(prefix: str, lex: Language) -> bool:
    """Every word of the words before a name inside its run is part of a
    title ("Sultan", "Letnan Kolonel"), none a name ("Lenin")."""
    keys = [w.casefold().rstrip(".") for w in prefix.split()]
    return all(is_role_word(k, lex) for k in keys)


def _role_phrases(lex: Language) -> frozenset[tuple[str, ...]]:
    occupations, relations = role_nouns(lex)
    return lex.once("role_phrases", lambda lex: frozenset(occupations + relations))


def singular(text: str, noun: str, lex: Language) -> str:
    """"Austrian chemists Ruprecht and Tondi": each is an "Austrian chemist"."""
    if is_role_word(noun, lex):
        return text
    for suffix in lex.candidates.get("plural_suffixes", []):
        if noun.endswith(suffix) and is_role_word(noun[:-len(suffix)], lex):
            return re.sub(rf"(?i)\b{re.escape(noun)}\b", lambda m: m.group()[:-len(suffix)], text, count=1)
    return text


def sentence_case(sentence: Sentence, start: int, text: str) -> str:
    """"Istri kedua Stalin ..." opens the sentence: the role is "istri kedua Stalin"."""
    if is_initial(sentence, start) and text[:1].isupper() and not sentence.tokens[start].acronym:
        return text[:1].lower() + text[1:]
    return text


def _owner(keys, span, position, lex) -> str:
    """Whose the role is when a pronoun marks it ("saudarinya", "his wife"):
    a person's for personal relations, a place's or a body's for offices
    ("pemimpinnya" after "Abkhazia")."""
    suffixes = lex.definitions.get("pronoun_suffixes", [])
    last = keys[span[1]]
    marked = any(last.endswith(s) for s in suffixes) and last not in lex.words("people", "others_after")
    if not marked and not any(keys[i] in lex.words("people", "possessives") for i in range(span[0], position)):
        return ""
    personal = lex.phrases("people", "personal_relations")
    words = [_strip_pronoun(k, lex) for k in keys[position:span[1] + 1]]
    if _theirs_beside_one(keys, span, position, lex):
        return UNOWNED
    return "subject" if any(tuple(words[:len(p)]) == p for p in personal) else "group"


def _theirs_beside_one(keys, span, position, lex) -> bool:
    """"She fell in love with their son, Kazimierz Żorawski": a plural
    possessive (`plural_possessives`) after a singular subject pronoun
    (`subject_pronouns`) in the sentence owns for others, not for the
    person the pronoun is ("The Mozarts sent their son" stays theirs)."""
    plural = [i for i in range(span[0], position) if keys[i] in lex.words("people", "plural_possessives")]
    return bool(plural) and any(k in lex.words("people", "subject_pronouns") for k in keys[:plural[-1]])


def _titles_listed(sentence, keys, start: int, lex: Language) -> bool:
    """A role right after a comma and another role noun: a list of titles
    ("the Governor, Captain general, Adelantado and Alguacil Mayor"), the
    capitalised words after it are the next titles, not a person."""
    return start > 0 and sentence.gap(start - 1, start).strip() == "," \
        and bool(find_role_noun(keys, start - 1, start - 1, lex)) and sentence.tokens[start - 1].cap


def _kin_of_origin(keys, owner: int, lex: Language) -> int | None:
    """"half-brothers from | his father": a relation after an origin cue
    (people.toml `kin_origin_cues`) says whose side the kin noun before
    the cue is on; the name is that kin, not the relation (not "Juan
    Pizarro — father"). The kin noun's position, or None."""
    if owner < 2 or keys[owner - 1] not in lex.words("people", "kin_origin_cues"):
        return None
    word = keys[owner - 2]
    forms = [word] + [word[:-len(s)] for s in lex.candidates.get("plural_suffixes", []) if s and word.endswith(s)]
    return owner - 2 if any((form,) in lex.kin.whole for form in forms) else None


def _marked(keys, position, last, lex) -> bool:
    """The relation is someone's ("rekan sejawatnya") or has more words after it."""
    suffixes = lex.definitions.get("pronoun_suffixes", [])
    return last > position or any(keys[position].endswith(s) for s in suffixes)


def _before(sentence, keys, first, name_start, last, lex, title: bool = True) -> Role | None:
    """A role phrase before the name, plus any title or place inside the run;
    without a phrase, the title inside the run (`_title`) unless `title` is
    False (a caller that has looked for it already). A phrase with a
    relative clause describes the name only across a comma or a cue ("tokoh
    Marxis Rusia yang terkemuka, Georgi Plekhanov"); right before it, the
    name is the clause's own object ("anggota Bolshevik yang mendukung
    keputusan Lenin": Lenin made the decision)."""
    prefix = _without_honorifics(sentence.span_text(first, name_start - 1), lex) if name_start > first else ""
    if name_start == first > 0 and sentence.gap(first - 1, first) == ", " and find_role_noun(keys, first, first, lex):
        return None           # "Prince Frederick, Duke of York": a title in apposition, no one new
    if cue_before(keys, first, lex.phrases("people", "named_cues")):
        return None           # "... yang bernama X": see _named
    end = first
    cue = cue_before(keys, first, _list_cues(lex))
    if cue:
        end = first - cue
    if end > 0 and sentence.gap(end - 1, end).strip(" ,—") == "":
        span = np_before(sentence, keys, end, lex, max_tokens=6, through_relative=True)
        if span and comma_after_as(keys, span, sentence, end, lex):
            return None       # "Oetoyo selaku Bupati Jepara, Achmad ...": Oetoyo's office
        comma = bool(cue) or sentence.gap(end - 1, end).strip() != ""
        relative = lex.words("definitions", "relative_words")
        if span and not comma and any(keys[i] in relative for i in range(span[0], span[1] + 1)):
            span = None       # "anggota Bolshevik yang mendukung keputusan | Lenin": the name ends the clause
        adverbial = lex.words("people", "adverbial_prepositions")
        if span and span[0] == span[1] and span[0] and keys[span[0] - 1] in adverbial \
                and not sentence.gap(span[0] - 1, span[0]).strip():
            span = None       # "In general | Lorenzo": a bare noun after a preposition is an adverbial
            # (not "In 1984 zoologist | Graham Twigg": a year stands between)
        if span and comma:
            span = _through_of(sentence, keys, span, lex)
        if span and comma and _titles_listed(sentence, keys, span[0], lex):
            return None       # "named the Governor, Captain general, Adelantado": one more title, no one
        if span and comma and not cue and _apposition_of_the_name_before(sentence, span, lex):
            span = None       # "K Sri Dhammaratana, Chief High Priest of Malaysia, Rabbi ...": his title
        role = _role_from_span(sentence, keys, span, lex, "before", prefix, comma)
        if role:
            return role
    return _title(sentence, keys, first, name_start, lex) if title else None


def _apposition_of_the_name_before(sentence, span: tuple[int, int], lex: Language) -> bool:
    """A capitalised title stands between commas right after a capitalised
    word that does not open the sentence ("A, Chief High Priest of
    Malaysia, B"): in a list of names it is the title of the one before
    it, not of the one after ("Thereupon, the captain of the Pinta, Martín
    Alonso Pinzón" is his; so is "In Southern Italy, Napoleon's
    brother-in-law, Joachim Murat": a possessive names whose it is)."""
    start, tokens = span[0], sentence.tokens
    owned = any(e in sentence.span_text(*span) for e in lex.possessive_endings)
    return start > 1 and sentence.gap(start - 1, start).strip() == "," and tokens[start - 1].cap \
        and tokens[start].cap and not owned


def _list_cues(lex: Language) -> tuple[tuple[str, ...], ...]:
    """The words that lead a list of names in: `people.list_cues` and
    `definitions.that_is_cues` ("yakni", "namely"), read once per language."""
    return lex.once("role_list_cues", lambda lex: lex.phrases("people", "list_cues")
                    + lex.phrases("definitions", "that_is_cues"))


def shared_by_a_list(role: Role, keys, first: int, last: int, lex: Language) -> bool:
    """A role of joined parts ("istri pertama dan ketiga") before a list of
    names after a list cue ("yakni Madubrongto dan Retnadewati"): each name
    has one part, and which is not said."""
    joiners = lex.words("people", "list_joiners")
    return last + 1 < len(keys) and keys[last + 1] in joiners \
        and bool(cue_before(keys, first, _list_cues(lex))) and any(w.casefold() in joiners for w in role.text.split())


def agent_noun(key: str, lex: Language) -> bool:
    """A noun of a doer by its shape: it ends as one (`people.toml`
    `agent_endings`: "photographer", "librettist", "librarian") and the
    word-class lexicon knows it only as a noun ("order", "power" are verbs
    too), not a bare person noun ("man", "woman")."""
    endings = lex.people.get("agent_endings", [])
    return any(key.endswith(e) and len(key) > len(e) + 2 for e in endings) \
        and classes(key, lex.code) == frozenset({"NOUN"}) and key not in lex.words("people", "person_nouns")


def _agent_before(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"zoologist Graham Twigg", "the librettist Lorenzo Da Ponte", "British
    programmer John Graham-Cumming", "census taker William T. Selwyn": a
    noun of a doer (`agent_noun`) right before a full name, with the word
    before it that says which (`_modifies`), is an occupation no list needs
    to know (pattern "agent": ranked after the roles of the lists,
    `kin.best_role`). Not after a possessive ("Gogol's admirer Mikhail
    Bulgakov": whose admirer is part of what he is)."""
    noun, nation = first - 1, first - 2
    if name_start != first or last == first or noun < 0 or sentence.tokens[noun].cap \
            or sentence.gap(noun, first) != " " or not agent_noun(keys[noun], lex) or is_initial(sentence, noun):
        return None
    if nation >= 0 and (keys[nation] in lex.words("people", "possessives")
                        or sentence.tokens[nation].text.endswith(lex.possessive_endings)):
        return None
    if nation >= 0 and sentence.gap(nation, noun) == " " and _modifies(sentence, keys, nation, lex):
        return Role(sentence.span_text(nation, noun), "agent", True)
    return Role(sentence.tokens[noun].text, "agent", True)


def _modifies(sentence, keys, word: int, lex) -> bool:
    """Word `word` says which doer the noun after it is: a capitalised word
    inside the sentence ("British", "NBA commissioner", "Regensburg
    builder") or a lowercase word the lexicon knows as a noun or an
    adjective ("census taker", "fellow photographer"; not "paid", a verb
    only), no function word, no plural ("1500 metres | runner")."""
    if sentence.tokens[word].cap:
        return not is_initial(sentence, word)
    key, found = keys[word], classes(keys[word], lex.code)
    plural = not key.endswith(tuple(lex.people.get("singular_endings", []))) and any(
        key.endswith(e) and "NOUN" in classes(key[:-len(e)], lex.code) for e in lex.people.get("plural_endings", []))
    return ("NOUN" in found or "ADJ" in found) and not lex.is_function(key) and not plural


def _through_of(sentence, keys, span, lex) -> tuple[int, int]:
    """"the captain of | the Pinta, Martín Alonso Pinzón": a phrase before an
    apposition that starts after "of" / "dari" belongs to the role noun
    right before that word."""
    cue = span[0] - 1
    if cue < 1 or keys[cue] not in lex.words("people", "complement_cues") or sentence.gap(cue, span[0]) != " ":
        return span
    head = np_before(sentence, keys, cue, lex, max_tokens=3)
    if any(sentence.tokens[i].cap and keys[i] in first_names() for i in range(span[0], span[1] + 1)):
        return span           # "President of the Royal Society Sir Paul Nurse, Lady Trumpington": another person's
    if head and head[1] == cue - 1 and find_role_noun(keys, cue - 1, cue - 1, lex):
        return head[0], span[1]
    return span


def _title(sentence, keys, first, name_start, lex) -> Role | None:
    """A title inside the name run ("Queen | Isabella", "Presiden | Soekarno")."""
    prefix = _without_honorifics(sentence.span_text(first, name_start - 1), lex) if name_start > first else ""
    found = find_role_noun(keys, first, name_start - 1, lex) if prefix else None
    if not found or not found[1] and all(w[:1].isupper() for w in prefix.split()):
        return None           # (nor "Father | Orazio Grassi": a relation written as a title is a form of address)
    if prefix.casefold() in lex.words("people", "never_titles"):
        return None           # "Mystic | Nativity", "Royal | Challengers Bangalore": the word opens a thing's name
    if office_of(keys, name_start, lex):
        return None           # "Assistant Editor of the | Swadeshamitran": the name is what the office is of
    text = _rank_first(clean(prefix, lex), lex)
    glued = GLUED_INITIALS.search(sentence.text, 0, sentence.tokens[first].start)
    if glued and len(keys[first]) == 1:
        text = glued.group() + text     # "U.S. President | Jimmy Carter": the run began inside "U.S."
    if first > 0 and keys[first - 1] in lex.words("people", "former_words") and sentence.gap(first - 1, first) == " ":
        text = f"{sentence.tokens[first - 1].text} {text}"     # "mantan Perdana Menteri Sutan Sjahrir"
    return Role(text, "title", found[1])


def _owned_by_an_acronym(sentence, keys, start: int, position: int, lex: Language) -> bool:
    """A relation other than kin ("predecessor", "rival") owned by an
    acronym's possessive ("PDF's predecessor PostScript"): formats, firms
    and bodies go by acronyms and have predecessors too, so the name after
    is no person's relation. Kin stays ("JFK's brother Robert Kennedy")."""
    if (keys[position],) in lex.kin.whole:
        return False
    for token in sentence.tokens[start:position]:
        bare = without_possessive(token.text, lex.possessive_endings)
        if bare != token.text and len(bare) > 1 and bare.isupper():
            return True
    return False


def office_of(keys: list[str], start: int, lex: Language) -> bool:
    """An occupation and a complement cue, maybe an article, right before
    token `start` ("managing director of | Credit Suisse", "Assistant
    Editor of the | Swadeshamitran"): the name there is the body or the
    place the office is of. Kin and other relations are a person's ("wife
    of | William Parry", "disciple of | Henry Clay")."""
    at = start - cue_before(keys, start, lex.phrases("people", "definite_articles"))
    cue = cue_before(keys, at, lex.phrases("people", "complement_cues"))
    if not cue or at - cue < 1:
        return False
    found = find_role_noun(keys, at - cue - 1, at - cue - 1, lex)
    return bool(found) and found[1]


def _rank_first(text: str, lex: Language) -> str:
    """An office and then a rank before a name ("Panglima Jepang Jenderal |
    Hitoshi Imamura", "Astronomer Royal Lord | Rees") reads as the rank,
    then the office: "Jenderal, Panglima Jepang". Not a title of several
    words ("Letnan Jenderal", "Major General")."""
    words = text.split()
    keys = [w.casefold().rstrip(".") for w in words]
    phrases = _role_phrases(lex)
    if len(keys) < 3 or (keys[-1],) not in phrases or tuple(keys[-2:]) in phrases or tuple(keys) in phrases:
        return text
    if not find_role_noun(keys, 0, 0, lex):
        return text           # "Confederate General": a side, no office, before the rank
    return f"{words[-1]}, {' '.join(words[:-1])}"


def _without_honorifics(prefix: str, lex: Language) -> str:
    """"Raden Adipati" or "Sir" before a name is a form of address, not a
    role; "Presiden Sukarno"'s "Presiden" stays."""
    honorifics = lex.words("people", "honorifics")
    return " ".join(w for w in prefix.split() if w.casefold().rstrip(".") not in honorifics)


def comma_after_as(keys, span, sentence, end, lex) -> bool:
    """The phrase before a comma and the name follows or holds "sebagai" /
    "selaku" / "as": it is the office of the name before it, not of the one
    after the comma ("Koesoemo Oetoyo selaku Bupati Jepara, Achmad ...")."""
    if sentence.gap(end - 1, end).strip() != ",":
        return False
    cues = lex.phrases("people", "as_cues")
    return any(tuple(keys[i:i + len(c)]) == c for c in cues for i in range(max(0, span[0] - len(c)), end))


def _after(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"Henri Merle, a founder of ..." (an apposition led by a role noun)."""
    if last + 1 >= len(keys) or sentence.gap(last, last + 1) != ", ":
        return None
    return _apposition(sentence, keys, np_after(sentence, keys, last + 1, lex, max_tokens=MAX_ROLE_WORDS), "after", lex)


def _copula(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"John Wilkes Booth was a well-known actor ...": a sentence that opens
    with the name and says what the person was (people.toml `copula_role_cues`)."""
    if not is_initial(sentence, first) or last + 2 >= len(keys) or sentence.gap(last, last + 1) != " ":
        return None
    cue = cue_after(keys, last + 1, lex.phrases("people", "copula_role_cues"))
    if not cue:
        return None
    start = last + 1 + cue
    span = np_after(sentence, keys, start, lex, max_tokens=MAX_ROLE_WORDS)
    joiner = next((i for i in range(start + 1, span[1] + 1) if keys[i] in lex.words("people", "list_joiners")),
                  None) if span else None
    if joiner is not None:
        span = (span[0], joiner - 1)      # "a well-known actor | and a Confederate spy": the first role
    return _apposition(sentence, keys, span, "copula", lex)


def _apposition(sentence, keys, span, pattern, lex) -> Role | None:
    """The role a noun phrase after a name gives it, led by a role noun
    within its first words ("a founder of ...", "a well-known actor")."""
    if not span:
        return None
    opening = lex.once("apposition_openings", lambda lex: tuple(sorted(
        set(lex.phrases("definitions", "determiners") + lex.phrases("shared", "copulas")
            + lex.phrases("people", "role_drop")), key=lambda d: (-len(d), d))))
    skip = next((len(d) for d in opening if tuple(keys[span[0]:span[0] + len(d)]) == d), 0)
    if not skip and lex.is_function(keys[span[0]]):
        return None           # "London, while his father ...": a clause, not an apposition
    found = find_role_noun(keys, span[0] + skip, min(span[1], span[0] + skip + 2), lex)
    if not found:
        return None
    # "Jack Good, a cryptanalyst who worked with Turing": the role ends
    # before its relative clause; a verb before that makes it no apposition.
    relative = lex.words("definitions", "relative_words")
    cut = next((i for i in range(span[0] + skip + 1, span[1] + 1) if keys[i] in relative), None)
    end = cut - 1 if cut is not None and cut - 1 > span[0] + skip else span[1]
    if has_verb(keys, span[0] + skip, end, lex):
        return None
    if keys[end] in lex.words("people", "thing_tails") | lex.words("places", "place_tails"):
        return None           # "Roy Thomson Hall, the Princess of Wales Theatre": a list of buildings
    if any(keys[i] in first_names() and sentence.tokens[i].cap and sentence.tokens[i - 1].cap
           and sentence.tokens[i + 1].cap for i in range(found[0] + 1, end)):
        return None           # "Lord Rees, President of the Royal Society Sir Paul Nurse": the next person
        # (a given name and a surname: not the "Romano" of "the Jesuit Collegio Romano")
    opener = span[0] + skip
    if opener < found[0] and sentence.tokens[opener].cap and keys[opener] in first_names() \
            and not sentence.tokens[opener].text.endswith(lex.possessive_endings):
        return None           # "Claudius Ptolemy, Pierre Cardinal d'Ailly's Imago Mundi": the next in a list
    return Role(clean(phrase_text(sentence, keys, span[0] + skip, end, lex), lex), pattern, found[1])


def _named(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"seorang ahli agrobiologi yang bernama Trofim Lysenko"."""
    size = cue_before(keys, first, lex.phrases("people", "named_cues"))
    if not size:
        return None
    span = np_before(sentence, keys, first - size, lex, max_tokens=6, through_relative=True)
    if not span:
        return None
    found = find_role_noun(keys, span[0], span[1], lex)
    if not found:
        return None           # "plazas (called Plaza de Colón)": a thing named, no one's role
    start = found[0] if lex.people["role_head_first"] else span[0]
    text = singular(phrase_text(sentence, keys, start, span[1], lex), keys[found[0]], lex)
    if start == found[0]:
        text = sentence_case(sentence, start, text)
    return Role(clean(text, lex), "named", found[1])


def _as(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"Georgy Zhukov sebagai Kepala Staf", "Nikolai Yezhov menjadi kepala NKVD",
    and in a relative clause right after the name ("Eli Whitney, who was a
    government contractor", "Tjokro Adikoesoemo yang menjabat sebagai Bupati
    Temanggung": people.toml `relative_role_cues`)."""
    start = last + 1
    size = cue_after(keys, start, lex.phrases("people", "as_cues") + lex.phrases("people", "became_cues"))
    gaps, stops, limit = (" ",), lex.words("definitions", "boundary_words"), 8
    if not size:
        # A relative clause ends its role at the next relative word ("a
        # government contractor | who built firearms ..."), so a longer
        # clause may follow.
        size, gaps = cue_after(keys, start, lex.phrases("people", "relative_role_cues")), (" ", ", ")
        stops, limit = stops | lex.words("definitions", "relative_words"), MAX_ROLE_WORDS
    if not size or sentence.gap(last, start) not in gaps:
        return None
    span = np_after(sentence, keys, start + size, lex, max_tokens=limit)
    if not span:
        return None
    determiners = lex.phrases("definitions", "determiners")
    skip = next((len(d) for d in determiners if tuple(keys[span[0]:span[0] + len(d)]) == d), 0)
    # The role noun first, or after a word or two ("as its provisional president").
    found = find_role_noun(keys, span[0] + skip, min(span[1], span[0] + skip + 2), lex)
    if not found:
        return None
    end = next((i - 1 for i in range(span[0] + skip + 1, span[1] + 1) if keys[i] in stops), span[1])
    # "selected Jefferson Davis as its provisional president": whose, as before a name.
    owner = _owner(keys, (span[0], end), found[0], lex)
    return Role(clean(phrase_text(sentence, keys, span[0], end, lex), lex), "as", found[1], owner)


def _before_aside(sentence, cue: int) -> int:
    """Where the group before a cue ends: before a bracketed aside that
    closes right before the cue ("the Bolsheviks ("Ones of the Majority")
    led by Lenin": the group is the Bolsheviks, not the Majority)."""
    if cue < 1 or ")" not in sentence.gap(cue - 1, cue):
        return cue
    for i in range(cue - 1, 0, -1):
        if "(" in sentence.gap(i - 1, i):
            return i
    return cue


def _led(sentence, keys, first, name_start, last, lex) -> Role | None:
    """"Tentara Putih pimpinan Alexander Kolchak" -> "pemimpin Tentara Putih".

    The group is the name right before the cue, else the noun phrase there;
    never a place ("pawai di Lapangan Merah yang dipimpin oleh Zhukov") nor
    a noun after a preposition ("di bawah pimpinan Musso": under his lead).
    """
    size = cue_before(keys, first, lex.phrases("people", "led_cues"))
    if not size:
        return None
    end = _before_aside(sentence, first - size)
    span = np_before(sentence, keys, end, lex, max_tokens=5)
    if not span:
        return None
    start = span[0]
    if start and keys[start - 1] in lex.words("places", "prepositions"):
        return None           # "di bawah pimpinan Musso": under someone's lead, no group named
    capitals = [i for i in range(span[0], span[1] + 1) if sentence.tokens[i].cap]
    if capitals and all(sentence.tokens[i].cap for i in range(capitals[0], span[1] + 1)):
        start = capitals[0]
    if is_place_name(tuple(keys[start:span[1] + 1]), lex, place_names(lex.code)):
        return None
    group = phrase_text(sentence, keys, start, span[1], lex)
    template = lex.people.get("leader_role", "{group}")
    return Role(template.format(group=clean(group, lex)), "led", False)
