"""Render stage, the PDF: every use of WeasyPrint's private layout internals (and of its PDF writer's), fenced here.

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

Two capability checks, each run once per process before the first PDF,
for the two things done with the internals:

- `readable()`: the laid-out boxes can be walked (`Page._page_box`, the
  box classes) — what render.hyphenruns reads a layout's lines with (at
  most two hyphenated lines in a row) and render.pagelist the EPUB's page
  list. A tiny document's placeholder, running foot and line must be found.
- `usable()`: readable, and a laid-out box takes a number written into it
  (the Pango layout wrapper, the user-agent counter style) — the fast
  page numbering of render.pdf.pagerefs.

A third check, `references_cacheable()`, guards the one use of the PDF
writer's own workings (pydyf, which WeasyPrint writes with): while a
tagged PDF is written, the list of its pages' references is built once,
not once per structure element (`page_references_once`). When it fails,
the PDF is written as pydyf writes it: the same bytes, more slowly.

A fourth, `splitter_wrappable()`, guards the one change to how WeasyPrint
breaks lines (`trailing_space_hangs`, issue 18's loose lines): when it
fails, lines break as WeasyPrint breaks them. A fifth,
`candidates_prunable()`, guards the one change to how much work breaking
them takes (`hyphen_candidates_pruned`, issue 18's per-page cost): when
it fails, every soft hyphen is tried as WeasyPrint tries them. Two more
guard the rest of issue 18's per-page work: `notes_skippable()` the
cascade made without the user-agent sheet's footnote and note rules
when no element is a footnote or a note (`note_styles_when_needed`),
`svg_text_runnable()` SVG text drawn a run at a time, not a letter at a
time (`svg_text_by_run`); when either fails, WeasyPrint does that work
as it does.

When `usable()` fails, the PDF is built the plain CSS way —
`target-counter()`, one document — and one line on stderr says so
(render.pdf.choose_strategy). Where only the writing names moved (as the
counter style did in 69.0) the plain path still reads its lines, so it
runs the same hyphenation rounds as the usual path.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import math
import re
import sys
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

REASON: list[str] = []          # why the internals are unusable (for the one stderr line)


@functools.cache
def readable() -> bool:
    """Can a laid-out document's boxes be walked as this module expects? Checked once."""
    return _passes(_probe_reading)


@functools.cache
def usable() -> bool:
    """Are WeasyPrint's internals what this module expects, to read and to
    write numbers into? Checked once."""
    return readable() and _passes(_probe_writing)


def _passes(probe) -> bool:
    try:
        _quietly(probe)
    except Exception as exc:        # any difference at all means: do without
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
              "target-counter(), in one document: more slowly, and a line holding a page reference "
              "may break elsewhere.", file=sys.stderr)


_warned: list[bool] = []


def _boxes():
    """WeasyPrint's box classes, imported only when used (a missing one raises)."""
    from weasyprint.formatting_structure import boxes
    return boxes


def _writing():
    """The private names that write into a laid-out box (a missing one raises)."""
    from weasyprint.html import UA_COUNTER_STYLE
    from weasyprint.text.line_break import Layout, line_size
    return UA_COUNTER_STYLE, Layout, line_size


def _quietly(probe) -> None:
    """Run a probe with WeasyPrint's progress messages held back: they
    would read as the book's layout."""
    import logging
    progress = logging.getLogger("weasyprint.progress")
    level, progress.disabled = progress.disabled, True
    try:
        probe()
    finally:
        progress.disabled = level


def _probe_document():
    """A one-line document with a placeholder and a page counter."""
    import weasyprint
    html = ('<style>@page { size: 60mm 30mm; margin: 5mm; @bottom-center { content: counter(page) } }</style>'
            '<p id="p">x <a href="#p"><span class="pn" data-target="x">000</span></a> y</p>')
    return weasyprint.HTML(string=html).render()


