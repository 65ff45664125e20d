"""A logistic regression for the key-event experiment (`quality/train_events.py`).

Input: rows of `keyfeatures.FEATURES` and labels (1 = the entry matches a
gold key event). Output: a `Model`, a bias and one weight per feature,
whose score of a row is the log-odds of a key event. Deterministic
(Newton's method), numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ITERATIONS, TOLERANCE = 50, 1e-10


@dataclass(frozen=True)
class Model:
    """A bias and one weight per feature, in `FEATURES` order."""

    bias: float
    weights: tuple[float, ...]

    def scores(self, rows: list[list[float]]) -> list[float]:
        """The log-odds of each row."""
        if not rows:
            return []
        return [float(s) for s in np.asarray(rows, dtype=float) @ np.asarray(self.weights) + self.bias]


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
    """Penalised logistic regression by Newton's method: the penalty pulls
    towards `centre`; the first `free` columns (the articles' biases) are
    not penalised."""
    penalty = l2 * np.diag([0.0] * free + [1.0] * (x.shape[1] - free))
    w = np.zeros(x.shape[1])
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ (w - centre)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(step @ step) < TOLERANCE:
            break
    return w
