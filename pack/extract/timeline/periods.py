"""Periods: the years a section or chapter is about.

Stage: extract (support for `timeline`). Inputs: an `Article` (its section
headings, "Masa kecil: 1878–1899") and, for chapters whose headings carry
no years, the timeline's events. Outputs:

- `heading_ranges`: paragraph id -> (first year, last year) of the nearest
  heading (the paragraph's own section, else its parent's ...) that writes
  a year range. The date resolver uses it to complete "Pada bulan Desember".
- `life_span`: (birth year, death year or None) when the article tells a
  life: its first bracket holds a lifespan ("(23 June 1912 – 7 June 1954)")
  or a birth ("(; born between 25 August and 31 October 1451, died 20 May
  1506)"); the ranking and the pronouns read it.
- `chapter_periods`: (chapter_id, title, start_year, end_year) per chapter,
  for grouping and for the drawing. A chapter's period comes from the year
  ranges in its own and its sections' headings; a chapter without them
  (thematic chapters such as "Legacy") gets the middle 80% of its events'
  years, but only when that span reaches outside the periods the headings
  already give (otherwise it would only repeat them as a misleading band).
  The introduction (the lead, chapter "ch0") is a summary, not a period.

Years are signed: a year before the common era is negative ("Old Kingdom
(2686–2181 BC)" is -2686 to -2181), so one axis holds both eras.
"""

from __future__ import annotations

from collections.abc import Iterator

from pack import lang as langdata
from pack.extract.timeline.date_values import key_year
from pack.extract.timeline.dates import find_dates, scan
from pack.model import Article, Section, TimelineEvent, is_lead
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_EVENTS_FOR_PERIOD, LEAD_BRACKET_WITHIN) = tunables_of(__name__)
LIFE_YEARS = (10, 120)         # a lifespan; a war's "(21 Juli 1947 – 5 Agustus 1947)" is shorter


def heading_range(title: str, lang: str) -> tuple[int, int] | None:
    """The year range a heading writes after its colon (or anywhere): "…: 1917–1918"."""
    tail = title.rsplit(":", 1)[-1]
    found = [m for m in find_dates(tail, lang) if m.value and m.value.first_year()]
    if not found:
        return None
    last = found[-1]
    end = last.end_value or last.value
    # Signed: "Old Kingdom (2686–2181 BC)" is (-2686, -2181).
    return last.value.signed_years()[0], end.signed_years()[1]


def heading_ranges(article: Article) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}

    def visit(section: Section, inherited):
        own = heading_range(section.title, article.lang) if not is_lead(section.id) else None
        current = own or inherited
        if current:
            for paragraph in section.paragraphs:
                out[paragraph.id] = current
        for child in section.sections:
            visit(child, current)

    for chapter in article.chapters:
        visit(chapter, None)
    return out


def chapter_periods(article: Article, events: list[TimelineEvent] | None = None) -> list[tuple[str, str, int, int]]:
    """(chapter_id, title, start_year, end_year) for each chapter that has a period."""
    from_headings: dict[str, tuple[int, int]] = {}
    for chapter in article.chapters:
        ranges = [r for s in chapter.walk() if (r := heading_range(s.title, article.lang))]
        if ranges and not is_lead(chapter.id):
            from_headings[chapter.id] = (min(r[0] for r in ranges), max(r[1] for r in ranges))
    if events is None:
        from pack.extract.timeline.events import dated_events
        events = dated_events(article)
    periods = []
    for chapter in article.chapters:
        span = from_headings.get(chapter.id)
        if span is None and not is_lead(chapter.id):
            span = _span_from_events(chapter.id, events, list(from_headings.values()))
        if span:
            periods.append((chapter.id, chapter.title, span[0], span[1]))
    return periods


def _span_from_events(chapter_id: str, events: list[TimelineEvent], covered: list[tuple[int, int]]):
    years = sorted(key_year(e.sort_key) for e in events if e.ref and e.ref.chapter_id == chapter_id)
    if len(years) < MIN_EVENTS_FOR_PERIOD:
        return None
    trim = len(years) // 10
    low, high = years[trim], years[len(years) - 1 - trim]
    inside = lambda y: any(a <= y <= b for a, b in covered)  # noqa: E731
    if sum(1 for y in range(low, high + 1) if inside(y)) * 2 > high - low + 1:
        return None
    # Keep only the part the headings leave uncovered ("Legacy": after the story ends).
    outside = [y for y in years if low <= y <= high and not inside(y)]
    return (min(outside), max(outside)) if outside else None


def _lead_brackets(text: str) -> Iterator[tuple[int, int]]:
    """Where each bracket that opens within `LEAD_BRACKET_WITHIN` characters starts
    and ends (its content is text[start:end]), brackets inside it included
    ("30 January 1736 (19 January 1736 OS) – 25 August 1819")."""
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                if i > LEAD_BRACKET_WITHIN:
                    return
                start = i + 1
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                yield start, i


def _another_name(between: str, alternatives: set[str]) -> bool:
    """Whether the text between two brackets only names the subject again
    ("), Peter I (", ") or Pyotr Alekseevich ("), not a sentence going on
    ("), also known as ..., was an armed conflict ... (")."""
    words = between.replace(",", " ").split()
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.casefold() in alternatives for w in words)


def life_span(article: Article) -> tuple[int, int | None] | None:
    """(birth year, death year or None) from the article's first bracket, when
    it tells a life; None otherwise (a place, a war, a science)."""
    first = next(iter(article.paragraphs()), None)
    text = first[1].text if first else ""
    # The first bracket holds the years, or the subject's other names come first:
    # "Peter the Great (Russian: ..., tr. ...), Peter I (Russian: ...) or Pyotr
    # Alekseevich (...; 9 June 1672 – 8 February 1725)" names him three times
    # before his years. A bracket further on ("The Aceh War (Dutch: ...), also
    # known as ..., was an armed conflict ... (1873–1904)") is not a lifespan.
    alternatives = {w.casefold() for w in langdata.load(article.lang, "text")["names"]["alternatives"]}
    # "Marie Skłodowska Curie (...), born Maria Salomea Skłodowska (...; 7 November 1867 – 4 July 1934)":
    # her birth name, introduced by the birth word (`lifespan_words`), names her again.
    alternatives |= {w.casefold() for w in langdata.load(article.lang, "timeline").get("lifespan_words", [])[:1]}
    last_end = None
    for start, end in _lead_brackets(text):
        if last_end is not None and not _another_name(text[last_end + 1:start - 1], alternatives):
            return None
        bracket = text[start:end]
        years = [(m.value.signed_years()[0], (m.end_value or m.value).signed_years()[1])
                 for m in scan(bracket, article.lang) if m.value and m.value.first_year()]
        if years:
            break
        last_end = end
    else:
        return None
    born, died = years[0][0], years[-1][1]
    if LIFE_YEARS[0] <= died - born <= LIFE_YEARS[1]:
        return born, died
    born_word = langdata.load(article.lang, "timeline").get("lifespan_words", [""])[0]
    return (born, None) if born_word and born_word in bracket.casefold() else None
