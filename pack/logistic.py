"""Penalised logistic regression by Newton's method: the one fitter of the learned parts.

Stage: support for extract (the key-event model, `pack.extract.timeline.keymodel`)
and for the training scripts of `quality/` (`train_events`, `train_glossary`,
`train_segments`). Input: a design matrix (one row per example, the columns
the model's inputs, an intercept column included by the caller where it
wants one), the 0/1 labels and a penalty per column. Output: the weights.

Newton's method with a fixed start: the same data give the same weights,
so a model file written by a script can be written again and compared.
"""

from __future__ import annotations

import numpy as np

STEPS = 100          # converges in well under this on our data
TOLERANCE = 1e-10    # squared length of the last step


def fit(x: np.ndarray, y: np.ndarray, penalty: np.ndarray, centre: np.ndarray | None = None) -> np.ndarray:
    """The weights minimising the logistic loss plus ½ Σ penalty_j (w_j - centre_j)².
    `penalty` holds one value per column (0: not penalised, as an intercept);
    `centre` (default 0) is where the penalty pulls each weight."""
    centre = np.zeros(x.shape[1]) if centre is None else centre
    ridge = np.diag(penalty) + 1e-9 * np.eye(x.shape[1])   # the tiny ridge keeps the Hessian invertible
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * (w - centre)
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + ridge, gradient)
        w -= step
        if float(step @ step) < TOLERANCE:
            break
    return w
