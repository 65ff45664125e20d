"""Text analysis, definition patterns: definitions the article itself gives for a term.

Inputs: one occurrence of a term in a `Sentence` (from `candidates`) and
the `Language` (cue words per language in `glossary.toml`). Outputs: zero
or more `Found` definitions, each with the pattern that fired and a
quality used to pick the best one. Patterns, best first:

- gloss      "phaeton (sejenis kereta kuda)", "vitriole (sulfates)"
- reverse    "suara terbanyak relatif (pluralitas)"
- named      "kepolisian rahasia ... yang disebut Okhrana", "... known as X",
             "a series of battles that would become known as X", "a
             mixture of salts called X" (never for a piece of the named
             phrase: "known as the cylinder process")
- that-is    "Komite Eksekutif Soviet Petrograd, yaitu dewan buruh kota ..."
- list       "the Six Majors: Alcoa, Alcan, ..." (`lists`)
- apposition "Politbiro, badan eksekutif partai komunis" (no verb in it; a
             participle before a preposition is none: "a structure of
             mudbrick built over a burial chamber"),
             "a new aluminium alloy, duralumin," and "X—a Y—" (not after
             a bracket X does not fill: "(A and B), a public institute")
- colon      "a suitable crib: a fragment of probable plaintext" (ranks
             the term as explained, never printed: `checks.PRINTED`)
- which-is   "X, which is a Y", "X (yang merupakan Y)" (`relatives`)
- copula     "Stalinisme merupakan ...", "alum was a double salt", "The
             greenhouse effect is the process by which ..." (`relatives`)
- member     "<group> such as A and X" -> "one of the <group>" (`lists`)
- used-as    "use cryolite as the source ore" (`relatives`)
- which-does "sodium, which combusts in water" (`relatives`)
- origin     "Hall co-founded X in 1888" -> "co-founded by Hall in 1888" (`origins`)
- class      "badan keamanan Cheka" (a kind noun with a modifier)

Aliases ("Komando Tertinggi Militer (Stavka)", "PBDSR") are found by
`aliases`, not here. Every text found passes `checks.checked` (does it
really define the term?) before it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pack.text.definitions.about import ITEM_WORDS
from pack.text.definitions.brackets import TRANSLATED, gloss, list_of_names, reverse_gloss, skip_bracket
from pack.text.language import Language
from pack.text.phrases import (bare_gap, clause_break, cue_after, cue_before, ends_clause, has_verb,
                                  np_after, np_before, phrase_text)
from pack.text.definitions.checks import checked, printed
from pack.text.definitions.lists import member_of, names_listed
from pack.text.definitions.origins import origin
from pack.text.definitions.relatives import copula, used_as, which_does, which_is
from pack.text.tokens import Sentence

APPOSITION_GAPS = (", ", "—", " — ")          # "X, a Y," and "X—a Y—"
ONE_WORD_OK = {"gloss", "reverse", "that-is"}   # one-word definitions only from these
LIST_ITEM_REACH = 6       # words back from X to the comma that opens its own list item
QUALITY = {"gloss": 5.0, "reverse": 4.5, "named": 4.0, "that-is": 4.0, "list": 3.0,
           "apposition": 3.0, "colon": 3.0, "which-is": 3.0, "copula": 2.5, "translation": 2.0,
           "member": 2.0, "used-as": 2.0, "which-does": 1.5, "origin": 1.5, "class": 1.0}


@dataclass(frozen=True)
class Found:
    """A definition found in a sentence: its text, the pattern that found it, how good that pattern is."""

    text: str
    pattern: str
    quality: float
    sentence: int
    printed: bool = True      # may the glossary print it? (`checks.printed`)


def definitions_at(sentence: Sentence, keys: list[str], first: int, last: int,
                   number: int, lex: Language) -> list[Found]:
    """Every definition pattern that fires around tokens first..last.

    The glossary asks about a use of a term for its definition and again
    for its context sentence: each use is worked out once (`_FOUND`).
    """
    place = (id(sentence), id(keys), first, last, number, id(lex))
    known = _FOUND.get(place)
    if known is None or known[0] is not sentence or known[1] is not keys or known[2] is not lex:
        if len(_FOUND) >= MAX_FOUND:
            _FOUND.clear()
        known = _FOUND[place] = (sentence, keys, lex, _run_patterns(sentence, keys, first, last, number, lex))
    return list(known[3])


# (id(sentence), id(keys), first, last, number, id(lex)) -> the sentence, its
# keys and the language (kept, so their ids stay their own) and what was found.
_FOUND: dict[tuple, tuple[Sentence, list[str], Language, list[Found]]] = {}
MAX_FOUND = 4096


def _run_patterns(sentence: Sentence, keys: list[str], first: int, last: int,
                  number: int, lex: Language) -> list[Found]:
    found = []
    last = skip_bracket(sentence, last)
    for pattern, finder in PATTERNS:
        text = finder(sentence, keys, first, last, lex)
        if not text or not (_acceptable(text, lex) or pattern == "member"):
            continue          # ("one of the Six Majors": the group was checked in `lists`)
        text = checked(text, pattern, sentence, keys, first, last, lex)
        if not text:
            continue
        if len(text.split()) > 1 or pattern in ONE_WORD_OK:
            if pattern == "gloss" and text.startswith(TRANSLATED):
                pattern, text = "translation", text[len(TRANSLATED):]
            found.append(Found(text, pattern, QUALITY[pattern] - _penalty(text, lex), number,
                               printed(pattern, text, sentence, keys, first, last, lex)))
    return found


def _acceptable(text: str, lex: Language) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    content = [w for w in words if w.islower() and not lex.is_function(w)]
    return (bool(content) or bool(list_of_names(lex).fullmatch(text))) and len(words) <= 30


def _penalty(text: str, lex: Language) -> float:
    words = text.split()
    penalty = 0.0
    if len(words) < 2:
        penalty += 1.0
    if len(words) > 18:
        penalty += 1.0
    pronouns = lex.words("definitions", "pronoun_marks")
    suffixes = lex.definitions.get("pronoun_suffixes", [])
    if any(w.casefold().strip(",.") in pronouns or any(w.casefold().strip(",.").endswith(p) for p in suffixes)
           for w in words):
        penalty += 1.0        # "kebijakan-kebijakannya": whose?
    return penalty


# ------------------------------------------------------------ patterns
# (the list of all patterns, PATTERNS, is at the end of this module)


def _named(sentence, keys, first, last, lex) -> str | None:
    """"<definition> yang disebut X" / "<definition>, known as X"."""
    determiner = cue_before(keys, first, lex.phrases("definitions", "determiners"))
    size = cue_before(keys, first - determiner, lex.phrases("definitions", "named_cues"))
    if not size or bare_gap(sentence, first - 1, first).strip():
        return None           # ("... known as the Bayer process": the article is skipped)
    cue = first - determiner - size
    before = cue - 1
    while before >= 0 and keys[before] in lex.words("definitions", "skip_adverbs"):
        before -= 1
    alone = before == 0 or clause_break(sentence, before - 1, before) or \
        keys[before - 1] in lex.words("definitions", "boundary_words")
    if before >= 0 and alone and keys[before] in lex.words("definitions", "demonstratives"):
        return _antecedent(sentence, keys, before, lex)      # "it is now known as X"
    joiners = lex.words("people", "list_joiners") - lex.words("definitions", "alias_joiners")
    if last + 1 < len(keys) and keys[last + 1] in joiners:
        return None           # "two sciences now called kinematics and strength of materials": named together
    if _name_goes_on(sentence, keys, last, lex):
        return None           # "a new method known as the cylinder process": it names the longer term
    end = _relative_before(keys, cue, lex)
    span = np_before(sentence, keys, end, lex)
    if end != cue:            # the phrase before a relative word opens with its article ("Turing proposed an ...")
        span = _of_phrase(sentence, keys, _from_determiner(keys, span, lex), lex)
        if span and lex.definitions["apposition_needs_determiner"] and \
                keys[span[0]] not in lex.words("definitions", "determiners"):
            return None       # "in particular those phenomena which are called ..."
    else:
        span = _of_phrase(sentence, keys, span, lex)
    if not span:
        return None
    if keys[span[1]] in lex.words("definitions", "demonstratives"):
        return _antecedent(sentence, keys, span[0], lex)
    if keys[span[0]] in lex.words("definitions", "demonstratives") and span[0] == span[1]:
        return _antecedent(sentence, keys, span[0], lex)
    if span[0] > 0 and keys[span[0] - 1] in joiners and bare_gap(sentence, span[0] - 1, span[0]) == " ":
        return None           # "Solid and liquid particles known as aerosols": the phrase is cut at "and"
    return phrase_text(sentence, keys, span[0], span[1], lex)


def _relative_before(keys, cue, lex) -> int:
    """Where the phrase named by a cue ends: before the cue, or before a
    relative word that opens the naming clause ("an experiment that became
    known as X", "a series of battles that would become known as X";
    auxiliaries `named_auxiliaries`, `modal_verbs` and `skip_adverbs` between)."""
    skipped = lex.words("definitions", "named_auxiliaries") | lex.words("definitions", "modal_verbs") \
        | lex.words("definitions", "skip_adverbs")
    at = cue - 1
    while at > 0 and keys[at] in skipped:
        at -= 1
    return at if at > 0 and keys[at] in lex.words("definitions", "relative_words") else cue


def _of_phrase(sentence, keys, span, lex):
    """The named phrase read back through a joiner (`phrase_joiners`: "a
    mixture of salts called natron" is a mixture, not "salts"), when a
    phrase ends before it. Not when an article follows the joiner: "the
    enrolment of a student called X", "in search of an island called X"
    name the student, the island."""
    if not span or span[0] < 2 or keys[span[0] - 1] not in lex.words("definitions", "phrase_joiners") \
            or bare_gap(sentence, span[0] - 2, span[0] - 1) != " " \
            or keys[span[0]] in lex.words("definitions", "determiners"):
        return span           # ("the enrolment of a student called X": the student is named)
    head = _from_determiner(keys, np_before(sentence, keys, span[0] - 1, lex), lex)
    return (head[0], span[1]) if head else span


def _name_goes_on(sentence, keys, last, lex) -> bool:
    """A content word follows the term with only a space between ("known
    as the cylinder process", the term "cylinder"): the cue names the
    longer phrase, not the term."""
    at = last + 1
    if at >= len(keys) or sentence.gap(last, at) != " ":
        return False
    word = keys[at]
    return word.isalpha() and not lex.is_function(word) and word not in lex.words("definitions", "boundary_words") \
        and not lex.looks_like_verb(word) and word not in lex.words("definitions", "modal_verbs")


def _antecedent(sentence, keys, first, lex) -> str | None:
    """"<clause> dan peristiwa ini dikenal ...": the clause before is meant.

    A clause that opens with a determiner gives its subject ("The first
    large-scale production method was ..."); one that opens with a name and
    a finite verb gives its object ("Bayer discovered a way of ...").
    """
    end = first - 1
    while end >= 0 and lex.is_function(keys[end]) and not clause_break(sentence, end, end + 1):
        end -= 1
    start = end
    while start > 0 and not clause_break(sentence, start - 1, start):
        start -= 1
    if end - start < 2:
        return None
    finite = [i for i in range(start, end + 1) if keys[i] in lex.finite_verbs]
    if finite and lex.finite_verbs:
        if cue_after(keys, start, lex.phrases("definitions", "determiners")):
            return phrase_text(sentence, keys, start, finite[0] - 1, lex) if finite[0] > start + 1 else None
        stop = finite[0] + 1
        boundary = lex.words("definitions", "boundary_words")
        last = stop
        while last < end and (last - stop < 4 or keys[last + 1] not in boundary):
            last += 1
        return phrase_text(sentence, keys, stop, last, lex)
    return phrase_text(sentence, keys, start, end, lex)


def _that_is(sentence, keys, first, last, lex) -> str | None:
    """"X, yaitu <definition>" and "<definition>, yaitu X"."""
    cues = lex.phrases("definitions", "that_is_cues")
    gap = bare_gap(sentence, last, last + 1).strip() if last + 1 < len(keys) else "."
    if gap in (",", ""):
        size = cue_after(keys, last + 1, cues)
        # "an elementary particle that is a quantum of ...": without a comma
        # some cues open a relative clause about the term, no other name
        if size and not (gap == "" and tuple(keys[last + 1:last + 1 + size])
                         in lex.phrases("definitions", "that_is_comma_cues")):
            span = np_after(sentence, keys, last + 1 + size, lex)
            if span:
                return phrase_text(sentence, keys, span[0], span[1], lex)
    size = cue_before(keys, first, cues)
    if size and first - size > 0 and bare_gap(sentence, first - size - 1, first - size).strip() == "," \
            and ends_clause(sentence, last):
        span = np_before(sentence, keys, first - size, lex)
        if span and not sentence.tokens[span[0]].cap:
            return phrase_text(sentence, keys, span[0], span[1], lex)
    return None


def _apposition(sentence, keys, first, last, lex) -> str | None:
    """"X, <noun phrase>," (no verb in it) and "<a noun phrase>, X,"."""
    if last + 1 < len(keys) and bare_gap(sentence, last, last + 1) in APPOSITION_GAPS \
            and not _fronted(sentence, keys, first, lex) and not _list_item(sentence, keys, first, lex) \
            and not _closes_other_bracket(sentence, first, last):
        span = np_after(sentence, keys, last + 1, lex)
        if span and _noun_start(sentence, keys, span[0], lex) and span[1] > span[0] \
                and not has_verb(keys, span[0], span[1], lex, definition=True) \
                and not _list_follows(sentence, keys, span[1], lex) \
                and not _short_item_follows(sentence, keys, span[1], lex) and not _bare_list(keys, span, lex) \
                and not _joined_items(sentence, keys, first, span, lex):
            return phrase_text(sentence, keys, span[0], span[1], lex)
    if first > 0 and bare_gap(sentence, first - 1, first) in APPOSITION_GAPS and ends_clause(sentence, last):
        span = _from_determiner(keys, np_before(sentence, keys, first, lex), lex)
        if span and span[1] > span[0] and _kind_opening(keys, span[0], lex) \
                and not sentence.tokens[span[0]].cap and not _list_item(sentence, keys, span[0], lex) \
                and not _short_item_follows(sentence, keys, last, lex):
            return phrase_text(sentence, keys, span[0], span[1], lex)
    return None


def _closes_other_bracket(sentence, first, last) -> bool:
    """A bracket closes after X that X does not fill ("two universities
    (University of Lisbon and New University of Lisbon), a public university
    institute ..."): the phrase after it is about what stands before the
    bracket. A whole bracket ("... School (GC&CS), the British ...") is an alias of it."""
    if ")" not in sentence.gap(last, last + 1):
        return False
    if "(" in sentence.text[sentence.tokens[first].start:sentence.tokens[last].end]:
        return False          # the alias after X was skipped (`skip_bracket`): the bracket is X's own
    return first == 0 or "(" not in sentence.gap(first - 1, first)


def _colon(sentence, keys, first, last, lex) -> str | None:
    """"a suitable crib: a fragment of probable plaintext": a noun phrase
    after a colon that closes the clause X ends, opening as an apposition
    does (an article in English) and holding no verb; not a list."""
    if last + 1 >= len(keys) or bare_gap(sentence, last, last + 1) != ": ":
        return None
    span = np_after(sentence, keys, last + 1, lex)
    if not span or span[1] == span[0] or not _kind_opening(keys, span[0], lex) \
            or has_verb(keys, span[0], span[1], lex) or _bare_list(keys, span, lex) \
            or _list_follows(sentence, keys, span[1], lex):
        return None
    return phrase_text(sentence, keys, span[0], span[1], lex)


def _from_determiner(keys, span, lex):
    """"as well a new alloy" -> "a new alloy" (English phrases open with their article)."""
    if not span or not lex.definitions["apposition_needs_determiner"]:
        return span
    determiners = lex.words("definitions", "determiners")
    starts = [i for i in range(span[0], span[1]) if keys[i] in determiners]
    return (starts[-1], span[1]) if starts else span


def _kind_opening(keys, start, lex) -> bool:
    """"a new alloy, X" (English: an article is enough); "surat kabar
    partai, X" (Indonesian: a kind noun, after an optional determiner)."""
    determiner = cue_after(keys, start, lex.phrases("definitions", "determiners"))
    if lex.definitions["apposition_needs_determiner"]:
        return bool(determiner)
    return bool(cue_after(keys, start + determiner, lex.phrases("definitions", "class_nouns")))


def _fronted(sentence, keys, first, lex) -> bool:
    """"Melalui organisasi X, <main clause>": X ends a fronted phrase."""
    start = first
    while start > 0 and not clause_break(sentence, start - 1, start):
        start -= 1
    while start < first and lex.is_function(keys[start]) and keys[start] not in lex.words("definitions", "fronting_words"):
        start += 1            # "but in 525 BC, the powerful Persians ...": the conjunction opens no phrase
    return keys[start] in lex.words("definitions", "fronting_words")


def _bare_list(keys, span, lex) -> bool:
    """"proletariat, petani dan kelas menengah": a list, not an apposition."""
    if cue_after(keys, span[0], lex.phrases("definitions", "determiners")):
        return False
    joiners = lex.words("people", "list_joiners")
    return any(k in joiners for k in keys[span[0]:span[1] + 1])


def _joined_items(sentence, keys, first, span, lex) -> bool:
    """"..., the increasing use of steam power, the development of machine
    tools and the rise of the factory system": X's phrase opens after a
    comma with the determiner that opens the phrase after X, and a joiner
    and that determiner again open a third: items of a list, not what X is
    ("X, a market for copper and the other base metals" stays one)."""
    opener = keys[span[0]]
    if not cue_after(keys, span[0], lex.phrases("definitions", "determiners")):
        return False
    joiners = lex.words("people", "list_joiners")
    if not any(keys[k] in joiners and keys[k + 1] == opener for k in range(span[0] + 1, span[1])):
        return False
    for start in range(first, max(0, first - LIST_ITEM_REACH) - 1, -1):
        if start > 0 and bare_gap(sentence, start - 1, start) == ", ":
            return keys[start] == opener
    return False


def _noun_start(sentence, keys, index, lex) -> bool:
    token = sentence.tokens[index]
    if cue_after(keys, index, lex.phrases("definitions", "determiners")):
        return True
    return not token.cap and not lex.is_function(keys[index]) and not lex.looks_like_verb(keys[index]) \
        and keys[index] not in lex.words("definitions", "boundary_words") \
        and not lex.definitions["apposition_needs_determiner"]


def _list_follows(sentence, keys, end, lex) -> bool:
    """"A, B, dan C", "A, the B area, Little Italy", "the zinc factories,
    the wool industry, the glass industry" or "the seed drill, the Dutch
    plough, which contained iron parts, and the threshing machine": B is a
    list item, not a description of A."""
    if end + 1 >= len(keys):
        return False
    joiners = lex.words("people", "list_joiners")
    if bare_gap(sentence, end, end + 1) == ", " and (
            sentence.tokens[end + 1].cap or cue_after(keys, end + 1, lex.phrases("definitions", "determiners"))):
        return True
    if keys[end + 1] in joiners and bare_gap(sentence, end, end + 1) in (", ", " "):
        return True
    return any(keys[k] in joiners and bare_gap(sentence, k - 1, k) == ", " and k + 1 < len(keys)
               and not has_verb(keys, k + 1, len(keys) - 1, lex) and keys[k + 1] not in lex.words("definitions", "relative_words")
               for k in range(end + 2, len(keys)))


def _short_item_follows(sentence, keys, last, lex) -> bool:
    """"kapal perusak, korvet, penyapu ranjau, kapal patroli": a short phrase
    and another comma (or "dan") after X, or "and" right after its comma:
    X is one item of a list ("kemasan prangko, album koleksi prangko,
    empat jenis kartu pos, ...")."""
    if last + 1 >= len(keys) or bare_gap(sentence, last, last + 1) != ", ":
        return False
    joiners = lex.words("people", "list_joiners")
    if keys[last + 1] in joiners:
        # "surface area, angular momentum, and charge": X is the last item
        # but one; "partai, Pravda, dan menghimpun dana": a clause follows
        return last + 2 < len(keys) and not has_verb(keys, last + 2, last + 2, lex)
    if keys[last + 1] in lex.words("definitions", "boundary_words"):
        return False          # "..., in 1978, and its price ...": a phrase of the clause, no item
    end = last + 1
    while end + 1 < len(keys) and bare_gap(sentence, end, end + 1) == " " and end - last < ITEM_WORDS + 1:
        end += 1
    after = bare_gap(sentence, end, end + 1) if end + 1 < len(keys) else ""
    return end - last <= ITEM_WORDS and not has_verb(keys, last + 1, end, lex) and (
        after == ", " or (end + 1 < len(keys) and keys[end + 1] in joiners))


def _list_item(sentence, keys, first, lex) -> bool:
    """"kapal perusak, korvet, penyapu ranjau", "a modern telescope, a radio
    telescope": X's own phrase opens after a comma, so X is a list item."""
    start = first
    for _ in range(3):
        gap = bare_gap(sentence, start - 1, start) if start > 0 else ""
        if gap != " " or lex.is_function(keys[start - 1]) and not cue_after(
                keys, start - 1, lex.phrases("definitions", "determiners")):
            return gap == ", "
        start -= 1
    return False


def _class_noun(sentence, keys, first, last, lex) -> str | None:
    """"badan keamanan Cheka": a kind noun and a modifier right before X.

    Not when a name follows X ("surat kabar mingguan Bolshevik, Zvezda":
    the newspaper is Zvezda, "Bolshevik" only describes it).
    """
    if first == 0 or bare_gap(sentence, first - 1, first) != " " or not sentence.tokens[first].cap:
        return None           # only a name stands in apposition; "partai tunggal oligarkis" is an adjective
    if last + 1 < len(keys) and bare_gap(sentence, last, last + 1) == ", " and sentence.tokens[last + 1].cap:
        return None
    span = np_before(sentence, keys, first, lex, max_tokens=3)
    if not span or span[1] == span[0]:
        return None
    relative = lex.words("definitions", "relative_words")
    if any(k in relative for k in keys[span[0]:span[1] + 1]):
        return None
    classes = lex.phrases("definitions", "class_nouns")
    skip = cue_after(keys, span[0], lex.phrases("definitions", "determiners"))
    if lex.definitions["class_head_first"]:
        # The last kind noun with a modifier after it: "pembentukan | badan keamanan".
        starts = [i for i in range(span[0] + skip, span[1]) if cue_after(keys, i, classes)]
        if not starts:
            return None
        span = (starts[-1], span[1])
        size = cue_after(keys, span[0], classes)
        short = span[0] + size > span[1]
    else:                     # English: "the security organisation Cheka"
        size = cue_before(keys, span[1] + 1, classes)
        short = span[1] + 1 - size <= span[0] + skip
    if not size or short or any(
            sentence.tokens[i].cap for i in range(span[0], span[1] + 1)):
        return None
    return phrase_text(sentence, keys, span[0], span[1], lex)


PATTERNS = (("gloss", gloss), ("reverse", reverse_gloss), ("named", _named), ("that-is", _that_is),
            ("list", names_listed), ("apposition", _apposition), ("colon", _colon), ("which-is", which_is),
            ("copula", copula), ("member", member_of), ("used-as", used_as), ("which-does", which_does),
            ("origin", origin), ("class", _class_noun))
