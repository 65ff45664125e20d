"""Quality: a learned boundary model for chapter-making, checked leave-one-set-out.

Run: `python quality/train_segments.py [--signals briefed|more|all|r27]
[--combiner logistic|stumps] [--decoder dp|cut|snap] [--l2 X] [--real-count]
[--auc | --ceiling] [--samples DIR] [--corpus DIR]` (defaults: all
signals, logistic, the cut, L2 1.0, the `../shared` folders). Deterministic: no randomness, no clock.
Prints Markdown tables; writes nothing. Reads the seen articles with
headings only, in their sets (`segments_loso.seen_sets`: tuning, extra and
the fresh sets of `segmentation.FRESH_SETS`; never a held-out article).

The question: can a classifier trained on the real chapter starts replace
or help the hand-set decision of where chapters begin? Per gap between
paragraphs (gap g lies before paragraph g) the signals are:

- briefed (round 12): TextTiling depth (`cohesion.gap_scores`), how little
  the windows either side share of words and of names, a jump (or a step
  back) in the years of the nearest dated paragraphs, a paragraph opening
  with a time phrase (the timeline's date tagger), the paragraph's length,
  the gap's place in the article;
- more (round 12): the depth above its neighbours' within two gaps, and
  the similarity matrix's block contrast over three and six paragraphs;
- all (round 26): also how the paragraph opens (a field's name among its
  first words, a copula among its first four, a word of the article's
  subject among its first three, a continuation word first: chapters.toml
  `continuation_openers`, "However", "Namun") and what changes at the gap
  (the field the paragraphs are about, `cohesion.fields_about`; the set of
  names in the two paragraphs either side);
- r27 (round 27): lexical chains (LCseg: a word's run of paragraphs)
  starting at the gap, ending before it and running across it; how much
  the paragraph's first sentence leans to what follows rather than what
  precedes, and the previous paragraph's last sentence the other way; a
  definition of a subject new to the last paragraphs ("Direct current
  is ..."); the story stepping back behind the latest year told; the
  paragraph's length against the one before.

Every signal is a standard score within its article (a flat article and a
lumpy one compare). Combiners: a logistic regression with an L2 penalty
(`pack.logistic`), or boosted stumps (one threshold per round on the
logistic loss, learning rate STUMP_RATE, STUMP_ROUNDS rounds).

Decoders, each with one knob chosen on the training sets only:
- dp (round 12): the likeliest starts together under the teachable-size
  rules (a dynamic programme over where the previous chapter began, with
  the words since it as two more signals of the logistic model); the knob
  is a start bonus added to every gap's log-odds (it sets the count);
- cut: today's normalised cut (`boundaries.choose`: its count, sizes and
  lead) with the learned log-odds in place of the TextTiling depth as the
  gap bonus; the knob is the bonus per unit of log-odds;
- snap: today's chapters, each start moved one paragraph where the model's
  log-odds there beat its own by more than the knob (sizes kept).

Each set is scored with a model trained on all the other sets and the knob
chosen on them (objective as `segments_loso`: mean recall ±1 − mean Pk −
mean WindowDiff), beside today's chapters (`chapter_starts`).
`--real-count` gives the cut (today's and the learned one) the real number
of chapters: how well the starts are placed when the count is right.
`--auc` prints how well each signal, and the logistic model on them
(trained leave-one-set-out), ranks the gaps, without decoding; `--ceiling`
prints today's cut with the depth at the real starts raised (an oracle):
the recall a better ranking of the gaps could buy through the cut.

Round 12 trained the logistic model and dp on half the tuning set and
scored the other half: no gain (quality/verdicts/tuning-segments-learned-r12.md).
Round 26 repeated it on the 59 seen articles, leave-one-set-out: no
combiner or decoder beat today's chapters on most sets
(quality/verdicts/chapters-r26.md), so nothing of it ships. Round 27
added the r27 signals, `--auc` and `--ceiling`: the ranking rose from AUC
0.782 to 0.791, the cut's recall did not, and even a near-perfect ranking
lifts the cut's recall little (quality/verdicts/chapters-r27.md).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import numpy as np  # noqa: E402

from pack import lang as langdata  # noqa: E402
from pack import logistic  # noqa: E402
from pack.extract.timeline.dates import find_dates  # noqa: E402
from pack.read.segment import chapter_starts  # noqa: E402
from pack.read.segment.article import lead_subject  # noqa: E402
from pack.read.segment.boundaries import (GAP_BONUS, LEAD_MAX_PARAGRAPHS, LEAD_MAX_WORDS, LEAD_REACH,  # noqa: E402
                                          MAX_WORDS, NEVER, SHORT_WORDS, SMALLEST_WORDS, choose, lead_end,
                                          size_penalty)
from pack.read.segment.cohesion import (WINDOWS, WORD, breadth, cosine, field_runs, fields_about,  # noqa: E402
                                        gap_scores, names, similarity, stop_words, terms, weighted,
                                        window_similarities)
from pack.read.segment.years import births, middle_years, paragraph_years  # noqa: E402
from pack.text.sentences import abbreviations, split_sentences  # noqa: E402
from segmentation import folder_options, labels_of, lower_starts, pk, real_chapters, recall, windowdiff  # noqa: E402
from segments_loso import objective, seen_sets  # noqa: E402

BRIEFED = ("depth", "vocabulary_turn", "names_turn", "year_jump", "year_back",
           "time_opening", "paragraph_length", "position")
MORE = ("local_peak", "block_3", "block_6")
ALL = ("field_opening", "copula_opening", "subject_opening", "continuation_opening",
       "field_change", "names_change")
R27 = ("chain_start", "chain_end", "chain_across", "first_turn", "last_turn", "new_definition",
       "frontier_back", "length_ratio")
SIGNALS = {"briefed": BRIEFED, "more": BRIEFED + MORE, "all": BRIEFED + MORE + ALL,
           "r27": BRIEFED + MORE + ALL + R27}
EVERY = SIGNALS["r27"]     # the columns gap_signals computes
DISTANCE = ("distance", "distance_squared")
DISTANCE_UNIT = 1000      # words: the distance signal is log(words since the last start / this)
OPENING_WORDS = 1         # a time phrase opens a paragraph when at most this many words precede it
YEAR_LOOK = 2             # paragraphs either side searched for the nearest dated one
PEAK_REACH = 2            # gaps either side a depth is compared with
FIELD_OPENING = 8         # a field's name among this many first words
COPULA_OPENING = 4        # a copula among this many first words ("A climate model is")
SUBJECT_OPENING = 3       # a word of the article's subject among this many first words
NAMES_REACH = 2           # paragraphs either side whose names are compared
HIATUS = 3                # a word's lexical chain breaks after this many paragraphs without it
TURN_REACH = 2            # paragraphs a sentence is compared with on either side
DEFINED_REACH = 3         # paragraphs before in which a newly defined subject must not occur
FRONTIER_SLACK = 5        # years a paragraph may start before the latest year told so far
STUMP_ROUNDS = 50
STUMP_RATE = 0.2
STUMP_CUTS = np.linspace(0.05, 0.95, 19)    # thresholds tried: these quantiles of each signal
CEILING_BONUSES = (0, 2, 5, 10, 100)    # --ceiling: standard scores added at the real starts
KNOBS = {"dp": (-1.0, 0.0, 1.0, 2.0, 3.0),              # start bonus (log-odds)
         "cut": (0.01, 0.02, 0.03, 0.05, 0.08, 0.12),               # gap bonus per unit of log-odds
         "snap": (0.5, 1.0, 2.0, 4.0)}                  # log-odds a neighbour must gain


# ---------------------------------------------------------------- signals


def gap_signals(texts: list[str], lang: str) -> np.ndarray:
    """One row per gap (row 0 unused), the columns of EVERY, each a
    standard score over the article's gaps."""
    n = len(texts)
    sizes = [len(t.split()) for t in texts]
    vocabulary = weighted([terms(t, stop_words(lang)) for t in texts])
    cast = names(texts, lang)
    depth = gap_scores(texts, lang, vocabulary, weighted(cast))
    vocabulary_turn = [1 - s for s in window_similarities(vocabulary, sizes, WINDOWS[1])]
    names_turn = [1 - s for s in window_similarities(weighted(cast), sizes, WINDOWS[1])]
    years, matrix = middle_years(texts, lang), similarity(texts, lang)
    openings, about = opening_signals(texts, lang), fields_about(texts, lang)
    rows = np.zeros((n, len(SIGNALS["all"])))
    for g in range(1, n):
        around = depth[max(1, g - PEAK_REACH):g] + depth[g + 1:g + 1 + PEAK_REACH]
        rows[g] = (depth[g], vocabulary_turn[g], names_turn[g], *_year_step(years, g),
                   float(opens_with_time(texts[g], lang)), math.log(max(sizes[g], 1)), g / n,
                   depth[g] - max(around, default=0.0), _block(matrix, g, 3), _block(matrix, g, 6),
                   *openings[g], float(about[g] is not None and about[g] != about[g - 1]),
                   _names_change(cast, g))
    rows = np.hstack([rows, round27_signals(texts, lang)])
    body = rows[1:]
    spread = body.std(0)
    rows[1:] = (body - body.mean(0)) / np.where(spread > 0, spread, 1.0)
    return rows


