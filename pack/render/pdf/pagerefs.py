"""Render stage, PDF page numbers: fill in the numbers of cross-references.

Inputs: a laid-out WeasyPrint document whose page references are
placeholders — `<span class="pn" data-target="id">000</span>`, written
by the layouts through `page_number(id)` — and the page each id is on.
Outputs: the same document with every placeholder showing its page
number, and the HTML with the numbers written in (for `--keep-html`).

Why not CSS `target-counter()`: WeasyPrint lays out every page that holds
a reference once more for each pass in which any page count changes, and
for backward references that is twice. Our appendices hold hundreds of
references, so about a third of the PDF's layout time went to laying the
appendices out three times. A placeholder has the width of the number it
stands for (digits are tabular), so the number can be written into the
laid-out line without moving anything else; when the number is shorter
than the placeholder the rest of the line closes up, and a number at the
end of a contents line keeps its right edge.
"""

from __future__ import annotations

import re
from typing import Iterator

from weasyprint.formatting_structure import boxes
from weasyprint.html import UA_COUNTER_STYLE
from weasyprint.text.line_break import Layout, line_size

PLACEHOLDER_CLASS = "pn"


def placeholder(digits: int) -> str:
    return "0" * digits


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
    for box, line in _placeholders(document):
        target = box.element.get("data-target", "")
        number = numbers.get(target)
        if number is None:
            missing.append(target)
            continue
        _set_text(box, line, str(number), keep_right_edge=box.element.get("data-align") == "end")
    return missing


def fill_html(html: str, numbers: dict[str, int]) -> str:
    """The HTML with the numbers in place of the placeholders."""
    pattern = re.compile(r'(<span class="%s"[^>]*\bdata-target="([^"]*)"[^>]*>)0+(</span>)' % PLACEHOLDER_CLASS)
    return pattern.sub(lambda m: f"{m.group(1)}{numbers.get(m.group(2), '')}{m.group(3)}", html)


def renumber_pages(document, first_page: int, total: int) -> None:
    """Give a part of the book its place: margin boxes (running feet) that
    show `counter(page)` or `counter(pages)` get the book's numbers instead
    of the part's own."""
    part_total = len(document.pages)
    for index, page in enumerate(document.pages):
        for margin in page._page_box.children:
            if isinstance(margin, boxes.MarginBox) and _counts_pages(margin.style["content"]):
                _renumber_margin(margin, index + 1, part_total, first_page + index, total)


def _counts_pages(content) -> bool:
    return isinstance(content, (list, tuple)) and any(
        kind in ("counter()", "counters()") and value[0] in ("page", "pages") for kind, value in content)


def _renumber_margin(margin, local: int, local_total: int, page: int, total: int) -> None:
    for box, line in _walk_text(margin, None):
        text = _margin_text(margin.style["content"], page, total)
        if text is None:
            # Content we cannot rebuild (a string() next to the number): swap the number alone.
            text = re.sub(rf"(?<!\d){local}(?!\d)", str(page), box.text, count=1)
        share = {"center": 0.5, "right": 1.0, "end": 1.0}.get(margin.style["text_align_all"], 0.0)
        _set_text(box, line, text, keep_right_edge=False, anchor_share=share)
        return


def _margin_text(content, page: int, total: int) -> str | None:
    """The margin box's text from its `content`, when it is strings and page counters."""
    out = []
    for kind, value in content:
        if kind == "string":
            out.append(value)
        elif kind == "counter()" and value[0] in ("page", "pages"):
            out.append(UA_COUNTER_STYLE.render_value(page if value[0] == "page" else total, value[1]))
        else:
            return None
    return "".join(out)


# ----------------------------------------------------------------- the boxes


def _placeholders(document) -> Iterator[tuple[boxes.TextBox, boxes.LineBox | None]]:
    for page in document.pages:
        for box, line in _walk_text(page._page_box, None):
            element = box.element
            if (element is not None and box.element_tag == "span"
                    and element.get("class") == PLACEHOLDER_CLASS and box.text.strip("0") == ""):
                yield box, line


def _walk_text(box, line) -> Iterator[tuple[boxes.TextBox, boxes.LineBox | None]]:
    """Every text box under `box`, with the line it sits on."""
    if isinstance(box, boxes.LineBox):
        line = box
    if isinstance(box, boxes.TextBox):
        yield box, line
        return
    for child in getattr(box, "children", ()):
        yield from _walk_text(child, line)


def _set_text(box, line, text: str, keep_right_edge: bool, anchor_share: float | None = None) -> None:
    """Replace a laid-out text box's text. What moves: with `keep_right_edge`
    the box itself (a right-aligned number); with `anchor_share` the box by
    that share of the change (0.5 = stays centred); otherwise what follows
    it on its line."""
    width = _text_width(box, text)
    change = width - box.width
    box.pango_layout.text = text        # drawing re-shapes from this text
    box.text = text
    box.width = width
    if keep_right_edge:
        box.position_x -= change
    elif anchor_share is not None:
        box.position_x -= change * anchor_share
    elif line is not None and change:
        _shift_after(line, box, change)


def _text_width(box, text: str) -> float:
    layout = Layout(box.style)
    layout.set_text(text)
    line, _ = layout.get_first_line()
    return line_size(line, box.style)[0]


def _shift_after(line, patched, change: float) -> None:
    """Move what follows the patched number on its line, so no gap is left."""
    edge = patched.position_x + 0.01
    for leaf in _leaves(line):
        if leaf is not patched and leaf.position_x > edge:
            leaf.translate(dx=change)


def _leaves(box) -> Iterator:
    """Text and atomic boxes of a line: the things that are drawn at a place."""
    for child in getattr(box, "children", ()):
        if isinstance(child, (boxes.TextBox, boxes.AtomicInlineLevelBox)):
            yield child
        else:
            yield from _leaves(child)