def _probe_reading() -> None:
    """The placeholder, the running foot and the line must be found."""
    document = _probe_document()
    found = [box for box, line in placeholders(document, "pn")]
    page_lines = list(_lines(page_box(document.pages[0]), None, _boxes()))
    if len(found) != 1 or not any(margin_boxes(document.pages[0])) or is_blank(document.pages[0]) \
            or [(owner, "".join(leaf.text for leaf in leaves)) for owner, leaves in page_lines] != [("p", "x 000 y")]:
        raise LookupError("the laid-out boxes are not where they were")


def _probe_writing() -> None:
    """The placeholder must take its new text, and its link the number's width."""
    document = _probe_document()
    box, line = next(placeholders(document, "pn"))
    links, (_, _, (left, _, right, _), _) = link_areas(document), document.pages[0].links[0]
    set_text(box, line, "7", keep_right_edge=False)
    move_links(document, links)
    _, _, (new_left, _, new_right, _), _ = document.pages[0].links[0]
    if box.text != "7" or counter_text(7, "decimal") != "7" or new_left != left or not new_right < right:
        raise LookupError("a laid-out box did not take its new text")


# ----------------------------------------------------------------- the boxes


def placeholders(document, css_class: str) -> Iterator[tuple[object, object]]:
    """(text box, its line) of every element of class `css_class` still holding
    zeros: a `<span class="pn">`, or a page reference `<a class="pageref pn">`."""
    for page in document.pages:
        for box, line in walk_text(page_box(page), None):
            element = box.element
            if (element is not None and "::" not in box.element_tag   # not a ::before's label
                    and css_class in element.get("class", "").split() and box.text.strip("0") == ""):
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
    boxes = _boxes()
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
    return _writing()[0].render_value(value, style)


def walk_text(box, line) -> Iterator[tuple[object, object]]:
    """Every text box under `box`, with the line it sits on."""
    boxes = _boxes()
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
    _, Layout, line_size = _writing()
    layout = Layout(box.style)
    layout.set_text(text)
    line, _ = layout.get_first_line()
    return line_size(line, box.style)[0]


def _shift_after(line, patched, change: float) -> None:
    """Close up the line after the patched number, so no gap is left: what
    follows it moves, and the inline boxes that hold it (the number's span,
    its link) take its new width, so their link areas fit the number."""
    _close_up(line, patched, change, patched.position_x + 0.01)


def _close_up(box, patched, change: float, edge: float) -> None:
    for child in getattr(box, "children", ()):
        if child is patched:
            continue
        if _holds(child, patched):
            child.width += change
            _close_up(child, patched, change, edge)
        elif child.position_x > edge:
            child.translate(dx=change)          # with everything inside it


def _holds(box, wanted) -> bool:
    return any(child is wanted or _holds(child, wanted) for child in getattr(box, "children", ()))


def link_areas(document) -> list[list[tuple]]:
    """Where each link's box is, page by page (`Page.links` holds the
    rectangles as they were at layout; see `move_links`)."""
    return [[link[3].hit_area() for link in page.links] for page in document.pages]


def move_links(document, before: list[list[tuple]]) -> None:
    """Move and resize the links whose boxes moved or changed width since
    `link_areas`: a page reference after a shorter number lands where it
    is drawn, not where its placeholder was."""
    for page, areas in zip(document.pages, before):
        for index, (link, (x, _, width, _)) in enumerate(zip(page.links, areas)):
            kind, target, (x1, y1, x2, y2), box = link
            new_x, _, new_width, _ = box.hit_area()
            if (new_x, new_width) != (x, width):
                page.links[index] = (kind, target, (x1 + new_x - x, y1, x2 + new_x + new_width - x - width, y2), box)


# ----------------------------------------------------------------- plain views


@dataclass(frozen=True)
class TextLeaf:
    """A laid-out piece of text, as plain data."""
    text: str
    hyphen: str           # the hyphenate-character its style draws where a word breaks