def opening_signals(texts: list[str], lang: str) -> list[tuple[float, float, float, float]]:
    """Per paragraph: a field's name, a copula, a word of the article's
    subject, a continuation word (first) among its opening words (1.0 / 0.0)."""
    chapters, text = langdata.load(lang, "chapters"), langdata.load(lang, "text")
    fields = {name for area in chapters.get("areas", []) for name in area.get("names", [])}
    copulas = set(text.get("copulas", []))
    goes_on = set(chapters.get("continuation_openers", []))
    subject = {w.casefold() for w in WORD.findall(lead_subject(texts[0], tuple(copulas)))}
    out = []
    for paragraph in texts:
        first = [w.casefold() for w in WORD.findall(paragraph)[:FIELD_OPENING]]
        out.append((float(any(w in fields for w in first)),
                    float(any(w in copulas for w in first[:COPULA_OPENING])),
                    float(any(w in subject for w in first[:SUBJECT_OPENING])),
                    float(bool(first) and first[0] in goes_on)))
    return out


def _names_change(cast: list, g: int) -> float:
    """1 − the Jaccard overlap of the names in the NAMES_REACH paragraphs either side of gap g."""
    before = set().union(*cast[max(0, g - NAMES_REACH):g])
    after = set().union(*cast[g:g + NAMES_REACH])
    return 1 - len(before & after) / max(len(before | after), 1)


