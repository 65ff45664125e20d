"""Quiz: multiple-choice and fill-in items from the glossary, the timeline and the people.

Stage: extract. Inputs: an `Article`, its glossary entries, timeline events
and (optionally) people. When the glossary or the timeline is empty, the
terms the article defines itself and its dated sentences stand in for them.
Outputs: `QuizItem`s, "choice" (a prompt, four distinct options, the answer
among them) and "fill" (a prompt with a blank, the answer), each pointing
at the paragraph that holds the answer. Distractors come from other entries
of the same kind (definitions for definitions, dates for dates, names for
names). Deterministic: options are ordered by a hash of their text, never
by a random generator.
"""

from __future__ import annotations

import hashlib
import re
from typing import Callable, Iterable, Iterator

from pack.extract.questions.ask_recall import dated_events
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import text_definitions
from pack.extract.questions.names import mentioned
from pack.extract.questions.sentences import WORD, strip_end
from pack.model import Article, GlossaryEntry, Person, QuizItem, Reference, TimelineEvent

OPTIONS = 4
MAX_DEFINITION_WORDS = 20
MAX_EVENT_WORDS = 16
YEAR = re.compile(r"\d{4}")


def build_quiz(article: Article, glossary: Iterable[GlossaryEntry], timeline: Iterable[TimelineEvent],
               people: Iterable[Person] = (), count: int = 10, context: QuestionContext | None = None) -> list[QuizItem]:
    """`context`: the article's `QuestionContext` with these people, if the caller has it."""
    ctx = context or QuestionContext(article, tuple(people))
    terms = [e for e in glossary if e.kind == "definition" and _short(e.definition) and e.refs]
    terms = terms or [e for e in text_definitions(ctx) if e.kind == "definition" and _short(e.definition)]
    events = [e for e in timeline if e.date_text and e.text and e.ref] or dated_events(ctx)
    events = [e for e in events if len(WORD.findall(e.text)) <= MAX_EVENT_WORDS]
    persons = [p for p in people if p.role and p.refs and p.role_kind == "role"]   # not a context sentence
    makers: list[Iterator[QuizItem]] = [
        _definition_choices(ctx, terms), _event_choices(ctx, events),
        _term_blanks(ctx, terms[1::2]), _year_blanks(ctx, events[1::2]), _person_choices(ctx, persons)]
    items: list[QuizItem] = []
    while makers and len(items) < count:
        for maker in list(makers):
            item = next(maker, None)
            if item is None:
                makers.remove(maker)
            elif len(items) < count:
                item.id = f"quiz-{len(items) + 1}"
                items.append(item)
    return items


def _short(text: str) -> bool:
    return 0 < len(WORD.findall(text)) <= MAX_DEFINITION_WORDS


def _shuffled(prompt: str, options: list[str]) -> list[str]:
    """The options in an order fixed by their text (no random generator)."""
    return sorted(options, key=lambda o: hashlib.sha1(f"{prompt}\n{o}".encode()).hexdigest())


def _distractors(pool: list[str], answer: str, prompt: str, key: Callable[[str], object] | None = None) -> list[str]:
    """Three options unlike the answer and unlike each other, nearest by `key` first."""
    seen, found = {answer.casefold()}, []
    ordered = sorted(pool, key=lambda o: (key(o) if key else 0, hashlib.sha1(f"{prompt}\n{o}".encode()).hexdigest()))
    for option in ordered:
        if option.casefold() not in seen:
            seen.add(option.casefold())
            found.append(option)
    return found[: OPTIONS - 1]


def _choice(prompt: str, answer: str, pool: list[str], ref: Reference | None, source: str,
            key: Callable[[str], object] | None = None) -> QuizItem | None:
    others = _distractors(pool, answer, prompt, key)
    if len(others) < OPTIONS - 1:
        return None
    return QuizItem("choice", prompt, _shuffled(prompt, [answer, *others]), answer, ref, source=source)


# ------------------------------------------------------------ makers


