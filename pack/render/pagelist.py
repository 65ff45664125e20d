"""Render stage, the EPUB's page list: the printed book's page breaks in the EPUB.

Inputs: a laid-out PDF document (the PDF of the same build, edition and
paper) and, later, the EPUB's rendered XHTML pages. Outputs: where each
PDF page begins — `PageStart(page, owner, words)`: the page's first line
is in the element with id `owner`, after `words` words of its text — and
the EPUB pages with an invisible page-break marker at each of those
places (`<span epub:type="pagebreak" role="doc-pagebreak" id="page-N"
aria-label="N"/>`), which the navigation document lists as its
`page-list`. A page reference said in class ("turn to page 37") then
works in the EPUB too.

A place is counted in words of letters, text node by text node, on both
sides: what the PDF adds itself (paragraph numbers, page numbers, "hlm."
labels) is drawn by CSS or written in digits, so the two texts agree
word for word; a word that a line break hyphenated is one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from pack.render.hyphenate import SOFT_HYPHEN
from pack.render.pdf import compat
from pack.render.textruns import TOKEN, TAG_NAME, VOID

WORD = re.compile(r"[^\W\d_]+")
ID_ATTR = re.compile(r'\sid="([^"]+)"')
ENTITY = re.compile(r"&#?\w+;")
# Text the EPUB shows and the PDF does not draw as text: a drawing's words,
# and the chapter label of a page reference (print.css shows the page number instead).
UNCOUNTED_TAGS = {"svg"}
UNCOUNTED_CLASSES = {"ref-label"}
CLASS_ATTR = re.compile(r'\sclass="([^"]*)"')
BLOCK_THEN_MARKER = re.compile(r'(<(?:h[1-6]|p)\b[^>]*>)(<span epub:type="pagebreak"[^>]*></span>)')


@dataclass(frozen=True)
class PageStart:
    page: int          # printed page number
    owner: str         # id of the innermost element with an id around the page's first text
    words: int         # words of the owner's text before the page begins


def page_starts(document, first_page: int = 1) -> list[PageStart]:
    """Where each page of a laid-out document begins (pages without text have none)."""
    starts: list[PageStart] = []
    seen: dict[str, int] = {}              # id -> words of that element laid out so far
    page_seen, rest_of_word = -1, False
    for index, owners, text, hyphenated in _leaves(document):
        if index != page_seen and owners:
            starts.append(PageStart(first_page + index, owners[-1], seen.get(owners[-1], 0)))
            page_seen = index
        words = len(WORD.findall(text)) - (1 if rest_of_word and WORD.match(text) else 0)
        for owner in owners:
            seen[owner] = seen.get(owner, 0) + words
        rest_of_word = hyphenated
    return starts


def _leaves(document) -> Iterator[tuple[int, tuple[str, ...], str, bool]]:
    """(page index, ids of the elements around it, text, whether it ends in a
    hyphen the layout put in) of every text box of the pages' flow, in order
    (render.pdf.compat.flow_text: running heads and CSS-made text left out)."""
    for index, page in enumerate(document.pages):
        for owners, leaf in compat.flow_text(page):
            yield index, owners, leaf.text.replace(SOFT_HYPHEN, ""), ends_hyphenated(leaf)


def ends_hyphenated(leaf: compat.TextLeaf) -> bool:
    """Whether a line ends in this text with a word broken by hyphenation:
    WeasyPrint leaves the hyphen in the text, or (when Pango broke at the soft
    hyphen itself and draws the hyphen) the soft hyphen."""
    return leaf.text.endswith(SOFT_HYPHEN) or (bool(leaf.hyphen) and leaf.text.endswith(leaf.hyphen))


# ----------------------------------------------------------------- the EPUB side


def mark_pages(xhtml: str, starts: list[PageStart]) -> tuple[str, list[PageStart]]:
    """The page with a page-break marker at each start whose owner it holds,
    and the starts it placed."""
    wanted = {}
    for start in starts:
        wanted.setdefault(start.owner, []).append(start)
    if not wanted:
        return xhtml, []
    tokens = TOKEN.split(xhtml)
    placed: list[PageStart] = []
    counting: list[list] = []          # [owner id, depth, words so far, pending starts]
    uncounted: list[int] = []          # depths of the open elements whose text is not counted
    depth = 0
    for index, token in enumerate(tokens):
        if index % 2:
            depth = _track(token, depth, counting, wanted, uncounted)
            continue
        if counting and token and not uncounted:
            tokens[index] = _place_in_text(token, counting, placed)
    return _before_blocks("".join(tokens)), placed


def _before_blocks(xhtml: str) -> str:
    """A marker at the very start of a heading or paragraph goes just before
    it: a heading's name stays its own words ("A", not "37 A")."""
    while True:
        moved = BLOCK_THEN_MARKER.sub(r"\2\1", xhtml)
        if moved == xhtml:
            return xhtml
        xhtml = moved


def _track(token: str, depth: int, counting: list, wanted: dict, uncounted: list[int]) -> int:
    """Follow the open elements: which wanted ids are open, and whether their text counts."""
    match = TAG_NAME.match(token)
    if not match or token.startswith("<!"):
        return depth
    name = match.group(1).lower()
    if token.startswith("</"):
        while counting and counting[-1][1] == depth:
            counting.pop()
        if uncounted and uncounted[-1] == depth:
            uncounted.pop()
        return depth - 1
    if name in VOID or token.endswith("/>"):
        return depth
    depth += 1
    classes = CLASS_ATTR.search(token)
    if name in UNCOUNTED_TAGS or (classes and UNCOUNTED_CLASSES & set(classes.group(1).split())):
        uncounted.append(depth)
    found = ID_ATTR.search(token)
    if found and found.group(1) in wanted:
        counting.append([found.group(1), depth, 0, sorted(wanted[found.group(1)], key=lambda s: s.words)])
    return depth


def _place_in_text(text: str, counting: list, placed: list[PageStart]) -> str:
    """Count the text's words for every element being counted, and put a
    marker before the word where a page of the innermost one begins."""
    out, position = [], 0
    # An entity (&amp;) is one character of text, not a word.
    masked = ENTITY.sub(lambda m: " " * len(m.group(0)), text)
    for match in WORD.finditer(masked):
        for entry in counting:
            owner, _, count, pending = entry
            while pending and pending[0].words <= count:
                start = pending.pop(0)
                out.append(text[position:match.start()])
                out.append(marker(start.page))
                position = match.start()
                placed.append(start)
            entry[2] = count + 1
    out.append(text[position:])
    return "".join(out)


def marker(page: int) -> str:
    return (f'<span epub:type="pagebreak" role="doc-pagebreak" id="page-{page}" '
            f'aria-label="{page}"></span>')
