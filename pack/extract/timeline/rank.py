"""Ranking the timeline: merge retold events, score them, mark the key ones.

Stage: extract (support for `timeline`). Inputs: the events in reading
order and the `Article` (its language and title); the language's
`timeline.toml` gives turning-point words and hedges. Outputs: the events,
repeats merged, each with a `score` and the key ones with `key=True`.

- Repeats: the lead and later chapters retell events. Two events are one
  when their years overlap and at least 60% of the content words of the
  shorter text are in the other. The more precise date survives (body text
  before the lead), keeps the other places in `repeats` and gains weight
  for being retold. Two dates of one sentence always stay two events.
- Score (higher = more important), a sum of readable parts:
  + precision: a day 1.0, a month 0.9, a season or year 0.7, a span 0.5,
    a decade 0.3, a century 0.2;
  + turning-point words from the data ("lahir", "invented"), capped at 3;
  + 0.15 per name in the entry, capped at 0.6;
  + 1.0 when the article's subject, if it is a person, is named, 0.5 more
    when the entry opens with it;
  + 1.5 when the lead (the article's own summary) mentions it too (same
    years, a shared content word); + 0.5 per retelling;
  - 0.5 for a lead sentence itself, 1.0 more when the body tells the same;
  - 1.5 for opinions and reports ("menurut", "according to");
  - 0.3 when the year came from context; - 1.0 for a fragment (< 3 words
    or opening with a weak word such as "which"); - 0.5 for an entry of
    more than 18 words (a poor label).
- Key events: each chapter's best (above the median score) in proportion to
  its share of the events, so every part of the story is on the drawing;
  then the rest by score; at most 3 per year; about 20% of the events but at
  least 25 and at most 40 (all of them when fewer).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from pack import lang as langdata
from pack.model import Article, TimelineEvent

PRECISION_WEIGHT = {"day": 1.0, "month": 0.9, "season": 0.7, "year": 0.7, "range": 0.5,
                    "decade": 0.3, "century": 0.2}
PRECISION_ORDER = ["day", "month", "season", "year", "range", "decade", "century"]
LEAD_ID = "ch0"
OVERLAP = 0.6
COMMON_ZIPF = 5.0          # words this frequent in the language carry no content
KEY_SHARE, KEY_MIN, KEY_MAX, KEY_PER_YEAR = 0.2, 25, 40, 3
LEAD_ECHO = 1.5            # the lead (the article's own summary) mentions it too
LEAD_SUMMARY = -0.5        # a lead sentence itself: usually vaguer than the body's account
LEAD_TOLD = -1.0           # ... and the body tells the same in detail
RETOLD = 0.5
NAME_WEIGHT, NAME_CAP = 0.15, 0.6
LONG_WORDS = 18
WORD = re.compile(r"[\w\u00c0-\u024f'’-]+")


def rank(events: list[TimelineEvent], article: Article, merge_repeats: bool = True) -> list[TimelineEvent]:
    data = langdata.load(article.lang, "timeline").get("score", {})
    last = article.title.split()[-1] if article.title.split() else ""
    # Only a name counts as the subject ("Josef Stalin"); every event of
    # "History of aluminium" is about aluminium, so naming it tells nothing.
    subject = last if last[:1].isupper() else ""
    words = [_content(e.text, article.lang, subject) for e in events]
    kept, retold, lead = _merge(events, words) if merge_repeats else (
        list(range(len(events))), [0] * len(events), [0] * len(events))
    summary = [i for i in kept if events[i].ref.chapter_id == LEAD_ID]
    body = [k for k in kept if events[k].ref.chapter_id != LEAD_ID]
    for i in kept:
        event = events[i]
        if event.ref.chapter_id == LEAD_ID:
            told = any(_overlap(event, events[k]) and words[i] & words[k] for k in body)
            bonus = LEAD_SUMMARY + LEAD_TOLD * told
        else:
            echoed = lead[i] or any(_overlap(event, events[j]) and words[i] & words[j] for j in summary)
            bonus = LEAD_ECHO * echoed + RETOLD * retold[i]
        event.score = round(_score(event, data, subject) + bonus, 3)
    result = [events[i] for i in kept]
    _mark_key(result)
    return result


def _content(text: str, lang: str, subject: str) -> set[str]:
    return {w for w in (t.casefold() for t in WORD.findall(text))
            if len(w) > 3 and w != subject.casefold() and zipf_frequency(w, lang) < COMMON_ZIPF}


def _years(event: TimelineEvent) -> tuple[int, int]:
    start = int(event.datetime[:4])
    end = int(event.end_datetime[:4]) if event.end_datetime else start
    if event.precision == "decade":
        end = start + 9
    elif event.precision == "century":
        end = start + 99
    return start, end


def _merge(events: list[TimelineEvent], words: list[set[str]]):
    """Indices of the events that stay, and how often each was retold (by the lead)."""
    alive = set(range(len(events)))
    retold = [0] * len(events)
    lead = [0] * len(events)
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if i not in alive or j not in alive or not words[i] & words[j]:
                continue
            if not _same(events[i], events[j], words[i], words[j]):
                continue
            keep, drop = (i, j) if _better(events[i], events[j]) else (j, i)
            alive.discard(drop)
            events[keep].repeats += [events[drop].ref] + events[drop].repeats
            retold[keep] += 1 + retold[drop]
            lead[keep] = max(lead[keep], lead[drop], events[drop].ref.chapter_id == LEAD_ID)
    return sorted(alive), retold, lead


def _overlap(a: TimelineEvent, b: TimelineEvent) -> bool:
    (a0, a1), (b0, b1) = _years(a), _years(b)
    return not (a1 < b0 or b1 < a0)


def _same(a: TimelineEvent, b: TimelineEvent, wa: set[str], wb: set[str]) -> bool:
    if not _overlap(a, b) or min(len(wa), len(wb)) < 2:
        return False
    if a.ref == b.ref and a.sentence == b.sentence:
        return False       # two dates of one sentence are two events, even with one clause
    if a.precision == b.precision and a.datetime != b.datetime:
        return False       # two dates of the same kind that differ: two events
    return len(wa & wb) >= OVERLAP * min(len(wa), len(wb))


def _better(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Should a survive rather than b? More precise first, then body text over the lead."""
    pa, pb = PRECISION_ORDER.index(a.precision), PRECISION_ORDER.index(b.precision)
    if pa != pb:
        return pa < pb
    return not (a.ref.chapter_id == LEAD_ID and b.ref.chapter_id != LEAD_ID)


