"""Chapter-making, step 1: how much the paragraphs belong together.

Stage: read (support for `segment`). Inputs: the paragraphs' texts and the
language code. Outputs: a paragraph-by-paragraph similarity matrix (for
the chapter cut in `boundaries`) and one score per gap between
neighbouring paragraphs (gap g lies before paragraph g).

- Vocabulary: each paragraph's content words (stop words from
  `pack/lang/<code>/chapters.toml` left out, words cut to their first
  letters), weighted by how few paragraphs use them: the article's own
  subject, named everywhere, says nothing about where chapters change.
  Two paragraphs are alike by the cosine of those weights, less so the
  further apart they are.
- Narratives: in an article that tells a story in order (most paragraphs
  dated, the years mostly moving forward), paragraphs about the same years
  are also alike; this is how a biography's periods hold together.
- Fields: how many of the fields a textbook heads chapters by (`areas` of
  chapters.toml: Population, Economy, Education ...) each lead two
  neighbouring paragraphs; a survey (a city, a country) goes through its
  fields one block at a time, and so needs more chapters than its length
  alone gives (`boundaries.chapter_count`).
- Gaps: TextTiling's depth score (Hearst 1997) of the vocabulary and of
  the names (the text layer's name runs, `pack.text.runs`: the project's
  one name scanner) of the windows either side of a gap — a
  gap in a valley of similarity, with the text on both sides holding
  together, is where the subject or the cast of people changes.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from pack import lang as langdata
from pack.model import Article, Paragraph, Section
from pack.read.segment.years import is_narrative, middle_years
from pack.text.analysis import Analysis

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
STEM = 6                 # words are compared by their first letters ("politics" ~ "political")
DECAY = 0.02             # similarity fades by this factor per paragraph of distance
YEAR_WEIGHT = 0.2        # in a narrative: how much sharing a period counts beside the vocabulary
YEAR_SCALE = 5           # ... and how fast it fades with the years between two paragraphs
WINDOWS = ((150, 2), (250, 4), (400, 6))   # (words, paragraphs) either side of a gap
NAME_WEIGHT = 0.25       # the change of names beside the change of vocabulary, at a gap
FIELD_LEAST = 3          # a paragraph is about a field when it uses this many of its words, more than of any other


def terms(text: str, stop: frozenset[str]) -> Counter:
    """Content words of a paragraph, cut to their stems."""
    words = (w.casefold() for w in WORD.findall(text))
    return Counter(w[:STEM] for w in words if len(w) > 2 and w not in stop)


def names(texts: list[str], lang: str) -> list[Counter]:
    """The names in each paragraph ("Hatta", "Perhimpunan Indonesia"), as
    the text layer's name runs find them (a capital that only opens a
    sentence is none)."""
    analysis = Analysis(Article("", lang, [Section("ch0", "", 1, [Paragraph(f"p{i}", t) for i, t in enumerate(texts)])]))
    index, found = analysis.index, [Counter() for _ in texts]
    for number, sentence in enumerate(analysis.sentences):
        paragraph = found[int(sentence.ref.paragraph_id[1:])]
        for first, last in index.runs[number]:
            paragraph[" ".join(index.keys[number][first:last + 1])] += 1
    return found


def field_runs(texts: list[str], lang: str) -> int:
    """How many fields (`areas` of chapters.toml) are what two neighbouring
    paragraphs are both about (`fields_about`)."""
    about = fields_about(texts, lang)
    return len({a for a, b in zip(about, about[1:]) if a is not None and a == b})


def fields_about(texts: list[str], lang: str) -> list[int | None]:
    """The field (index in `areas` of chapters.toml) each paragraph is about:
    it uses at least FIELD_LEAST of the field's words, and more than of any
    other field (a tie, or too few: None). Single words only: a phrase of a
    field's list is never one token."""
    areas = [frozenset(area.get("words", [])) for area in langdata.load(lang, "chapters").get("areas", [])]
    if len(areas) < 2:
        return [None] * len(texts)
    about = []
    for text in texts:
        words = [w.casefold() for w in WORD.findall(text)]
        uses = sorted(((sum(w in area for w in words), number) for number, area in enumerate(areas)), reverse=True)
        about.append(uses[0][1] if uses[0][0] >= FIELD_LEAST and uses[0][0] > uses[1][0] else None)
    return about


def stop_words(lang: str) -> frozenset[str]:
    return frozenset(langdata.load(lang, "chapters").get("stopwords", []))


def similarity(texts: list[str], lang: str) -> np.ndarray:
    """How much every two paragraphs belong together (symmetric, n × n)."""
    import numpy as np      # here: an article whose headings give its chapters needs no numpy
    stop = stop_words(lang)
    n = len(texts)
    apart = np.abs(np.arange(n)[:, None] - np.arange(n)[None, :])
    fade = np.exp(-DECAY * apart)
    matrix = _cosines(weighted([terms(t, stop) for t in texts])) * fade
    if is_narrative(texts, lang):
        matrix += YEAR_WEIGHT * _same_period(middle_years(texts, lang)) * fade
    return matrix


