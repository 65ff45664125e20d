"""Chapter-making, support: the years each paragraph is about.

Stage: read (support for `segment`). Inputs: paragraph texts and the
language code. Outputs: per paragraph, the years of its dated events, as
the timeline's own date tagger finds them (`pack.extract.timeline.dates.find_dates`:
one date tagger for the whole project, with its traps for quantities,
thousands separators and years inside names already handled); whether the
text is a narrative told in order; the paragraphs that tell a birth.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata
from pack.extract.timeline.dates import find_dates

NARRATIVE_DATED = 0.5      # a narrative dates at least half its paragraphs ...
NARRATIVE_FORWARD = 0.7    # ... and its years mostly move forward
CHAPTER_DATED = 1 / 3      # a chapter of a narrative tells a period when a third of its paragraphs ...
CHAPTER_FORWARD = 0.6      # ... date events, mostly moving forward ...
CHAPTER_LEAST = 3          # ... and at least this many do ("1840–1865: God" of a chapter on beliefs that dates two)


def paragraph_years(texts: list[str], lang: str) -> list[list[int]]:
    """Years of the events each paragraph dates (birth-death asides excluded)."""
    return [list(_years(text, lang)) for text in texts]


@lru_cache(maxsize=4096)
def _years(text: str, lang: str) -> tuple[int, ...]:
    return tuple(m.value.first_year() for m in find_dates(text, lang) if m.is_event)


def middle_years(texts: list[str], lang: str) -> list[int | None]:
    """The middle year of each paragraph's dates (None: undated)."""
    return [sorted(ys)[len(ys) // 2] if ys else None for ys in paragraph_years(texts, lang)]


def is_narrative(texts: list[str], lang: str) -> bool:
    """A biography or a history told in order, not a survey that mentions years."""
    dated = [y for y in middle_years(texts, lang) if y is not None]
    steps = [later - earlier for earlier, later in zip(dated, dated[1:])]
    forward = sum(step >= 0 for step in steps)
    return len(dated) >= NARRATIVE_DATED * len(texts) and forward >= NARRATIVE_FORWARD * max(len(steps), 1)


def tells_a_period(texts: list[str], lang: str) -> bool:
    """A chapter of a narrative that itself goes forward through dated
    events (not a chapter on beliefs or legacy that looks back at a few)."""
    dated = [y for y in middle_years(texts, lang) if y is not None]
    steps = [later - earlier for earlier, later in zip(dated, dated[1:])]
    forward = sum(step >= 0 for step in steps)
    return len(dated) >= max(CHAPTER_LEAST, CHAPTER_DATED * len(texts)) and forward >= CHAPTER_FORWARD * len(steps)


@lru_cache(maxsize=None)
def birth_words(lang: str) -> re.Pattern | None:
    """`birth_words` of chapters.toml ("was born", "lahir") as one pattern, or
    None where the language lists none (compiled once per language)."""
    words = langdata.load(lang, "chapters").get("birth_words", [])
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def births(texts: list[str], lang: str) -> set[int]:
    """The paragraphs that tell someone's birth (`birth_words`), where a
    life's story begins after the lead."""
    told = birth_words(lang)
    return {i for i, text in enumerate(texts) if told.search(text)} if told else set()