def opens_with_time(text: str, lang: str) -> bool:
    """The paragraph opens with a date phrase ("In 1941, ...", "Pada tanggal 26 Oktober")."""
    return any(len(text[:m.phrase_start].split()) <= OPENING_WORDS
               for m in find_dates(text[:200], lang) if m.value is not None)


def years_around(years: list[int | None], g: int) -> tuple[int | None, int | None]:
    """The middle years of the nearest dated paragraphs either side of gap g
    (at most YEAR_LOOK paragraphs away; None: none dated there)."""
    before = next((y for y in reversed(years[max(0, g - YEAR_LOOK):g]) if y is not None), None)
    after = next((y for y in years[g:g + YEAR_LOOK] if y is not None), None)
    return before, after


def _year_step(years: list[int | None], g: int) -> tuple[float, float]:
    """log(1 + years between the nearest dated paragraphs either side of gap g),
    and 1.0 where the later one is earlier (the story goes back)."""
    before, after = years_around(years, g)
    if before is None or after is None:
        return 0.0, 0.0
    return math.log1p(abs(after - before)), float(after < before)


def _block(matrix: np.ndarray, g: int, width: int) -> float:
    """Similarity within the `width` paragraphs either side of gap g, less across it."""
    a, b = max(0, g - width), min(len(matrix), g + width)

    def within(block: np.ndarray) -> float:
        return (block.sum() - np.trace(block)) / max(block.size - len(block), 1)
    return (within(matrix[a:g, a:g]) + within(matrix[g:b, g:b])) / 2 - matrix[a:g, g:b].mean()


# ---------------------------------------------------------------- round 27's signals


def round27_signals(texts: list[str], lang: str) -> np.ndarray:
    """The columns of R27 (raw values, one row per paragraph, row 0 unused):
    where lexical chains start, end and run across; which side a paragraph's
    first sentence and the previous one's last sentence lean to; a
    definition of a subject new to the last paragraphs; a step back behind
    the latest year told; the length against the paragraph before."""
    n, stop = len(texts), stop_words(lang)
    bags = [terms(t, stop) for t in texts]
    sizes = np.array([max(len(t.split()), 1) for t in texts], dtype=float)
    lengths = np.concatenate([[0.0], np.log(sizes[1:] / sizes[:-1])])
    return np.column_stack([*chain_signals(bags), *sentence_turns(texts, lang, bags),
                            new_definitions(texts, lang, bags), frontier_back(texts, lang), lengths])


