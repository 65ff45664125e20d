"""Render stage, the PDF in parts: lay out the chapters and the appendices at once.

Inputs: a `Book`, the theme and the page-number placeholder width.
Outputs: one HTML document per part, a worker process per part, and the
numbers that join them; render.stitch joins the parts' PDFs.

WeasyPrint lays out a document on one core. A book divides where its
appendices begin: the front matter and chapters are one part, the
appendices another, and the two are laid out side by side in forked
processes. What ties them together is page numbers — the appendices'
references point into the chapters, the contents lists pages of both,
and the appendices are numbered after the chapters. So each part is laid
out with placeholders (render.pagerefs), reports the ids on its pages and
its length, and waits; the parent numbers the whole book
(`number_book`) and sends each part its numbers; each part fills them in,
draws its PDF and sends it back.

The appendices begin on a right-hand page (print.css), so a part always
starts on a right-hand page, which is how WeasyPrint laid it out; when the
part before it ends on a right-hand page, a blank page goes between, as
WeasyPrint puts one in a single document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pack.fork import Worker, fork_worker, receive_from
from pack.model import Book, Page
from pack.render.pdf import pagerefs
from pack.render.html import render_pdf_html
from pack.render.pdf.document import finish_pdf, lay_out
from pack.render.pdf.stitch import LaidOutPart
from pack.theme import Theme

APPENDIX_KINDS = ("glossary", "people", "timeline", "questions", "quiz", "key")


def split_pages(pages: list[Page]) -> list[list[Page]]:
    """Before and from the first appendix; one part when there is nothing before it or no appendix."""
    for index, page in enumerate(pages):
        if page.kind in APPENDIX_KINDS:
            return [pages[:index], pages[index:]] if index else [pages]
    return [pages]


def part_htmls(book: Book, theme: Theme, digits: int) -> list[str]:
    parts = split_pages([p for p in book.pages if p.in_pdf])
    return [render_pdf_html(book, theme, digits, pages=pages, continued=index > 0)
            for index, pages in enumerate(parts)]


# ------------------------------------------------------------------ numbering


@dataclass
class PartLayout:
    """What a part reports after layout."""
    pages: int
    anchors: dict[str, int]          # id -> page index within the part


@dataclass
class BookNumbers:
    first_pages: list[int]           # each part's first printed page number
    blank_before: list[bool]
    total: int
    numbers: dict[str, int] = field(default_factory=dict)    # id -> printed page


def number_book(parts: list[PartLayout]) -> BookNumbers:
    """Number the pages of the whole book from the parts' lengths."""
    first_pages, blanks, numbers = [], [], {}
    page = 1
    for index, part in enumerate(parts):
        blank = index > 0 and page % 2 == 0       # every part after the first starts on an odd page
        page += blank
        first_pages.append(page)
        blanks.append(blank)
        for name, local in part.anchors.items():
            numbers.setdefault(name, page + local)
        page += part.pages
    return BookNumbers(first_pages, blanks, page - 1, numbers)


# ------------------------------------------------------------------ a part's worker


def start_part(html: str, theme: Theme) -> Worker:
    return fork_worker(_work, (html, theme))


def _work(conn, html: str, theme: Theme) -> None:
    """In the worker: lay out, report, wait for the numbers, fill them in, draw."""
    warnings: list[str] = []
    relay_progress(conn)
    document = lay_out(html, theme, warnings)
    conn.send(("laid out", PartLayout(len(document.pages), _anchor_pages(document))))
    message = conn.recv()
    if message[0] != "numbers":
        return
    _, numbers, first_page, total = message
    pagerefs.fill(document, numbers)
    pagerefs.renumber_pages(document, first_page, total)
    conn.send(("done", _draw_in_two(document, warnings), warnings))


def _draw_in_two(document, warnings: list[str]) -> list[LaidOutPart]:
    """Draw the part's PDF, its second half in a forked process at the same
    time: drawing takes nearly as long as layout, and by now the layout is
    done, so the halves need nothing from each other. The halves meet at a
    chapter's (or appendix's) first page, so each half's bookmarks are
    whole trees."""
    middle = _chapter_start_near_middle(document)
    if middle is None:
        return [_draw(document, warnings)]
    second = fork_worker(_draw_and_send, (document.copy(document.pages[middle:]),))
    first = _draw(document.copy(document.pages[:middle]), warnings)
    message = receive_from(second.conn)
    second.process.join()
    if message[0] == "error":
        raise message[1]
    if message[0] != "drawn":
        raise RuntimeError(f"drawing the second half of a PDF part failed:\n{message[1]}")
    warnings += message[2]
    return [first, message[1]]


def _draw_and_send(conn, document) -> None:
    warnings: list[str] = []
    conn.send(("drawn", _draw(document, warnings), warnings))


def _draw(document, warnings: list[str]) -> LaidOutPart:
    links = _links_out(document)
    return LaidOutPart(finish_pdf(document, warnings), links=links)


# Drawing in two pays from about this many pages (below, forking costs
# more than it saves) ...
DRAW_IN_TWO_FROM = 16
# ... up to this many: the forked drawer gets its own copy of every page
# object it touches, so for a long book it would cost hundreds of MB for a
# few per cent of the time.
DRAW_IN_TWO_UP_TO = 250


def _chapter_start_near_middle(document) -> int | None:
    """The index of the page nearest the middle that starts a level-1
    bookmark, within the middle third; None for a short or a long part."""
    count = len(document.pages)
    if not DRAW_IN_TWO_FROM <= count <= DRAW_IN_TWO_UP_TO:
        return None
    starts = [i for i, page in enumerate(document.pages)
              if count // 3 <= i <= 2 * count // 3 and any(mark[0] == 1 for mark in page.bookmarks)]
    return min(starts, key=lambda i: abs(i - count / 2), default=None)


def _anchor_pages(document) -> dict[str, int]:
    return {name: number - 1 for name, number in pagerefs.anchor_pages(document).items()}


def _links_out(document) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """Take out the links to ids in other parts (WeasyPrint would drop them
    with an error) and return them in PDF points for render.stitch."""
    here = set(pagerefs.anchor_pages(document))
    out = []
    for index, page in enumerate(document.pages):
        height = page.height * 0.75       # CSS px -> PDF points; PDF y runs upwards
        kept = []
        for link in page.links:
            kind, target, rect, _ = link
            if kind == "internal" and target not in here:
                x1, y1, x2, y2 = rect
                out.append((index, target, (x1 * 0.75, height - y2 * 0.75, x2 * 0.75, height - y1 * 0.75)))
            else:
                kept.append(link)
        page.links[:] = kept
    return out


class _ToPipe(logging.Handler):
    def __init__(self, conn) -> None:
        super().__init__(logging.INFO)
        self.conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.conn.send(("progress", record.getMessage()))
        except Exception:          # progress is a courtesy; it never stops a build
            pass


def relay_progress(conn) -> None:
    """In a worker: WeasyPrint's progress ("Creating layout - Page 34") goes to the parent."""
    logger = logging.getLogger("weasyprint.progress")
    logger.setLevel(logging.INFO)
    logger.handlers[:] = [_ToPipe(conn)]
    logger.propagate = False
