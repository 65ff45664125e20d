"""Questions about terms and names: define, explain the role, weigh the importance.

Stage: extract (question generator). Inputs: a `QuestionContext`, the glossary
(or, when it is empty, the terms the article defines itself) and the
names the chapter mentions most. Outputs: `Candidate`s:
"Apa yang dimaksud dengan X?" (understand), "Jelaskan peran X sebagaimana
diuraikan dalam bagian “...”." (analyze) and "Menurut Anda, seberapa
penting peran X dalam ...?" (evaluate), each pointing at the paragraph
that says most about X.
"""

from __future__ import annotations

import math
from typing import Iterator

from pack.extract.questions.candidate import Candidate, evidence, point
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import text_definitions
from pack.extract.questions.names import mentioned
from pack.extract.questions.sentences import QuestionSentence
from pack.model import GlossaryEntry


def define_questions(ctx: QuestionContext, glossary: tuple[GlossaryEntry, ...]) -> Iterator[Candidate]:
    entries = list(glossary)
    known = {e.term.casefold() for e in entries}
    entries += [e for e in text_definitions(ctx) if e.term.casefold() not in known]
    for rank, entry in enumerate(entries):
        seen_chapters = set()
        for ref in entry.refs:
            if ref.chapter_id in seen_chapters:
                continue
            found = _sentence_with(ctx, ref.paragraph_id, [entry.term, *entry.variants])
            if not found:
                continue
            seen_chapters.add(ref.chapter_id)
            sentence, form = found
            first = entry.definition if entry.kind == "definition" else ""
            yield Candidate(
                ctx.ql.template("define").format(term=ctx.ql.as_phrase(form)), "understand", "define", sentence,
                focus=form, points=evidence(ctx, sentence, form, first=first),
                bonus=(0.3 if entry.kind == "definition" else 0.0) - min(rank, 30) * 0.005,
                topic=entry.term.casefold())


def role_questions(ctx: QuestionContext, glossary: tuple[GlossaryEntry, ...]) -> Iterator[Candidate]:
    """Who or what matters in a chapter: "Jelaskan peran ..." and "seberapa penting ...?"."""
    terms = {e.term: [e.term, *e.variants] for e in [*glossary, *text_definitions(ctx)]}
    for chapter_id in ctx.chapters:
        for name, forms, mentions in _salient(ctx, chapter_id, terms):
            kind = "term" if name in terms and name not in ctx.names.total else _kind_of(ctx, name, set(terms))
            best = _best_paragraph(ctx, chapter_id, forms) if kind and mentions >= 2 else None
            if not best:
                continue
            sentences, form = best
            phrase = ctx.ql.as_phrase(form)
            salience = math.log(mentions) + (0.3 if kind == "person" else 0.0)
            about = [point(s.text, ctx) for s in sentences[:3]]
            if kind not in ("event", "term") and len(sentences) >= 2:
                text = ctx.ql.template("role").format(
                    name=phrase, place=ctx.place_of(sentences[0].ref.paragraph_id))
                yield Candidate(text, "analyze", "explain-role", sentences[0], focus=form,
                                points=about, bonus=0.25 * salience - 0.2, topic=name)
            if mentions >= 3 or kind == "event":
                text = ctx.ql.template("significance").format(name=phrase, topic=ctx.subject.topic)
                yield Candidate(text, "evaluate", "significance", sentences[0], focus=form,
                                points=about, bonus=0.2 * salience - 0.1, topic=name)


def _salient(ctx: QuestionContext, chapter_id: str, terms: dict[str, list[str]]) -> list[tuple[str, list[str], int]]:
    """(name, its forms, mentions) for the names and terms of a chapter, names first."""
    counts = ctx.names.per_chapter.get(chapter_id, {})
    found = [(n, ctx.names.forms(n), ctx.names.mentions(n, counts))
             for n in sorted({ctx.names.full_name(n) for n in counts})]
    known = {n for n, _, _ in found}
    sentences = [s for s in ctx.sentences if s.ref.chapter_id == chapter_id]
    # Most terms are not in a given chapter at all: one substring test on the
    # chapter's text spares counting them sentence by sentence.
    text = "\n".join(s.text for s in sentences)
    for term in sorted(terms):
        if term not in known:
            forms = terms[term]
            count = sum(any(mentioned(f, s.text) for f in forms) for s in sentences) \
                if any(f in text for f in forms) else 0
            found.append((term, forms, count))
    return found


def _kind_of(ctx: QuestionContext, name: str, terms: set[str]) -> str:
    """"person", "organisation", "event" or "term" for names worth a question; "" otherwise.

    Places, countries and the adjectives of nations and movements
    ("Soviet", "Marxis") are left out: a role or an importance of theirs
    makes a vague question.
    """
    if len(name) < 2 or ctx.is_subject(name) or ctx.is_subject(ctx.names.full_name(name)):
        return ""
    if ctx.names.is_person(name):
        return "person"
    if ctx.names.is_place(name) or ctx.names.is_nation(name):
        return ""
    words = [w.casefold() for w in name.split()]
    if any(w in ctx.ql.words_in("words", "event_heads") for w in words[:1] + words[-1:]):
        return "event" if len(words) > 1 else ""
    if name in terms:
        return "term"
    if name.isupper() or (len(words) > 1 and ctx.names.is_thing(name)):
        return "organisation"
    return ""


def _best_paragraph(ctx: QuestionContext, chapter_id: str, forms: list[str]) -> tuple[list[QuestionSentence], str] | None:
    """The paragraph of the chapter that mentions the name most, its sentences that do, the form used."""
    best: tuple[int, list[QuestionSentence], str] | None = None
    for paragraph_id, sentences in ctx.by_paragraph.items():
        if not sentences or sentences[0].ref.chapter_id != chapter_id:
            continue
        text = ctx.paragraphs[paragraph_id].text
        if not any(f in text for f in forms):
            continue          # its sentences are pieces of this text: none can mention a form
        hits = [s for s in sentences if any(mentioned(f, s.text) for f in forms)]
        if hits and (best is None or len(hits) > best[0]):
            form = next(f for f in forms if mentioned(f, text))
            best = (len(hits), hits, form)
    return (best[1], best[2]) if best else None


def _sentence_with(ctx: QuestionContext, paragraph_id: str, forms: list[str]) -> tuple[QuestionSentence, str] | None:
    for sentence in ctx.by_paragraph.get(paragraph_id, []):
        for form in forms:
            if mentioned(form, sentence.text):
                return sentence, form
    return None