def _score(event: TimelineEvent, data: dict, subject: str) -> float:
    text = event.text.casefold()
    # The substring test first: most key words are not in a given event at all.
    keys = sum(weight for word, pattern, weight in _key_patterns(tuple(data.get("key_words", {}).items()))
               if word in text and pattern.search(text))
    names = {t for t in WORD.findall(event.text)[1:] if t[:1].isupper() and t != subject}
    score = PRECISION_WEIGHT.get(event.precision, 0.5) + min(keys, 3.0) + min(NAME_WEIGHT * len(names), NAME_CAP)
    if len(event.text.split()) > LONG_WORDS:
        score -= 0.5
    if subject and subject.casefold() in text:
        score += 1.0 + 0.5 * text.startswith(subject.casefold())
    if any(h.casefold() in text for h in data.get("hedges", [])):
        score -= 1.5
    if event.inferred:
        score -= 0.3
    if len(event.text.split()) < 3:
        score -= 1.0
    if text.split()[:1] and text.split()[0] in {w.casefold() for w in data.get("weak_starts", [])}:
        score -= 1.0
    return score


@lru_cache(maxsize=None)
def _key_patterns(items: tuple) -> list[tuple[str, re.Pattern, float]]:
    return [(k.casefold(), re.compile(rf"\b{re.escape(k.casefold())}\b"), w) for k, w in items]


def _mark_key(events: list[TimelineEvent]) -> None:
    """Key events: each chapter's best, in proportion to its events, then the best overall."""
    if not events:
        return
    wanted = min(len(events), max(KEY_MIN, min(KEY_MAX, round(KEY_SHARE * len(events)))))
    order = sorted(range(len(events)), key=lambda i: (-events[i].score, i))
    chosen: list[int] = []
    per_year: dict[str, int] = {}
    texts: set[str] = set()

    def take(i: int) -> bool:
        year, text = events[i].sort_key[:4], events[i].text
        if i in chosen or per_year.get(year, 0) >= KEY_PER_YEAR or text in texts or len(chosen) >= wanted:
            return False
        chosen.append(i)
        per_year[year] = per_year.get(year, 0) + 1
        texts.add(text)
        return True

    by_chapter: dict[str, list[int]] = {}
    for i in order:
        by_chapter.setdefault(events[i].ref.chapter_id, []).append(i)
    median = sorted(e.score for e in events)[len(events) // 2]
    for chapter, members in sorted(by_chapter.items()):
        if chapter == LEAD_ID:
            continue
        quota = max(1, int(wanted * len(members) / len(events)))
        for i in [i for i in members if events[i].score >= median][:quota]:
            take(i)
    for i in order:
        take(i)
    for i in chosen:
        events[i].key = True
