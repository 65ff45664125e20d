"""Chapter-making, step 2: where the chapters begin.

Stage: read (support for `segment`). Inputs: the paragraph similarity
matrix and gap scores from `cohesion`, the paragraphs' word counts and
optionally the number of chapters wanted. Outputs: the indexes of the
paragraphs that open a chapter after the introduction.

The cut is the minimum normalised cut of Malioutov & Barzilay (2006): a
chapter's cost is how much of its paragraphs' similarity points outside
it, over all its similarity, so chapters hold together and differ from
their neighbours. Dynamic programming finds the cheapest cut into the
chosen number of chapters, with a penalty for a chapter shorter or longer
than a class takes in one sitting and a small bonus for a cut at a
TextTiling valley. The lead (the article's opening summary) stays the
introduction: a first segment of at most a few short paragraphs, ending
where the paragraphs stop resembling the whole article (`lead_end`).

How many chapters: a longer article gets somewhat longer chapters (a
textbook on a big subject has bigger units, not ever more of them), so
the usual chapter grows gently with the article's length, always within
the teachable range. A survey (a city, a country, a civilisation) goes
through the fields a textbook heads chapters by, one block of paragraphs
each (`cohesion.field_runs`): it gets at least one and a half chapters
per such field (a chapter for each, and others for what no field names:
its history, its name), as its authors' chapters are many and short
(round 24, quality/segmentation.md). The start stays where the cut puts
it: a later step moving each start to the deepest TextTiling valley
within two paragraphs
(chosen on the tuning articles alone) found fewer real starts on the
articles it was not chosen on, and placed them worse (quality/segmentation.md,
sixth round); the valleys count only through the cut's small bonus.

The sizes read the issue's "roughly 600 to 3,000 words" loosely at the
low end (authors' own chapters are often shorter: a third of the real
chapters of the tuning articles are under 600 words, and the shorter
articles of the fresh sets have many of 250-450): no penalty from 350
words, a mild one below, never under 250, and the usual chapter 1,000
words in an 8,000-word article, smaller in a shorter one (760 words at
4,000) and larger in a longer one. Chosen leave-one-set-out over the
nine seen sets (tuning, extra, fresh to fresh-7; every set's choice made
on the other eight picked these sizes or nearly), round 23
(quality/segmentation.md).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where a cut is computed, not at the top: `article` reads
# MAX_WORDS for every article, and most articles keep their own headings, so
# a build would pay numpy's import (0.07 s of CPU) for nothing.

SHORT_WORDS = 1800        # an article shorter than this stays one chapter
TARGET_WORDS = 1000       # the usual chapter of an article of ...
TARGET_AT = 8000          # ... this many words; it grows with the article's
TARGET_GROWTH = 0.4       # length to this power (4,000 words: 760-word chapters; 19,600: 1,430)
MIN_WORDS = 350           # a chapter of teachable size ("roughly 600 to 3,000 words") ...
MAX_WORDS = 3000          # ... lies between these
SMALLEST_WORDS = 250      # never a shorter chapter (the introduction aside), whatever the cut gains
LEAD_MAX_PARAGRAPHS = 6   # the introduction is the lead: a few paragraphs,
LEAD_MAX_WORDS = 700      # a short read
LEAD_LOOK = 1             # paragraphs after a lead compared with it
LEAD_LEAST = 2            # a lead is at least this many paragraphs (where they fit in LEAD_MAX_WORDS)
LEAD_GAP = 0.005          # per standard score of TextTiling depth where the lead ends
LEAD_REACH = 10           # the lead is told among this many first paragraphs
SIZE_PENALTY = 0.5        # per MIN_WORDS outside the size range (a chapter's cut cost is 0..1)
GAP_BONUS = 0.0075        # per standard score of TextTiling depth at a cut
PER_FIELD = 1.5           # chapters at least per field that leads a block of paragraphs (a survey)
NEVER = float("inf")


def chapter_count(sizes: list[int], fields: int = 0) -> int:
    """How many chapters after the introduction an article of this length
    gets; `fields`: how many fields lead a block of its paragraphs
    (`cohesion.field_runs`)."""
    total = sum(sizes)
    if total < SHORT_WORDS:
        return 0
    usual = TARGET_WORDS * (total / TARGET_AT) ** TARGET_GROWTH
    wanted = max(round(total / usual), round(PER_FIELD * fields))
    return max(1, math.ceil(total / MAX_WORDS), min(wanted, total // MIN_WORDS))


def choose(similar: np.ndarray, gaps: list[float], sizes: list[int], count: int | None = None,
           only: set[int] | None = None, lead: int | None = None, fields: int = 0) -> list[int]:
    """Opening paragraphs of the chapters after the introduction, in order.

    `count` chapters after the introduction (None: by the article's length;
    0: the whole text stays one chapter). `only`: the paragraphs a chapter
    may open with (where the text kept its own headings); None: any.
    `lead`: where the lead ends, when known. `fields`: how many fields lead
    a block of paragraphs (`cohesion.field_runs`), for the count.
    """
    count = chapter_count(sizes, fields) if count is None else count
    count = min(count, len(sizes) - 1, len(only) if only else len(sizes))
    cut = _Cut(similar, gaps, sizes, only, lead)
    while count > 0:
        starts = cut.best(count)
        if starts is not None:
            return starts
        count -= 1          # too few paragraphs for so many chapters
    return []


def lead_end(breadth: np.ndarray, sizes: list[int], gaps: list[float], births: set[int]) -> int | None:
    """Where the lead ends, told by what a lead is: a summary of the whole
    article, so its paragraphs resemble the far parts of the text more than
    the paragraph after it does. `breadth`: the first paragraphs' mean
    similarity to the text beyond the lead's reach (`cohesion.breadth`);
    the lead ends where it drops most, helped by the TextTiling depth
    there (`gaps`: the first body paragraph turns to one subject). A lead
    of one paragraph only where two do not fit: the first paragraph names
    the subject and so resembles everything, and on the seen articles with
    headings (tuning, extra, fresh to fresh-7) no lead was one paragraph.
    A life's story starts with the birth: where a paragraph that may end
    the lead tells one (`births`, `years.births`), the lead ends there
    (the first such paragraph opened the body in all 19 seen
    articles that have one). None: too short a text to tell.
    """
    if len(breadth) == 0:
        return None
    import numpy as np
    words = np.cumsum(sizes)
    ends = [j for j in range(1, min(LEAD_MAX_PARAGRAPHS, len(breadth) - 1) + 1)
            if j == 1 or words[j - 1] <= LEAD_MAX_WORDS]
    ends = [j for j in ends if j >= LEAD_LEAST] or ends
    born = [j for j in ends if j in births and j >= LEAD_LEAST]
    if born:
        return born[0]
    return max(ends, key=lambda j: breadth[:j].mean() - breadth[j:j + LEAD_LOOK].mean() + LEAD_GAP * gaps[j])


def size_penalty(words: int) -> float:
    """Nothing inside the teachable range; growing with the distance outside it;
    no chapter at all under SMALLEST_WORDS."""
    if words < SMALLEST_WORDS:
        return NEVER
    if words < MIN_WORDS:
        return SIZE_PENALTY * (MIN_WORDS - words) / MIN_WORDS
    if words > MAX_WORDS:
        return SIZE_PENALTY * (words - MAX_WORDS) / MIN_WORDS
    return 0.0


class _Cut:
    """The segment costs of one article, and the dynamic programme over them."""

    def __init__(self, similar: np.ndarray, gaps: list[float], sizes: list[int],
                 only: set[int] | None = None, lead: int | None = None) -> None:
        import numpy as np
        n = len(sizes)
        self.n, self.gaps = n, gaps
        self.opens = (lambda i: i in only) if only else (lambda i: True)
        if only:
            self.lead_ends = lambda j: j == min(only)       # the first heading ends the lead
        else:
            self.lead_ends = (lambda j: j == lead) if lead else self.opens
        self.inside = np.zeros((n + 1, n + 1))          # 2-D prefix sums of the matrix
        self.inside[1:, 1:] = similar.cumsum(0).cumsum(1)
        self.volume = np.concatenate([[0.0], similar.sum(1).cumsum()])
        self.words = np.concatenate([[0], np.cumsum(sizes)])

    def cost(self, i: int, j: int) -> float:
        """Normalised cut of the chapter of paragraphs i .. j-1."""
        s = self.inside
        inner = s[j, j] - s[i, j] - s[j, i] + s[i, i]
        volume = self.volume[j] - self.volume[i]
        return float((volume - inner) / volume) if volume > 0 else 0.0

    def best(self, count: int) -> list[int] | None:
        """The cheapest cut into a lead and `count` chapters (None: impossible).

        best[k][j]: the cheapest k segments covering paragraphs 0..j-1;
        back[k][j]: where the last of them begins.
        """
        n = self.n
        best = [[NEVER] * (n + 1) for _ in range(count + 2)]
        back = [[0] * (n + 1) for _ in range(count + 2)]
        for j in range(1, min(LEAD_MAX_PARAGRAPHS, n - count) + 1):
            if (self.words[j] <= LEAD_MAX_WORDS or j == 1) and self.lead_ends(j):
                best[1][j] = self.cost(0, j)
        for k in range(2, count + 2):
            for j in range(k, n + 1):
                best[k][j], back[k][j] = self._last(best[k - 1], j)
        if best[count + 1][n] == NEVER:
            return None
        starts, j = [], n
        for k in range(count + 1, 1, -1):
            j = back[k][j]
            starts.append(j)
        return sorted(starts)

    def _last(self, previous: list[float], j: int) -> tuple[float, int]:
        """The cheapest last chapter i .. j-1 after segments ending at i."""
        top, where = NEVER, 0
        for i in range(j - 1, 0, -1):
            words = int(self.words[j] - self.words[i])
            if words > 2 * MAX_WORDS and top != NEVER:
                break               # longer chapters only get dearer
            if previous[i] == NEVER or not self.opens(i):
                continue
            value = previous[i] + self.cost(i, j) + size_penalty(words) - GAP_BONUS * self.gaps[i]
            if value < top:
                top, where = value, i
        return top, where
