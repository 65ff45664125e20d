"""Extract stage, the driver: runs every extractor over every article.

Inputs: the articles and the `Settings`. Outputs: one `Extracted` with
the glossary, who's-who, timeline (and chapter periods), questions, quiz,
objectives and sensitive passages of all articles together (a course of
several articles gets combined appendices). Only the extractors that the
chosen appendices need are run — and imported, since their language data
and word lists cost start-up time. Questions use the glossary, people
and timeline, so asking for questions runs those too. What needs the text
alone (the timeline, and the passages that need care) is computed aside,
in a forked process, while the glossary and the who's-who are
(`pack.aside`); the questions' context is made before the fork.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from pack import cache
from pack.collector import collector_paused
from pack.config import Settings
from pack.aside import Aside
from pack.model import APPENDICES, Article, Extracted, GlossaryEntry, SensitivePassage, TimelineEvent

QUESTIONS_USE = tuple(a for a in APPENDICES if a != "questions")   # the questions ask about these

if TYPE_CHECKING:
    from pack.extract.questions.context import QuestionContext


def extract_all(articles: list[Article], settings: Settings) -> Extracted:
    combined = Extracted()
    for number, article in enumerate(articles, start=1):
        with collector_paused():
            found = _cached_extract(article, settings)
        if len(articles) > 1:
            _number_apart(found, f"a{number}-")
        combined.glossary += found.glossary
        combined.people += found.people
        combined.timeline += found.timeline
        combined.periods += found.periods
        combined.questions += found.questions
        combined.quiz += found.quiz
        combined.objectives.update(found.objectives)
        combined.sensitive += found.sensitive
    combined.timeline.sort(key=lambda e: e.sort_key)   # a new list: the cached one stays as it was
    return combined


def _number_apart(found: Extracted, prefix: str) -> None:
    """Events, questions and quiz items are numbered per article (ev-12,
    q-book-1, quiz-3); in a book of several articles the article's prefix
    (the one its paragraph ids carry) keeps them apart."""
    for item in (*found.timeline, *found.questions, *found.quiz):
        item.id = f"{prefix}{item.id}"


def _cached_extract(article: Article, settings: Settings) -> Extracted:
    if cache.cache_dir() is None:        # TEACHPACK_CACHE=off: no key to compute (it reads all the code)
        return extract_article(article, settings)
    key = cache.cache_key(article, settings)
    found = cache.load(key)
    if found is None:
        found = extract_article(article, settings)
        cache.store(key, found)
    return found


def extract_article(article: Article, settings: Settings) -> Extracted:
    wanted = set(settings.appendices)
    asks = "questions" in wanted
    needs = {name for name in QUESTIONS_USE if name in wanted or asks}
    found = Extracted()
    if needs & {"glossary", "people"}:
        # Modules and word frequencies the timeline uses too: loaded before
        # the fork below, the timeline's process inherits them. (wordfreq
        # itself is imported only if a word needs it: pack.text.frequency.)
        from pack.extract.glossary import extract_glossary
        from pack.extract.people import extract_people
        from pack.text.analysis import analyse
        from pack.text.language import load_frequencies
        load_frequencies(article.lang)
        # The article's sentences, their tokens and word keys and case
        # statistics, and the person / place / term kinds of its names, made
        # once: the process the timeline (whom "he" may mean) is made in
        # inherits them.
        analyse(article).kinds
    context = None
    if asks:
        # The questions' view of the text (its sentences, names, case
        # statistics), made here from the text layer's analysis. Made in the
        # aside process, it came back pickled with a copy of the article, and
        # reading the shared analysis there copied its pages (copy-on-write):
        # 50 ms more CPU on the Stalin sample than making it here.
        # (Importing it imports the whole questions package, which both
        # processes need — this one to ask, the other for the passages that
        # need care: so it is imported once, before the fork.)
        from pack.extract.questions.context import QuestionContext
        context = QuestionContext(article)
        # The language's date patterns, the largest set the extraction
        # compiles: the timeline's process needs them, and so does the asking
        # here (the lead's lifespan, which sentences measure rather than
        # tell). Made after the fork, each process compiled them again.
        from pack.extract.timeline.date_patterns import patterns
        patterns(article.lang)
    # What needs the text alone (the timeline first) does not wait for the
    # glossary and the who's-who: with a second core it is made aside (a
    # forked process) while they are.
    with Aside(partial(_from_text, article, asks), parallel="timeline" in needs and len(needs) > 1) as aside:
        if "glossary" in needs:
            # Every defined term too: the questions ask about those the appendix leaves out.
            terms = extract_glossary(article, limit=None, contexts=settings.glossary_entries)
            found.glossary = terms[:settings.glossary_entries]
        if "people" in needs:
            found.people = extract_people(article, settings.people_entries)
        if "timeline" in needs:
            text_only = aside.result()
            found.timeline, found.periods = text_only.timeline, text_only.periods
    if asks:                   # (asking needs the timeline and the glossary: both are set)
        _add_questions(found, article, settings, context, text_only, terms)
    # Material computed only to feed the questions is not an appendix.
    for name in QUESTIONS_USE:
        if name not in wanted:
            setattr(found, name, [])
    return found


class _TextOnly(NamedTuple):
    """What needs only the article's text (see `extract_article`)."""

    timeline: list[TimelineEvent]
    periods: list
    sensitive: list[SensitivePassage] | None      # only when questions are asked


def _from_text(article: Article, asks: bool) -> _TextOnly:
    from pack.extract.timeline import extract_timeline
    timeline, periods = extract_timeline(article)
    if not asks:
        return _TextOnly(timeline, periods, None)
    from pack.extract.questions.teaching import sensitive_passages
    return _TextOnly(timeline, periods, sensitive_passages(article))


def _add_questions(found: Extracted, article: Article, settings: Settings, context: QuestionContext,
                   text_only: _TextOnly, terms: list[GlossaryEntry]) -> None:
    from pack.extract.questions import ask
    asked = ask(context, article, found.glossary, terms, found.people, found.timeline,
                settings.questions_per_chapter)
    found.questions, found.quiz, found.objectives = asked
    found.sensitive = text_only.sensitive
