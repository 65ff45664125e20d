"""Render stage, the booklet: the PDF's pages imposed for folding and stapling.

Inputs: the book's PDF (bytes). Outputs: a PDF of sheet sides, each
holding two pages side by side on a sheet twice as wide as a page (A5
pages on A4 landscape, A4 pages on A3, Letter pages on 17 x 11 in). The
pages are padded with blanks to a multiple of four and placed in
saddle-stitch order: print the sides double-sided (flip on the short
edge), stack the sheets, fold the stack in the middle and staple the
fold, and the pages read 1, 2, 3 ... The outside back of the booklet is
always a blank page, never the book's last page of text. A booklet of
more than `STAPLE_LIMIT` pages is too thick to fold and staple:
`too_thick` says so. Uses pypdf (BSD licence).
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter, Transformation

# Standard sheets (points, landscape): two A5 pages are 1 mm narrower than
# A4, so the sheet snaps to the paper in the printer's tray.
SHEETS = ((841.89, 595.28), (1190.55, 841.89), (1224.0, 792.0))   # A4, A3, Tabloid
# Pages (20 sheets of office paper) an ordinary stapler still closes after folding.
STAPLE_LIMIT = 80


def saddle_order(count: int) -> list[tuple[int, int]]:
    """(left, right) page numbers of each printed side, in printing order.

    Numbers start at 1; a number above `count` is a blank page. For 8
    pages: [(8, 1), (2, 7), (6, 3), (4, 5)]: the outer sheet's front holds
    the last and the first page, its back the second and the last but one.
    """
    total = max(4, -(-count // 4) * 4)
    sides = []
    for sheet in range(total // 4):
        outer, inner = 2 * sheet, total - 2 * sheet
        sides.append((inner, outer + 1))          # front of the sheet
        sides.append((outer + 2, inner - 1))      # back of the sheet
    return sides


def impose(pdf: bytes) -> bytes:
    reader = PdfReader(io.BytesIO(pdf))
    pages = reader.pages
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    sheet_width, sheet_height = sheet_size(2 * width, height)
    fold = sheet_width / 2
    writer = PdfWriter()
    # One page more than the book: the back cover is blank.
    for numbers in saddle_order(len(pages) + 1):
        side = writer.add_blank_page(sheet_width, sheet_height)
        # Both pages touch the fold, so the spread lines up when folded.
        for x, number in zip((fold - width, fold), numbers):
            if number <= len(pages):
                _place(side, pages[number - 1], x, (sheet_height - height) / 2)
        side.compress_content_streams()
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if k in ("/Title", "/Author")})
    # A fixed file identifier: the same book gives the same booklet bytes.
    writer._ID = reader.trailer.get("/ID") or writer._ID
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def too_thick(pdf: bytes) -> str | None:
    """A warning when the booklet of this PDF is too thick to fold and staple."""
    count = len(saddle_order(len(PdfReader(io.BytesIO(pdf)).pages) + 1)) * 2
    if count <= STAPLE_LIMIT:
        return None
    return (f"the booklet has {count} pages ({count // 4} sheets): more than {STAPLE_LIMIT} pages "
            f"cannot be folded and stapled as one booklet; print it in sections, or use a bigger paper "
            f"or a smaller theme")


def sheet_size(width: float, height: float) -> tuple[float, float]:
    """The standard sheet within 2 % of (width, height), else that size."""
    for sheet in SHEETS:
        if abs(sheet[0] - width) <= 0.02 * sheet[0] and abs(sheet[1] - height) <= 0.02 * sheet[1]:
            return sheet
    return width, height


def _place(side, page, x: float, y: float) -> None:
    box = page.mediabox
    side.merge_transformed_page(
        page, Transformation().translate(x - float(box.left), y - float(box.bottom)))