def chain_signals(bags: list[Counter]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lexical chains (LCseg): a word's run of paragraphs, broken where it is
    missing for more than HIATUS paragraphs; only runs over two paragraphs or
    more count, each weighted by the word's inverse paragraph frequency.
    Per gap g: the weight of chains starting at g, ending just before g,
    and running across g."""
    n = len(bags)
    starts, ends, across = np.zeros(n), np.zeros(n), np.zeros(n)
    where: dict[str, list[int]] = {}
    for i, bag in enumerate(bags):
        for word in bag:
            where.setdefault(word, []).append(i)
    for word, places in where.items():
        weight = math.log(n / len(places))
        for run in _runs(places):
            if len(run) > 1:
                starts[run[0]] += weight
                across[run[0] + 1:run[-1] + 1] += weight
                if run[-1] + 1 < n:
                    ends[run[-1] + 1] += weight
    return starts, ends, across


def _runs(places: list[int]) -> list[list[int]]:
    """Paragraph numbers in order, cut where two lie more than HIATUS apart."""
    runs = [[places[0]]]
    for i in places[1:]:
        if i - runs[-1][-1] > HIATUS:
            runs.append([])
        runs[-1].append(i)
    return runs


def sentence_turns(texts: list[str], lang: str, bags: list[Counter]) -> tuple[np.ndarray, np.ndarray]:
    """Per gap g: how much more paragraph g's first sentence shares with
    what follows it (its own rest, the next paragraph) than with the
    TURN_REACH paragraphs before (a section's opening sentence looks
    ahead), and how much more paragraph g-1's last sentence shares with
    what precedes it than with the TURN_REACH paragraphs after (a closer
    looks back). Cosines of words weighted by inverse paragraph frequency."""
    n, stop, short = len(texts), stop_words(lang), abbreviations(lang)
    spread = Counter(word for bag in bags for word in bag)

    def bag(*parts: str) -> Counter:
        return Counter({w: c * math.log(n / spread[w]) for w, c in terms(" ".join(parts), stop).items()
                        if 0 < spread[w] < n})

    sentences = [split_sentences(t, short) or [t] for t in texts]
    first, last = np.zeros(n), np.zeros(n)
    for g in range(1, n):
        opening, closing = bag(sentences[g][0]), bag(sentences[g - 1][-1])
        before = bag(*texts[max(0, g - TURN_REACH):g])
        after = bag(*texts[g:g + TURN_REACH])
        ahead = bag(*sentences[g][1:], *texts[g + 1:g + 2])              # its own rest and the next one
        behind = bag(*texts[max(0, g - 2):g - 1], *sentences[g - 1][:-1])  # likewise, the other way
        first[g] = cosine(opening, ahead) - cosine(opening, before)
        last[g] = cosine(closing, behind) - cosine(closing, after)
    return first, last


def new_definitions(texts: list[str], lang: str, bags: list[Counter]) -> np.ndarray:
    """1.0 where a paragraph opens by defining a subject new to the last
    DEFINED_REACH paragraphs (a copula among its first COPULA_OPENING words,
    no word before it used there: "Direct current is ..."), 0.5 where the
    subject was used there, 0.0 without such an opening."""
    copulas, stop = set(langdata.load(lang, "text").get("copulas", [])), stop_words(lang)
    out = np.zeros(len(texts))
    for g, text in enumerate(texts):
        first = [w.casefold() for w in WORD.findall(text)[:COPULA_OPENING]]
        k = next((i for i, w in enumerate(first) if w in copulas), 0)
        subject = set(terms(" ".join(first[:k]), stop))
        if subject:
            used = set().union(*bags[max(0, g - DEFINED_REACH):g])
            out[g] = 0.5 if subject & used else 1.0
    return out


def frontier_back(texts: list[str], lang: str) -> np.ndarray:
    """log(1 + years) a paragraph's first dated event lies before the latest
    year told in the paragraphs before it, less FRONTIER_SLACK (a new thread
    begins earlier than the story had reached)."""
    out, latest = np.zeros(len(texts)), None
    for g, years in enumerate(paragraph_years(texts, lang)):
        if years and latest is not None:
            out[g] = math.log1p(max(0, latest - years[0] - FRONTIER_SLACK))
        if years:
            latest = max(years) if latest is None else max(latest, *years)
    return out


def distance_signals(words: np.ndarray) -> np.ndarray:
    """DISTANCE for chapters of `words` words so far (any shape; one more axis)."""
    scaled = np.log(np.maximum(words, 1) / DISTANCE_UNIT)
    return np.stack([scaled, scaled ** 2], axis=-1)


# ---------------------------------------------------------------- combiners


@dataclass(frozen=True)
class Model:
    """Logistic weights on centred and scaled signals (static ones first, then DISTANCE if any)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def logits(self, static: np.ndarray, distance: np.ndarray) -> np.ndarray:
        """Log-odds of a start at every gap (columns) after every possible previous start (rows)."""
        k = static.shape[1]
        fixed = self.bias + ((static - self.mean[:k]) / self.scale[:k]) @ self.weights[:k]
        return fixed[None, :] + ((distance - self.mean[k:]) / self.scale[k:]) @ self.weights[k:]

    def score(self, static: np.ndarray) -> np.ndarray:
        """Log-odds of a start at every gap (a model without DISTANCE)."""
        return self.bias + ((static - self.mean) / self.scale) @ self.weights


def fit(signals: np.ndarray, labels: np.ndarray, l2: float) -> Model:
    """Logistic regression on standardised signals, the weights (not the bias)
    penalised by l2 / 2 * |w|² (`pack.logistic`)."""
    mean, scale = signals.mean(0), signals.std(0)
    scale[scale == 0] = 1.0
    x = np.hstack([np.ones((len(signals), 1)), (signals - mean) / scale])
    theta = logistic.fit(x, labels, np.asarray([0.0] + [l2] * signals.shape[1]))
    return Model(mean, scale, theta[1:], float(theta[0]))


@dataclass(frozen=True)
class Stumps:
    """Boosted stumps: log-odds = bias + Σ (low if signal ≤ threshold else high)."""

    bias: float
    stumps: tuple[tuple[int, float, float, float], ...]     # (column, threshold, low, high)

    def score(self, static: np.ndarray) -> np.ndarray:
        out = np.full(len(static), self.bias)
        for column, threshold, low, high in self.stumps:
            out += np.where(static[:, column] <= threshold, low, high)
        return out


def fit_stumps(signals: np.ndarray, labels: np.ndarray, rounds: int = STUMP_ROUNDS) -> Stumps:
    """Each round, the one threshold whose Newton step on the logistic loss
    gains most (a stump), shrunk by STUMP_RATE."""
    rate = labels.mean()
    bias = float(np.log(rate / (1 - rate)))
    f = np.full(len(labels), bias)
    cuts = [np.unique(np.quantile(signals[:, j], STUMP_CUTS)) for j in range(signals.shape[1])]
    chosen = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-f))
        residual, weight = labels - p, p * (1 - p)
        best = max(((_gain(signals[:, j] <= cut, residual, weight), j, float(cut))
                    for j in range(signals.shape[1]) for cut in cuts[j]), key=lambda c: c[0])
        _, column, cut = best
        low = signals[:, column] <= cut
        step = [STUMP_RATE * residual[side].sum() / (weight[side].sum() + 1) for side in (low, ~low)]
        chosen.append((column, cut, step[0], step[1]))
        f += np.where(low, step[0], step[1])
    return Stumps(bias, tuple(chosen))


