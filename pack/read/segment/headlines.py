"""Chapter-making, support: headings that lost their marks on the way.

Stage: read (support for `segment`). Inputs: the paragraph texts of an
article without `==` headings and the language code. Outputs: the texts
without the heading lines, and for each paragraph that followed heading
lines, those headings (in order).

A web page pasted as text keeps its headings as short lines that end in
the page's edit link ("Economic history[edit]", "Sejarah[sunting |
sunting sumber]"): the marks, per language, are `heading_marks` in
`pack/lang/<code>/chapters.toml`. Such a line is no paragraph of text;
where it stood, the authors began a section, so the chapter-maker may
open a chapter there and name it after the heading. The heading levels
are lost: which headings open a chapter is still chosen by the cut.
"""

from __future__ import annotations

from pack import lang as langdata

LONGEST_HEADING = 12        # words: a longer line is text, whatever it ends with
PAIR_SHARE = 0.5            # a second section this large beside the largest ...
MOST = 0.75                 # ... when the two make this share of the chapter: both name it


def pasted_headings(texts: list[str], lang: str) -> tuple[list[str], dict[int, list[str]]]:
    """The paragraphs without heading lines, and the headings before each one."""
    marks = langdata.load(lang, "chapters").get("heading_marks", [])
    kept: list[str] = []
    before: dict[int, list[str]] = {}
    waiting: list[str] = []
    for text in texts:
        heading = _heading(text, marks)
        if heading is not None:
            waiting.append(heading)
            continue
        if waiting:
            before[len(kept)] = waiting
            waiting = []
        kept.append(text)
    before.pop(0, None)      # headings above the first paragraph open nothing after the lead
    return kept, before


def _heading(text: str, marks: list[str]) -> str | None:
    """The heading a line holds, without its mark (None: a paragraph of text)."""
    line = text.strip()
    for mark in marks:
        if line.endswith(mark) and len(line.split()) <= LONGEST_HEADING:
            heading = line[:-len(mark)].strip()
            return heading or None
    return None


def heading_title(sections: list[tuple[list[str], int]], joiner: str) -> str:
    """A chapter's title from the pasted headings it holds.

    `sections`: each section's headings (those standing together, the
    higher level first) and its length in words. A heading standing above
    another ("History" over "Company rule") heads the sections that
    follow it in the chapter; the heading with the most words under it
    names the chapter, and two of about the same weight that make most of
    it are named together, in their order.
    """
    weight: dict[str, int] = {}
    head = None
    for group, words in sections:
        if len(group) > 1:
            head = group[0]          # a parent heading: the sections below are its own
        name = head or group[0]
        weight[name] = weight.get(name, 0) + words
    ranked = sorted(weight, key=lambda name: -weight[name])
    if len(ranked) > 1:
        first, second = ranked[0], ranked[1]
        plain = f" {joiner} " not in f" {first} {second} "
        if plain and weight[second] >= PAIR_SHARE * weight[first] and \
                weight[first] + weight[second] >= MOST * sum(weight.values()):
            a, b = sorted((first, second), key=list(weight).index)
            return f"{a} {joiner} {b}"
    return ranked[0]
