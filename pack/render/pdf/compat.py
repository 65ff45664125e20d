"""Render stage, the PDF: every use of WeasyPrint's private layout internals, fenced here.

Inputs: a laid-out `weasyprint.Document`. Outputs: its text boxes and
running-foot boxes, and the means to change a laid-out box's text (for
render.pdf.pagerefs: page numbers written in after layout); its lines and
its flow's text as plain data (`lines`, `flow_text`: where hyphenation
broke words, where each page begins).

WeasyPrint's public API ends at the laid-out document's pages (size,
anchors, links, bookmarks). Writing numbers into laid-out lines needs
what lies below: `Page._page_box`, the box classes, the Pango layout
wrapper and the user-agent counter style — private, and renamed between
releases (the counter style moved in 69.0). Nothing outside this module
touches them.

`usable()` is the capability check, run once per process before the
first PDF: the names must exist and a tiny document must take a number
written into it. When they are not what this module expects, the PDF is
built the plain CSS way — `target-counter()`, one document — and one line
on stderr says so (render.pdf.choose_strategy). The book is the same;
only slower.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from typing import Iterator

REASON: list[str] = []          # why the internals are unusable (for the one stderr line)


@functools.cache
def usable() -> bool:
    """Are WeasyPrint's internals what this module expects? Checked once."""
    try:
        _probe()
    except Exception as exc:        # any difference at all means: use the plain CSS path
        REASON[:] = [f"{type(exc).__name__}: {exc}"]
        return False
    return True


def warn_fallback() -> None:
    """The one line on stderr that says the PDF takes the plain CSS path."""
    if not _warned:
        _warned.append(True)
        import weasyprint
        print(f"teachpack: WeasyPrint {weasyprint.__version__} is not the version the fast page numbering "
              f"expects ({REASON[0] if REASON else 'unknown'}); page numbers come from CSS "
              "target-counter(), in one document: the same book, more slowly.", file=sys.stderr)


_warned: list[bool] = []


def _internals():
    """The private names, imported only when used (a missing one raises)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.html import UA_COUNTER_STYLE
    from weasyprint.text.line_break import Layout, line_size
    return boxes, UA_COUNTER_STYLE, Layout, line_size


def _probe() -> None:
    """A one-line document with a placeholder and a page counter: both
    must be found and take their new text. WeasyPrint's progress messages
    are held back meanwhile: they would read as the book's layout."""
    import logging
    progress = logging.getLogger("weasyprint.progress")
    level, progress.disabled = progress.disabled, True
    try:
        _probe_document()
    finally:
        progress.disabled = level


def _probe_document() -> None:
    import weasyprint
    html = ('<style>@page { size: 60mm 30mm; margin: 5mm; @bottom-center { content: counter(page) } }</style>'
            '<p>x <span class="pn" data-target="x">000</span> y</p>')
    document = weasyprint.HTML(string=html).render()
    found = [box for box, line in placeholders(document, "pn")]
    if len(found) != 1 or not any(margin_boxes(document.pages[0])) or is_blank(document.pages[0]):
        raise LookupError("the laid-out boxes are not where they were")
    box, line = next(placeholders(document, "pn"))
    set_text(box, line, "7", keep_right_edge=False)
    if box.text != "7" or counter_text(7, "decimal") != "7":
        raise LookupError("a laid-out box did not take its new text")


# ----------------------------------------------------------------- the boxes


def placeholders(document, css_class: str) -> Iterator[tuple[object, object]]:
    """(text box, its line) of every `<span class=css_class>` still holding zeros."""
    for page in document.pages:
        for box, line in walk_text(page_box(page), None):
            element = box.element
            if (element is not None and box.element_tag == "span"
                    and element.get("class") == css_class and box.text.strip("0") == ""):
                yield box, line


def page_box(page):
    """The root box of a laid-out page."""
    return page._page_box


