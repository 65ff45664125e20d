"""Recall and sequence questions from dated sentences.

Stage: extract (question generator). Inputs: a `QuestionContext`. Outputs:
`Candidate`s "Kapan <klausa>?" / "When <clause>?" (remember), built only
from sentences with exactly one date (two dates in one sentence broke
questions in trials) and no second clause pasted on after a comma,
and one "put the events of this section in order" task per section with
three dated events or more (apply). `dated_events()` gives the same dated
clauses as `TimelineEvent`s for the quiz when no timeline is passed in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from pack.extract.questions.candidate import Candidate, point, referents_ok
from pack.extract.questions.clauses import first_clause, fit, opens_with_subject
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.kinds_of_text import chapter_kind, surveys
from pack.extract.questions.sentences import WORD
from pack.extract.questions.sentences import QuestionSentence, count_dates, strip_fronted_date
from pack.model import TimelineEvent

YEAR = re.compile(r"\d{4}")
# A share or a decimal figure ("22.4%", "5.1 million"): a sentence that measures.
MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s?%|\d+\.\d+")
# A number before a word ("650 orang", "142.000 orang", "3,000 members"), not an ordinal
# ("Kongres Ke-20") nor a year: a count.
COUNT = re.compile(r"(?<![\w.,-])(?!1\d{3}\b|20\d{2}\b)\d[\d.,]*\s+[^\W\d_]")


def dated_clause(ctx: QuestionContext, sentence: QuestionSentence) -> tuple[str, str] | None:
    """(date phrase, clause) for a sentence with one dated fact, else None."""
    text = sentence.text
    count, relative = _dates_in(ctx, text)
    if count != 1 or relative:
        return None
    rest, date = strip_fronted_date(text, ctx.ql)
    if not date or not YEAR.search(date):
        return None
    return date, first_clause(rest, ctx.ql)


def _dates_in(ctx: QuestionContext, text: str) -> tuple[int, bool]:
    """How many dates a sentence has, and whether one is relative ("two years later").

    Memoised per QuestionContext: both recall generators ask it of every sentence.
    """
    known = ctx.once("dates_in", lambda _: {})
    if text not in known:
        known[text] = (count_dates(text, ctx.ql), ctx.ql.relative_date.search(text) is not None)
    return known[text]


def _resolved(ctx: QuestionContext, sentence: QuestionSentence, clause: str, here: bool = False) -> str:
    """The clause with its leading pronoun resolved (`QuestionContext.resolve`; `here`: by
    the sentence itself only, as a question's text is), "" where it cannot stand alone."""
    if not opens_with_subject(clause, ctx.ql):
        return ""
    resolved = ctx.resolve(clause, sentence, inner=False, here=here)
    if not resolved or not fit(resolved, ctx.ql, min_words=4, max_words=22) or not referents_ok(resolved, ctx, sentence if here else None):
        return ""
    return resolved


def recall_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    for sentence in ctx.sentences:
        found = dated_clause(ctx, sentence)
        if found and ctx.ql.template("recall_when"):
            date, clause = found
            # "Kapan Budi Utomo mencapai anggota yang berjumlah 650 orang?": a figure on a
            # date is a statistic to memorise, not an event of the story.
            if COUNT.search(clause) or _spliced(ctx, clause):
                continue
            resolved = _resolved(ctx, sentence, clause, here=True)
            # The clause as the text writes it, or no question: '... menjadi mata-mata"' cut from
            # a quotation that ends with its full stop inside is not what the teacher finds.
            if resolved and clause in sentence.text:
                text = ctx.ql.template("recall_when").format(clause=resolved)
                yield Candidate(text, "remember", "recall", sentence, focus=clause,
                                points=[point(date, ctx), point(resolved, ctx)], bonus=-0.1)


def sequence_questions(ctx: QuestionContext, timeline: tuple[TimelineEvent, ...] = ()) -> Iterator[Candidate]:
    """One "put these events in order" task per section with three dated events or more.

    The events are the timeline's when one is given, else the article's
    dated sentences.
    """
    by_section: dict[str, list[tuple[QuestionSentence, str, str]]] = defaultdict(list)
    for sentence, date, text in _timeline_events(ctx, timeline) or _dated_sentences(ctx):
        by_section[ctx.section_of[sentence.ref.paragraph_id].id].append((sentence, date, text))
    for events in by_section.values():
        if not _narrated(ctx, events):
            continue
        years = {YEAR.search(date).group(0) for _, date, _ in events}
        template = ctx.form("timeline_task", chapter_kind(ctx, events[0][0].ref.chapter_id))
        if len(years) < 3 or not template:
            continue
        counts = defaultdict(int)
        for sentence, _, _ in events:
            counts[sentence.ref.paragraph_id] += 1
        best = max(counts, key=lambda pid: (counts[pid], -_position(events, pid)))
        in_best = [e for e in events if e[0].ref.paragraph_id == best]
        # A timeline's date is normalised ("18 Desember 1878") and may not be
        # written so in the sentence; then the year is what the text shows.
        first = next((e for e in in_best if e[1] in e[0].text), in_best[0])
        text = template.format(place=ctx.place_of(best))
        ordered = sorted(events, key=lambda e: (YEAR.search(e[1]).group(0), e[0].ref.paragraph_id, e[0].index))
        points = [point(f"{_date_only(ctx, date)}: {_resolved(ctx, s, clause) or clause}", ctx)
                  for s, date, clause in ordered[:4]]
        yield Candidate(text, "apply", "sequence", first[0], focus=_verbatim_date(first), points=points,
                        bonus=0.1 * min(len(years), 6))


def _spliced(ctx: QuestionContext, clause: str) -> bool:
    """A clause with a second one pasted on after a comma ("Kapan tentara sekutu tiba di Jakarta,
    ia didampingi ...", "..., disebut sebagai Tahun tanpa musim panas"): read blind, the question
    is ungrammatical. A relative clause (`[words] relatives`: ", yang menyebabkan ...") or a list
    of names (", Jawa, Banda") after the comma reads well."""
    relatives = ctx.ql.words_in("words", "relatives")
    # The last name of a list may follow "and" (", Ki Hadjar Dewantara, dan KH Mas Mansjoer").
    conjunction = ctx.ql.template("list_and").casefold()
    for after, then in re.findall(r",\s*(\S+)\s*(\S*)", clause):
        word = (then if after.casefold() == conjunction else after).strip("\"'“”‘’(")
        if word and not word[0].isupper() and word.casefold() not in relatives:
            return True
    return False


def _narrated(ctx: QuestionContext, events: list[tuple[QuestionSentence, str, str]]) -> bool:
    """The section tells events one after another, so that each may lead to the next.

    Not so under a heading that lists or surveys (`[kinds] list_headings`:
    "Published written works", "Etymology", "Historical reputation"), nor where
    most years stand in brackets after an item ("On Motion (c. 1590; in Latin:
    ...)") or beside a measure ("2.6% in 1760, 17% in 1801"): a list or a table.
    """
    ref = events[0][0].ref
    if surveys(ctx, ctx.section_of[ref.paragraph_id].title, ctx.chapters[ref.chapter_id].title):
        return False
    bracketed = sum(_in_brackets(s.text, YEAR.search(date).group(0)) for s, date, _ in events)
    measured = sum(_measures(ctx, s.text) for s, _, _ in events)
    return bracketed * 2 <= len(events) and measured * 2 <= len(events)


def _in_brackets(text: str, year: str) -> bool:
    r"""The year written after an opening bracket that no closing one follows
    before it: what `\([^)]*year` searches for (no pattern made for every year)."""
    at = text.find(year)
    while at >= 0:
        if text.rfind("(", 0, at) > text.rfind(")", 0, at):
            return True
        at = text.find(year, at + 1)
    return False


def _measures(ctx: QuestionContext, text: str) -> bool:
    """A share, a decimal figure or a number of a magnitude ("six million", "10 million",
    `[dates] magnitudes`): the sentence measures rather than tells."""
    magnitudes = ctx.ql.questions.get("dates", {}).get("magnitudes", [])
    counted = ctx.once("magnitude pattern", lambda _: re.compile(
        rf"(?:\d|\b\w+)\s+(?:{'|'.join(map(re.escape, magnitudes))})\b", re.IGNORECASE) if magnitudes else None)
    return bool(MEASURE.search(text) or (counted and counted.search(text)))


def _dated_sentences(ctx: QuestionContext) -> list[tuple[QuestionSentence, str, str]]:
    return [(s, *found) for s in ctx.sentences for found in [dated_clause(ctx, s)] if found]


def _timeline_events(ctx: QuestionContext, timeline: tuple[TimelineEvent, ...]) -> list[tuple[QuestionSentence, str, str]]:
    """(sentence, date, text) for timeline events whose paragraph we know."""
    found = []
    for event in timeline:
        sentences = ctx.by_paragraph.get(event.ref.paragraph_id, []) if event.ref else []
        year = YEAR.search(event.date_text or event.iso or "")
        if sentences and year:
            holder = next((s for s in sentences if year.group(0) in s.text), sentences[0])
            found.append((holder, event.date_text, event.text))
    return found


def _verbatim_date(event: tuple[QuestionSentence, str, str]) -> str:
    """The date as the sentence writes it: the whole phrase, else its year."""
    sentence, date, _ = event
    if date in sentence.text:
        return date
    year = YEAR.search(date)
    return year.group(0) if year and year.group(0) in sentence.text else sentence.text.split(",")[0]


def _position(events, paragraph_id: str) -> int:
    return next(i for i, e in enumerate(events) if e[0].ref.paragraph_id == paragraph_id)


def _date_only(ctx: QuestionContext, date: str) -> str:
    """ "Maret 1908" from "Pada Maret 1908"."""
    found = ctx.ql.time_anchor.search(date)
    return found.group(0) if found else date


def dated_events(ctx: QuestionContext) -> list[TimelineEvent]:
    """The article's dated clauses as timeline events (for the quiz when no timeline is given)."""
    months = [m.casefold() for m in ctx.ql.questions.get("dates", {}).get("months", [])]
    events = []
    for sentence in ctx.sentences:
        found = dated_clause(ctx, sentence)
        resolved = _resolved(ctx, sentence, found[1]) if found else ""
        if not resolved:
            continue
        date_text = _date_only(ctx, found[0])
        year = YEAR.search(date_text).group(0)
        month = next((i + 1 for i, m in enumerate(months)
                      if m in [w.casefold() for w in WORD.findall(date_text)]), 0)
        iso = f"{year}-{month:02d}" if month else year
        events.append(TimelineEvent(iso=iso, precision="month" if month else "year", date_text=date_text,
                                    text=resolved[:1].upper() + resolved[1:], ref=sentence.ref,
                                    sort_key=iso, id=f"ev-{len(events) + 1}"))
    return events
