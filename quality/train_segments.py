"""Quality: a learned boundary model for chapter-making, trained and checked split-half.

Run: `python quality/train_segments.py [--signals briefed|more] [--l2 X]
[--samples DIR] [--corpus DIR]` (defaults: the briefed signals, L2 1.0,
the `../shared` folders). Deterministic: no randomness, no clock. Prints
Markdown tables; writes nothing. Reads tuning articles only (the two
halves of quality/SPLIT.md's split-half validation, HALF_A and HALF_B).

The question (round 12): can a small learned classifier replace the
hand-set decision of where chapters begin? Per gap between paragraphs,
the signals chapter-making already computes — TextTiling depth
(`pack.read.segment.cohesion.gap_scores`), how little the windows either
side share of words and of names, a jump (or a step back) in the years
of the nearest dated paragraphs, a paragraph opening with a time phrase
(the timeline's date tagger), the paragraph's length, the gap's place in
the article, and the words since the previous chapter start — go into a
logistic regression with an L2 penalty, fitted by Newton's method on the
real chapter starts of the training articles (as quality/segmentation.py
computes them). `--signals more` adds three more: the depth above its
neighbours' within two gaps, and the similarity matrix's block contrast
either side of the gap over three and six paragraphs.

The decoder picks the likeliest starts together (a dynamic programme over
where the previous chapter began: log-probability of a start at each
chosen gap, of none at each gap passed over), keeping the teachable-size
rules of `pack.read.segment.boundaries` (no chapter under 350 words, a
mild penalty under 450 and over 3,000, at least one chapter per 3,000
words, a text under 1,800 words one chapter, the lead found as today).
A start bonus added to every gap's log-odds sets how many chapters it
makes; it is chosen on the training half only, by leaving one training
article out at a time.

Train on half A, score half B against today's method (`chapter_starts`),
and the reverse. The model would be kept only if it beat today's method
on the half it was not trained on, on boundary recall within ±1
paragraph without a worse WindowDiff. It did not
(quality/verdicts/tuning-segments-learned-r12.md), so nothing of it
ships; this script reproduces the numbers.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import numpy as np  # noqa: E402

from pack import logistic  # noqa: E402
from pack.extract.timeline.dates import find_dates  # noqa: E402
from pack.read.segment import chapter_starts  # noqa: E402
from pack.read.segment.boundaries import (LEAD_MAX_PARAGRAPHS, LEAD_MAX_WORDS, LEAD_REACH, MAX_WORDS,  # noqa: E402
                                          NEVER, SHORT_WORDS, SMALLEST_WORDS, lead_end, size_penalty)
from pack.read.segment.cohesion import (WINDOWS, births, breadth, gap_scores, names, similarity, stop_words,  # noqa: E402
                                        terms, weighted, window_similarities)
from pack.read.segment.years import middle_years  # noqa: E402
import run  # noqa: E402  (beside this file)
from segmentation import folder_options, labels_of, pk, real_chapters, recall, windowdiff  # noqa: E402

# Split-half validation: of run.HALF_A and HALF_B, the articles with headings (their
# real chapter starts are the labels).
HEADINGLESS = ("id-agresi-militer-1", "id-agresi-militer-2", "id-budi-utomo")
HALF_A = tuple(n for n in run.HALF_A if n not in HEADINGLESS)
HALF_B = tuple(n for n in run.HALF_B if n not in HEADINGLESS)
BRIEFED = ("depth", "vocabulary_turn", "names_turn", "year_jump", "year_back",
           "time_opening", "paragraph_length", "position")
MORE = ("local_peak", "block_3", "block_6")
DISTANCE = ("distance", "distance_squared")
DISTANCE_UNIT = 1000      # words: the distance signal is log(words since the last start / this)
OPENING_WORDS = 1         # a time phrase opens a paragraph when at most this many words precede it
YEAR_LOOK = 2             # paragraphs either side searched for the nearest dated one
PEAK_REACH = 2            # gaps either side a depth is compared with
BONUSES = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)   # start bonuses tried on the training half


# ---------------------------------------------------------------- signals


def gap_signals(texts: list[str], lang: str, more: bool) -> np.ndarray:
    """One row per gap (row 0 unused): BRIEFED, then MORE when asked."""
    n = len(texts)
    sizes = [len(t.split()) for t in texts]
    vocabulary = weighted([terms(t, stop_words(lang)) for t in texts])
    cast = weighted(names(texts, lang))
    depth = gap_scores(texts, lang, vocabulary, cast)
    vocabulary_turn = [1 - s for s in window_similarities(vocabulary, sizes, WINDOWS[1])]
    names_turn = [1 - s for s in window_similarities(cast, sizes, WINDOWS[1])]
    years = middle_years(texts, lang)
    rows = np.zeros((n, len(BRIEFED)))
    for g in range(1, n):
        rows[g] = (depth[g], vocabulary_turn[g], names_turn[g], *_year_step(years, g),
                   float(opens_with_time(texts[g], lang)), math.log(max(sizes[g], 1)), g / n)
    if not more:
        return rows
    matrix = similarity(texts, lang)
    extra = np.zeros((n, len(MORE)))
    for g in range(1, n):
        around = depth[max(1, g - PEAK_REACH):g] + depth[g + 1:g + 1 + PEAK_REACH]
        extra[g] = (depth[g] - max(around, default=0.0), _block(matrix, g, 3), _block(matrix, g, 6))
    extra[1:, 1:] = (extra[1:, 1:] - extra[1:, 1:].mean(0)) / np.where(extra[1:, 1:].std(0) > 0, extra[1:, 1:].std(0), 1)
    return np.hstack([rows, extra])


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


def distance_signals(words: np.ndarray) -> np.ndarray:
    """DISTANCE for chapters of `words` words so far (any shape; one more axis)."""
    scaled = np.log(np.maximum(words, 1) / DISTANCE_UNIT)
    return np.stack([scaled, scaled ** 2], axis=-1)


# ---------------------------------------------------------------- model


@dataclass(frozen=True)
class Model:
    """Weights on centred and scaled signals (static ones first, then DISTANCE)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def logits(self, static: np.ndarray, distance: np.ndarray) -> np.ndarray:
        """Log-odds of a start at every gap (columns) after every possible previous start (rows)."""
        k = static.shape[1]
        fixed = self.bias + ((static - self.mean[:k]) / self.scale[:k]) @ self.weights[:k]
        return fixed[None, :] + ((distance - self.mean[k:]) / self.scale[k:]) @ self.weights[k:]


