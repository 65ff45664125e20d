"""Ranking the timeline: merge retold events, score them, mark the key ones.

Stage: extract (support for `timeline`). Inputs: the events in reading
order and the `Article` (its language, title and the lifespan of its
first bracket); the language's
`timeline.toml` gives turning-point words and hedges. Outputs: the events,
repeats merged, each with a `score` and the key ones with `key=True`.

- Repeats: the lead and later chapters retell events. Two events are one
  when their years overlap and at least 60% of the content words of the
  shorter text are in the other. The more precise date survives (body text
  before the lead), keeps the other places in `repeats` and counts as
  retold. Two dates of one sentence always stay two events.
- Score (higher = more important): the key-event model (`keymodel`, a
  logistic regression whose weights, `pack/lang/events_model.toml`, are
  trained by `quality/train_events.py` on the tuning set's gold key
  events) weighs what `keyfeatures` reads of each entry: date precision,
  the subject's own birth, death or accession, the four classes of cue
  words, the lead (an entry only the lead tells, one the lead retells,
  rare words shared with the lead), the History chapter of a place, the
  first entry of a chapter, its place in the article, and weak entries
  (opinions, figures, states of the present, anniversaries, another
  year). The score is the log-odds that a teacher would call it key.
- The lead is the first chapter; in an article without headings (one
  chapter) it is the first paragraph, and the rest is cut into 5 parts
  that stand for chapters below.
- Key events: each chapter's best (in the top quarter of all scores) in
  proportion to its share of the events, so every part of the story is on
  the drawing; then the rest by score; at most 3 per year (any number in a
  short article; a span of years, a decade or a century fills no year's
  place; a year that holds more than 3 key places' worth of the entries
  has its share of the key places: a story told in a year or two), and a
  second entry of a year about the same story (rarer words in common,
  `story_words`) only when nothing else is left, and
  never an entry that retells a chosen one in nearly its content words
  (80% of the shorter's, whatever the years: "Turing turned to
  mathematical biology ..." dated 1951 and 1952); after
  the death of the subject of a life story (the lead's lifespan) at most 3,
  the legacy's milestones, not its every plaque and petition; about 25%
  of the events but at least 30 and at most 40 (all of them when fewer).
  The hand-made gold of `quality/` lists 8-20 key events per article;
  30-40 leaves room for what a teacher adds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pack import lang as langdata
from pack.extract.timeline import keyfeatures, keymodel
from pack.extract.timeline.cues import cue_sum, names
from pack.extract.timeline.date_values import event_years, key_year
from pack.extract.timeline.periods import life_span
from pack.model import LEAD_CHAPTER, Article, TimelineEvent, is_lead
from pack.text.language import language
from pack.text.mentions import slug
from pack.text.personnames import known_as, uses_in_texts
from pack.text.tokens import possessive_endings, without_possessive
from pack.text.wordscan import Scan
from pack.lang.schema import tunables_of

PRECISION_ORDER = ["day", "month", "season", "year", "range", "decade", "century"]
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(KEY_SHARE, KEY_MIN, KEY_MAX, KEY_PER_YEAR, OVERLAP, COMMON_ZIPF, STORY_ZIPF, QUOTA_QUANTILE,
 AFTER_LIFE, PARTS, LEAD_WORD_ZIPF) = tunables_of(__name__)
REGNAL = re.compile(r"[IVXLC]+")
# (Scans: an ASCII text searched with the ASCII pattern, `findall` remembered; `pack.text.wordscan`.)
WORD = Scan(re.compile(r"[\w\u00c0-\u024f'’-]+"))
# (Opened by the space, its lookbehind behind it: a pattern that opens with a
# lookbehind is tried at every place of the text; the word is the group.)
INSIDE_SENTENCE = Scan(re.compile(r"(?<=[\w,;:'’]) ([\w\u00c0-\u024f'’-]+)"))


@dataclass
class Candidates:
    """The entries left once repeats are merged (reading order), and what
    their score and the key choice read besides their text."""

    events: list[TimelineEvent]
    subject: str                 # the article's subject when it is a name, else ""
    parts: list[str]             # the chapter (or part) each entry is in
    content: list[set[str]]      # content words
    story: list[set[str]]        # story words
    echoed: list[bool]           # lead entry: the body tells it too; body entry: the lead tells it too
    retold: list[int]            # how often it was told again (merged repeats)
    lead_words: set[str]         # the lead's rare words
    after_life: set[int]         # entries after the subject's death


def rank(events: list[TimelineEvent], article: Article, merge_repeats: bool = True,
         held: frozenset[int] | set[int] = frozenset(), model: keymodel.Model | None = None) -> list[TimelineEvent]:
    """`held`: the `id()`s of entries a reader cannot read alone (`readable.gate`), never key;
    `model`: the key-event model (the shipped one unless given: `quality/train_events.py`
    gives the ones it trains on half the tuning set)."""
    found = candidates(events, article, merge_repeats)
    scores = (model or keymodel.load()).scores(keyfeatures.rows(found, article))
    for event, score in zip(found.events, scores):
        event.score = round(score, 3)
    mark_key(found, {j for j, e in enumerate(found.events) if id(e) in held})
    return found.events


def candidates(events: list[TimelineEvent], article: Article, merge_repeats: bool = True) -> Candidates:
    """`events` (reading order) with repeats merged, and what is known of each."""
    subject = article_subject(article)
    life_words = langdata.load(article.lang, "timeline").get("score", {}).get("life_words", {})
    words = [content_words(e.text, article.lang, subject) for e in events]
    # The subject's own birth or death, told more than once ("Josef Stalin lahir" in the
    # lead's brackets, "Stalin dilahirkan dengan nama ..." in the text) is one event.
    life = [bool(names(subject.casefold(), e.text.casefold()) and cue_sum(life_words, e.text.casefold()))
            for e in events]
    parts = _parts(article)
    part = [parts.get(e.ref.paragraph_id, e.ref.chapter_id) for e in events]
    kept, retold, lead = _merge(events, words, life, part) if merge_repeats else (
        list(range(len(events))), [0] * len(events), [0] * len(events))
    summary = [i for i in kept if is_lead(part[i])]
    body = [k for k in kept if not is_lead(part[k])]
    # (Shared words tested first: cheaper than reading both events' years.)
    echoed = [any(not words[i].isdisjoint(words[k]) and _overlap(events[i], events[k]) for k in body)
              if is_lead(part[i])
              else bool(lead[i]) or any(not words[i].isdisjoint(words[j]) and _overlap(events[i], events[j])
                                        for j in summary)
              for i in kept]
    result = [events[i] for i in kept]
    span = life_span(article)
    death = span[1] if span else None
    return Candidates(result, subject, [part[i] for i in kept], [words[i] for i in kept],
                      [story_words(words[i], article.lang) for i in kept], echoed, [retold[i] for i in kept],
                      _lead_words(article, parts, subject),
                      {j for j, e in enumerate(result) if death is not None and event_years(e)[0] > death})


def _lead_words(article: Article, parts: dict[str, str], subject: str) -> set[str]:
    """The rare words of the lead, dated or not: the article's own summary
    names its turning points ("Dengan menggunakan sistem Rencana Lima Tahun,
    Uni Soviet berusaha melakukan kolektivisasi ...")."""
    text = " ".join(p.text for _, p in article.paragraphs() if is_lead(parts.get(p.id, "")))
    # The title's own names ("Ioseb", "Jughashvili", "Galileo's") and the
    # lifespan's years tell who and when, not what happened.
    own = {w.casefold() for w in WORD.findall(article.title)}
    endings = possessive_endings(article.lang)
    return {w for w in content_words(text, article.lang, subject)
            if language(article.lang).zipf(w) < LEAD_WORD_ZIPF and not any(c.isdigit() for c in w)
            and without_possessive(w, endings) not in own}


def article_subject(article: Article) -> str:
    """The name the article's events use for its subject: "Stalin" for "Josef
    Stalin", "Elizabeth" for "Elizabeth I" (a regnal number is no name), ""
    for "History of aluminium" (every event is about aluminium, so naming it
    tells nothing).

    A title made from a file name ("Galileo galilei") is written as the
    text writes it ("Galileo Galilei"); of the title's names, the one the
    text uses most is the subject ("Galileo"; a tie goes to the last word,
    the surname). A title the text never shortens, and no Western name
    (`pack.text.personnames.known_as`), is the subject whole: "Sitting
    Bull", not "Bull"."""
    # The date reader and the ranking both ask: the text is counted once.
    return _subject_of(article.title, tuple(p.text for _, p in article.paragraphs()), article.lang)


@lru_cache(maxsize=8)
def _subject_of(title: str, texts: tuple[str, ...], lang: str) -> str:
    words = title.split()
    if len(words) > 1 and REGNAL.fullmatch(words[-1]):
        words = words[:-1]
    if not words:
        return ""
    # How the text writes each word inside a sentence (a sentence's first word is capitalised anyway).
    written: Counter = Counter()
    for text in texts:
        written.update(INSIDE_SENTENCE.findall(text))     # (a list: counted in C)
    names = []
    for word in words:
        name = word[:1].upper() + word[1:]
        if written[name] > written[name.lower()]:
            names.append(name)
        elif word[:1].isupper() and word is words[-1]:
            names.append(word)        # a single-word title or a surname the text never repeats
    if not names or names[-1].casefold() != words[-1].casefold():
        return ""                     # the title ends with a common word: "History of aluminium"
    best = max(reversed(names), key=lambda n: written[n])
    full = " ".join(w[:1].upper() + w[1:] if w[:1].upper() + w[1:] in names else w for w in words)
    uses = uses_in_texts(full, texts)
    # A title the text never shortens is named whole: "Sitting Bull" is not "Bull".
    whole = len(words) > 1 and not any(uses.values()) and known_as(full, uses, lang, often=True) == full
    return " ".join(_as_written((full if whole else best).split(), written))


def _as_written(words: list[str], written: Counter) -> list[str]:
    """The subject's words as the text writes them when the title lost their
    accents ("Tho" of "Nguyen Ngoc Tho", a title made from a file name, is
    "Thơ" 60 times in the text, "Tho" once): a word takes the capitalised form
    that differs from it by accents alone (`slug`) when the text writes that
    form more often; any other word as it is."""
    wanted = {slug(w) for w in words}
    forms: dict[str, str] = {}
    for form, _ in written.most_common():
        if form[:1].isupper() and slug(form) in wanted:
            forms.setdefault(slug(form), form)
    return [forms[slug(w)] if written[forms.get(slug(w), w)] > written[w] else w for w in words]


def story_words(content: set[str], lang: str) -> set[str]:
    """The words by which two entries of one year tell one story: the rarer of
    their content words ("hurricane", "hazel"); an "engineer" and a "method"
    in both make no story of Castner's sodium and Hall and Héroult's
    aluminium."""
    zipf = language(lang).zipf
    return {w for w in content if zipf(w) < STORY_ZIPF}


def content_words(text: str, lang: str, subject: str) -> set[str]:
    """The entry's words that carry content: not the subject, not short, not common."""
    # Frequencies through the language's memo, which the text layer has filled with most words.
    zipf = language(lang).zipf
    return {w for w in map(str.casefold, WORD.findall(text))
            if len(w) > 3 and w != subject.casefold() and zipf(w) < COMMON_ZIPF}


def _merge(events: list[TimelineEvent], words: list[set[str]], life: list[bool], part: list[str]):
    """Indices of the events that stay, and how often each was retold (by the lead)."""
    alive = set(range(len(events)))
    retold = [0] * len(events)
    lead = [0] * len(events)
    # Only an event dated to the day can be `_same_day` as another: of some 50,000 pairs, those alone are tested.
    day = [e.precision == "day" for e in events]
    # Two events whose years do not overlap are neither `_same` nor `_same_life`: the
    # years are read once (a merge changes an event's text, never its dates), and the
    # cheap tests come first.
    years = [event_years(e) for e in events]
    for i in range(len(events)):
        first, last = years[i]
        for j in range(i + 1, len(events)):
            if i not in alive:
                break
            if j not in alive:
                continue
            overlap = not (last < years[j][0] or years[j][1] < first)
            if not (overlap and (not words[i].isdisjoint(words[j]) and _same(events[i], events[j], words[i], words[j])
                                 or life[i] and life[j] and _same_life(events[i], events[j]))
                    or day[i] and _same_day(events[i], events[j])):
                continue
            keep, drop = (i, j) if _better(events[i], events[j], part[i], part[j]) else (j, i)
            alive.discard(drop)
            if (life[keep] and life[drop] and is_lead(part[keep])
                    and len(events[drop].text) > len(events[keep].text)):
                # "(23 June 1912 – 7 June 1954)" has the day, the text tells what happened.
                events[keep].text, events[keep].sentence = events[drop].text, events[drop].sentence
                words[keep] = words[drop]
            events[keep].repeats += [events[drop].ref] + events[drop].repeats
            retold[keep] += 1 + retold[drop]
            lead[keep] = max(lead[keep], lead[drop], is_lead(part[drop]))
    return sorted(alive), retold, lead


def _overlap(a: TimelineEvent, b: TimelineEvent) -> bool:
    (a0, a1), (b0, b1) = event_years(a), event_years(b)
    return not (a1 < b0 or b1 < a0)


def _same(a: TimelineEvent, b: TimelineEvent, wa: set[str], wb: set[str]) -> bool:
    if not _overlap(a, b) or min(len(wa), len(wb)) < 2:
        return False
    if a.ref == b.ref and a.sentence == b.sentence:
        return False       # two dates of one sentence are two events, even with one clause
    if a.precision == b.precision and a.datetime != b.datetime:
        return False       # two dates of the same kind that differ: two events
    return len(wa & wb) >= OVERLAP * min(len(wa), len(wb))


def _same_life(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Two tellings of the subject's birth or death: one date inside the other
    ("1954", "7 June 1954"), or the very same date."""
    return _overlap(a, b) and (a.precision != b.precision or a.datetime == b.datetime)


def _same_day(a: TimelineEvent, b: TimelineEvent) -> bool:
    """One day, told twice in few words ("Mohammad Hatta lahir" in the lead's
    brackets, "Hatta lahir di Bukittinggi" in the text): every word counts."""
    if a.precision != "day" or a.datetime != b.datetime or a.end_datetime != b.end_datetime:
        return False
    ta, tb = ({w.casefold() for w in WORD.findall(e.text)} for e in (a, b))
    return len(ta & tb) >= max(2, OVERLAP * min(len(ta), len(tb)))


def _better(a: TimelineEvent, b: TimelineEvent, part_a: str, part_b: str) -> bool:
    """Should a survive rather than b? More precise first, then body text over the lead."""
    pa, pb = PRECISION_ORDER.index(a.precision), PRECISION_ORDER.index(b.precision)
    if pa != pb:
        return pa < pb
    return not (is_lead(part_a) and not is_lead(part_b))


def _parts(article: Article) -> dict[str, str]:
    """Paragraph id -> the part of the article it belongs to: its chapter, the
    lead being "ch0". An article without headings is one chapter; there the
    first paragraph is the lead (what Wikipedia's first paragraph is) and the
    rest falls into `PARTS` stretches of equal length, so the key events
    still come from every part of the story."""
    chapters = [ch for ch in article.chapters if ch.has_text()]
    if len(chapters) != 1:
        return {p.id: ch.id for ch, p in article.paragraphs()}
    paragraphs = list(chapters[0].all_paragraphs())
    rest = len(paragraphs) - 1
    return {p.id: LEAD_CHAPTER if n == 0 else f"part{(n - 1) * PARTS // max(rest, 1)}" for n, p in enumerate(paragraphs)}


def _one_year(event: TimelineEvent) -> bool:
    """Is the entry dated within a year or two (a day, a month, a year, "1783–84")?"""
    first, last = event_years(event)
    return last - first <= 1


def _retells(wa: set[str], wb: set[str]) -> bool:
    """Two entries that tell one thing in nearly the same content words, whatever their dates."""
    small = min(len(wa), len(wb))
    return small >= 3 and len(wa & wb) >= 0.8 * small


def _year_caps(events: list[TimelineEvent], wanted: int, cap: int) -> dict[int, int]:
    """The key places of each year: `cap`, or the year's share of the one-year
    entries of the key places when that is more: a story told in a year or two
    ("Revolutions of 1848", Columbus's 1492-93) keeps its turning points.
    Measured on every seen article with gold key events (quality/verdicts/keyevents-r27.md):
    839 of 1196 gold key events found with 3 places a year, 845 with this,
    no set lower."""
    counts = Counter(key_year(e.sort_key) for e in events if _one_year(e))
    return {year: max(cap, round(wanted * n / len(events))) for year, n in counts.items()}


def mark_key(found: Candidates, held: set[int]) -> None:
    """Key events: each chapter's best, in proportion to its events, then the best overall.

    An entry that retells a chosen one (its content words) is never taken,
    nor one in `held` (an entry a reader cannot read alone); of the entries
    after the subject's death (`after_life`) at most `AFTER_LIFE`.

    A second entry of one year about the same thing (two story words in
    common: "Hurricane Hazel" struck, then building on floodplains was
    banned "after Hurricane Hazel") waits until every other story is in.
    """
    events, words, content, part, after_life = found.events, found.story, found.content, found.parts, found.after_life
    if not events:
        return
    wanted = min(len(events), max(KEY_MIN, min(KEY_MAX, round(KEY_SHARE * len(events)))))
    order = sorted(range(len(events)), key=lambda i: (-events[i].score, i))
    chosen: list[int] = []
    per_year: dict[int, int] = {}
    texts: set[str] = set()
    # Few events to choose from (a short article): a busy year may fill more places.
    per_year_cap = KEY_PER_YEAR if len(events) > 2 * wanted else wanted
    year_caps = _year_caps(events, wanted, per_year_cap)

    def same_story(i: int, year: int) -> bool:
        return any(key_year(events[j].sort_key) == year and len(words[i] & words[j]) >= 2 for j in chosen)

    def take(i: int, strict: bool = True) -> bool:
        year, text = key_year(events[i].sort_key), events[i].text
        # A span of years ("1492–1504: completed four voyages", "the 1830s") is no
        # one year's event: it takes none of its first year's places.
        counted = _one_year(events[i])
        if (i in chosen or i in held or counted and per_year.get(year, 0) >= year_caps.get(year, per_year_cap)
                or text in texts or len(chosen) >= wanted):
            return False
        if strict and same_story(i, year):
            return False
        if i in after_life and len(after_life.intersection(chosen)) >= AFTER_LIFE:
            return False
        if any(_retells(content[i], content[j]) for j in chosen):
            return False
        chosen.append(i)
        per_year[year] = per_year.get(year, 0) + counted
        texts.add(text)
        return True

    by_chapter: dict[str, list[int]] = {}
    for i in order:
        by_chapter.setdefault(part[i], []).append(i)
    # A chapter's quota takes only events that would stand out anywhere.
    good = sorted(e.score for e in events)[int(len(events) * QUOTA_QUANTILE)]
    for chapter, members in sorted(by_chapter.items()):
        if is_lead(chapter):
            continue
        quota = max(1, int(wanted * len(members) / len(events)))
        for i in [i for i in members if events[i].score >= good][:quota]:
            take(i)
    for i in order:
        take(i)
    for i in order:
        take(i, strict=False)
    for i in chosen:
        events[i].key = True
