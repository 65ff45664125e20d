"""Assemble stage: articles + extracted material + settings become a Book.

Inputs: one or more `Article`s, the `Extracted` material of each (already
merged with a course's own edits), the `Settings` and the edition.
Outputs: a `Book`: the ordered pages (front matter, parts, chapters,
appendices) with their EPUB file names, the chapter numbering, and the
marks that anchor and link terms in the running text. Nothing is
rendered here; the same Book feeds the PDF and the EPUB.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from pack import lang as langdata
from pack.config import Settings
from pack.anchors import place_anchors
from pack.model import APPENDICES, Article, Book, Extracted, Page, Section, is_lead


SLUG_LENGTH = 80      # file names stay far below the 255 bytes a file system allows


def slugify(text: str) -> str:
    """ASCII, lower case, hyphens: 'Josef Stalin' -> 'josef-stalin'; a long
    title is cut at a word, so its files can always be written."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH + 1].rsplit("-", 1)[0] if "-" in slug[:SLUG_LENGTH] else slug[:SLUG_LENGTH]
    return slug.strip("-") or "book"


def assemble(articles: list[Article], extracted: Extracted, settings: Settings,
             edition: str = "student", date: str = "") -> Book:
    first = articles[0]
    code = first.lang
    labels = langdata.labels(code, settings.labels)
    title = settings.title or first.title
    book = Book(title=title, subtitle=settings.subtitle or labels["cover_subtitle"],
                lang=code, edition=edition, slug=slugify(title), articles=articles,
                author=settings.author, date=date, settings=_public(settings))
    _add_content(book, extracted, settings, edition)
    book.pages = _front_matter(book, labels) + _body(articles, settings, labels) \
        + _appendices(book, settings, labels, edition)
    kept = {p.chapter.id for p in book.pages if p.chapter}
    _drop_unused(book, kept)
    book.marks = place_anchors(book)
    return book


def _public(settings: Settings) -> dict:
    return {"paper": settings.paper, "theme": settings.theme,
            "chapter_questions": settings.chapter_questions, "labels": dict(settings.labels)}


def _add_content(book: Book, extracted: Extracted, settings: Settings, edition: str) -> None:
    wanted = set(settings.appendices)
    if "glossary" in wanted:
        book.glossary = extracted.glossary[: settings.glossary_entries]
    if "people" in wanted:
        book.people = extracted.people[: settings.people_entries]
    if "timeline" in wanted:
        events = extracted.timeline
        book.timeline = events if settings.timeline_events == "all" else [e for e in events if e.key]
        book.periods = extracted.periods
    if "questions" in wanted:
        book.questions = extracted.questions
        book.quiz = extracted.quiz
    if edition == "teacher":
        book.objectives = extracted.objectives
        book.sensitive = extracted.sensitive


# ------------------------------------------------------------------ pages


def _front_matter(book: Book, labels: dict) -> list[Page]:
    return [
        Page("cover", "cover", book.title, "cover.xhtml", in_epub=False),
        Page("title", "title-page", book.title, "title.xhtml"),
        Page("about", "about", labels["about"], "about.xhtml"),
        Page("toc", "contents", labels["contents"], "contents.xhtml", in_epub=False),
    ]


def _body(articles: list[Article], settings: Settings, labels: dict) -> list[Page]:
    pages: list[Page] = []
    number = 0
    for index, article in enumerate(articles, start=1):
        if len(articles) > 1:
            pages.append(Page("part", f"part{index}", article.title, f"part{index:02d}.xhtml",
                              number=index, article=article))
        for chapter in article.chapters:
            if not _included(chapter, settings):
                continue
            chapter = _retitled(chapter, settings, labels)
            is_intro = is_lead(chapter.id)
            if not is_intro:
                number += 1
            pages.append(Page("chapter", chapter.id, chapter.title, f"{chapter.id}.xhtml",
                              chapter=chapter, number=0 if is_intro else number, article=article))
    return pages


def _matches(chapter: Section, keys: tuple[str, ...]) -> bool:
    """A chapter is named by its id ("ch3") or its title (any case)."""
    return chapter.id in keys or chapter.title.casefold() in {k.casefold() for k in keys}


def chapters_left(articles: list[Article], settings: Settings) -> int:
    """How many chapters the course's include/exclude lists leave in the book."""
    return sum(_included(chapter, settings) for article in articles for chapter in article.chapters)


def _included(chapter: Section, settings: Settings) -> bool:
    if settings.include_chapters and not _matches(chapter, settings.include_chapters):
        return False
    return not _matches(chapter, settings.exclude_chapters)


def _retitled(chapter: Section, settings: Settings, labels: dict) -> Section:
    new = settings.chapter_titles.get(chapter.title) or settings.chapter_titles.get(chapter.id)
    return replace(chapter, title=new) if new else chapter


def _appendices(book: Book, settings: Settings, labels: dict, edition: str) -> list[Page]:
    pages = [Page(kind, kind, labels[kind], f"{kind}.xhtml")
             for kind in APPENDICES if kind in settings.appendices and getattr(book, kind)]
    if book.quiz:
        pages.append(Page("quiz", "quiz", labels["quiz"], "quiz.xhtml"))
        if edition == "teacher":
            pages.append(Page("key", "answer-key", labels["answer_key"], "key.xhtml"))
    return pages


def _drop_unused(book: Book, kept_chapters: set[str]) -> None:
    """Items that point into a chapter the course left out go too."""
    def keep(ref) -> bool:
        return ref is None or ref.chapter_id in kept_chapters

    def trimmed(entries: list) -> list:
        # Copies: the extracted entries are shared by every edition (and the cache).
        entries = [replace(e, refs=[r for r in e.refs if keep(r)]) for e in entries]
        return [e for e in entries if e.refs]

    book.glossary = trimmed(book.glossary)
    book.people = trimmed(book.people)
    book.timeline = [e for e in book.timeline if keep(e.ref)]
    book.questions = [q for q in book.questions if keep(q.ref)]
    book.quiz = [q for q in book.quiz if keep(q.ref)]
    # The timeline's periods are chapters: the ones left out go, a retitled one shows its new title.
    titles = {p.chapter.id: p.chapter.title for p in book.pages if p.chapter}
    book.periods = [(cid, titles[cid], start, end) for cid, _, start, end in book.periods if cid in titles]