def fit(signals: np.ndarray, labels: np.ndarray, l2: float) -> Model:
    """Logistic regression on standardised signals, the weights (not the bias)
    penalised by l2 / 2 * |w|² (`pack.logistic`)."""
    mean, scale = signals.mean(0), signals.std(0)
    scale[scale == 0] = 1.0
    x = np.hstack([np.ones((len(signals), 1)), (signals - mean) / scale])
    theta = logistic.fit(x, labels, np.asarray([0.0] + [l2] * signals.shape[1]))
    return Model(mean, scale, theta[1:], float(theta[0]))


# ---------------------------------------------------------------- decoding


def decode(static: np.ndarray, sizes: list[int], model: Model, lead: int | None) -> list[int]:
    """The likeliest chapter starts under the teachable-size rules (see the module's docstring)."""
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


def read(path: Path, more: bool) -> Text:
    texts, true, lang = real_chapters(path)
    sizes = [len(t.split()) for t in texts]
    lead = lead_end(breadth(texts, lang, LEAD_REACH), sizes, gap_scores(texts, lang), births(texts, lang))
    return Text(path.stem, texts, true, sizes, gap_signals(texts, lang, more), lead, chapter_starts(texts, lang))


def examples(text: Text) -> tuple[np.ndarray, np.ndarray]:
    """Every gap after the lead: its signals (the words since the previous real start last) and its label."""
    words = np.concatenate([[0], np.cumsum(text.sizes)])
    rows, labels, previous = [], [], text.true[0]
    for g in range(text.true[0] + 1, len(text.texts)):
        rows.append(np.concatenate([text.signals[g], distance_signals(np.array(words[g] - words[previous]))]))
        labels.append(float(g in text.true))
        previous = g if g in text.true else previous
    return np.array(rows), np.array(labels)


def train(texts: list[Text], l2: float) -> Model:
    parts = [examples(t) for t in texts]
    return fit(np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts]), l2)


