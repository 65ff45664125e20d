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

- each part makes its own HTML in its worker (the two renderings run
  side by side, not one after the other before either part starts), is
  laid out with placeholders (render.pdf.pagerefs) and reports the ids
  on its pages and its length; the parent numbers the whole book
  (`number_book`) and sends each part its numbers; each part fills them
  in, draws its PDF and sends it back;
- the second part is laid out behind a copy of the book's title page
  (the *spacer*, dropped afterwards): it sets the running strings the
  appendices' pages show, as it does in the one document, and the
  appendices follow it on the side their own style gives them
  (`break-before: right` in print.css, or any other), after a blank page
  when the style asks for one. When the chapters end so that the
  appendices' first page falls on that side, they start there; on the
  other side, after the style's blank page — which only a style that
  chooses a side puts in; for any other the book is laid out as one
  document.

Whatever the parts cannot reproduce (render.pdf.features) makes the book
one document instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from weasyprint.text.fonts import FontConfiguration

from pack.messages import Drawn, NotDivided, Numbers, PartLayout, Stop
from pack.model import Book, Page
from pack.render.html import render_pdf_html
from pack.render.hyphenruns import lay_out_limited
from pack.render.pagelist import PageStart, page_starts
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
    book: Book
    pages: list[Page]     # the pages the part lays out (the second: the title page, then its own)
    digits: int           # the page-number placeholders' width
    first_id: str         # the id of the part's first page: where its own content starts
    spacer: bool          # laid out behind the title page

    def html(self, theme: Theme) -> str:
        """The part's HTML, made in its own worker."""
        return render_pdf_html(self.book, theme, self.digits, pages=self.pages)


def plan_parts(book: Book, digits: int) -> list[PartPlan] | None:
    """The book's two parts, the second behind the title page; None when
    the book does not divide (no appendix, no chapter, no title page)."""
    parts = split_pages([p for p in book.pages if p.in_pdf])
    title = next((p for p in parts[0] if p.kind == "title"), None)
    if len(parts) < 2 or title is None:
        return None
    chapters, appendices = parts
    return [PartPlan(book, chapters, digits, chapters[0].id, False),
            PartPlan(book, [title, *appendices], digits, appendices[0].id, True)]


# ------------------------------------------------------------------ numbering


@dataclass
class BookNumbers:
    keep_from: list[int]             # each part's first page that belongs to the book
    first_pages: list[int]           # the book page number that page gets
    total: int
    numbers: dict[str, int]          # id -> printed page
    starts: list[PageStart]          # where each printed page begins (render.pagelist)


class NotDivisible(Exception):
    """The parts' layout cannot make the one document's book (the appendices'
    style accepts either side, and the side they were laid out on is not
    the book's; a first page without its id): lay the book out as one document."""


def number_book(parts: list[PartLayout]) -> BookNumbers:
    """Number the pages of the whole book from the parts' lengths.

    A later part's content was laid out on the side (odd or even page) its
    style accepts after the spacer. Where the book's next page is on that
    side, the content starts there; where it is not, the style's blank
    page goes before it, as in the one document."""
    keep, firsts, numbers, starts = [], [], {}, []
    page = 1
    for index, part in enumerate(parts):
        start = part.content_start
        if index and page % 2 != (start + 1) % 2:
            if not part.blank_before:
                raise NotDivisible(f"part {index + 1} was laid out on the other side")
            start -= 1                     # the blank page the style put before it
        keep.append(start)
        firsts.append(page)
        for name, local in part.anchors.items():
            if local >= start:
                numbers.setdefault(name, page + local - start)
        starts += [PageStart(page + s.page - start, s.owner, s.words) for s in part.starts if s.page >= start]
        page += part.pages - start
    return BookNumbers(keep, firsts, page - 1, numbers, starts)


# ------------------------------------------------------------------ a part's worker


def report(document, plan: PartPlan) -> PartLayout:
    """What a part tells the parent after layout."""
    anchors = {name: number - 1 for name, number in pagerefs.anchor_pages(document).items()}
    starts = page_starts(document, 0)
    if not plan.spacer:
        return PartLayout(len(document.pages), anchors, starts=starts)
    content = anchors.get(plan.first_id)
    if not content:
        raise NotDivisible(f"the part's first page (#{plan.first_id}) is not after the title page")
    return PartLayout(len(document.pages), anchors, content, compat.is_blank(document.pages[content - 1]), starts)


def part_worker(conn, plan: PartPlan, theme: Theme) -> None:
    """In the worker: lay out, report, wait for the numbers, fill them in, draw."""
    warnings: list[str] = []
    relay_progress(conn)
    fonts, kept = FontConfiguration(), []
    document, _ = lay_out_limited(plan.html(theme), lambda h: lay_out(h, theme, warnings, fonts), kept)
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
    conn.send(Drawn(draw_pieces(document, warnings, message.drawers), warnings, kept))