def breadth(texts: list[str], lang: str, first: int) -> np.ndarray:
    """How much each of the `first` paragraphs resembles the text beyond
    them (mean cosine of the vocabulary, no fading): high for a lead, which
    sums up the whole article. Empty when the text is too short to tell."""
    import numpy as np      # (see `similarity`)
    if len(texts) < 2 * first:
        return np.zeros(0)
    stop = stop_words(lang)
    matrix = _cosines(weighted([terms(t, stop) for t in texts]))
    return matrix[:first, first:].mean(axis=1)


def _cosines(bags: list[Counter]) -> np.ndarray:
    import numpy as np
    index: dict[str, int] = {}
    for bag in bags:
        for key in bag:
            index.setdefault(key, len(index))
    rows = np.zeros((len(bags), max(len(index), 1)))
    for r, bag in enumerate(bags):
        for key, value in bag.items():
            rows[r, index[key]] = value
    norms = np.linalg.norm(rows, axis=1)
    rows /= np.where(norms > 0, norms, 1.0)[:, None]
    return rows @ rows.T


def _same_period(years: list[int | None]) -> np.ndarray:
    """1 for paragraphs about the same year, fading with the years between;
    0 where a paragraph has no year."""
    import numpy as np
    known = np.array([y is not None for y in years])
    values = np.array([y if y is not None else 0 for y in years], dtype=float)
    close = np.exp(-np.abs(values[:, None] - values[None, :]) / YEAR_SCALE)
    return close * (known[:, None] & known[None, :])


def weighted(bags: list[Counter]) -> list[Counter]:
    """Counts times inverse paragraph frequency (words in every paragraph drop out)."""
    spread: Counter = Counter()
    for bag in bags:
        spread.update(bag.keys())
    n = len(bags)
    return [Counter({k: v * math.log(n / spread[k]) for k, v in bag.items() if spread[k] < n})
            for bag in bags]


def gap_scores(texts: list[str], lang: str, vocab: list[Counter] | None = None,
               cast: list[Counter] | None = None) -> list[float]:
    """TextTiling depth at gaps 1 .. n-1 (index 0 unused), in standard scores:
    the vocabulary at three window widths (a chapter change shows at all of
    them, a passing aside only at the narrowest) plus the names. `vocab`,
    `cast`: the paragraphs' weighted words and names, when already counted."""
    sizes = [len(t.split()) for t in texts]
    if vocab is None:
        vocab = weighted([terms(t, stop_words(lang)) for t in texts])
    if cast is None:
        cast = weighted(names(texts, lang))
    parts = [standard(depths(window_similarities(vocab, sizes, width))) for width in WINDOWS]
    named = standard(depths(window_similarities(cast, sizes, WINDOWS[1])))
    return [0.0] + [sum(part[g] for part in parts) + NAME_WEIGHT * named[g] for g in range(1, len(texts))]


def standard(values: list[float]) -> list[float]:
    """Values as standard scores over the gaps (index 0 left out)."""
    gaps = values[1:]
    if not gaps:
        return values
    mean = sum(gaps) / len(gaps)
    spread = math.sqrt(sum((v - mean) ** 2 for v in gaps) / len(gaps)) or 1.0
    return [0.0] + [(v - mean) / spread for v in gaps]


def window_similarities(bags: list[Counter], sizes: list[int], width: tuple[int, int]) -> list[float]:
    """Cosine similarity of the windows either side of every gap."""
    sims = [1.0]
    for g in range(1, len(bags)):
        before = _window(sizes, g - 1, -1, width)
        after = _window(sizes, g, +1, width)
        sims.append(cosine(_sum(bags, before), _sum(bags, after)))
    return sims


def _window(sizes: list[int], start: int, step: int, width: tuple[int, int]) -> range:
    words, i = 0, start
    most_words, most_paragraphs = width
    while 0 <= i < len(sizes) and abs(i - start) < most_paragraphs and words < most_words:
        words += sizes[i]
        i += step
    return range(start, i, step)


def _sum(bags: list[Counter], span: range) -> Counter:
    total: Counter = Counter()
    for i in span:
        total.update(bags[i])
    return total


def cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm


def depths(sims: list[float]) -> list[float]:
    """TextTiling's depth score: how far the similarity at a gap lies below
    the highest points reached climbing uphill to its left and right."""
    out = [0.0]
    for g in range(1, len(sims)):
        out.append((_peak(sims, g, -1) - sims[g]) + (_peak(sims, g, +1) - sims[g]))
    return out


def _peak(sims: list[float], g: int, step: int) -> float:
    best, i = sims[g], g + step
    while 1 <= i < len(sims) and sims[i] >= best:
        best = sims[i]
        i += step
    return best
