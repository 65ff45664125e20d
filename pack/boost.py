"""Gradient-boosted depth-2 trees for a yes/no label: fit (numpy) and score (plain Python).

Stage: shared by the learned rankings. Fitting is offline (quality/train_rank.py):
rows of numbers, labels 0/1 and a weight per row; each round adds one tree
of depth 2 fitted by a Newton step on the logistic loss, its thresholds
chosen among the quantiles of each feature. Output: the trees as plain
lists, `[feature, threshold, left subtree, right subtree]` with a leaf being
a number (a share of log-odds), which `score` adds up for one row at build
time without numpy. Why trees: the keep/must-have signal is not linear in
the features (a lowercase word is worth more when rare, a name less when
used once), and a linear model stalls (quality/verdicts/glossary-keep-r25.md).
"""

from __future__ import annotations

BINS = 24          # candidate thresholds per feature: its quantiles over the training rows


def score(trees: list, row: list[float], base: float = 0.0) -> float:
    """The log-odds of `row` (numbers in the trees' feature order)."""
    total = base
    for node in trees:
        while isinstance(node, list):
            feature, threshold, left, right = node
            node = left if row[feature] <= threshold else right
        total += node
    return total


def fit(x, y, weight, rounds: int = 150, rate: float = 0.1, l2: float = 1.0,
        least: float = 5.0, offset=None) -> tuple[float, list]:
    """The base log-odds and the trees of a boosted model of `y` from `x` (numpy
    arrays; `least`: the smallest sum of Newton weights a leaf may hold;
    `offset`: a log-odds per row the trees start from and never learn, such as
    a group's own base rate when only the order within a group matters)."""
    import numpy as np      # here: a build only scores, and needs no numpy for it
    mean = float(np.average(y, weights=weight))
    base = float(np.log(mean / (1 - mean)))
    cuts = [np.unique(np.quantile(col, np.linspace(0, 1, BINS + 1)[1:-1])) for col in x.T]
    below = [x[:, f][:, None] <= c[None, :] for f, c in enumerate(cuts)]     # row x threshold
    raw = np.full(len(y), base) + (0.0 if offset is None else offset)
    trees = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-raw))
        g, h = weight * (p - y), weight * p * (1 - p)
        tree = _grow(np.ones(len(y), bool), g, h, cuts, below, 2, rate, l2, least)
        trees.append(tree)
        raw += _apply(tree, x)
    return base, trees


def _apply(tree, x):
    """The leaf values of `tree` for every row of `x` (numpy), as `score` gives them one by one."""
    import numpy as np
    if not isinstance(tree, list):
        return np.full(len(x), tree)
    feature, threshold, left, right = tree
    go_left = x[:, feature] <= threshold
    out = np.empty(len(x))
    out[go_left] = _apply(left, x[go_left])
    out[~go_left] = _apply(right, x[~go_left])
    return out


def _grow(mask, g, h, cuts, below, depth, rate, l2, least):
    """The best split of the rows in `mask` (then of its two sides), or a leaf:
    each side's Newton step is -G / (H + l2), the split the one that lowers the
    loss most (G² / (H + l2) summed over the sides)."""
    import numpy as np
    G, H = g[mask].sum(), h[mask].sum()
    leaf = float(-rate * G / (H + l2))
    if depth == 0:
        return leaf
    best = (G * G / (H + l2), None)
    for f, c in enumerate(cuts):
        if not len(c):
            continue
        left = below[f][mask]
        gl, hl = g[mask] @ left, h[mask] @ left
        gr, hr = G - gl, H - hl
        gain = gl * gl / (hl + l2) + gr * gr / (hr + l2)
        gain[(hl < least) | (hr < least)] = -np.inf
        k = int(np.argmax(gain))
        if gain[k] > best[0] + 1e-9:
            best = (gain[k], (f, k))
    if best[1] is None:
        return leaf
    f, k = best[1]
    go_left = below[f][:, k]
    return [f, float(cuts[f][k]), _grow(mask & go_left, g, h, cuts, below, depth - 1, rate, l2, least),
            _grow(mask & ~go_left, g, h, cuts, below, depth - 1, rate, l2, least)]