def lines(page) -> Iterator[tuple[str | None, list[TextLeaf]]]:
    """(id of the nearest block with an id, its text pieces) of every line
    of the page's flow (not its running heads and feet: a paragraph's lines
    run on across a page turn). Nothing when the boxes cannot be read:
    callers then have nothing to correct (see `readable`)."""
    if readable():
        yield from _lines(page_box(page), None, _boxes())


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
    Nothing when the boxes cannot be read."""
    if readable():
        yield from _flow(page_box(page), (), _boxes())


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


# ----------------------------------------------------------------- the PDF writer


@contextmanager
def page_references_once():
    """While a PDF is written: pydyf's `PDF.page_references` (the tuple of
    every page's `n 0 R`) built once for as many pages, not at every read.

    pydyf 0.13 rebuilds that tuple each time it is read, and WeasyPrint's
    PDF/UA tagging reads it once for every structure element: pages ×
    elements. For the sample (81 pages, 10,134 reads) that is about a
    sixth of the tagged write; one read costs 23 µs at 81 pages and
    445 µs at 1,296 (16× the sample, about 160,000 elements: over a
    minute). The tuple depends only on the pages' object numbers, which
    are appended and never changed, so it is kept while the number of
    pages stays the same. Undone on leaving; without `references_cacheable()`
    nothing is changed."""
    if not references_cacheable():
        yield
        return
    import pydyf
    original = pydyf.PDF.__dict__.get("page_references")
    if not isinstance(original, property) or getattr(original.fget, _KEPT, False):
        yield                       # not pydyf's own, or already kept (a write within a write)
        return
    pydyf.PDF.page_references = property(_kept_references(original.fget))
    try:
        yield
    finally:
        pydyf.PDF.page_references = original


def _kept_references(build):
    def references(pdf):
        kids = pdf.pages["Kids"]
        key = (id(kids), len(kids))
        kept = pdf.__dict__.get(_KEPT)
        if kept is None or kept[0] != key:
            kept = pdf.__dict__[_KEPT] = (key, build(pdf))
        return kept[1]
    setattr(references, _KEPT, True)
    return references


_KEPT = "_teachpack_page_references"


@functools.cache
def references_cacheable() -> bool:
    """Is `pydyf.PDF.page_references` the property `page_references_once`
    expects, and does the kept tuple follow the pages added? Checked once."""
    try:
        _probe_references()
    except Exception:               # any difference at all: pydyf writes as it does
        return False
    return True


def _probe_references() -> None:
    import pydyf
    original = pydyf.PDF.__dict__["page_references"]
    if not isinstance(original, property):
        raise LookupError("pydyf's page_references is not a property")
    pdf, kept = pydyf.PDF(), _kept_references(original.fget)
    for count in (1, 2, 3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
        if kept(pdf) != original.fget(pdf) or len(kept(pdf)) != count:
            raise LookupError("the pages' references are not what they were")


# ----------------------------------------------------------------- all of them


@contextmanager
def laying_out():
    """Every wrapper this module puts around a layout (the book, its
    galleys, its parts): render.pdf.document.lay_out, and bench/ for
    measuring WeasyPrint as a build runs it."""
    with trailing_space_hangs(), hyphen_candidates_pruned(), note_styles_when_needed():
        yield


@contextmanager
def drawing():
    """Every wrapper this module puts around writing a laid-out document."""
    with page_references_once(), svg_text_by_run():
        yield


# ----------------------------------------------------------------- line breaking


@contextmanager
def trailing_space_hangs():
    """While a book is laid out: text that ends in a space just before an
    inline tag (`Israel <a>Golda Meir</a>`, `troops. <span id=…></span>York`)
    is measured without that space when the rest of it fits on the line.

    WeasyPrint 70's `split_first_line` measures the last line of a text box
    with its trailing space; when the text fits only without it, the line
    is taken as too long and falls back to the last soft hyphen in it — or
    to the first word alone — and the line is spread over the whole
    measure ("Revolution, based on innova-", 29 spaces wide). A space at
    the end of a line hangs (WeasyPrint takes it off the line right after,
    `trailing_whitespace_size`), so such text fits: it is laid out whole,
    and the inline element after it goes to the next line. Only a line
    the splitter cut at a soft hyphen, in text that ends in a space and
    short enough to fit (`_might_fit`), is checked again (one more split:
    21 of the sample's 6,800); every other line is as WeasyPrint makes it.
    The HTML cannot avoid the fault: a space moved inside the tag would be
    underlined with a term, joined to a date range that must not break
    (`white-space: nowrap`), and would carry the element's id to the end
    of the line above when the line breaks there.
    Undone on leaving; without `splitter_wrappable()` nothing is changed."""
    with _wrapped(splitter_wrappable, "weasyprint.layout.inline", "split_first_line", _hanging, _HANGING):
        yield


@contextmanager
def _wrapped(check, module_name: str, name: str, wrap, mark: str, table: str = ""):
    """The function `name` of WeasyPrint's module `module_name` replaced by
    `wrap(it)` (a function marked `mark`) while inside, and put back on
    leaving; left as it is when `check()` fails or when it is already
    wrapped (a layout within a layout). `table`: a dict of the module's
    that holds the function too, under keys of its own (weasyprint.svg's
    `TAGS`): its entries are replaced alike."""
    if not check():
        yield
        return
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    if getattr(original, mark, False):
        yield
        return
    replacement = wrap(original)
    entries = getattr(module, table) if table else {}
    keys = [key for key, value in entries.items() if value is original]
    setattr(module, name, replacement)
    entries.update((key, replacement) for key in keys)
    try:
        yield
    finally:
        setattr(module, name, original)
        entries.update((key, original) for key in keys)


_HANGING = "_teachpack_trailing_space_hangs"
_COLLAPSING = ("normal", "nowrap", "pre-line")     # where a trailing space is taken off
_SPLITTER = ["text", "style", "context", "max_width", "justification_spacing", "is_line_start", "minimum"]


def _hanging(split):
    def split_first_line(text, style, context, max_width, justification_spacing,
                         is_line_start=True, minimum=False):
        found = split(text, style, context, max_width, justification_spacing, is_line_start, minimum)
        layout, length, resume_index = found[:3]
        drawn = getattr(layout, "text", None)
        # The cheap tests first: this runs at every line split, the encoding only for a line
        # ending in a space (a hyphen drawn that the text does not hold: cut at a soft hyphen).
        if (resume_index is None or max_width is None or not text.endswith(" ")
                or style["white_space"] not in _COLLAPSING
                or not (isinstance(drawn, str) and len(drawn.encode()) > length)
                or not _might_fit(text.rstrip(" "), text.encode()[:length].decode(), found[3], max_width)):
            return found
        stripped = split(text.rstrip(" "), style, context, max_width, justification_spacing,
                         is_line_start, minimum)
        if stripped[2] is not None or stripped[3] > max_width:
            return found
        return split(text, style, context, math.inf, justification_spacing, is_line_start, minimum)
    setattr(split_first_line, _HANGING, True)
    return split_first_line


def _might_fit(whole: str, line: str, line_width: float, max_width: float) -> bool:
    """Could `whole` fit in `max_width`, at the mean width of the characters
    of the line cut from it? With a tenth to spare: only a guess of which
    lines to check again; the check itself lays the text out."""
    return bool(line) and len(whole) * line_width / len(line) <= max_width * 1.1


@functools.cache
def splitter_wrappable() -> bool:
    """Is WeasyPrint's line splitter, as the inline layout calls it, the
    function `trailing_space_hangs` expects? Checked once."""
    try:
        from weasyprint.layout import inline
        return list(inspect.signature(inline.split_first_line).parameters) == _SPLITTER
    except Exception:               # moved or renamed: lines break as WeasyPrint breaks them
        return False


# ----------------------------------------------------------------- soft hyphens tried


@contextmanager
def hyphen_candidates_pruned():
    """While a book is laid out: a soft hyphen that cannot end the line is
    not laid out to find that out. The same lines, fewer Pango layouts.

    WeasyPrint 70's `split_first_line`, when a line must end at a soft
    hyphen, lays out the line's text up to each soft hyphen of the rest of
    the text, with the hyphen drawn, from the last back, and keeps the
    first that Pango sets on one line within the measure (or, at the very
    first hyphen, on one line at all). Pango breaks a line at the last
    break that fits, and a soft hyphen is a break: when the text up to one
    soft hyphen was broken before a later soft hyphen (at `index`), the
    text up to that later one did not fit, so with a hyphen after it it
    does not fit either, and Pango breaks it too. Such a try gets back the
    layout already made, which also has a second line: the splitter goes
    on to the next soft hyphen exactly as it would have. Most of the tries
    saved follow a line Pango ended at a space: the first try, up to the
    last soft hyphen within reach, breaks at that space, and so would every
    shorter one. The student sample: 28,529 Pango layouts → 17,542, the
    same lines (the five books of bench/results.md: the same PDF bytes).
    Undone on leaving; without `candidates_prunable()` nothing is changed."""
    with _wrapped(candidates_prunable, "weasyprint.text.line_break", "create_layout", _pruning, _PRUNING):
        yield


_PRUNING = "_teachpack_hyphen_candidates_pruned"
_SOFT_HYPHEN = "\xad"
_CREATE_LAYOUT = ["text", "style", "context", "max_width", "justification_spacing"]


def _pruning(create):
    # The last try Pango broke: (its arguments but the text, its text up to
    # the soft hyphen, its layout, where its second line starts). Kept from
    # one line to the next: what it shows about a shorter text is Pango's
    # doing, whichever line asks; only the splitter's tries end in a soft
    # hyphen and the hyphen drawn.
    last: list = []

    def create_layout(text, style, context, max_width, justification_spacing):
        try_text = _soft_hyphen_try(text, style)
        if try_text is None:
            return create(text, style, context, max_width, justification_spacing)
        same = (style, context, max_width, justification_spacing)
        if last and _cannot_fit(last[0], same, last[1], try_text, last[3]):
            return last[2]
        layout = create(text, style, context, max_width, justification_spacing)
        index = layout.get_first_line()[1]
        last[:] = [same, try_text, layout, index] if index is not None else []
        return layout
    setattr(create_layout, _PRUNING, True)
    return create_layout


def _soft_hyphen_try(text: str, style) -> str | None:
    """The text up to its soft hyphen, when `text` is a soft hyphen's try
    (that text, then the hyphen drawn); else None."""
    drawn = style["hyphenate_character"]
    if not drawn or not text.endswith(_SOFT_HYPHEN + drawn):
        return None
    return text[:-len(drawn)]


def _cannot_fit(broken_as, same, broken_text: str, try_text: str, index: int) -> bool:
    """Pango broke `broken_text` (laid out as `broken_as`) at byte `index`:
    does that show `try_text`, a shorter text up to a soft hyphen within
    it, past that break, cannot fit on a line laid out the same way?"""
    (style, context, *widths), (new_style, new_context, *new_widths) = broken_as, same
    return (style is new_style and context is new_context and widths == new_widths   # the very same style
            and len(try_text) < len(broken_text) and broken_text.startswith(try_text)
            and len(try_text.encode()) > index)


@functools.cache
def candidates_prunable() -> bool:
    """Is WeasyPrint's Pango layout maker the function `hyphen_candidates_pruned`
    expects, called by name by the line splitter? Checked once."""
    try:
        from weasyprint.text import line_break
        return (list(inspect.signature(line_break.create_layout).parameters) == _CREATE_LAYOUT
                and "create_layout" in line_break.split_first_line.__code__.co_names
                and callable(line_break.Layout.get_first_line))
    except Exception:               # moved or renamed: every soft hyphen is tried
        return False


# ----------------------------------------------------------------- SVG text drawn


@contextmanager
def svg_text_by_run():
    """While a PDF is drawn: an SVG text whose letters stand one after the
    other is laid out and drawn as one run, not letter by letter. The same
    glyphs in the same places, far fewer Pango layouts and text objects.

    WeasyPrint 70 draws every SVG `<text>` and `<tspan>` letter by letter
    (`svg/text.py`: one Pango layout, one text object for each letter, each
    placed at the end of the one before), for the sake of per-letter `x`,
    `dy` or `rotate` lists. The timeline drawing has none: its labels are
    Latin text at one place each, and were 29 % of the text objects of
    the student sample (some 2,600 letters) and 11 % of its write's calls. Such a
    text (`_one_run`) is handed to WeasyPrint's own function as a single
    "letter" (`_Run`: a string that iterates as itself, whole), with
    kerning and ligatures off, as they are between letters laid out one by
    one: each glyph then advances by its own width, as it did. Any other
    text (per-letter positions, letter-spacing, `textLength`, right to
    left, joining scripts, combining marks) is drawn letter by letter.
    Undone on leaving; without `svg_text_runnable()` nothing is changed."""
    # draw_node finds text elements by comparing TAGS' entry with the name `text`: both change.
    with _wrapped(svg_text_runnable, "weasyprint.svg", "text", _by_run, _BY_RUN, table="TAGS"):
        yield


_BY_RUN = "_teachpack_svg_text_by_run"
# Attributes that give letters places or widths of their own.
_PER_LETTER = ("dx", "rotate", "textLength", "letter-spacing")
_SVG_TEXT = ["svg", "node", "font_size"]


class _Run(str):
    """A text that WeasyPrint's SVG text loop (`for char in node.text`)
    takes as one letter: it iterates as itself, whole. Everywhere else
    (Pango, slicing, encoding) it is the plain string."""

    def __iter__(self):
        yield str(self)


def _by_run(draw_text):
    def text(svg, node, font_size):
        letters = node.text
        if not _one_run(node, letters):
            return draw_text(svg, node, font_size)
        node._etree_node.text = _Run(letters)
        try:
            with _kerning_and_ligatures_off():
                return draw_text(svg, node, font_size)
        finally:
            node._etree_node.text = letters
    setattr(text, _BY_RUN, True)
    return text


def _one_run(node, letters) -> bool:
    """Would WeasyPrint place this text's letters one after the other,
    each glyph shaped alone as it would be in a run? Plain left-to-right
    text with at most one `x`, `y` and `dy` (the first letter's)."""
    if not isinstance(letters, str) or len(letters) < 2 or node.get("direction") == "rtl":
        return False
    if any(node.get(name) not in (None, "", "0") for name in _PER_LETTER):
        return False
    if any(len(str(node.get(name, "")).replace(",", " ").split()) > 1 for name in ("x", "y", "dy")):
        return False
    return all(_shaped_alone(char) for char in letters)


def _shaped_alone(char: str) -> bool:
    """Is a character's glyph the same alone as beside its neighbours
    (kerning and ligatures aside)? Latin, Greek, Cyrillic, punctuation and
    symbols; not combining marks, not the scripts that join or reorder."""
    code = ord(char)
    return (code < 0x0590 or 0x1E00 <= code < 0x2C00) and not unicodedata.combining(char) \
        and unicodedata.category(char) not in ("Mn", "Mc", "Me", "Cf")


@contextmanager
def _kerning_and_ligatures_off():
    # svg/text.py builds each text's style from INITIAL_VALUES, imported
    # inside the function at every call: a copy with kerning and ligatures
    # off is seen by that call alone.
    from weasyprint.css import properties
    initial = properties.INITIAL_VALUES
    properties.INITIAL_VALUES = {**initial, "font_kerning": "none", "font_variant_ligatures": "none"}
    try:
        yield
    finally:
        properties.INITIAL_VALUES = initial


@functools.cache
def svg_text_runnable() -> bool:
    """Is WeasyPrint's SVG text function what `svg_text_by_run` expects:
    the one entry of the text elements in the SVG module's table, drawing
    `node.text` letter by letter with a style made from INITIAL_VALUES at
    each call? Checked once."""
    try:
        import weasyprint.svg as svg
        from weasyprint.css import properties
        code = svg.text.__code__
        return (list(inspect.signature(svg.text).parameters) == _SVG_TEXT
                and all(svg.TAGS.get(tag) is svg.text for tag in ("text", "tspan"))
                and "INITIAL_VALUES" in code.co_varnames and "letters_positions" in code.co_varnames
                and "_etree_node" in svg.Node.text.fget.__code__.co_names      # what `_by_run` sets
                and {"font_kerning", "font_variant_ligatures"} <= set(properties.INITIAL_VALUES))
    except Exception:               # moved or renamed: SVG text is drawn letter by letter
        return False


# ----------------------------------------------------------------- styles of notes


@contextmanager
def note_styles_when_needed():
    """While a book is laid out: no styles made for the footnote and note
    pseudo-elements of every element when no element is a footnote or a
    note. The same boxes, a third of the computed styles.

    WeasyPrint 70's user-agent sheet gives every element five such
    pseudo-elements (`::footnote-call`, `::footnote-marker`, `::note-call`,
    `::note-marker`, `::note-callback`: universal rules), and the cascade
    makes a computed style for each — 11,740 of the student sample's
    17,559 — though only an element with `float: footnote` or
    `position: note()` ever asks for them (formatting_structure/build.py).
    The styles are made with the sheet less those five rules (`_lean_ua`);
    when some element turns out to be a footnote or a note (a course's
    stylesheet may make one), they are made again with the whole sheet.
    Undone on leaving; without `notes_skippable()` nothing is changed."""
    with _wrapped(notes_skippable, "weasyprint.css", "StyleFor", _lean_styles, _LEAN):
        yield


_LEAN = "_teachpack_note_styles_when_needed"
_STYLE_FOR = ["self", "html", "sheets", "presentational_hints", "font_config", "target_collector"]
# The five rules, each one line of WeasyPrint's html5_ua.css.
_NOTE_RULE = re.compile(r"^::(?:footnote|note)-[a-z]+ \{[^{}\n]*\}\n", re.M)


def _lean_styles(style_for):
    def styles_for(html, sheets, presentational_hints, font_config, target_collector):
        from weasyprint.html import UA_STYLESHEET
        lean = [(_lean_ua() if sheet is UA_STYLESHEET else sheet, origin, specificity)
                for sheet, origin, specificity in sheets]
        styles = style_for(html, lean, presentational_hints, font_config, target_collector)
        if not any(_makes_note(styles(element.etree_element)) for element in html.wrapper_element.iter_subtree()):
            return styles
        # A footnote or a note: its call and marker need the whole sheet's
        # styles. The anchors are collected already (the same either way).
        return style_for(html, sheets, presentational_hints, font_config, None)
    setattr(styles_for, _LEAN, True)
    return styles_for


def _makes_note(style) -> bool:
    """Does an element of this style ask for note pseudo-elements (as
    formatting_structure/build.py tests it)?"""
    return style is not None and (style["float"] == "footnote" or style["position"][0] == "note()")


@functools.cache
def _lean_ua():
    """WeasyPrint's user-agent sheet less its five note pseudo-element rules.
    Its `@counter-style` rules go to a counter style of their own: WeasyPrint
    has those of the whole sheet already (`html._ua_counter_style`), and
    refuses to define them twice (a warning for each)."""
    import weasyprint
    from weasyprint.css.counters import CounterStyle
    from weasyprint.html import UA
    return weasyprint.CSS(string=_NOTE_RULE.sub("", UA), counter_style=CounterStyle())


@functools.cache
def notes_skippable() -> bool:
    """Are WeasyPrint's cascade and user-agent sheet what
    `note_styles_when_needed` expects: `StyleFor` called by name with the
    sheets, the sheet's five note rules one line each? Checked once."""
    try:
        from weasyprint import css
        from weasyprint.html import UA
        names = {match.group(0).split(" ", 1)[0] for match in _NOTE_RULE.finditer(UA)}
        return (list(inspect.signature(css.StyleFor.__init__).parameters) == _STYLE_FOR
                and "StyleFor" in css.get_all_computed_styles.__code__.co_names
                and names == {f"::{kind}" for kind in ("footnote-call", "footnote-marker", "note-call",
                                                       "note-marker", "note-callback")})
    except Exception:               # moved or renamed: every element's note styles are made
        return False
