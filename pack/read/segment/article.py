"""Chapter-making, step 4: the Article rebuilt with made chapters.

Stage: read (support for `segment`). Inputs: an `Article` from `parse` and
the `--chapters` choice. Outputs: the Article, its chapters replaced by
made ones when asked or when its own headings are missing or poor;
otherwise untouched.

- `headings`: the article's own chapters, always.
- `auto` (the default): the article's own chapters when they are usable;
  made chapters when it has none (everything is the introduction) or poor
  ones (one chapter holding nearly everything, or dozens of tiny ones).
- a number N: N chapters after the introduction, made from the text.

Made chapters get the same kind of ids as read ones (`ch0` the
introduction, `ch3-p14` ...), so everything downstream works unchanged.
A headingless article also loses a closing list of references
(`backmatter.reference_tail`); headings that lost their marks (a web
page pasted as text, `headlines`) are taken out of the text, chapters
open only where they stood, and a chapter is named after its own
headings. The attribution page says that teachpack made the chapters (a
note in the book's language).
"""

from __future__ import annotations

import re

from pack import lang as langdata
from pack.model import Article, Paragraph, Section
from pack.read.backmatter import reference_tail
from pack.read.segment import chapter_starts
from pack.read.segment.boundaries import MAX_WORDS
from pack.read.segment.headlines import heading_title, pasted_headings
from pack.read.segment.titles import titles
from pack.read.segment.years import is_narrative

HUGE_SHARE = 0.8          # one chapter holding this share of the words ...
MANY_TINY = 20            # ... or this many chapters ...
TINY_WORDS = 150          # ... of this median length: the headings are poor


def make_chapters(article: Article, mode: str = "auto") -> Article:
    """The article with made chapters where `mode` and its headings call for them."""
    if mode == "headings":
        return article
    headingless = len(article.chapters) == 1
    if mode == "auto" and not (headingless or poor_headings(article)):
        return article
    texts = [p.text for _, p in article.paragraphs()]
    words = langdata.load(article.lang, "chapters")
    if headingless:
        end = reference_tail(texts, article.lang)
        if end < len(texts):
            article.dropped_references.append(words["references_name"])
            texts = texts[:end]
    texts, headings = pasted_headings(texts, article.lang) if headingless else (texts, {})
    count = None if mode == "auto" else int(mode)
    starts = chapter_starts(texts, article.lang, count, set(headings) or None)
    if not starts:
        return _one_chapter(article, texts)
    article.chapters = _chapters(texts, starts, article, headings)
    note = words["made_note"] if mode == "auto" else words["resplit_note"].format(mode=mode)
    article.repairs.append(words["pasted_note"] if headings and mode == "auto" else note)
    return article


def poor_headings(article: Article) -> bool:
    """One chapter holding nearly all the text, or dozens of tiny chapters."""
    sizes = [sum(len(p.text.split()) for p in ch.all_paragraphs()) for ch in article.chapters]
    total = sum(sizes)
    if max(sizes) > max(HUGE_SHARE * total, MAX_WORDS):
        return True
    if len(sizes) < MANY_TINY:
        return False
    # Imported here: statistics (with fractions and decimal, 2 ms) is needed
    # only for an article of many chapters; extraction never imports it.
    from statistics import median
    return median(sizes) < TINY_WORDS


def _one_chapter(article: Article, texts: list[str]) -> Article:
    """A short article: one chapter, as read (less any closing references)."""
    if len(texts) < sum(1 for _ in article.paragraphs()):
        article.chapters = _chapters(texts, [], article)
    return article


def lead_subject(lead: str, verbs: tuple[str, ...] = ()) -> str:
    """The name the lead opens with, as the article spells it ("Boedi Oetomo
    (EYD: Budi Utomo) adalah ..."): up to six capitalised words before a
    bracket or a comma, or before one of `verbs` ("Josef Stalin adalah ...").
    The article's subject: it names no chapter even where the title spells it
    otherwise, and it is the book's title when the file name says no more."""
    after = "".join(rf"|\s+{re.escape(verb)}\s" for verb in verbs)
    match = re.match(rf"^((?:[A-Z][\w'’.-]*\s+){{0,5}}[A-Z][\w'’.-]*)(?=\s*[(,]{after})", lead)
    return match.group(1) if match else ""


def _sections(texts: list[str], a: int, b: int, headings: dict[int, list[str]]) -> list[tuple[list[str], int]]:
    """The pasted-heading sections of paragraphs a .. b-1: headings and words."""
    opens = [i for i in range(a, b) if i in headings]
    return [(headings[i], sum(len(t.split()) for t in texts[i:j])) for i, j in zip(opens, [*opens[1:], b])]


def _chapters(texts: list[str], starts: list[int], article: Article,
              headings: dict[int, list[str]] | None = None) -> list[Section]:
    prefix = re.sub(r"ch\d+$", "", article.chapters[0].id)
    bounds = [0, *starts, len(texts)]
    parts = [texts[a:b] for a, b in zip(bounds, bounds[1:])]
    names = [langdata.labels(article.lang)["introduction"]]
    if len(parts) > 1:
        subject = f"{article.title} {lead_subject(texts[0])}"
        names += titles(parts[1:], article.lang, is_narrative(texts, article.lang), subject, lead=parts[0])
    joiner = langdata.load(article.lang, "chapters")["title_joiner"]
    for number, (a, b) in enumerate(zip(bounds, bounds[1:])):
        if number and a in (headings or {}):
            names[number] = heading_title(_sections(texts, a, b, headings), joiner)   # the authors' words
    # A paragraph's display formulas (read/formulas.py) stay with its text.
    formulas = {p.text: p.formulas for _, p in article.paragraphs() if p.formulas}
    chapters = []
    for number, (name, part) in enumerate(zip(names, parts)):
        chapter_id = f"{prefix}ch{number}"
        paragraphs = [Paragraph(f"{chapter_id}-p{i}", text, formulas.get(text, ()))
                      for i, text in enumerate(part, start=1)]
        chapters.append(Section(chapter_id, name, 1, paragraphs))
    return chapters
