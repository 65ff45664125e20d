"""Extract stage, glossary: the first entries in the order teachers keep them.

Input: the glossary's entries in the hand-set order of `entries` (tiers, then
score), each with its `features.FEATURES`, `features.USAGE`, raw score and
tier. Output: the same entries, the first `KEEP_WINDOW` reordered by the
log-odds that a teacher keeps the entry minus `KEEP_BLEND` x log(1 + its
hand-set place); entries past the window keep their places. Which entries
are among the first `KEEP_WINDOW` never changes, only their order: a reader
of the first 30 sees more concepts and fewer names and everyday words, and
the must-have terms of the tuning gold stay among the first 60.

The log-odds come from a logistic regression over `MODEL_FEATURES`, learned
from the blind keep/drop verdicts of the seen fresh sets (weights in
`pack/lang/glossary_keep.toml`, written by `python quality/train_keep.py
--write`; tested leave-one-set-out in quality/verdicts/glossary-keep-r23.md).
Scoring is a dot product per entry, in Python (numpy is not needed here).
"""

from __future__ import annotations

import math
import tomllib
from functools import lru_cache
from pathlib import Path

from pack.extract.glossary.features import FEATURES, USAGE
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(KEEP_WINDOW, KEEP_BLEND) = tunables_of(__name__)

# The model's inputs, in this order: the glossary's features, how the text
# writes the term, and the hand-set order's own view (score, tier, place).
MODEL_FEATURES = FEATURES + USAGE + ("log_score", "tier", "log_rank")
MODEL_FILE = Path(__file__).resolve().parents[2] / "lang" / "glossary_keep.toml"


@lru_cache(maxsize=4)
def load(path: Path = MODEL_FILE) -> tuple[float, tuple[float, ...]]:
    """The bias and the weights (in `MODEL_FEATURES` order) of `path`. A file
    from another feature set is retrained, never guessed at."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    weights = data.get("weights", {})
    missing = [f for f in MODEL_FEATURES if f not in weights]
    unknown = sorted(set(weights) - set(MODEL_FEATURES))
    if missing or unknown or "bias" not in data:
        raise ValueError(f"{path.name}: the weights do not fit the features (missing {missing}, unknown "
                         f"{unknown}); retrain with `python quality/train_keep.py --write`")
    return float(data["bias"]), tuple(float(weights[f]) for f in MODEL_FEATURES)


def model_row(features: dict[str, float], usage: dict[str, float], score: float, tier: int,
              place: int) -> dict[str, float]:
    """The `MODEL_FEATURES` of one entry at `place` (0: first) of the hand-set order."""
    return {**features, **usage, "log_score": math.log(max(score, 1e-6)), "tier": float(tier),
            "log_rank": math.log(1 + place)}


def keep_logit(row: dict[str, float], path: Path = MODEL_FILE) -> float:
    """The log-odds that a teacher keeps the entry of `row`."""
    bias, weights = load(path)
    return bias + sum(w * row[f] for w, f in zip(weights, MODEL_FEATURES))


def reorder(rows: list[dict[str, float]], logit=keep_logit) -> list[int]:
    """The places of the first `KEEP_WINDOW` rows (hand-set order) in the kept
    order, then the others as they are. `logit` (row -> log-odds): the shipped
    model, or another one a test of it replays (quality/train_keep.py --compare)."""
    window = min(len(rows), int(KEEP_WINDOW))
    score = [logit(r) - KEEP_BLEND * math.log(1 + n) for n, r in enumerate(rows[:window])]
    return sorted(range(window), key=lambda n: (-score[n], n)) + list(range(window, len(rows)))