def _gain(low: np.ndarray, residual: np.ndarray, weight: np.ndarray) -> float:
    """How much a split lowers the loss (the Newton estimate; 1 as a ridge)."""
    return sum(residual[side].sum() ** 2 / (weight[side].sum() + 1) for side in (low, ~low))


# ---------------------------------------------------------------- decoders


def decode(static: np.ndarray, sizes: list[int], model: Model, lead: int | None) -> list[int]:
    """dp: the likeliest chapter starts under the teachable-size rules (no
    chapter under SMALLEST_WORDS, a penalty outside the range, at least one
    per MAX_WORDS, a text under SHORT_WORDS one chapter, the lead as today)."""
    n, total = len(sizes), sum(sizes)
    if total < SHORT_WORDS or n < 2:
        return []
    words = np.concatenate([[0], np.cumsum(sizes)])
    apart = words[None, :n] - words[:n, None]                    # [p, g]: words from start p to gap g
    logits = model.logits(static, distance_signals(apart))
    later = np.triu(np.ones((n, n), dtype=bool), 1)
    none = np.where(later, -np.logaddexp(0, logits), 0.0)        # log P(no start at g | previous start p)
    passed = np.cumsum(none, axis=1) - none                       # over gaps p+1 .. j-1
    penalty = np.vectorize(size_penalty)
    gain = np.where(later, passed - np.logaddexp(0, -logits) - penalty(apart), -NEVER)
    ending = passed[:, -1] + none[:, -1] - penalty(words[n] - words[:n])
    score = np.full(n, -NEVER)                                   # one start: the lead's end
    for j in ([lead] if lead else range(1, min(LEAD_MAX_PARAGRAPHS, n - 1) + 1)):
        if lead or j == 1 or words[j] <= LEAD_MAX_WORDS:
            score[j] = 0.0
    scores, backs = [score], []
    for _ in range(min(n - 1, total // SMALLEST_WORDS) - 1):
        step = scores[-1][:, None] + gain
        backs.append(step.argmax(0))
        scores.append(step.max(0))
    least = max(1, math.ceil(total / MAX_WORDS))
    totals = [float((s + ending).max()) for s in scores]
    count = max(range(min(least, len(scores)) - 1, len(scores)), key=lambda k: totals[k])
    starts = [int((scores[count] + ending).argmax())]
    for k in range(count, 0, -1):
        starts.append(int(backs[k - 1][starts[-1]]))
    return starts[::-1]


def snap(starts: list[int], sizes: list[int], score: np.ndarray, margin: float) -> list[int]:
    """Each start after the lead's end moved one paragraph either way where
    the log-odds there beat its own by more than `margin`, both chapters
    either side keeping SMALLEST_WORDS."""
    out, bounds = [], [0, *starts, len(sizes)]
    for k, start in enumerate(starts):
        best, low, high = start, bounds[k], bounds[k + 2]
        for other in ((start - 1, start + 1) if k else ()):
            if low < other < high and min(sum(sizes[low:other]), sum(sizes[other:high])) >= SMALLEST_WORDS \
                    and score[other] > score[best] + margin:
                best = other
        out.append(best)
        bounds[k + 1] = best
    return out


# ---------------------------------------------------------------- measuring


@dataclass
class Text:
    name: str
    texts: list[str]
    true: list[int]
    sizes: list[int]
    signals: np.ndarray
    lead: int | None
    today: list[int]
    similar: np.ndarray        # the cut's inputs, as chapter-making computes them
    depth: list[float]
    fields: int
    lower: set[int]            # the starts of the authors' sections below a chapter


def read(path: Path) -> Text:
    texts, true, lang = real_chapters(path)
    sizes, depth = [len(t.split()) for t in texts], gap_scores(texts, lang)
    lead = lead_end(breadth(texts, lang, LEAD_REACH), sizes, depth, births(texts, lang))
    return Text(path.stem, texts, true, sizes, gap_signals(texts, lang), lead, chapter_starts(texts, lang),
                similarity(texts, lang), depth, field_runs(texts, lang), lower_starts(path))


def examples(text: Text, columns: list[int], distance: bool) -> tuple[np.ndarray, np.ndarray]:
    """Every gap after the lead: its signals (with `distance`, the words since
    the previous real start last) and its label."""
    words = np.concatenate([[0], np.cumsum(text.sizes)])
    rows, labels, previous = [], [], text.true[0]
    for g in range(text.true[0] + 1, len(text.texts)):
        since = distance_signals(np.array(words[g] - words[previous])) if distance else []
        rows.append(np.concatenate([text.signals[g, columns], since]))
        labels.append(float(g in text.true))
        previous = g if g in text.true else previous
    return np.array(rows), np.array(labels)


@dataclass(frozen=True)
class Setup:
    columns: list[int]
    combiner: str
    decoder: str
    l2: float
    real_count: bool


def train(texts: list[Text], setup: Setup) -> Model | Stumps:
    parts = [examples(t, setup.columns, setup.decoder == "dp") for t in texts]
    x, y = np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts])
    return fit_stumps(x, y) if setup.combiner == "stumps" else fit(x, y, setup.l2)


