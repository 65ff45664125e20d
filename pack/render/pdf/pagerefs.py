"""Render stage, PDF page numbers: fill in the numbers of cross-references.

Inputs: a laid-out WeasyPrint document whose page references are
placeholders — `<span class="pn" data-target="id">000</span>`, or for a
page reference the link itself, `<a class="pageref pn" href="#id"
data-target="id">000</a>`, written by the layouts through `page_number(id)`
— and the page each id is on.
Outputs: the same document with every placeholder showing its page
number, and the HTML with the numbers written in (for `--keep-html`).

Why not CSS `target-counter()`: WeasyPrint lays out every page that holds
a reference once more for each pass in which any page count changes, and
for backward references that is twice. Our appendices hold hundreds of
references, so about a third of the PDF's layout time went to laying the
appendices out three times. A placeholder has the width of the number it
stands for (digits are tabular), so the number can be written into the
laid-out line without moving anything else; when the number is shorter
than the placeholder the rest of the line closes up (its links with it: a
link's area is where its number is drawn), and a number at the end of a
contents line keeps its right edge. The laid-out boxes are
WeasyPrint's private internals: render.pdf.compat is the one module that
touches them, and checks they are what it expects before the first PDF.
"""

from __future__ import annotations

import re

from pack.render.pdf import compat

PLACEHOLDER_CLASS = "pn"


def digits_needed(pages: int) -> int:
    return len(str(max(pages, 1)))


def anchor_pages(document, first_page: int = 1) -> dict[str, int]:
    """id -> printed page number of the first page the id appears on."""
    pages: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            pages.setdefault(name, first_page + index)
    return pages


def fill(document, numbers: dict[str, int]) -> list[str]:
    """Write each placeholder's page number; return the ids nobody could find."""
    missing = []
    links = compat.link_areas(document)
    for box, line in list(compat.placeholders(document, PLACEHOLDER_CLASS)):
        target = compat.element_attribute(box, "data-target")
        number = numbers.get(target)
        if number is None:
            missing.append(target)
            continue
        compat.set_text(box, line, str(number), keep_right_edge=compat.element_attribute(box, "data-align") == "end")
    compat.move_links(document, links)
    return missing


def fill_html(html: str, numbers: dict[str, int]) -> str:
    """The HTML with the numbers in place of the placeholders."""
    pattern = re.compile(r'(<(span|a) class="(?:pageref )?%s"[^>]*\bdata-target="([^"]*)"[^>]*>)0+(</\2>)'
                         % PLACEHOLDER_CLASS)
    return pattern.sub(lambda m: f"{m.group(1)}{numbers.get(m.group(3), '')}{m.group(4)}", html)


def renumber_pages(document, first_page: int, total: int, laid_out_first: int = 1) -> None:
    """Give a part of the book its place: margin boxes (running feet) that
    show `counter(page)` or `counter(pages)` get the book's numbers instead
    of the part's own (its first page was laid out as `laid_out_first`)."""
    for index, page in enumerate(document.pages):
        for margin, content in compat.margin_boxes(page):
            if _counts_pages(content):
                _renumber_margin(margin, content, laid_out_first + index, first_page + index, total)


def _counts_pages(content) -> bool:
    return isinstance(content, (list, tuple)) and any(
        kind in ("counter()", "counters()") and value[0] in ("page", "pages") for kind, value in content)


def _renumber_margin(margin, content, local: int, page: int, total: int) -> None:
    found = compat.first_text(margin)
    if found is None:
        return
    box, line = found
    text = _margin_text(content, page, total)
    if text is None:
        # Content we cannot rebuild (a string() next to the number): swap the number alone.
        text = re.sub(rf"(?<!\d){local}(?!\d)", str(page), box.text, count=1)
    share = {"center": 0.5, "right": 1.0, "end": 1.0}.get(compat.margin_alignment(margin), 0.0)
    compat.set_text(box, line, text, keep_right_edge=False, anchor_share=share)


def _margin_text(content, page: int, total: int) -> str | None:
    """The margin box's text from its `content`, when it is strings and page counters."""
    out = []
    for kind, value in content:
        if kind == "string":
            out.append(value)
        elif kind == "counter()" and value[0] in ("page", "pages"):
            out.append(compat.counter_text(page if value[0] == "page" else total, value[1]))
        else:
            return None
    return "".join(out)
