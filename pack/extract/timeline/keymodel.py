"""The key-event model: a logistic regression over `keyfeatures.FEATURES`.

Stage: extract (support for `rank`). Input: rows of `keyfeatures.rows`
and the weights in `pack/lang/events_model.toml` (shipped with the
package, written by `quality/train_events.py` from the tuning set's gold
key events). Output: one score per entry, the log-odds that a teacher
would call it a key event; `rank` chooses the key events by it.

`fit` is the training itself (numpy, deterministic: Newton's method), kept
here so that the training script and the tests use the same code. Scoring
is a dot product of 14 numbers per entry, done in Python: importing numpy
would cost more CPU time (about 0.07 s) than the rest of the ranking, and
an article that keeps its headings needs numpy nowhere else. numpy is
imported by `fit` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pack.derived import kept_toml
from pack.extract.timeline.keyfeatures import FEATURES

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = Path(__file__).resolve().parents[2] / "lang" / "events_model.toml"


@dataclass(frozen=True)
class Model:
    """A bias and one weight per feature, in `FEATURES` order."""

    bias: float
    weights: tuple[float, ...]

    def scores(self, rows: list[list[float]]) -> list[float]:
        """The log-odds of each row. (numpy's `rows @ weights` sums in
        another order: a score may differ in its last bit, never in the
        three decimals `rank` keeps.)"""
        weights, bias = self.weights, self.bias
        return [sum([w * float(x) for w, x in zip(weights, row)]) + bias for row in rows]


@lru_cache(maxsize=4)
def load(path: Path = MODEL_FILE) -> Model:
    """The model of `path`. Every feature must have its weight: a file from
    another feature set is retrained, never guessed at."""
    data = kept_toml(path)      # parsed once, kept beside it (pack.derived)
    weights = data.get("weights", {})
    missing, unknown = [f for f in FEATURES if f not in weights], sorted(set(weights) - set(FEATURES))
    if missing or unknown or "bias" not in data:
        raise ValueError(f"{path.name}: the weights do not fit the features (missing {missing}, unknown "
                         f"{unknown}, bias {'given' if 'bias' in data else 'missing'}); "
                         "retrain with `python quality/train_events.py`")
    return Model(float(data["bias"]), tuple(float(weights[f]) for f in FEATURES))


def fit(rows: list[list[float]], labels: list[int], l2: float, groups: list[int] | None = None,
        signs: tuple[int, ...] | None = None, prior: float = 0.0) -> Model:
    """The weights that best tell the labelled rows apart (1 = key), with an
    L2 penalty `l2` on the weights. Newton's method: the same data give the
    same weights.

    `groups` (an article's number per row) gives every article its own
    bias, never penalised: the key choice ranks the entries of one article,
    so an article whose entries are nearly all key (a short one) or hardly
    any must not teach that its kind of entry is key or not. The model's
    bias is the mean of the articles' biases, weighted by their rows.

    `signs` (+1, -1 or 0 per feature) says which way a feature may count: a
    birth or a treaty never makes an entry less key, an opinion never more.
    A feature whose weight comes out the wrong way is left out (weight 0)
    and the rest fitted again, until every weight goes its way: a few
    articles cannot teach that a death is trivia.

    `prior`: the penalty pulls each weight towards `prior` times its sign
    (every feature with a direction worth as much, unless the data say
    otherwise) rather than towards 0."""
    import numpy as np
    groups = groups if groups is not None else [0] * len(rows)
    names = sorted(set(groups))
    onehot = np.asarray([[float(g == n) for n in names] for g in groups]).reshape(len(rows), len(names))
    features = np.asarray(rows, dtype=float).reshape(len(rows), -1)
    signs = signs or (0,) * features.shape[1]
    active = list(range(features.shape[1]))
    while True:
        centre = np.asarray([0.0] * len(names) + [prior * signs[f] for f in active])
        w = _newton(np.hstack([onehot, features[:, active]]), np.asarray(labels, dtype=float), l2, len(names), centre)
        wrong = [f for f, v in zip(active, w[len(names):]) if signs[f] * v < 0]
        if not wrong:
            break
        active = [f for f in active if f not in wrong]
    weights = [0.0] * features.shape[1]
    for f, v in zip(active, w[len(names):]):
        weights[f] = float(v)
    bias = float(onehot.sum(axis=0) @ w[:len(names)] / max(len(rows), 1))
    return Model(bias, tuple(weights))


def _newton(x: np.ndarray, y: np.ndarray, l2: float, free: int, centre: np.ndarray) -> np.ndarray:
    """The fit (`pack.logistic`), the penalty pulling towards `centre`; the
    first `free` columns (the articles' biases) are not penalised."""
    import numpy as np
    from pack import logistic
    return logistic.fit(x, y, np.asarray([0.0] * free + [l2] * (x.shape[1] - free)), centre)