def made(text: Text, model: Model | Stumps, knob: float, setup: Setup) -> list[int]:
    """The chapter starts the learned model makes for one article."""
    static = text.signals[:, setup.columns]
    if setup.decoder == "dp":
        return decode(static, text.sizes, replace(model, bias=model.bias + knob), text.lead)
    score = model.score(static)
    if setup.decoder == "snap":
        return snap(text.today, text.sizes, score, knob)
    # The cut adds GAP_BONUS per unit of its gap scores: these give knob per unit of log-odds.
    return choose(text.similar, list(score * knob / GAP_BONUS), text.sizes, count_of(text, setup),
                  lead=text.lead, fields=text.fields)


def count_of(text: Text, setup: Setup) -> int | None:
    return len(text.true) if setup.real_count else None


def today(text: Text, setup: Setup) -> list[int]:
    """Today's chapters (with --real-count: today's cut given the real count)."""
    if not setup.real_count:
        return text.today
    return choose(text.similar, text.depth, text.sizes, count_of(text, setup), lead=text.lead, fields=text.fields)


def scores(text: Text, starts: list[int]) -> tuple[float, float, float, int]:
    """Pk, WindowDiff, recall ±1 (as quality/segmentation.py), and the chapters made."""
    n = len(text.texts)
    k = max(1, round(n / (len(text.true) + 1) / 2))
    ref, hyp = labels_of(text.true, n), labels_of(starts, n)
    return pk(ref, hyp, k), windowdiff(ref, hyp, k), recall(text.true, starts), len(starts) + 1


