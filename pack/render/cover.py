"""Render stage, the EPUB cover image: the book's title drawn as a PNG.

Inputs: the `Book` and the `Theme` (for the bundled fonts). Outputs: PNG
bytes, 1200 x 1800 pixels, the same design as the PDF's cover page (a
dark band with the article's lead picture, if any, the kind of pack and
the title, the contents below).
Drawn with Pillow from the bundled fonts, so the bytes are the same on
every machine.
"""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

from pack import lang as langdata
from pack.model import APPENDICES, Book
from pack.theme import Theme

WIDTH, HEIGHT = 1200, 1800
BAND = (29, 42, 54)
MARGIN = 90


def draw_cover(book: Book, theme: Theme) -> bytes:
    labels = langdata.labels(book.lang, book.settings.get("labels"))
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, WIDTH, int(HEIGHT * 0.62)], fill=BAND)
    _paste_picture(image, book)
    kicker = _font(theme, "assets/fonts/inter/Inter-Regular.otf", 38)
    draw.text((MARGIN, 470), book.subtitle.upper(), font=kicker, fill="white")
    y = 560
    size = 112 if len(book.title) < 28 else 84
    title_font = _font(theme, "assets/fonts/inter/Inter-SemiBold.otf", size)
    for line in textwrap.wrap(book.title, width=max(8, int(1900 / size))):
        draw.text((MARGIN, y), line, font=title_font, fill="white")
        y += int(size * 1.12)
    small = _font(theme, "assets/fonts/inter/Inter-Regular.otf", 40)
    if book.edition == "teacher":
        draw.text((MARGIN, y + 40), labels["teacher_edition"], font=small, fill="white")
    y = int(HEIGHT * 0.62) + 90
    if book.author:
        draw.text((MARGIN, y), book.author, font=_font(theme, "assets/fonts/inter/Inter-SemiBold.otf", 48), fill=BAND)
        y += 90
    parts = [p.title for p in book.pages if p.kind in (*APPENDICES, "quiz")]
    for line in textwrap.wrap(" · ".join(parts), width=44):
        draw.text((MARGIN, y), line, font=small, fill=(60, 60, 60))
        y += 56
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _font(theme: Theme, relative: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(theme.resolve(relative)), size)


def _paste_picture(image: Image.Image, book: Book) -> None:
    """The article's lead picture at the top of the band, as on the PDF's cover."""
    picture = next((a.picture for a in book.articles if a.picture), None)
    if picture is None:
        return
    with Image.open(io.BytesIO(picture.data)) as lead:
        lead = lead.convert("RGB")
        lead.thumbnail((WIDTH - 2 * MARGIN, 340))
        image.paste(lead, (MARGIN, 80))
