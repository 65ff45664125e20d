"""Read stage, part 2: clean text becomes an `Article` of chapters.

Inputs: text from `decode`, the language code, the file name. Outputs: an
`Article` with stable ids. Knows three text layouts and nothing about books:

- wiki sections, as Wikipedia's text-extract service returns them: one
  paragraph per line, headings `== H2 ==`, `=== H3 ===` ...;
- Markdown: `#` headings, paragraphs separated by blank lines;
- plain text with no headings: paragraphs separated by blank lines (or one
  per line when the lines are long), all in one chapter.

Paragraphs the export ran together are split again, and a bracket it
emptied of its pronunciation ("Lisbon (; Portuguese: ...)") is mended.
Formulas as the export prints them (a column of symbols, then the LaTeX
source) are lifted out first (`formulas`): a display formula goes with the
paragraph before it, never into a paragraph's text.
The text before the first heading (the lead) becomes the introduction.
Sections with no text at any depth are dropped; so are back-matter
sections (references, external links) named in the language data, and
sections that are lists of references under any heading (`backmatter`),
all but their sentences of text (a lead-in about the works, a paragraph
glued onto an entry), which stay as one short paragraph, a section of the
chapter before. The lines under
"See also" are kept as related articles.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.model import Article, Paragraph, Section
from pack.read import formulas
from pack.read.backmatter import is_reference_list, told_beside
from pack.text.sentences import abbreviations, glued_ends

OUTLINE = "the article has headings but no text: the book shows its outline"
WIKI_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*(={0,6})\s*$")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_LINK = LazyPattern(r"!?\[([^\]]*)\]\([^)]*\)")
# Which glued sentence ends (`glued_ends`) the reader takes as paragraph
# breaks: a stop right after a letter, digit or bracket, before a capitalised
# word of three letters or more ("the world.Indigenous"). Splitting the
# paragraph at every glued end ('"Honest Abe".Lincoln', "in 2021.At") lost
# who's-who and timeline entries that lean on their paragraph (tuning set:
# who's-who recall 377 -> 375, all events 257 -> 256); those stay sentences.
PARAGRAPH_BREAK = LazyPattern(r"(?<=[a-z\u00e0-\u00ff0-9)\]][.!?])[A-Z][a-z\u00e0-\u00ff]{2,}")
# A bracket whose first item the text-extract service left out (a
# pronunciation: "Lisbon (; Portuguese: Lisboa [liʒˈβoɐ] ) is"), or an empty one.
EMPTIED_BRACKET = re.compile(r" ?\(\s*(?:;|(?=\)))\s*")


class _Formula(str):
    """A display formula's source among a node's paragraphs (`_section`
    gives it to the paragraph before it)."""


@dataclass
class _Node:
    """A heading and what follows it, before ids are given out."""

    title: str
    level: int
    paragraphs: list[str] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)

    def has_text(self) -> bool:
        return bool(self.paragraphs) or any(c.has_text() for c in self.children)


def detect_layout(text: str) -> str:
    """'wiki', 'markdown' or 'plain'."""
    lines = text.split("\n")
    wiki = sum(1 for line in lines if line.startswith("=") and WIKI_HEADING.match(line))
    markdown = sum(1 for line in lines if MD_HEADING.match(line))
    if wiki and wiki >= markdown:
        return "wiki"
    if markdown:
        return "markdown"
    return "plain"


def parse(text: str, lang: str, id_prefix: str = "") -> tuple[Article, str]:
    """The article and the layout it was read as.

    `id_prefix` keeps ids unique when a course binds several articles.
    """
    text, sources = formulas.lift(text)
    layout = detect_layout(text)
    if layout == "wiki":
        blocks = _wiki_blocks(text)
    elif layout == "markdown":
        blocks = _markdown_blocks(text)
    else:
        blocks = [("p", para) for para in _plain_paragraphs(text)]
    blocks = formulas.formula_blocks(blocks, sources)
    blocks, emptied = _each_paragraph(blocks, _mend_brackets)
    blocks, glued = _each_paragraph(blocks, lambda text: _split_glued(text, abbreviations(lang)))
    doc_title, blocks = _take_document_title(blocks, layout)
    lead, nodes = _tree(blocks)
    article = _article(lead, nodes, lang, doc_title, id_prefix)
    if emptied:
        article.repairs.append(f"mended {emptied} brackets whose first item (a pronunciation) was left out")
    if glued:
        article.repairs.append(f"split {glued} paragraphs that ran together")
    return article, layout


# ------------------------------------------------------------ layouts


def _wiki_blocks(text: str) -> list[tuple]:
    blocks: list[tuple] = []
    for line in text.split("\n"):
        line = _tidy(line)
        if not line:
            continue
        match = WIKI_HEADING.match(line) if line.startswith("=") else None
        if match and match.group(2).strip("= "):
            # Unbalanced "=== Title ==": the opening run decides the level.
            blocks.append(("h", len(match.group(1)), match.group(2).strip("= ")))
        elif match:
            continue          # a line of only "=" signs is decoration
        else:
            blocks.append(("p", line))
    return blocks


def _markdown_blocks(text: str) -> list[tuple]:
    blocks: list[tuple] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            blocks.append(("p", _tidy(" ".join(pending))))
            pending.clear()

    for raw in text.split("\n"):
        match = MD_HEADING.match(raw)
        if match and not match.group(2).strip("#= "):
            flush()          # a heading with no title is decoration
        elif match:
            flush()
            blocks.append(("h", len(match.group(1)), _tidy(MD_LINK.sub(r"\1", match.group(2)))))
        elif not raw.strip():
            flush()
        else:
            line = MD_LINK.sub(r"\1", raw.strip())
            if re.match(r"^([-*+]|\d+[.)])\s+", line):
                flush()          # each list item is a paragraph of its own
            pending.append(line)
    flush()
    return [b for b in blocks if b[0] == "h" or b[1]]


def _plain_paragraphs(text: str) -> list[str]:
    chunks = [c for c in re.split(r"\n\s*\n", text) if c.strip()]
    lines = [line for line in text.split("\n") if line.strip()]
    long_lines = sum(1 for line in lines if len(line) > 200)
    if len(chunks) == 1 or long_lines * 2 >= len(lines):
        # One paragraph per line (the text-extract style, or no blank lines).
        return [tidy for tidy in map(_tidy, lines) if tidy]
    # Hard-wrapped text: lines inside a blank-line block belong together.
    return [_tidy(" ".join(chunk.split("\n"))) for chunk in chunks if _tidy(chunk)]


def _tidy(text: str) -> str:
    """Collapse runs of white space; the words themselves are kept exactly."""
    return " ".join(text.split())      # (str.split's white space is the same as the pattern \s)


def _each_paragraph(blocks: list[tuple], mend) -> tuple[list[tuple], int]:
    """Each paragraph block replaced by the paragraphs `mend` makes of its
    text (`mend(text)` -> (texts, count of repairs)), and the repairs counted."""
    out: list[tuple] = []
    count = 0
    for block in blocks:
        if block[0] != "p":
            out.append(block)
            continue
        texts, repairs = mend(block[1])
        out.extend(("p", text) for text in texts)
        count += repairs
    return out, count


def _mend_brackets(text: str) -> tuple[list[str], int]:
    """"(; 12 February 1809 – 1882)" keeps what follows the semicolon,
    "Tokyo (; Japanese: 東京 )" without the space before its close; a
    bracket with nothing left ("(; )", "()") goes with the space before it.
    The article's other brackets are left as written."""
    pieces: list[str] = []
    done = count = 0
    for match in EMPTIED_BRACKET.finditer(text):
        if match.start() < done:
            continue                 # inside a bracket already mended
        close = _closing_bracket(text, match.end())
        if close < 0:
            continue
        inner = text[match.end():close].rstrip()
        space = " " if match.group().startswith(" ") else ""
        pieces += [text[done:match.start()], f"{space}({inner})" if inner else ""]
        done, count = close + 1, count + 1
    return ["".join(pieces) + text[done:]], count


