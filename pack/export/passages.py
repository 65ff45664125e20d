"""Export stage, shared parts: where an item's answer is, and the quiz's blanks.

Inputs: a `Book` and a quiz item's or glossary entry's `Reference`.
Outputs: the chapter title (as the book prints it) and the paragraph text
that a general feedback shows, the book's own labels, and a fill-in
prompt split around its blank. No I/O.
"""

from __future__ import annotations

import hashlib
import html
import re

from pack import lang as langdata
from pack.model import Book, QuizItem, Reference

BLANK = re.compile(r"_{3,}")
NAME_LENGTH = 80          # a question's name in an LMS's bank


def labels(book: Book) -> dict[str, str]:
    """The book's words in its language, with the course's own labels."""
    return langdata.labels(book.lang, book.settings.get("labels") or {})


def passage(book: Book, ref: Reference | None) -> tuple[str, str]:
    """(chapter title, paragraph text) of `ref`, or ("", "") when unknown."""
    if ref is None:
        return "", ""
    titles = {p.chapter.id: p.title for p in book.pages if p.chapter is not None}
    for article in book.articles:
        for chapter, paragraph in article.paragraphs():
            if paragraph.id == ref.paragraph_id:
                return titles.get(chapter.id, chapter.title), paragraph.text
    return "", ""


def split_blank(item: QuizItem) -> tuple[str, str] | None:
    """A fill-in prompt's text before and after its one blank ("____"), or
    None when it has no blank (or several) and the answer box goes after it."""
    parts = BLANK.split(item.prompt)
    return (parts[0], parts[1]) if len(parts) == 2 else None


def stable_number(*words: str, low: int = 1 << 30, high: int = 1 << 31) -> int:
    """A number in [low, high) that depends only on `words`: the same book
    gets the same ids (Anki deck and model ids) on every rebuild."""
    digest = hashlib.sha256("\x1f".join(words).encode("utf-8")).digest()
    return low + int.from_bytes(digest[:8], "big") % (high - low)


def question_name(item: QuizItem, number: int) -> str:
    """A question's name in an LMS's bank: its number and the prompt's start."""
    name = f"{number:02d} {item.prompt}"
    return name if len(name) <= NAME_LENGTH else name[:NAME_LENGTH - 1].rstrip() + "…"


def as_html(text: str) -> str:
    """Plain text as one HTML paragraph."""
    return f"<p>{html.escape(text, quote=False)}</p>"


def feedback_html(book: Book, item: QuizItem, words: dict) -> str:
    """Where the answer is, as HTML: the chapter, then its paragraph ("" if unknown)."""
    chapter, text = passage(book, item.ref)
    if not text:
        return ""
    heading = html.escape(f"{words['answer_passage']}: {chapter}", quote=False)
    return f"<p><strong>{heading}</strong></p>{as_html(text)}"
