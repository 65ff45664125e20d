"""Text analysis, definition patterns: definitions that say what a term is or does.

Inputs: one occurrence of a term in a `Sentence` (tokens first..last),
its normalised keys and the `Language` (cue words in `glossary.toml`).
Outputs: the text of a definition, or None. Patterns:

- copula      "Stalinisme merupakan ...", "alum was a double salt", also after
              a bracket of X's own ("X (also called Y) is a Z"); it ends
              before a clause of its own ("a flexible source of electricity
              | since stations can ...")
- which-is    "the Path network, which is the world's largest ...",
              "Pengadilan Moskow pertama (yang merupakan sebuah pengadilan ...)"
- which-does  "sodium, which combusts in water and sometimes air": a
              present-tense description (languages that mark tense only)
- used-as     "sought to use cryolite as the source ore",
              "menggunakan X sebagai alat propaganda"
"""

from __future__ import annotations

import re

from pack.text.phrases import bare_gap, clause_break, cue_after, cue_before, np_after, phrase_text
from pack.text.nounphrases import cannot_head
from pack.text.tokens import bracket_depth

RELATIVE_OPENINGS = (", ", " (")    # a non-restrictive relative clause follows
CLAUSE_MARK = re.compile(r"[;:]")


def copula(sentence, keys, first, last, lex) -> str | None:
    """"X adalah <definition>" with X opening its clause (after an article at
    most: "The greenhouse effect is the process by which ..."), and no hedge before."""
    article = _article_before(keys, first, lex)
    phrase = first - article
    if phrase > 0 and not clause_break(sentence, phrase - 1, phrase) \
            and (article or keys[phrase - 1] not in lex.words("definitions", "copula_openers")):
        return None           # ("the view that the Earth is the center ...": a claim, not a definition)
    if phrase > 1 and keys[phrase - 1] in lex.words("people", "list_joiners") \
            and bare_gap(sentence, phrase - 2, phrase - 1).strip() != ",":
        return None           # "dynamics, the science of motion and mechanics were ...": a list's last item
    opening = first
    while opening > 0 and not CLAUSE_MARK.search(sentence.gap(opening - 1, opening)):
        opening -= 1
    if any(k in lex.words("definitions", "hedges") for k in keys[opening:first]):
        return None           # "scientists believed that alum was ...": a claim
    start = _after_own_bracket(sentence, last)
    cues = lex.phrases("shared", "copulas")
    if start < len(keys) and bare_gap(sentence, last, start) == ", " and not cue_after(keys, start, cues):
        span = np_after(sentence, keys, start, lex)
        if not span or span[1] + 1 >= len(keys):
            return None
        start = span[1] + 1       # "this earth, alumina, was ..."
    size = cue_after(keys, start, cues)
    if not size:
        return None
    if _after_fronted(sentence, keys, phrase, lex):
        return None           # "After the Crusades, alum was a commodity ...": a moment, not a definition
    return _predicate(sentence, keys, start + size, lex)


def _after_own_bracket(sentence, last: int) -> int:
    """The token after X, or after the bracket that opens right after X
    ("Climate engineering (sometimes called geoengineering) is the
    deliberate modification of the climate"): the aside gives X another
    name or its origin, and the clause after it still defines X."""
    if last + 1 >= len(sentence.tokens) or "(" not in sentence.gap(last, last + 1):
        return last + 1
    depth = 0
    for j in range(last + 1, len(sentence.tokens)):
        depth = bracket_depth(sentence.gap(j - 1, j), depth)
        if not depth:
            return j
    return last + 1


def _article_before(keys, first, lex) -> int:
    """1 when an article, not a possessive, opens the term's phrase ("The",
    "A"; "His reign" leans on a person named before): it is still the
    clause's subject."""
    size = cue_before(keys, first, lex.phrases("definitions", "determiners"))
    if size != 1 or keys[first - 1] in lex.words("definitions", "pronoun_marks"):
        return 0
    return 1


def which_is(sentence, keys, first, last, lex) -> str | None:
    """"X, which is a Y" / "X (yang merupakan sebuah Y)"."""
    start = _relative_start(sentence, keys, first, last, lex)
    if start is None:
        return None
    size = cue_after(keys, start, lex.phrases("shared", "copulas"))
    return _predicate(sentence, keys, start + size, lex) if size else None


def which_does(sentence, keys, first, last, lex) -> str | None:
    """"sodium, which combusts in water": a description in the present tense.

    Only where the language data lists the tenses to tell ("which made",
    "which decomposed" tell a story, not what the thing is).
    """
    if not lex.definitions.get("present_descriptions"):
        return None
    start = _relative_start(sentence, keys, first, last, lex)
    if start is None:
        return None
    while start < len(keys) and keys[start] in lex.words("definitions", "skip_adverbs"):
        start += 1
    if start >= len(keys) or not _present_verb(sentence, keys, start, lex):
        return None
    span = np_after(sentence, keys, start, lex)
    if not span or span[1] - span[0] < 2:
        return None
    return phrase_text(sentence, keys, span[0], span[1], lex)