def _closing_bracket(text: str, at: int) -> int:
    """Where the bracket open before `at` closes (brackets inside counted), or -1."""
    depth = 1
    for index in range(at, len(text)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return -1


def _split_glued(text: str, abbreviated: frozenset[str]) -> tuple[list[str], int]:
    """A paragraph the export ran together, as its paragraphs again, and how
    many splits. The text-extract service glues a sentence to the next where
    a paragraph break was ("the world.Indigenous"): the one splitter's
    `glued_ends` says where sentences are glued, `PARAGRAPH_BREAK` which of
    those the reader splits."""
    cuts = [0, *(end for end in glued_ends(text, abbreviated) if PARAGRAPH_BREAK.match(text, end)), len(text)]
    pieces = [p.strip() for p in (text[a:b] for a, b in zip(cuts, cuts[1:])) if p.strip()]
    return pieces, len(pieces) - 1


def _take_document_title(blocks: list[tuple], layout: str) -> tuple[str, list[tuple]]:
    """A Markdown file that opens with its only top-level heading: that is the title."""
    if layout != "markdown" or not blocks or blocks[0][0] != "h":
        return "", blocks
    top = blocks[0][1]
    if sum(1 for b in blocks if b[0] == "h" and b[1] <= top) == 1 and len(blocks) > 1:
        return blocks[0][2], blocks[1:]
    return "", blocks


# ------------------------------------------------------------ structure


def _tree(blocks: list[tuple]) -> tuple[list[str], list[_Node]]:
    """Lead paragraphs and the heading tree (levels made relative: 1 = chapter)."""
    levels = [b[1] for b in blocks if b[0] == "h"]
    base = min(levels) if levels else 1
    lead: list[str] = []
    roots: list[_Node] = []
    stack: list[_Node] = []
    for block in blocks:
        if block[0] in ("p", "f"):
            text = block[1] if block[0] == "p" else _Formula(block[1])
            (stack[-1].paragraphs if stack else lead).append(text)
            continue
        level = block[1] - base + 1
        # A jump of several levels (== then ====) nests one level down only.
        level = min(level, len(stack) + 1)
        node = _Node(block[2], level)
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return lead, roots


def _article(lead: list[str], nodes: list[_Node], lang: str, doc_title: str,
             prefix: str) -> Article:
    core = langdata.load(lang, "core")
    labels = langdata.labels(lang)
    related_titles = {t.casefold() for t in core.get("related_headings", [])}
    backmatter = {t.casefold() for t in core.get("backmatter_headings", [])}
    article = Article(title=doc_title, lang=lang, chapters=[])
    kept: list[_Node] = []
    if lead:
        kept.append(_Node(labels["introduction"], 1, lead))
    # An article of headings only (an outline) keeps its headings: dropping
    # the empty ones would leave no book at all.
    outline = not lead and not any(n.has_text() for n in nodes)
    for node in nodes:
        key = node.title.casefold()
        if key in related_titles:
            article.related.extend(_all_texts(node))
        elif _references(node, lang) and key not in backmatter:
            article.dropped_references.append(node.title)     # it has text: a list of references
            _keep_told(_told_of(node, lang), kept)
        elif key in backmatter or not (node.has_text() or outline):
            article.dropped_sections.append(node.title)
        else:
            kept.append(node)
    if outline and kept:
        article.repairs.append(OUTLINE)
    first = 0 if lead else 1     # the introduction is chapter 0
    for index, node in enumerate(kept, start=first):
        article.chapters.append(_section(node, f"{prefix}ch{index}", article, keep_empty=outline, lang=lang))
    return article


def _references(node: _Node, lang: str) -> bool:
    """A section that is a list of references under another heading."""
    return is_reference_list(_all_texts(node), lang)


def _told_of(node: _Node, lang: str) -> list[_Node]:
    """What stays of a list of references: its sentences of text, one short
    paragraph under its heading (`told_beside`), or nothing."""
    told = told_beside(_all_texts(node), lang)
    return [_Node(node.title, node.level, [" ".join(told)])] if told else []


def _keep_told(told: list[_Node], kept: list[_Node]) -> None:
    """A dropped list's short paragraph is a section of the chapter before it:
    as a chapter of its own, two sentences got a chapter's questions
    ("compare two of the things described in 'Publications'", round 27)."""
    if not told or not kept:
        kept.extend(told)
        return
    for node in told:
        node.level = kept[-1].level + 1
        kept[-1].children.append(node)


def _all_texts(node: _Node) -> list[str]:
    """The paragraphs of the node and every section below it, without formulas."""
    return [p for n in _walk(node) for p in _texts(n)]


def _texts(node: _Node) -> list[str]:
    """The node's paragraphs without its formulas."""
    return [p for p in node.paragraphs if not isinstance(p, _Formula)]


def _walk(node: _Node):
    yield node
    for child in node.children:
        yield from _walk(child)


def _add_formula(section: Section, held: list[str], source: str) -> None:
    """A formula goes after the paragraph before it; one that opens the
    section is held for its first paragraph."""
    if not section.paragraphs:
        held.append(source)
        return
    last = section.paragraphs[-1]
    last.formulas = (*last.formulas, source)


def _section(node: _Node, section_id: str, article: Article,
             chapter_id: str = "", counter=None, keep_empty: bool = False, lang: str = "en") -> Section:
    """A Section with ids; paragraphs are numbered through the whole chapter."""
    section = Section(id=section_id, title=node.title, level=node.level)
    chapter_id = chapter_id or section_id
    counter = counter or itertools.count(1)
    held: list[str] = []          # formulas before the section's first paragraph
    for text in node.paragraphs:
        if isinstance(text, _Formula):
            _add_formula(section, held, str(text))
            continue
        section.paragraphs.append(Paragraph(f"{chapter_id}-p{next(counter)}", text, tuple(held)))
        held.clear()
    number = 0
    for child in node.children:
        if _references(child, lang):
            article.dropped_references.append(child.title)
            told = _told_of(child, lang)
            if not told:
                continue
            child = told[0]
        if not (child.has_text() or keep_empty):
            article.dropped_sections.append(child.title)
            continue
        number += 1
        child_id = f"{section_id}-s{number}" if node.level == 1 else f"{section_id}-{number}"
        section.sections.append(_section(child, child_id, article, chapter_id, counter, keep_empty, lang))
    return section
