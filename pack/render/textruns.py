"""Render stage, text passes: the text of rendered HTML, run by run.

Inputs: a rendered HTML or XHTML document (from render.html). Outputs:
the same document after a function has rewritten its text, where a
*run* is the text of one block (a paragraph, a list item, a heading …)
split only by inline tags such as a term's link. render.typography
(quotes, ranges) and render.hyphenate (soft hyphens) work on runs, so a
quotation mark before a link knows the word after it, and a paragraph's
last word is known even when it sits in a link.

Only text between tags is handed out; tags, attributes, comments and the
contents of <style> and <script> pass through untouched. The entities
that Jinja writes for quotation marks (&#34; &#39;) are handed out as the
characters they stand for, which is what they are in HTML and XHTML text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
TAG_NAME = re.compile(r"</?\s*([A-Za-z][\w:.-]*)")
CLASS_ATTR = re.compile(r'\bclass="([^"]*)"')
# Tags that sit inside a line of text: they do not end a run.
INLINE = {"a", "abbr", "b", "bdi", "cite", "code", "em", "i", "q", "small", "span", "strong",
          "sub", "sup", "time", "u", "mark", "tspan"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
RAW = {"style", "script"}
ENTITIES = {"&#34;": '"', "&quot;": '"', "&#39;": "'", "&apos;": "'"}


@dataclass
class Piece:
    """One text node of a run, and the open elements around it (innermost last),
    each as (tag name, its classes)."""
    text: str
    within: tuple[tuple[str, frozenset[str]], ...]


@dataclass
class Run:
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def rewrite(html: str, change: Callable[[Run], None]) -> str:
    """The document with `change` applied to every run (it edits `piece.text`)."""
    tokens = TOKEN.split(html)
    stack: list[tuple[str, frozenset[str]]] = []
    runs: list[Run] = [Run()]
    places: list[tuple[int, Piece]] = []
    for index, token in enumerate(tokens):
        if index % 2:            # a tag or a comment
            _follow(token, stack, runs)
            continue
        if not token or (stack and stack[-1][0] in RAW):
            continue
        piece = Piece(_decode(token), tuple(stack))
        runs[-1].pieces.append(piece)
        places.append((index, piece))
    for run in runs:
        if run.pieces:
            change(run)
    for index, piece in places:
        tokens[index] = piece.text
    return "".join(tokens)


def _follow(token: str, stack: list, runs: list[Run]) -> None:
    """Keep the stack of open elements; a block tag starts a new run."""
    match = TAG_NAME.match(token)
    if not match:
        return
    name = match.group(1).lower().split(":")[-1]
    if name not in INLINE:
        runs.append(Run())
    if token.startswith("</"):
        while stack:
            if stack.pop()[0] == name:
                break
    elif name not in VOID and not token.endswith("/>"):
        classes = CLASS_ATTR.search(token)
        stack.append((name, frozenset(classes.group(1).split()) if classes else frozenset()))


def _decode(text: str) -> str:
    for entity, char in ENTITIES.items():
        text = text.replace(entity, char)
    return text


def inside(piece: Piece, names: set[str] = frozenset(), classes: set[str] = frozenset()) -> bool:
    """Whether the piece lies within an element of one of these tag names or classes."""
    return any(tag in names or cls & classes for tag, cls in piece.within)