def mean(rows: list[tuple]) -> tuple[float, float, float, int]:
    return (*(sum(r[i] for r in rows) / len(rows) for i in range(3)), sum(r[3] for r in rows))


def left_out(sets: dict[str, list[Text]], setup: Setup) -> dict[str, tuple[float, list[tuple]]]:
    """Set -> (the knob chosen without it, its articles' scores under the
    model trained and the knob chosen on all the other sets)."""
    out = {}
    for name, texts in sets.items():
        others = [t for other, rest in sets.items() if other != name for t in rest]
        model = train(others, setup)
        knob = max(KNOBS[setup.decoder],
                   key=lambda v: objective([scores(t, made(t, model, v, setup))[:3] for t in others]))
        out[name] = (knob, [scores(t, made(t, model, knob, setup)) for t in texts])
    return out


def cell(s: tuple) -> str:
    return f"{s[0]:.3f} / {s[1]:.3f} / {s[2]:.1%} ({s[3]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    folder_options(parser)
    parser.add_argument("--signals", choices=tuple(SIGNALS), default="all")
    parser.add_argument("--combiner", choices=("logistic", "stumps"), default="logistic")
    parser.add_argument("--decoder", choices=tuple(KNOBS), default="cut")
    parser.add_argument("--l2", type=float, default=1.0, help="strength of the L2 penalty on the logistic weights")
    parser.add_argument("--real-count", action="store_true",
                        help="the cut (today's and the learned one) given the real number of chapters")
    parser.add_argument("--auc", action="store_true",
                        help="how well each signal, and the logistic model on them, ranks the gaps (no decoding)")
    parser.add_argument("--ceiling", action="store_true",
                        help="today's cut with the real starts' gap scores raised, or the lower sections' lowered")
    args = parser.parse_args()
    if args.decoder == "dp" and args.combiner == "stumps":
        parser.error("--decoder dp needs the logistic combiner (its distance signals enter the log-odds linearly)")
    if args.real_count and args.decoder != "cut":
        parser.error("--real-count goes with --decoder cut")
    names_used = SIGNALS[args.signals]
    setup = Setup([EVERY.index(n) for n in names_used], args.combiner, args.decoder, args.l2,
                  args.real_count)
    sets = {name: [read(p) for p in paths] for name, paths in seen_sets(args.samples, args.corpus).items()}
    if args.auc or args.ceiling:
        print(ranking(sets, setup, names_used) if args.auc else ceiling(sets, args.real_count))
        return
    print(f"Signals: {', '.join(names_used)}; combiner {args.combiner}; decoder {args.decoder}; "
          f"L2 {args.l2}{'; the real count' if args.real_count else ''}\n")
    print(report(sets, setup, names_used))


def report(sets: dict[str, list[Text]], setup: Setup, names_used: tuple[str, ...]) -> str:
    """The table of every set, today's chapters beside the learned ones, pooled, and the weights."""
    lines = ["| set | articles | today Pk / WD / recall (chapters) | knob chosen without it | learned |",
             "|---|---:|---|---:|---|"]
    pooled_today, pooled_learned, up, down = [], [], 0, 0
    for name, (knob, rows) in left_out(sets, setup).items():
        before = [scores(t, today(t, setup)) for t in sets[name]]
        pooled_today += before
        pooled_learned += rows
        up, down = up + (mean(rows)[2] > mean(before)[2] + 1e-9), down + (mean(rows)[2] < mean(before)[2] - 1e-9)
        lines.append(f"| {name} | {len(rows)} | {cell(mean(before))} | {knob:g} | {cell(mean(rows))} |")
    lines += [f"| **pooled** | {len(pooled_today)} | {cell(mean(pooled_today))} | | {cell(mean(pooled_learned))} |",
              "", f"Recall ±1 up in {up} sets, down in {down}, of {len(sets)}."]
    model = train([t for texts in sets.values() for t in texts], setup)
    if isinstance(model, Model):
        labels = list(names_used) + (list(DISTANCE) if setup.decoder == "dp" else [])
        lines.append("Weights (all seen sets): " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(labels, model.weights))
                     + f", bias {model.bias:+.2f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- ranking and its ceiling


