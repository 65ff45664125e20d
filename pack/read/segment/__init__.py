"""Read stage, chapter-making: paragraphs without usable headings become chapters.

Inputs: an `Article` from `parse` and the `--chapters` choice (`auto`,
`headings` or a number). Outputs: the same Article with its chapters
made by teachpack where the article's own headings are missing or poor,
each with a title from its own content, and a note for the attribution
page. `cohesion` scores every gap between paragraphs, `boundaries` picks
the chapter starts, `titles` names the chapters, `article` rebuilds the
Article with stable ids.
"""

from __future__ import annotations

from pack.read.segment.boundaries import LEAD_REACH, choose, lead_end
from pack.read.segment.years import births


def chapter_starts(texts: list[str], lang: str, count: int | None = None,
                   only: set[int] | None = None) -> list[int]:
    """Indexes of the paragraphs that open a chapter after the introduction
    (`only`: the paragraphs that may, where the text kept its own headings)."""
    if len(texts) < 2:
        return []
    # Imported here: cohesion needs numpy, which only the articles that get chapters made need.
    from pack.read.segment.cohesion import breadth, field_runs, gap_scores, similarity
    sizes = [len(text.split()) for text in texts]
    similar, gaps = similarity(texts, lang), gap_scores(texts, lang)
    starts = choose(similar, gaps, sizes, count, only) if only else []
    if starts:
        return starts
    lead = lead_end(breadth(texts, lang, LEAD_REACH), sizes, gaps, births(texts, lang))
    return choose(similar, gaps, sizes, count, lead=lead, fields=field_runs(texts, lang))
