"""Terms the article defines itself: "X (Y)", "... yang disebut X", "X, yaitu Y".

Stage: extract (helper for define questions and the quiz). Inputs: a
`Context`. Outputs: `GlossaryEntry`s of kind "definition" (term, the
phrase that explains it, the paragraph). They stand in for the glossary
extractor's output when the caller passes none, so questions and quiz
still have terms to work with; persons and places are left out.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from pack.extract.questions.clauses import fit, names_its_referents, noun_phrase
from pack.extract.questions.context import Context
from pack.extract.questions.names import name_runs
from pack.extract.questions.sentences import WORD
from pack.extract.questions.sentences import Sentence, strip_end, tidy
from pack.model import GlossaryEntry

ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2,}[a-z]?$")
PAREN = re.compile(r"\(([^()]{2,80})\)")
QUOTED = re.compile(r"^[\"“]([^\"”]{2,60})[\"”]")


def text_definitions(ctx: Context) -> list[GlossaryEntry]:
    """Every term the article defines, first definition first."""
    return list(ctx.once("text_definitions", _text_definitions))


def _text_definitions(ctx: Context) -> list[GlossaryEntry]:
    found: dict[str, GlossaryEntry] = {}
    for sentence in ctx.sentences:
        for term, gloss in [*_called(ctx, sentence), *_parenthesis(ctx, sentence),
                            *_namely(ctx, sentence), *_apposition(ctx, sentence)]:
            term, gloss = term.strip(" ,.;:"), strip_end(tidy(gloss, ctx.ql))
            if term in found or not _good_term(term, ctx):
                continue
            kind = "definition" if _good_gloss(gloss, ctx) else "context"
            found[term] = GlossaryEntry(term=term, definition=gloss if kind == "definition" else strip_end(
                tidy(sentence.text, ctx.ql)), kind=kind, refs=[sentence.ref], score=1.0)
    return list(found.values())


def _good_term(term: str, ctx: Context) -> bool:
    words = WORD.findall(term)
    if not (1 <= len(words) <= 5) or any(w.isdigit() for w in words):
        return False
    if ctx.names.is_person(term) or ctx.names.is_place(term) or ctx.names.is_nation(term) or ctx.is_subject(term):
        return False
    if len(words) == 1 and not (ctx.cases.is_name_word(words[0]) or words[0].isupper() or _rare(words[0], ctx)):
        return False     # a common word ("Rencana", "tokoh") is no term
    return fit(term, ctx.ql, min_words=1, max_words=5)


def _good_gloss(gloss: str, ctx: Context) -> bool:
    """A phrase that explains a term: a noun phrase of two content words or more."""
    head = _head(gloss, ctx)
    content = [w for w in WORD.findall(head) if not ctx.ql.is_question_function(w) and w.casefold() not in ctx.ql.determiners]
    pointing = any(w.casefold().endswith(s) and len(w) > len(s) + 2
                   for w in WORD.findall(gloss) for s in ctx.ql.anaphoric_suffixes)
    return (len(content) >= 2 and noun_phrase(head, ctx.ql, 14) and names_its_referents(gloss, ctx.ql)
            and not pointing)


def _rare(word: str, ctx: Context) -> bool:
    """A lower-case word rare enough in general use to be a term ("phaeton")."""
    return zipf_frequency(word.casefold(), ctx.ql.code) < 3.0


def _head(gloss: str, ctx: Context) -> str:
    """The gloss up to a relative clause: "sebuah partai Marxis" of "... yang didirikan ..."."""
    relatives = ctx.ql.words_in("words", "relatives")
    words = gloss.split()
    for i, word in enumerate(words):
        if word.casefold() in relatives and i >= 2:
            return " ".join(words[:i])
    return gloss


def _called(ctx: Context, sentence: Sentence):
    """"kepolisian rahasia kekaisaran yang disebut Okhrana" -> (Okhrana, kepolisian ...)."""
    text = sentence.text
    for match in ctx.ql.pattern("definitions", "called").finditer(text):
        term = _term_after(text[match.end():].lstrip(), ctx)
        if term:
            yield term, _phrase_before(text[: match.start()], ctx)


def _term_after(text: str, ctx: Context) -> str:
    quoted = QUOTED.match(text)
    if quoted:
        return quoted.group(1)
    words = []
    for word in text.split()[:5]:
        if words and word[:1] in "(\"“":
            break
        bare = word.strip(",.;:()\"”")
        if not bare or ctx.ql.is_question_function(bare) or ctx.ql.is_verb(bare) or bare.casefold() in ctx.ql.determiners:
            if words or bare.casefold() not in ctx.ql.determiners:
                break
            continue
        words.append(bare)
        if word != bare:
            break
    return " ".join(words)


def _phrase_before(text: str, ctx: Context, limit: int = 6) -> str:
    """The noun phrase that ends `text`, back to a verb, a comma or a function word."""
    words = text.rstrip(" ,").split()
    relatives = ctx.ql.words_in("words", "relatives")
    while words and (words[-1].casefold() in relatives or ctx.ql.is_question_function(words[-1])
                     or words[-1].casefold() in ctx.ql.verbs):
        words.pop()       # "... kadang-kadang disebut", "the metal be named"
    phrase: list[str] = []
    for word in reversed(words):
        bare = word.strip("\"“”")
        if word.endswith((",", ";", ":")) or ctx.ql.is_verb(bare) or len(phrase) >= limit:
            break
        if ctx.ql.is_question_function(bare) and bare.casefold() not in ctx.ql.words_in("words", "np_prepositions"):
            break
        phrase.insert(0, word)
    while phrase and (ctx.ql.is_question_function(phrase[0]) and phrase[0].casefold() not in ctx.ql.determiners):
        phrase.pop(0)
    return " ".join(phrase)


def _parenthesis(ctx: Context, sentence: Sentence):
    """"Partai Buruh Demokrat Sosial Rusia (PBDSR)" and "phaeton (sejenis kereta kuda)"."""
    text = sentence.text
    for match in PAREN.finditer(text):
        inside = match.group(1).strip()
        before = text[: match.start()].rstrip()
        if any(c.isdigit() for c in inside) or inside[:1] in "\"“'‘":
            continue
        if ACRONYM.match(inside):
            runs = name_runs(before, ctx.ql, ctx.cases)
            if runs and runs[-1][1] + len(runs[-1][0]) >= len(before) - 1:
                yield inside, runs[-1][0]
            continue
        if inside[:1].isupper() or not _good_gloss(inside, ctx):
            continue
        runs = name_runs(before, ctx.ql, ctx.cases)
        last = before.split()[-1] if before.split() else ""
        if runs and runs[-1][1] + len(runs[-1][0]) >= len(before) - 1:
            yield runs[-1][0], inside
        elif last[:1].islower() and _rare(last, ctx):
            yield last, inside


def _namely(ctx: Context, sentence: Sentence):
    """"Komite Eksekutif Soviet Petrograd, yaitu dewan buruh kota yang berpengaruh"."""
    text = sentence.text
    for match in ctx.ql.pattern("definitions", "namely", prefix=r",\s+").finditer(text):
        runs = name_runs(text[: match.start()], ctx.ql, ctx.cases)
        after = re.split(r"[,;:.]\s|\s[—–]\s|—", text[match.end():].strip())[0]
        if runs and runs[-1][1] + len(runs[-1][0]) == match.start() and after[:1].islower():
            if not _person_apposition(after, ctx):
                yield runs[-1][0], after


def _apposition(ctx: Context, sentence: Sentence):
    """"Politbiro, badan eksekutif partai komunis." (a name, then a phrase with no verb)."""
    text = sentence.text
    openers = ctx.ql.pattern("definitions", "indefinite", prefix=r",\s+")
    for match in openers.finditer(text):
        runs = name_runs(text[: match.start()], ctx.ql, ctx.cases)
        if not runs or runs[-1][1] + len(runs[-1][0]) != match.start():
            continue
        gloss = re.split(r"[,;:.]\s|[.;]$|\s[—–]\s|—", text[match.start() + 1:].strip())[0]
        if not _person_apposition(gloss, ctx) and noun_phrase(_head(gloss, ctx), ctx.ql, 10):
            yield runs[-1][0], gloss


def _person_apposition(gloss: str, ctx: Context) -> bool:
    return bool(ctx.ql.pattern("definitions", "person_apposition", prefix=r"^").match(gloss.strip()))
