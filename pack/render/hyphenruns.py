"""Render stage, after layout: at most two hyphenated lines in a row.

Inputs: the PDF's HTML (with the soft hyphens of render.hyphenate) and a
function that lays it out (render.pdf.lay_out). Outputs: the laid-out
document and the HTML it was laid out from, in which no paragraph has
more than two lines in a row ending in a hyphen.

WeasyPrint 70 has no `hyphenate-limit-lines`, and where a line breaks is
known only after layout. So: lay out, find each third hyphenated line of
a run, take that word's soft hyphens out (in that paragraph only), and
lay out again; a few rounds settle it, as the lines a change moves are few.
The rounds are made on galleys (render.pdf.galley): first the blocks
that hold a soft hyphen, laid out alone before the book, then only the
paragraphs each round changed; the book itself is laid out once, and its
lines checked again.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from pack.render.hyphenate import SOFT_HYPHEN
from pack.render.pagelist import ends_hyphenated
from pack.render.pdf import compat, galley

LIMIT = 2
ROUNDS = 3
WORD_END = re.compile(r"[^\W\d_]+$")
WORD_START = re.compile(r"^[^\W\d_]+")
TAG = re.compile(r"<([A-Za-z][\w-]*)")


def lay_out_limited(html: str, lay_out: Callable[[str], object],
                    kept: list[tuple[str, str]] | None = None) -> tuple[object, str]:
    """The laid-out document and its HTML; `kept`, when given, receives every
    (element id, word) kept whole, in order, so that `keep_whole` makes the
    same HTML of another rendering of the same blocks (render.jobs: a book
    laid out in parts, written with `--keep-html` as one document).

    The runs are found and mended on a galley of the blocks that hold a
    soft hyphen (their lines break as in the book), before the book is
    laid out once; that layout is checked all the same, and mended with
    another full layout only if it still has a run (a stylesheet that
    makes a block's width depend on its page)."""
    kept = [] if kept is None else kept
    changed: set[str] = set()
    owners = galley.holding(html, SOFT_HYPHEN)
    if owners:
        html = _mend(html, third_hyphens(lay_out(galley.only(html, owners))), changed, lay_out, kept)
    document = lay_out(html)
    for _ in range(ROUNDS):
        words = third_hyphens(document, changed)
        if not words:
            break
        # Let go of this layout before the next one is made, not after: a
        # 16x book's layout holds about 450 MB, and both at once made the
        # build's peak (bench/results.md §13, round 23).
        document = None
        html = _mend(html, words, changed, lay_out, kept)
        document = lay_out(html)
    return document, html


def _mend(html: str, words: list[tuple[str, str]], changed: set[str],
          lay_out: Callable[[str], object], kept: list[tuple[str, str]]) -> str:
    """The HTML with these words kept whole and the rounds that follow
    settled on galleys; `changed` gains the paragraphs these words are in."""
    if not words:
        return html
    kept += words
    owners = {owner for owner, _ in words}
    html = _settle(keep_whole(html, words), changed | owners, lay_out, kept)
    changed.update(owners)
    return html


def _settle(html: str, changed: set[str], lay_out: Callable[[str], object],
            kept: list[tuple[str, str]]) -> str:
    """Further rounds on the changed paragraphs alone (a galley: their lines
    break as in the book), so the whole book is laid out once more, not once
    per round; the book's layout after it is checked again all the same.
    Each round lays out only the paragraphs the round before changed: the
    others' HTML is as it was in that round's galley, so are their lines."""
    changed, fresh = set(changed), set(changed)
    for _ in range(ROUNDS - 1):
        words = third_hyphens(lay_out(galley.only(html, fresh)), changed)
        if not words:
            break
        kept += words
        html = keep_whole(html, words)
        fresh = {owner for owner, _ in words}
        changed.update(fresh)
    return html


def third_hyphens(document, changed: set[str] = frozenset()) -> list[tuple[str, str]]:
    """(element id, word) to keep whole for each run of hyphenated lines
    beyond the limit: the word broken at the last of the run's lines that
    ends in a soft hyphen (a compound's own hyphen cannot be taken out);
    in a paragraph already `changed` in an earlier round, every word broken
    in the run, so that the rounds come to an end."""
    found, run = [], []
    lines = list(_lines(document))
    for index, line in enumerate(lines):
        owner, text, hyphen = line
        if not hyphen or (run and lines[run[-1]][0] != owner):
            run = []
        if not hyphen:
            continue
        run.append(index)
        if len(run) > LIMIT and owner:
            soft = [i for i in run if lines[i][2] != "-"]
            for i in (soft if owner in changed else soft[-1:]):
                word = _broken_word(lines, i)
                if word:
                    found.append((owner, word))
            run = []             # that line will end whole
    return found


def _broken_word(lines, index: int) -> str | None:
    """The word broken at the end of line `index`, whole (a line may hold a middle piece of it).
    Its rest is on the next line of the same element: a word broken at a
    page's foot is followed, in the page's lines, by that page's running head."""
    owner, text, hyphen = lines[index]
    head = WORD_END.search(text[:-len(hyphen)])
    following = next((lines[i] for i in range(index + 1, len(lines)) if lines[i][0] == owner), None)
    tail = WORD_START.search(following[1]) if following else None
    if not head or not tail or head.start() == 0:
        # (a line that is one piece of a word: the word is longer than a line, and kept
        # whole it would run past the margin, `overflow-wrap: normal` in styles/print.css)
        return None
    return head.group(0) + tail.group(0)


def keep_whole(html: str, words: list[tuple[str, str]]) -> str:
    """The HTML with each word's soft hyphens taken out of the element with that id."""
    for owner, word in words:
        start = html.find(f' id="{owner}"')
        tag = TAG.match(html, html.rfind("<", 0, start)) if start >= 0 else None
        if not tag:
            continue
        end = _closing(html, tag.group(1), tag.start())
        letters = (SOFT_HYPHEN + "?").join(re.escape(c) for c in word)
        pattern = re.compile(rf"(?<![^\W\d_]){letters}(?![^\W\d_])")
        html = html[:start] + pattern.sub(word, html[start:end]) + html[end:]
    return html


def _closing(html: str, name: str, start: int) -> int:
    """Where the element of tag `name` that opens at `start` closes: its own end
    tag, past any element of the same name inside it (a glossary's sections)."""
    depth = 0
    for match in re.compile(rf"<(/?){name}\b[^>]*>").finditer(html, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.start()
    return len(html)


def _lines(document) -> Iterator[tuple[str | None, str, str]]:
    """(id of the element the line belongs to, its text, the hyphen it ends in or "")."""
    for page in document.pages:
        for owner, texts in compat.lines(page):
            text = "".join(leaf.text for leaf in texts).replace(SOFT_HYPHEN, "")
            if texts and ends_hyphenated(texts[-1]):
                hyphen = texts[-1].hyphen
                yield owner, text if text.endswith(hyphen) else text + hyphen, hyphen
            else:               # a compound broken at its own hyphen counts too
                yield owner, text, "-" if text.endswith("-") else ""
