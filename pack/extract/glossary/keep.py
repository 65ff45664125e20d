"""Extract stage, glossary: the first entries in the order teachers keep them.

Input: the glossary's entries in the hand-set order of `entries` (tiers, then
score), each with its `features.FEATURES`, `features.USAGE`, raw score and
tier. Output: the same entries, the first `KEEP_WINDOW` reordered by the
log-odds that a teacher keeps the entry; entries past the window keep
their places. Which entries
are among the first `KEEP_WINDOW` never changes, only their order: a reader
of the first 30 sees more concepts and fewer names and everyday words.

The log-odds come from boosted depth-2 trees over `MODEL_FEATURES`
(`pack.boost`), learned from two kinds of labels on the seen articles: the
gold's must-have terms (every group among the first 60 of each article) and
the blind readers' keep/drop verdicts (trees in `pack/lang/glossary_keep.toml`,
written by `python quality/train_rank.py DATA --write`; tested
leave-one-set-out in quality/verdicts/glossary-model-r26.md). The hand-set
place is one of the trees' inputs (`log_rank`), so nothing weighs it again
after the trees (round 23's linear model needed a blend with it). Scoring
walks the trees per entry, in Python (numpy is not needed here).

One hand-set step follows the trees: an everyday word (`everyday`: one
lowercase word, common in general usage, not defined by the article) goes
after the window's other entries, still in the window; readers drop them
(round 28, quality/verdicts/glossary-everyday-r28.md).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from pack import boost
from pack.derived import kept_toml
from pack.extract.glossary.features import FEATURES, USAGE
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(KEEP_WINDOW, EVERYDAY_ZIPF) = tunables_of(__name__)

# The model's inputs, in this order: the glossary's features, how the text
# writes the term, and the hand-set order's own view (score, tier, place).
MODEL_FEATURES = FEATURES + USAGE + ("log_score", "tier", "log_rank")
MODEL_FILE = Path(__file__).resolve().parents[2] / "lang" / "glossary_keep.toml"


@lru_cache(maxsize=4)
def load(path: Path = MODEL_FILE) -> tuple[float, list]:
    """The base log-odds and the trees of `path`. A file from another feature
    set is retrained, never guessed at. The file is read parsed from its kept
    copy (`pack.derived`): parsing 150 trees is 0.04 G instructions a build."""
    data = kept_toml(path)
    if tuple(data.get("features", ())) != MODEL_FEATURES or "base" not in data or "trees" not in data:
        raise ValueError(f"{path.name}: the trees do not fit the features ({data.get('features')}, want "
                         f"{list(MODEL_FEATURES)}); retrain with `python quality/train_rank.py DATA --write`")
    return float(data["base"]), data["trees"]


def model_row(features: dict[str, float], usage: dict[str, float], score: float, tier: int,
              place: int) -> dict[str, float]:
    """The `MODEL_FEATURES` of one entry at `place` (0: first) of the hand-set order."""
    return {**features, **usage, "log_score": math.log(max(score, 1e-6)), "tier": float(tier),
            "log_rank": math.log(1 + place)}


def keep_logit(row: dict[str, float], path: Path = MODEL_FILE) -> float:
    """The log-odds that a teacher keeps the entry of `row`."""
    base, trees = load(path)
    return boost.score(trees, [row[f] for f in MODEL_FEATURES], base)


def one_lower_word(row: dict[str, float]) -> bool:
    """The entry of `row` is one lowercase word ("wagon", "voyages", "kamp")."""
    return not (row["name"] or row["acronym"] or row["phrase"]) and row["words"] == 1


def everyday(row: dict[str, float], floor: float = EVERYDAY_ZIPF) -> bool:
    """An everyday word: one lowercase word whose commonest form (`features.forms_zipf`:
    "toilet" for "toilets") is at least `floor` common in general usage, and which
    the article does not define. Readers drop most of them, whatever else the
    article does with them (quality/verdicts/glossary-everyday-r28.md)."""
    return row.get("forms_zipf", 0.0) >= floor and one_lower_word(row) and not row["defined"]


def reorder(rows: list[dict[str, float]], logit=keep_logit, floor: float = EVERYDAY_ZIPF) -> list[int]:
    """The places of the first `KEEP_WINDOW` rows (hand-set order) in the kept
    order, then the others as they are. `logit` (row -> log-odds): the shipped
    model, or another one a test of it replays (quality/train_keep.py --compare).
    Everyday words (`everyday`, at least `floor` common) come after the window's
    other entries, in the model's order: the window stays the same entries."""
    window = min(len(rows), int(KEEP_WINDOW))
    score = [logit(r) for r in rows[:window]]
    last = [everyday(r, floor) for r in rows[:window]]
    return sorted(range(window), key=lambda n: (last[n], -score[n], n)) + list(range(window, len(rows)))
