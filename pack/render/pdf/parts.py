"""Render stage, the PDF in parts: lay out the chapters and the appendices at once.

Inputs: a `Book`, the theme and the page-number placeholder width.
Outputs: one HTML document per part, a worker process per part, and the
numbers that join them; render.pdf.stitch joins the parts' PDFs.

WeasyPrint lays out a document on one core. A book divides where its
appendices begin: the front matter and chapters are one part, the
appendices another, and the two are laid out side by side in forked
processes. What ties them together: page numbers (the appendices'
references point into the chapters, the contents lists pages of both,
the appendices are numbered after the chapters), the side of the page
the appendices start on, and the running string of the book's title. So:

- each part is laid out with placeholders (render.pdf.pagerefs) and
  reports the ids on its pages and its length; the parent numbers the
  whole book (`number_book`) and sends each part its numbers; each part
  fills them in, draws its PDF and sends it back;
- the second part is laid out behind one copy of the book's title page
  (the *spacer*, dropped afterwards): the title page sets the running
  strings the appendices' pages show, as it does in the one document,
  and it stands for a chapters part of odd length, so the appendices
  start on the side, and after the blank page, that the book's own style
  gives them (`break-before: right` in print.css, or any other).
  When the chapters part turns out even, the appendices need the other
  side: a style that starts them on a right-hand page already has (the
  blank page is dropped); any other is laid out again behind two copies.

Whatever the parts cannot reproduce (render.pdf.features) makes the book
one document instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from pack.messages import Drawn, NotDivided, Numbers, PartLayout, Stop
from pack.model import Book, Page
from pack.render.html import render_pdf_html
from pack.render.pdf import compat, pagerefs
from pack.render.pdf.document import lay_out, relay_progress
from pack.render.pdf.draw import draw_pieces
from pack.theme import Theme

APPENDIX_KINDS = ("glossary", "people", "timeline", "questions", "quiz", "key")


def split_pages(pages: list[Page]) -> list[list[Page]]:
    """Before and from the first appendix; one part when there is nothing before it or no appendix."""
    for index, page in enumerate(pages):
        if page.kind in APPENDIX_KINDS:
            return [pages[:index], pages[index:]] if index else [pages]
    return [pages]


@dataclass
class PartPlan:
    html: str
    spacers: int          # copies of the title page laid out before the part's own pages
    first_id: str         # the id of the part's first page: where its own content starts


def plan_parts(book: Book, theme: Theme, digits: int, spacers: int = 1) -> list[PartPlan] | None:
    """The book's two parts, the second behind `spacers` title pages; None
    when the book does not divide (no appendix, no chapter, no title page)."""
    parts = split_pages([p for p in book.pages if p.in_pdf])
    title = next((p for p in parts[0] if p.kind == "title"), None)
    if len(parts) < 2 or title is None:
        return None
    chapters, appendices = parts
    return [PartPlan(render_pdf_html(book, theme, digits, pages=chapters), 0, chapters[0].id),
            PartPlan(render_pdf_html(book, theme, digits, pages=[title] * spacers + appendices),
                     spacers, appendices[0].id)]


# ------------------------------------------------------------------ numbering


@dataclass
class BookNumbers:
    keep_from: list[int]             # each part's first page that belongs to the book
    first_pages: list[int]           # the book page number that page gets
    total: int
    numbers: dict[str, int]          # id -> printed page
    lay_out_again: int | None = None   # a part whose spacer stands for the wrong side


class NotDivisible(Exception):
    """The parts' layout does not fit the plan (a course's title page longer
    than a page, a first page without its id): lay the book out as one document."""


def number_book(parts: list[PartLayout]) -> BookNumbers:
    """Number the pages of the whole book from the parts' lengths.

    A part laid out behind `s` spacer pages reproduces the one document
    exactly when the book so far has the same parity as `s`; one laid out
    behind one spacer also serves an even book when its style put a blank
    page before its content (its content is then on a right-hand page,
    where the even book puts it: the blank is left out)."""
    keep, firsts, numbers = [], [], {}
    page = 1
    for index, part in enumerate(parts):
        start = part.spacer_pages          # the blank pages the style put after them are the book's
        if index and part.spacer_pages % 2 != (page - 1) % 2:
            if part.spacer_pages == 1 and part.content_start == 2:
                start = 2                  # the blank before a right-hand start is not needed
            else:
                return BookNumbers([], [], 0, {}, lay_out_again=index)
        keep.append(start)
        firsts.append(page)
        for name, local in part.anchors.items():
            if local >= start:
                numbers.setdefault(name, page + local - start)
        page += part.pages - start
    return BookNumbers(keep, firsts, page - 1, numbers)


# ------------------------------------------------------------------ a part's worker


def report(document, plan: PartPlan) -> PartLayout:
    """What a part tells the parent after layout."""
    anchors = {name: number - 1 for name, number in pagerefs.anchor_pages(document).items()}
    if not plan.spacers:
        return PartLayout(len(document.pages), anchors)
    content = anchors.get(plan.first_id)
    if content is None:
        raise NotDivisible(f"the part's first page (#{plan.first_id}) is not where it was expected")
    spacer_pages = sum(1 for page in document.pages[:content] if not compat.is_blank(page))
    if spacer_pages != plan.spacers:
        raise NotDivisible(f"{spacer_pages} pages before #{plan.first_id}, {plan.spacers} expected")
    return PartLayout(len(document.pages), anchors, content, spacer_pages)


def part_worker(conn, plan: PartPlan, theme: Theme) -> None:
    """In the worker: lay out, report, wait for the numbers, fill them in, draw."""
    warnings: list[str] = []
    relay_progress(conn)
    document = lay_out(plan.html, theme, warnings)
    try:
        conn.send(report(document, plan))
    except NotDivisible as why:
        conn.send(NotDivided(str(why)))
        return
    message = conn.recv()
    if isinstance(message, Stop):
        return
    assert isinstance(message, Numbers), message
    pagerefs.fill(document, message.numbers)
    document = document.copy(document.pages[message.keep_from:])
    pagerefs.renumber_pages(document, message.first_page, message.total, laid_out_first=message.keep_from + 1)
    conn.send(Drawn(draw_pieces(document, warnings, message.drawers), warnings))