def scores(text: Text, made: list[int]) -> tuple[float, float, float, int]:
    """Pk, WindowDiff, recall ±1 (as quality/segmentation.py), and the chapters made."""
    n = len(text.texts)
    k = max(1, round(n / (len(text.true) + 1) / 2))
    ref, hyp = labels_of(text.true, n), labels_of(made, n)
    return pk(ref, hyp, k), windowdiff(ref, hyp, k), recall(text.true, made), len(made) + 1


def mean(rows: list[tuple]) -> tuple[float, float, float, int]:
    return (*(sum(r[i] for r in rows) / len(rows) for i in range(3)), sum(r[3] for r in rows))


def learned(texts: list[Text], model: Model, bonus: float) -> tuple:
    shifted = replace(model, bias=model.bias + bonus)
    return mean([scores(t, decode(t.signals, t.sizes, shifted, t.lead)) for t in texts])


def left_out(texts: list[Text], l2: float) -> dict[float, tuple]:
    """Each start bonus, scored on every training article by a model trained on the others."""
    models = {t.name: train([o for o in texts if o is not t], l2) for t in texts}
    return {bonus: mean([scores(t, decode(t.signals, t.sizes, replace(models[t.name], bias=models[t.name].bias + bonus), t.lead))
                         for t in texts]) for bonus in BONUSES}


def pick(cv: dict[float, tuple], today: tuple) -> float:
    """The bonus of the best recall whose WindowDiff is no worse than today's; none: no bonus."""
    fair = [b for b, s in cv.items() if s[1] <= today[1]]
    return max(fair, key=lambda b: (cv[b][2], -b)) if fair else 0.0


def row(label: str, s: tuple) -> str:
    return f"| {label} | {s[0]:.3f} | {s[1]:.3f} | {s[2]:.1%} | {s[3]} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    folder_options(parser)
    parser.add_argument("--signals", choices=("briefed", "more"), default="briefed")
    parser.add_argument("--l2", type=float, default=1.0, help="strength of the L2 penalty on the weights")
    args = parser.parse_args()
    more = args.signals == "more"
    names = list(BRIEFED) + (list(MORE) if more else []) + list(DISTANCE)
    paths = {p.stem: p for folder in (args.samples, args.corpus) for p in folder.glob("*.txt")}
    missing = [n for n in HALF_A + HALF_B if n not in paths]
    if missing:
        parser.error(f"no {', '.join(n + '.txt' for n in missing)} in {args.samples} or {args.corpus}; "
                     "name the folders with --samples and --corpus")
    halves = {"A": [read(paths[n], more) for n in HALF_A], "B": [read(paths[n], more) for n in HALF_B]}
    today = {h: mean([scores(t, t.today) for t in texts]) for h, texts in halves.items()}
    print(f"Signals: {', '.join(names)}; L2 {args.l2}\n")
    for trained, scored in (("A", "B"), ("B", "A")):
        cv = left_out(halves[trained], args.l2)
        bonus = pick(cv, today[trained])
        model = train(halves[trained], args.l2)
        print(f"### Trained on half {trained}, scored on half {scored}\n")
        print("| | Pk | WindowDiff | recall ±1 | chapters |\n|---|---:|---:|---:|---:|")
        print(row(f"{trained}, today's method", today[trained]))
        for b, s in cv.items():
            print(row(f"{trained}, one article left out, start bonus {b}", s))
        print(row(f"**{scored}, today's method**", today[scored]))
        print(row(f"{scored}, learned, no bonus", learned(halves[scored], model, 0.0)))
        chosen = learned(halves[scored], model, bonus)
        print(row(f"**{scored}, learned, bonus {bonus} (chosen on {trained})**", chosen))
        # For comparison at about today's number of chapters (still chosen on the training half):
        alike = min(cv, key=lambda b: (abs(cv[b][3] - today[trained][3]), b))
        print(row(f"{scored}, learned, bonus {alike} (as many chapters as today's on {trained})",
                  learned(halves[scored], model, alike)))
        kept = chosen[2] > today[scored][2] and chosen[1] <= today[scored][1]
        print(f"\nBeats today's method on {scored} (recall up, WindowDiff no worse): {'yes' if kept else 'no'}")
        print("Weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, model.weights)) + f", bias {model.bias:+.2f}\n")


if __name__ == "__main__":
    main()
