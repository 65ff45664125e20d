"""Formulas as the text-extract service prints them, lifted out of the text.

Wikipedia's TextExtracts prints a formula (inline or display) as a column
of single symbols on indented lines, one a line, then its LaTeX source on
a line of its own, `{\\displaystyle ...}`, then a line of only spaces;
the text the formula sat in goes on after it on a line that opens with
one space (" is power (in watts)"). Read as paragraphs, the column becomes
paragraphs of one letter and the source a paragraph of LaTeX commands that
the glossary took for terms ("frac", "nabla", "mathbf").

`lift` takes every such block out of the text. A short formula (a symbol
or two: "s wave vs. d wave", "P is power") goes back into its sentence as
its symbols; a longer one becomes a line of its own holding a marker, which
`formula_blocks` turns into a ("f", source) block the book prints as a
formula, so no extractor reads it. Nothing here depends on the language.
"""

from __future__ import annotations

import re

SOURCE = re.compile(r"^\s+\{\\displaystyle\s?(.*)\}\s*$")
# A line of the symbol column: only spaces, or indented by two or more.
COLUMN = re.compile(r"^(?:\s*|[ \t]{2,}\S.*)$")
# The text the formula sat in goes on after it on a line opening with one space.
CONTINUED = re.compile(r"^ \S")
# At most this many symbols (no spaces) are put back into the sentence.
INLINE_SYMBOLS = 3
# An accent the column prints as a symbol of its own after its letter
# ("V", "˙" for a dotted V) goes back onto the letter, as a combining mark.
ACCENTS = str.maketrans({"\u02d9": "\u0307", "\u00af": "\u0304", "\u02dc": "\u0303",
                         "\u00a8": "\u0308", "\u02c6": "\u0302"})
MARK = "\ue000formula{}\ue000"
MARKED = re.compile(r"^\ue000formula(\d+)\ue000$")


def lift(text: str) -> tuple[str, list[str]]:
    """The text with every formula block lifted out, and the display
    formulas' sources (the markers left in the text number them)."""
    if "{\\displaystyle" not in text:
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    sources: list[str] = []
    index = 0
    while index < len(lines):
        match = SOURCE.match(lines[index])
        if not match:
            out.append(lines[index])
            index += 1
            continue
        symbols = _column(out)
        index += 1
        if index < len(lines) and not lines[index].strip():
            index += 1            # the line of spaces that closes the block
        going_on = index < len(lines) and CONTINUED.match(lines[index])
        if len(symbols) <= INLINE_SYMBOLS:
            _inline(out, symbols, lines[index] if going_on else "")
        else:
            sources.append(readable(match.group(1)))
            out += ["", MARK.format(len(sources) - 1), ""]
            if going_on:
                out.append(lines[index].strip())
        if going_on:
            index += 1
    return "\n".join(out), sources


def _column(out: list[str]) -> str:
    """Take the symbol column off the end of `out`; its symbols, joined."""
    start = len(out)
    while start and out[start - 1] and COLUMN.match(out[start - 1]):
        start -= 1
    symbols = "".join(line.strip() for line in out[start:])
    del out[start:]
    return symbols[:1] + symbols[1:].translate(ACCENTS)


def _inline(out: list[str], symbols: str, going_on: str) -> None:
    """Put a short formula's symbols back into its sentence: joined to the
    line before when that is text (not blank, not a heading), and to the
    text that goes on after it."""
    before = out[-1] if out and out[-1].strip() and not out[-1].lstrip().startswith(("=", "#")) else None
    piece = symbols + going_on
    if before is None:
        out.append(piece)
    else:
        out[-1] = before.rstrip() + ("" if before.rstrip().endswith("(") else " ") + piece


def readable(source: str) -> str:
    """The LaTeX source as printed: spacing commands as spaces, the thin
    space TeX writers put at a formula's end dropped."""
    source = re.sub(r"\s*\\q?quad\b\s*", "    ", source.strip())
    return re.sub(r"\s*\\[,;!]$", "", source)


def formula_blocks(blocks: list[tuple], sources: list[str]) -> list[tuple]:
    """Paragraph blocks that are a formula's marker as ("f", source) blocks."""
    if not sources:
        return blocks
    out = []
    for block in blocks:
        match = MARKED.match(block[1]) if block[0] == "p" else None
        out.append(("f", sources[int(match.group(1))]) if match else block)
    return out