def is_blank(page) -> bool:
    """A page WeasyPrint made blank to start what follows on the side asked for (`break-before: right`)."""
    return bool(page_box(page).page_type.blank)


def element_attribute(box, name: str) -> str:
    return box.element.get(name, "")


def margin_boxes(page) -> Iterator[tuple[object, object]]:
    """(margin box, its `content` value) of a page's running heads and feet."""
    boxes = _internals()[0]
    for margin in page_box(page).children:
        if isinstance(margin, boxes.MarginBox):
            yield margin, margin.style["content"]


def margin_alignment(margin) -> str:
    return margin.style["text_align_all"]


def first_text(margin):
    """The first text box of a margin box and its line, or None."""
    return next(walk_text(margin, None), None)


def counter_text(value: int, style: str) -> str:
    """A counter's value as the user agent's counter style writes it."""
    return _internals()[1].render_value(value, style)


def walk_text(box, line) -> Iterator[tuple[object, object]]:
    """Every text box under `box`, with the line it sits on."""
    boxes = _internals()[0]
    if isinstance(box, boxes.LineBox):
        line = box
    if isinstance(box, boxes.TextBox):
        yield box, line
        return
    for child in getattr(box, "children", ()):
        yield from walk_text(child, line)


def set_text(box, line, text: str, keep_right_edge: bool, anchor_share: float | None = None) -> None:
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
    _, _, Layout, line_size = _internals()
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
    boxes = _internals()[0]
    for child in getattr(box, "children", ()):
        if isinstance(child, (boxes.TextBox, boxes.AtomicInlineLevelBox)):
            yield child
        else:
            yield from _leaves(child)


# ----------------------------------------------------------------- plain views


@dataclass(frozen=True)
class TextLeaf:
    """A laid-out piece of text, as plain data."""
    text: str
    hyphen: str           # the hyphenate-character its style draws where a word breaks


def lines(page) -> Iterator[tuple[str | None, list[TextLeaf]]]:
    """(id of the nearest block with an id, its text pieces) of every line
    of the page's flow (not its running heads and feet: a paragraph's lines
    run on across a page turn). Nothing when the internals are unusable:
    callers then have nothing to correct (see `usable`)."""
    if usable():
        yield from _lines(page_box(page), None, _internals()[0])


def _lines(box, owner, boxes) -> Iterator[tuple[str | None, list[TextLeaf]]]:
    if isinstance(box, boxes.MarginBox):
        return
    element = getattr(box, "element", None)
    if element is not None and not isinstance(box, (boxes.InlineBox, boxes.TextBox, boxes.LineBox)) \
            and element.get("id"):
        owner = element.get("id")
    if isinstance(box, boxes.LineBox):
        yield owner, [_leaf(text) for text, _ in walk_text(box, None)]
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child, owner, boxes)


def flow_text(page) -> Iterator[tuple[tuple[str, ...], TextLeaf]]:
    """(ids of the elements around it, the text) of every text box of the
    page's flow, in order. Running heads and feet, and text that CSS makes
    (::before, ::after, ::marker), are not the book's text: left out.
    Nothing when the internals are unusable."""
    if usable():
        yield from _flow(page_box(page), (), _internals()[0])


def _flow(box, owners: tuple[str, ...], boxes) -> Iterator[tuple[tuple[str, ...], TextLeaf]]:
    if isinstance(box, boxes.MarginBox) or "::" in (getattr(box, "element_tag", "") or ""):
        return
    if isinstance(box, boxes.TextBox):
        yield owners, _leaf(box)
        return
    element = getattr(box, "element", None)
    if element is not None and element.get("id") and (not owners or owners[-1] != element.get("id")):
        owners = owners + (element.get("id"),)
    for child in getattr(box, "children", ()):
        yield from _flow(child, owners, boxes)


def _leaf(box) -> TextLeaf:
    return TextLeaf(box.text, box.style["hyphenate_character"])