def _definition_choices(ctx: QuestionContext, terms: list[GlossaryEntry]) -> Iterator[QuizItem]:
    pool = [_gloss(e, ctx) for e in terms]
    for entry in terms[::2]:
        prompt = ctx.ql.questions["quiz"]["define"].format(term=ctx.ql.as_phrase(entry.term))
        item = _choice(prompt, _gloss(entry, ctx), pool, _where_defined(entry, ctx), "glossary")
        if item:
            yield item


def _gloss(entry: GlossaryEntry, ctx: QuestionContext) -> str:
    """A definition as an option: no closing dot, first word in the article's case."""
    return ctx.cases.lowered(strip_end(entry.definition))


def _term_blanks(ctx: QuestionContext, terms: list[GlossaryEntry]) -> Iterator[QuizItem]:
    for entry in terms:
        definition = _gloss(entry, ctx)
        if entry.term.casefold() in definition.casefold():
            continue      # the definition would give the answer away
        prompt = ctx.ql.questions["quiz"]["term_for"].format(definition=definition)
        yield QuizItem("fill", prompt, [], entry.term, _where_defined(entry, ctx), source="glossary")


def _where_defined(entry: GlossaryEntry, ctx: QuestionContext) -> Reference:
    """The paragraph of the sentence that names the term and holds its
    definition (the glossary may take it from a later use); else where named."""
    wanted = strip_end(entry.definition).casefold()
    if entry.kind == "definition":
        for sentence in ctx.sentences:
            if wanted in sentence.text.casefold() and mentioned(entry.term, sentence.text):
                return sentence.ref
    return _where_named(entry, ctx)


def _where_named(entry: GlossaryEntry, ctx: QuestionContext) -> Reference:
    """The first paragraph that writes the term as the quiz does ("PBDSR", not
    only "Partai Buruh ..."): the teacher finds the answer where the item points."""
    for ref in entry.refs:
        if mentioned(entry.term, ctx.paragraphs[ref.paragraph_id].text):
            return ref
    return entry.refs[0]


def _event_choices(ctx: QuestionContext, events: list[TimelineEvent]) -> Iterator[QuizItem]:
    pool = [e.date_text for e in events]
    years = {e.date_text: _year(e.date_text) for e in events}
    for event in events[::2]:
        prompt = ctx.ql.questions["quiz"]["when"].format(event=_lower_first(strip_end(event.text), ctx))
        near = _year(event.date_text)
        item = _choice(prompt, event.date_text, pool, event.ref, "timeline",
                       key=lambda o: abs(years.get(o, near) - near) or 9999)
        if item:
            yield item


def _year_blanks(ctx: QuestionContext, events: list[TimelineEvent]) -> Iterator[QuizItem]:
    for event in events:
        year = YEAR.search(event.date_text)
        if not year or year.group(0) in event.text:
            continue
        prompt = ctx.ql.questions["quiz"]["year_blank"].format(event=strip_end(event.text))
        yield QuizItem("fill", prompt, [], year.group(0), event.ref, source="timeline")


def _person_choices(ctx: QuestionContext, persons: list[Person]) -> Iterator[QuizItem]:
    for person in persons:
        # A distractor with the same role would be a second right answer
        # ("Siapakah sejarawan?" with two historians among the options).
        role = person.role.casefold()
        pool = [p.name for p in persons if p is person or p.role.casefold() != role]
        if sum(p.role.casefold() == role for p in persons) > 1:
            continue                  # the role does not single out one person
        prompt = ctx.ql.questions["quiz"]["who"].format(role=_lower_first(strip_end(person.role), ctx))
        item = _choice(prompt, person.name, pool, person.refs[0], "people")
        if item:
            yield item


def _year(date_text: str) -> int:
    found = YEAR.search(date_text)
    return int(found.group(0)) if found else 0


def _lower_first(text: str, ctx: QuestionContext) -> str:
    """Text from another extractor mid-sentence: lowered only where the article writes it so."""
    return ctx.cases.lowered(text, guess=False)