def used_as(sentence, keys, first, last, lex) -> str | None:
    """"use X as a Y" / "with X as the Y" -> "Y"."""
    determiner = cue_before(keys, first, lex.phrases("definitions", "determiners"))
    if not cue_before(keys, first - determiner, lex.phrases("definitions", "use_cues")):
        return None
    size = cue_after(keys, last + 1, lex.phrases("definitions", "as_words"))
    if not size or sentence.gap(last, last + 1) != " ":
        return None
    span = np_after(sentence, keys, last + 1 + size, lex, max_tokens=8)
    if not span or sentence.tokens[span[0]].cap:
        return None
    end = next((i - 1 for i in range(span[0] + 1, span[1] + 1)
                if keys[i] in lex.words("definitions", "boundary_words")), span[1])
    if lex.definitions["apposition_needs_determiner"] and \
            not cue_after(keys, span[0], lex.phrases("definitions", "determiners")):
        return None
    return phrase_text(sentence, keys, span[0], end, lex) if end > span[0] else None


def _relative_start(sentence, keys, first, last, lex) -> int | None:
    """The token after "X, which" when X heads its phrase; else None.

    "production of sodium, which decreased the cost": the clause is about
    the production, so a term after "of" gets nothing.
    """
    if last + 2 >= len(keys) or sentence.gap(last, last + 1) not in RELATIVE_OPENINGS:
        return None
    if keys[last + 1] not in lex.words("definitions", "description_relatives"):
        return None
    if first > 0 and keys[first - 1] in lex.words("definitions", "complement_markers"):
        return None
    return last + 2


def _present_verb(sentence, keys, index, lex) -> bool:
    """A lowercase verb that is not past, not a participle, not a function word."""
    key = keys[index]
    if sentence.tokens[index].cap or lex.is_function(key) or lex.is_derived(key):
        return False          # "which quickly ...", "which decomposed ..."
    return key not in lex.finite_verbs and key.isalpha()


def _predicate(sentence, keys, start, lex) -> str | None:
    """The noun phrase after a copula, when it can define ("a double salt";
    an adverb before it is skipped: "is now an informal term for ...")."""
    while start < len(keys) and keys[start] in lex.words("definitions", "skip_adverbs"):
        start += 1
    span = _before_clause(keys, _through_modifiers(sentence, keys, np_after(sentence, keys, start, lex), lex), lex)
    if not span or sentence.tokens[span[0]].cap or lex.looks_like_verb(keys[span[0]]):
        return None
    if lex.definitions["apposition_needs_determiner"] and \
            not cue_after(keys, span[0], lex.phrases("definitions", "determiners")):
        return None
    return phrase_text(sentence, keys, span[0], span[1], lex)


def _before_clause(keys, span, lex):
    """The phrase up to a conjunction that opens a clause of its own
    (`clause_conjunctions` with a finite or modal verb after it: "a means of
    decarburizing pig iron by slow oxidation | as the iron was manually
    stirred ...", "a flexible source of electricity | since stations can
    ..."): the clause says why or when, not what the term is. Not inside a
    relative clause, whose own clause it is ("a depression that forms when
    a volcano collapses")."""
    if not span:
        return span
    conjunctions = lex.words("definitions", "clause_conjunctions")
    relative = lex.words("definitions", "relative_words")
    verbs = lex.finite_verbs | lex.words("definitions", "modal_verbs")
    for i in range(span[0] + 1, span[1]):
        if keys[i] in relative:
            return span
        if keys[i] in conjunctions and any(k in verbs for k in keys[i + 1:span[1] + 1]):
            end = i - 1
            while end > span[0] and lex.is_function(keys[end]):
                end -= 1
            return (span[0], end) if end > span[0] else None
    return span


def _through_modifiers(sentence, keys, span, lex):
    """The phrase read on through a list of modifiers that its comma cut
    ("a representation of the physical, chemical and biological processes
    that ..."): a phrase never ends with a word that cannot head it, so the
    comma after one joins modifiers of a head still to come."""
    if not span or lex.definitions["class_head_first"] or not cannot_head(keys[span[1]], lex):
        return span           # (where the head comes first, modifiers follow it: none is still to come)
    joiners = lex.words("people", "list_joiners")
    i = span[1] + 1
    while i + 1 < len(keys) and sentence.gap(i - 1, i).strip() == "," and cannot_head(keys[i], lex):
        if sentence.gap(i, i + 1).strip() == "," and keys[i + 1] not in joiners:
            i += 1           # "..., chemical, biological ..."
            continue
        # the list's last modifier ("..., chemical and biological", "..., chemical, and
        # biological", "..., biological"), then its head
        last = i + 2 if keys[i + 1] in joiners else i
        if last + 1 >= len(keys) or not cannot_head(keys[last], lex) \
                or clause_break(sentence, last, last + 1) or lex.is_function(keys[last + 1]):
            return span
        rest = np_after(sentence, keys, last + 1, lex)
        return (span[0], rest[1]) if rest else span
    return span


def _after_fronted(sentence, keys, first, lex) -> bool:
    """The term opens a main clause that follows a fronted phrase."""
    if first == 0 or not clause_break(sentence, first - 1, first):
        return False
    start = first - 1
    while start > 0 and not clause_break(sentence, start - 1, start):
        start -= 1
    return keys[start] in lex.words("definitions", "fronting_words")