def auc(score: np.ndarray, labels: np.ndarray) -> float:
    """The chance that a real start's score beats another gap's (ties count half)."""
    order = np.argsort(score, kind="stable")
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    _, tie = np.unique(score, return_inverse=True)
    ranks = (np.bincount(tie, ranks) / np.bincount(tie))[tie]
    real = labels == 1
    return float((ranks[real].sum() - real.sum() * (real.sum() + 1) / 2) / (real.sum() * (~real).sum()))


def ranking(sets: dict[str, list[Text]], setup: Setup, names_used: tuple[str, ...]) -> str:
    """Each signal's AUC over every gap after the lead of the seen sets (real
    starts against the rest, and against the rest but the lower sections'
    starts, and real against lower starts), then the logistic model's, each
    set scored by the model trained on the others."""
    texts = [t for rest in sets.values() for t in rest]
    x, y = (np.concatenate(part) for part in zip(*(examples(t, setup.columns, False) for t in texts)))
    lower = np.concatenate([[float(g in t.lower) for g in range(t.true[0] + 1, len(t.texts))] for t in texts])
    lines = [f"{len(texts)} articles, {len(y)} gaps after the lead: {int(y.sum())} real starts, "
             f"{int(lower.sum())} lower sections' starts", "",
             "| signal | real against the rest | … against the rest, lower starts left out | real against lower |",
             "|---|---:|---:|---:|"]
    plain, between = lower == 0, (y == 1) | (lower == 1)
    for j, name in enumerate(names_used):
        lines.append(f"| {name} | {auc(x[:, j], y):.3f} | {auc(x[plain, j], y[plain]):.3f} | "
                     f"{auc(x[between, j], y[between]):.3f} |")
    scored, truth = [], []
    for name, rest in sets.items():
        model = fit(*(np.concatenate(p) for p in zip(*(examples(t, setup.columns, False)
                                                         for other, more in sets.items() if other != name
                                                         for t in more))), setup.l2)
        for t in rest:
            signals, labels = examples(t, setup.columns, False)
            scored.append(model.score(signals))
            truth.append(labels)
    lines += ["", f"Logistic model on these signals, each set scored by the model trained on the others: "
              f"AUC {auc(np.concatenate(scored), np.concatenate(truth)):.3f}"]
    return "\n".join(lines)


def ceiling(sets: dict[str, list[Text]], real_count: bool) -> str:
    """Today's cut (its count, sizes and lead) with the TextTiling depth at
    every real start raised by each of CEILING_BONUSES standard scores (an
    oracle: how much recall a better ranking of the gaps can buy through
    the cut), with the AUC of that depth; and with the depth at the lower
    sections' starts lowered instead (the cut told which sections are
    one level down). `real_count`: the cut given the real number of chapters."""
    texts = [t for rest in sets.values() for t in rest]
    lines = ["| depth changed | its AUC | Pk / WindowDiff / recall ±1 (chapters) |", "|---|---:|---|"]
    for bonus, at in [(b, "real") for b in CEILING_BONUSES] + [(-b, "lower") for b in CEILING_BONUSES[1:]]:
        rows, score, labels = [], [], []
        for t in texts:
            marked = t.true if at == "real" else t.lower
            depth = [d + bonus * (g in marked) for g, d in enumerate(t.depth)]
            count = len(t.true) if real_count else None
            rows.append(scores(t, choose(t.similar, depth, t.sizes, count, lead=t.lead, fields=t.fields)))
            score += depth[t.true[0] + 1:]
            labels += [float(g in t.true) for g in range(t.true[0] + 1, len(t.texts))]
        lines.append(f"| {bonus:+g} at the {at} starts | {auc(np.array(score), np.array(labels)):.3f} | "
                     f"{cell(mean(rows))} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
