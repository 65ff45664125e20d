"""What a learned key-event choice reads of one timeline entry: a row of numbers.

Part of the key-event experiment (`quality/train_events.py`), not of the
book: the shipped key choice is the rule of `pack/extract/timeline/rank.py`.
Input: `rank.candidates()` (the entries left once repeats are merged, in
reading order, with their part of the article, lead echo, retellings and
content words) and the `Article`; the words come from the language's
`timeline.toml` ([score]), as for the rule. Output: one row of `FEATURES`
per entry, numbers between 0 and 2 that mean the same in every language.

- precision: a day 1.0, a month 0.9, a season or year 0.7, a span 0.5,
  a decade 0.3, a century 0.2;
- own_life: the subject's own birth, death or accession (`life_words`,
  the subject named before the word and not as an owner) 1.0; a station
  of the life (`life_stations`: "Galileo moved to ...") 0.5;
- cue_person, cue_upheaval, cue_settlement, cue_work: the weights of the
  class's cue words (`[score.cues.<class>]`) in the entry, at most 1; a
  word only in a scene-setting clause counts half; a birth word
  (`own_life_only`) counts only for the subject;
- named_event: a cue word inside a name ("Konferensi Yalta");
- subject: the article's subject (a person's name) is named;
- lead: a lead entry the body does not tell again (the summary chose it);
- lead_echo: a body entry the lead tells too, or one told more than once;
- lead_words: rare words it shares with the lead, 0.5 each, at most 1;
- history: in the "History" chapter of an article with other chapters;
- chapter_first: the first entry of its chapter (or part);
- position: where it stands in the article, 0 at the start, 1 at the end;
- year_crowd: its year's entries against an average year's, in threes, at most 1;
- year_far: how far its year lies outside the story's time (the subject's
  life, else the middle half of the entries' years), in lengths of that
  time, at most 2;
- length: its words in eighteens, at most 2;
- names: the rule's weight of names the article keeps coming back to, doubled (0 to 1);
- weak: an opinion or report, a figure, a state of the present, an
  anniversary, another year named;
- unclear: a pointer among its first three words, or a fragment (under
  three words, a weak first word, a list's lead-in).
"""

from __future__ import annotations

from collections import Counter
from statistics import quantiles

from pack.extract.timeline.cues import CUE_CLASSES, background, cue_sum, first_cue, names_an_event, own_life_event
from pack.extract.timeline.date_values import key_year
from pack.extract.timeline.periods import life_span
from pack.extract.timeline.rank import Candidates, Scoring, other_year, year_span
from pack.model import Article, TimelineEvent, is_lead

FEATURES = ("precision", "own_life", "cue_person", "cue_upheaval", "cue_settlement", "cue_work", "named_event",
            "subject", "lead", "lead_echo", "lead_words", "history", "chapter_first", "position", "year_crowd",
            "year_far", "length", "names", "weak", "unclear")
# Which way each feature may count (+1 more key, -1 less, 0 either), for `keymodel.fit`.
SIGNS = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, -1, -1)
PRECISION = {"day": 1.0, "month": 0.9, "season": 0.7, "year": 0.7, "range": 0.5, "decade": 0.3, "century": 0.2}
STATION = 0.5              # a station of the subject's life, beside a birth or death (1.0)
CROWD = 3                  # a year with this many times an average year's entries is crowded
FAR_CAP, LENGTH_WORDS, LENGTH_CAP = 2.0, 18, 2.0
UNRESOLVED_WITHIN = 3      # "It entered ...", "Organisasi ini ...": a pointer among the first words


def rows(found: Candidates, article: Article) -> list[list[float]]:
    """One row of `FEATURES` per entry of `found`."""
    reader = _Reader(article, found.subject)
    order = {p.id: n for n, (_, p) in enumerate(article.paragraphs())}
    years = [key_year(e.sort_key) for e in found.events]
    per_year = Counter(years)
    usual = len(years) / max(len(per_year), 1)
    story = _story_time(article, years)
    seen: set[str] = set()
    out = []
    for i, event in enumerate(found.events):
        part = found.parts[i]
        lead = is_lead(part)
        shared = 0 if lead else len(found.content[i] & found.lead_words)
        out.append(reader.says(event) + [
            float(lead and not found.echoed[i]), float(not lead and (found.echoed[i] or found.retold[i] > 0)),
            min(1.0, 0.5 * shared), float(event.ref.chapter_id in reader.scoring.history), float(part not in seen),
            order.get(event.ref.paragraph_id, 0) / max(len(order) - 1, 1),
            min(1.0, per_year[years[i]] / usual / CROWD), _far(year_span(event), story),
            min(LENGTH_CAP, len(event.text.split()) / LENGTH_WORDS), 2 * reader.scoring.salience(event.text),
            *map(float, reader.weak(event))])
        seen.add(part)
    return out


def _story_time(article: Article, years: list[int]) -> tuple[int, int]:
    """The subject's life, else the middle half of the entries' years."""
    span = life_span(article)
    if span and span[1] is not None:
        return span
    if len(years) < 4:
        return (min(years), max(years)) if years else (0, 0)
    low, _, high = quantiles(years, n=4)
    return round(low), round(high)


def _far(years: tuple[int, int], story: tuple[int, int]) -> float:
    outside = max(story[0] - years[1], years[0] - story[1], 0)
    return min(FAR_CAP, outside / max(story[1] - story[0], 10))


class _Reader:
    """What the features of one entry's text need to know about its article."""

    def __init__(self, article: Article, subject: str) -> None:
        self.scoring = Scoring.of(article)
        self.data = self.scoring.data
        self.subject = subject.casefold()
        own_only = {w.casefold() for w in self.data.get("own_life_only", [])}
        cues = self.data.get("cues", {})
        self.own_classes = [dict(cues.get(c, {})) for c in CUE_CLASSES]
        self.classes = [{w: v for w, v in t.items() if w.casefold() not in own_only} for t in self.own_classes]
        self.unresolved = {w.casefold() for w in self.data.get("unresolved_openers", [])}
        self.weak_starts = {w.casefold() for w in self.data.get("weak_starts", [])}

    def says(self, event: TimelineEvent) -> list[float]:
        """precision to subject: what the entry tells."""
        text, subject, data = event.text.casefold(), self.subject, self.data
        named = bool(subject) and subject in text
        life = named and own_life_event(text, subject, data.get("life_words", {}), self.scoring.owners)
        station = named and own_life_event(text, subject, data.get("life_stations", []), self.scoring.owners)
        fore, back = background(text, data.get("background_openers", []))
        tables = self.own_classes if life else self.classes
        cues = [min(1.0, cue_sum(t, fore, back)) for t in tables]
        return [PRECISION.get(event.precision, 0.5), 1.0 if life else STATION if station else 0.0, *cues,
                float(names_an_event(event.text, self.scoring.cues)), float(named)]

    def weak(self, event: TimelineEvent) -> tuple[bool, bool]:
        """(an opinion, figure, state, anniversary or other year; a pointer or a fragment)."""
        text, data = event.text.casefold(), self.data
        words = text.split()
        listed = any(first_cue(text, data.get(key, [])) is not None
                     for key in ("hedges", "statistic_words", "commemorations"))
        pointer = bool(set(words[:UNRESOLVED_WITHIN]) & self.unresolved)
        fragment = (len(words) < 3 or event.sentence.rstrip().endswith(":")
                    or bool(words[:1]) and words[0] in self.weak_starts)
        return bool(listed or self.scoring.tells_a_state(text) or other_year(event)), pointer or fragment
