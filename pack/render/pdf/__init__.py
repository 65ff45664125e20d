"""Render stage, the PDF: the one entry point for a book's PDF, and its choice of strategy.

Inputs: a `Book` and the `Theme`. Outputs: the strategy to lay the book
out with (`choose_strategy`) and, for the one-document strategy, the PDF
itself (`write_document`); render.jobs runs either, in worker processes
or here.

Two strategies make the same book:

- **one document** (`document`): the whole book laid out by WeasyPrint
  at once, its page numbers written in after layout (`pagerefs`);
- **parts** (`parts`, `draw`, `stitch`): the chapters and the appendices
  laid out at once in two processes, numbered as one book, and joined.

Parts are chosen only where they give the same book and there is a
second process to use them: the course uses nothing that only a whole
document can lay out (`features`), and WeasyPrint's internals are what
`compat` expects. When they are not, page numbers come from CSS
`target-counter()` (the plain path, one document), and one line on stderr
says so. Every private WeasyPrint name is used in `compat` alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pack.fork import worker_count
from pack.model import Book
from pack.render.pdf import compat
from pack.render.pdf.features import page_dependent
from pack.theme import Theme

PARTS, DOCUMENT = "parts", "document"


@dataclass
class Strategy:
    name: str             # PARTS or DOCUMENT
    digits: int           # placeholder width for page numbers; 0: CSS target-counter()
    why: str = ""         # why one document (for --verbose and the tests)


def choose_strategy(book: Book, theme: Theme) -> Strategy:
    """Parts when they make the same book and a second process is free; one document otherwise."""
    if not compat.usable():
        compat.warn_fallback()
        return Strategy(DOCUMENT, 0, "WeasyPrint's internals are not the expected ones")
    digits = placeholder_digits(book)
    if worker_count() <= 1:
        return Strategy(DOCUMENT, digits, "one process")
    found = page_dependent(theme, book.settings.get("paper", "A4"))
    if found:
        return Strategy(DOCUMENT, digits, f"page-dependent: {found}")
    return Strategy(PARTS, digits)


def write_document(book: Book, theme: Theme, digits: int, warnings: list[str]) -> tuple[bytes, str, list]:
    """The book as one document: its PDF, its HTML with the numbers written
    in, and where its pages begin (render.pagelist.PageStart)."""
    # Imported here: render.html's own helpers use render.pdf.compat, and
    # this package must not need render.html while they load.
    from pack.render.html import render_pdf_html
    from pack.render.pdf.document import write_pdf
    make_html: Callable[[int], str] = lambda width: render_pdf_html(book, theme, width)
    return write_pdf(make_html, digits, theme, warnings)


def placeholder_digits(book: Book) -> int:
    """How many digits the PDF's page numbers may need, generously: about
    one page per 400 characters of article (large print makes the most
    pages), at least three digits. Too many only widens a placeholder;
    too few costs a second layout (render.pdf.document)."""
    characters = sum(len(p.text) for a in book.articles for _, p in a.paragraphs())
    return max(3, len(str(characters // 400)))
