"""Render stage, typography: quotation marks and ranges as a typesetter sets them.

Inputs: a rendered HTML page or document and the book's language.
Outputs: the same HTML in which the article's straight quotes (`"` and
`'`) are the language's typographic marks (pack/lang/<code>/typography.toml:
“…” and ‘…’ for Indonesian and English, ’ for an apostrophe), and a
range ("1932–1939", "Mei–Juni") is wrapped in `<span class="range">`,
which the stylesheets keep on one line, so a line never ends in "1932–".
Not a letter of the text changes: a quote mark is replaced by a quote
mark. Applied to the PDF's and the EPUB's HTML alike.
"""

from __future__ import annotations

import re

from pack import lang as langdata
from pack.render.textruns import Run, inside, rewrite

# After these a quotation mark opens a quotation (with white space and the start of a run).
OPENERS = set("([{—–-/\u00a0")
RANGE = re.compile(r"\w+[–—]\w+")
# Text where markup cannot go (a document's title, a drawing's labels), or
# should not: a reading system may take a navigation link's label as its text
# alone. The printed contents (`nav.toc`) is a page like any other: its ranges are kept whole.
NO_MARKUP = {"title", "svg", "text", "tspan", "desc", "style", "script", "nav"}
PRINTED_CONTENTS = {"toc"}


def set_typography(html: str, lang: str) -> str:
    quotes = langdata.load(lang, "typography")["quotes"]
    return rewrite(html, lambda run: _typeset(run, quotes))


def _typeset(run: Run, quotes: dict) -> None:
    text = run.text
    if '"' in text or "'" in text:
        _quote(run, quotes)
    for piece in run.pieces:
        if ("–" in piece.text or "—" in piece.text) and _markup_allowed(piece):
            piece.text = RANGE.sub(lambda m: f'<span class="range">{m.group(0)}</span>', piece.text)


def _markup_allowed(piece) -> bool:
    if inside(piece, NO_MARKUP - {"nav"}):
        return False
    return not inside(piece, {"nav"}) or inside(piece, classes=PRINTED_CONTENTS)


def _quote(run: Run, quotes: dict) -> None:
    text = run.text
    out = list(text)
    double_open = False
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char == '"':
            opens = _opens(before, after, double_open)
            out[index] = quotes["double"][0 if opens else 1]
            double_open = opens
        elif char == "'":
            out[index] = _single(before, after, quotes)
    _write_back(run, out)


def _opens(before: str, after: str, already_open: bool) -> bool:
    starts = before.isspace() or before in OPENERS
    ends = after.isspace() or after in ".,;:!?)]}"
    if starts and not ends:
        return True
    if ends and not starts:
        return False
    return not already_open        # alone between spaces: alternate


def _single(before: str, after: str, quotes: dict) -> str:
    if before.isalnum() and (after.isalnum() or after.isspace() or after in ".,;:!?)"):
        return quotes["apostrophe"]          # Stalin's, Ma'ruf, the 1930s' ... 
    if (before.isspace() or before in OPENERS) and after.isdigit():
        return quotes["apostrophe"]          # '30s
    if (before.isspace() or before in OPENERS or before in "\"“") and not after.isspace():
        return quotes["single"][0]
    return quotes["single"][1]


def _write_back(run: Run, out: list[str]) -> None:
    """Hand each piece its share of the typeset characters."""
    position = 0
    for piece in run.pieces:
        length = len(piece.text)
        piece.text = "".join(out[position:position + length])
        position += length
