"""Render stage, the PDF in parts: draw a laid-out part as one or two PDF pieces.

Inputs: a laid-out part (a `weasyprint.Document` with its numbers filled
in) and how many processes it may draw in (the parent's share of
TEACHPACK_WORKERS). Outputs: `LaidOutPart` pieces for render.pdf.stitch,
each with the links that leave it (to ids in another part or piece).

Drawing takes nearly as long as layout, and once the layout is done the
halves of a part need nothing from each other, so with a process to
spare the second half is drawn in a forked worker at the same time. The
halves meet at a chapter's (or appendix's) first page, so each half's
bookmarks are whole trees.
"""

from __future__ import annotations

from pack.fork import fork_worker, receive_from
from pack.messages import Drawn
from pack.render.pdf import pagerefs
from pack.render.pdf.document import finish_pdf
from pack.render.pdf.stitch import LaidOutPart

# Drawing in two pays from about this many pages (below, forking costs
# more than it saves) ...
DRAW_IN_TWO_FROM = 16
# ... up to this many: the forked drawer gets its own copy of every page
# object it touches, so for a long book it would cost hundreds of MB for a
# few per cent of the time.
DRAW_IN_TWO_UP_TO = 250


def draw_pieces(document, warnings: list[str], drawers: int) -> list[LaidOutPart]:
    """The part's PDF in one piece, or in two drawn at once when `drawers` allows."""
    middle = _chapter_start_near_middle(document) if drawers >= 2 else None
    if middle is None:
        return [_draw(document, warnings)]
    second = fork_worker(_draw_and_send, (document.copy(document.pages[middle:]),))
    first = _draw(document.copy(document.pages[:middle]), warnings)
    message = receive_from(second.conn)
    second.process.join()
    assert isinstance(message, Drawn), message
    warnings += message.warnings
    return [first, *message.pieces]


def _draw_and_send(conn, document) -> None:
    warnings: list[str] = []
    conn.send(Drawn([_draw(document, warnings)], warnings))


def _draw(document, warnings: list[str]) -> LaidOutPart:
    links = _links_out(document)
    return LaidOutPart(finish_pdf(document, warnings), links=links)


def _chapter_start_near_middle(document) -> int | None:
    """The index of the page nearest the middle that starts a level-1
    bookmark, within the middle third; None for a short or a long part."""
    count = len(document.pages)
    if not DRAW_IN_TWO_FROM <= count <= DRAW_IN_TWO_UP_TO:
        return None
    starts = [i for i, page in enumerate(document.pages)
              if count // 3 <= i <= 2 * count // 3 and any(mark[0] == 1 for mark in page.bookmarks)]
    return min(starts, key=lambda i: abs(i - count / 2), default=None)


def _links_out(document) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """Take out the links to ids in other pieces (WeasyPrint would drop them
    with an error) and return them in PDF points for render.pdf.stitch."""
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
