"""Render stage, the PDF: does a course use what only one whole document can lay out?

Inputs: the `Theme` (its search path: the course's stylesheets and
layouts come first). Outputs: the first page-dependent feature found in
the course's own files, as "file: what", or None.

A book laid out in parts (render.pdf.parts) is the same book as one
document because the parent gives each part what crosses the boundary:
the page numbers of ids, the running feet's page numbers, the side of the
page the appendices start on, and the book title's running string.
Anything else that crosses it, only one document can get right:

- `target-counter()`, `target-counters()`, `target-text()`: WeasyPrint
  resolves them only within the document it lays out;
- `counter(page)`, `counter(pages)` outside `@page` (in the text, where
  no running foot is renumbered), and any other counter a course runs
  through the book (`counter-reset`, `counter-increment`, `counter-set`):
  a part would start it again at zero;
- `string-set`: a running string set in the chapters and shown in the
  appendices;
- `@page :nth()`: page selectors that count the book's pages;
- an overridden `pdf/book.html`: the book's wrapper may carry anything.

The built-in files use none of these beyond what the parts carry, so a
course that uses one is laid out as one document (slower, never a
different book).
"""

from __future__ import annotations

import re
from pathlib import Path

from pack.theme import Theme

_TEXT_FEATURES = re.compile(
    r"target-counters?\s*\(|target-text\s*\(|counters?\s*\(\s*pages?\s*[,)]"
    r"|counter-(?:reset|increment|set)\s*:|string-set\s*:")
_PAGE_FEATURES = re.compile(r"@page[^{]*:nth\s*\(")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)

BOOK_LAYOUT = "layouts/pdf/book.html"


def page_dependent(theme: Theme, paper: str = "A4") -> str | None:
    """The first page-dependent feature in the course's own files, or None."""
    for name, path in theme.winners("layouts").items():
        if theme.origin(path) != "course":
            continue
        if name == BOOK_LAYOUT:
            return f"{name}: the course overrides the book's layout"
        found = _in_text(_read(path))
        if found:
            return f"{name}: {found}"
    for name in theme.stylesheets("pdf", paper):
        path = theme.resolve(name)
        if theme.origin(path) == "course":
            found = _in_stylesheet(_read(path))
            if found:
                return f"{name}: {found}"
    return None


def _in_stylesheet(css: str) -> str | None:
    css = _COMMENT.sub("", css)
    page_rule = _PAGE_FEATURES.search(css)
    if page_rule:
        return page_rule.group(0)
    return _in_text(outside_page_rules(css))


def _in_text(text: str) -> str | None:
    found = _TEXT_FEATURES.search(text)
    return found.group(0).rstrip(" (:") if found else None


def outside_page_rules(css: str) -> str:
    """The stylesheet without its `@page { ... }` blocks (running heads and
    feet, which the parts renumber), nested braces included."""
    out, position = [], 0
    for match in re.finditer(r"@page\b[^{]*\{", css):
        if match.start() < position:
            continue
        out.append(css[position:match.start()])
        depth, index = 1, match.end()
        while depth and index < len(css):
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            index += 1
        position = index
    out.append(css[position:])
    return "".join(out)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
