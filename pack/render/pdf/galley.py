"""Render stage, the PDF: a galley — the book's HTML with only a few blocks left to lay out.

Inputs: the PDF's HTML and the ids of some blocks (paragraphs, list
items …). Outputs: the same HTML in which every other element of the
body is hidden (`display: none`), so WeasyPrint lays out those blocks
alone, in a few pages instead of the whole book.

Why: where a paragraph's lines break depends only on its text, its
styles and its width — not on the page it falls on. render.hyphenruns
changes a few paragraphs after a layout and must see their new lines;
laying out just them (a galley, as a typesetter proofs a passage) costs a
fraction of laying out the book again.

What keeps their lines the same as in the book: each kept block stays
inside its own ancestors (their margins, padding and classes give it its
width and styles), and the hidden elements stay in the document (hidden,
not removed), so selectors that look at siblings (`p + p`, `:nth-child`)
match as before. Only the numbers of CSS counters change (hidden elements
count nothing), and a counter drawn in a fixed-width box does not move a
line. The hiding is an inline style put first in the tag, which no
stylesheet outranks; the element's own style attribute, if any, comes
after it and is ignored by the HTML parser. The pages are made very long
and the lines flush left (neither the page's height nor the alignment
moves a line break): less to lay out.

`holding` names the blocks a galley of every hyphenated paragraph keeps.
"""

from __future__ import annotations

import re

from pack.render.textruns import INLINE, TAG_NAME, TOKEN, VOID

HIDE = ' style="display: none !important"'
# A galley is for its lines' breaks alone. Its page is the book's page made
# very long: the same width, so the same lines, but a few pages to make
# instead of one per book page (the sample's galley of every hyphenated
# block: 19 pages, not 75; 11 % fewer calls); only the foot margin moves,
# so a named page keeps its own width. Its lines are set flush left: in
# WeasyPrint a line is aligned (justified) after it is broken, and the
# justification's Pango layouts are 15 % of such a galley's.
PROOF_STYLE = "<style>@page { margin-bottom: -3000mm !important } * { text-align: left !important }</style>"
ID_ATTR = re.compile(r'\sid="([^"]*)"')


def only(html: str, ids: set[str]) -> str:
    """The HTML with every element of the body hidden but the blocks with
    these ids, their ancestors and what is inside them. A hidden element
    is left empty: what it held costs nothing to read or style."""
    tokens = TOKEN.split(html)
    parents, ends = _tree(tokens)
    ancestors: set[int] = set()
    kept: set[int] = set()
    for index, (_, element_id) in parents.items():
        if element_id in ids:
            kept.add(index)
            ancestors.update(_chain(parents, index))
    emptied = 0                       # the end of the last element emptied
    for index in _body_elements(tokens, parents):
        if index < emptied:
            continue
        chain = _chain(parents, index)
        if chain[0] in ancestors and index not in kept | ancestors and not kept.intersection(chain):
            tokens[index] = _hidden(tokens[index])
            if index in ends:
                tokens[index + 1:ends[index]] = [""] * (ends[index] - index - 1)
                emptied = ends[index]
    return _proof_style("".join(tokens))


def _proof_style(html: str) -> str:
    head = html.find("</head>")
    return html if head < 0 else html[:head] + PROOF_STYLE + html[head:]


def holding(html: str, character: str) -> set[str]:
    """The ids of the blocks whose text holds `character`: for each text
    that does, its nearest enclosing element with an id that is not an
    inline tag (a term's link with an id lies inside its paragraph's line,
    which is the paragraph's). The owners render.pdf.compat.lines gives
    those lines, as long as the stylesheets keep inline tags inline."""
    found: set[str] = set()
    stack: list[tuple[str, str | None]] = []
    for index, token in enumerate(TOKEN.split(html)):
        if not index % 2:
            if character in token:
                owner = next((i for name, i in reversed(stack) if i and name not in INLINE), None)
                found.update([owner] if owner else [])
            continue
        match = TAG_NAME.match(token)
        if not match:
            continue
        name = match.group(1).lower()
        if token.startswith("</"):
            while stack and stack.pop()[0] != name:
                pass
        elif name not in VOID and not token.endswith("/>"):
            element_id = ID_ATTR.search(token)
            stack.append((name, element_id.group(1) if element_id else None))
    return found


def _tree(tokens: list[str]) -> tuple[dict[int, tuple[int | None, str | None]], dict[int, int]]:
    """Each start tag's token index -> (its parent's token index, its id);
    and -> the index of its end tag, where it has one."""
    parents: dict[int, tuple[int | None, str | None]] = {}
    ends: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for index in range(1, len(tokens), 2):
        token = tokens[index]
        match = TAG_NAME.match(token)
        if not match:
            continue
        name = match.group(1).lower()
        if token.startswith("</"):
            while stack:
                open_name, start = stack.pop()
                if open_name == name:
                    ends[start] = index
                    break
            continue
        element_id = ID_ATTR.search(token)
        parents[index] = (stack[-1][1] if stack else None, element_id.group(1) if element_id else None)
        if name not in VOID and not token.endswith("/>"):
            stack.append((name, index))
    return parents, ends


def _chain(parents: dict, index: int) -> list[int]:
    """The token indexes of an element's ancestors."""
    chain = []
    parent = parents[index][0]
    while parent is not None:
        chain.append(parent)
        parent = parents[parent][0]
    return chain


def _body_elements(tokens: list[str], parents: dict) -> list[int]:
    """The start tags inside <body>."""
    body = next((i for i in parents if TAG_NAME.match(tokens[i]).group(1).lower() == "body"), None)
    if body is None:
        return []
    return [i for i in parents if body in _chain(parents, i)]


def _hidden(token: str) -> str:
    name = TAG_NAME.match(token)
    return token[:name.end()] + HIDE + token[name.end():]
