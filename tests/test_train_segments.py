"""The learned boundary experiment of chapter-making (quality/train_segments.py):
its logistic regression learns the sign a signal carries, and its decoder
puts chapter starts where the model is sure, within the teachable sizes."""

from __future__ import annotations

import numpy as np

from pack.read.segment.boundaries import SMALLEST_WORDS
from conftest import quality_script


def _script():
    return quality_script("train_segments")


def test_a_tiny_training_set_gives_the_expected_signs():
    script = _script()
    # Signal 0 is high at starts, signal 1 low, signal 2 unrelated noise.
    labels = np.array([1.0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1])
    rows = np.array([[2.0 * y + 0.3 * (i % 3), -1.5 * y + 0.2 * (i % 2), (i * 7) % 5]
                     for i, y in enumerate(labels)])
    model = script.fit(rows, labels, l2=1.0)
    assert model.weights[0] > 0 > model.weights[1], model.weights
    assert abs(model.weights[2]) < min(model.weights[0], -model.weights[1])
    # The stronger the penalty, the smaller the weights.
    assert np.abs(script.fit(rows, labels, l2=100.0).weights).sum() < np.abs(model.weights).sum()


def test_the_decoder_opens_chapters_where_the_model_is_sure_and_keeps_sizes():
    script = _script()
    sizes = [100] * 30
    static = np.zeros((30, 1))
    static[[10, 20, 22], 0] = 2.0          # 22: sure too, but 200 words after 20
    model = script.Model(mean=np.zeros(3), scale=np.ones(3), weights=np.array([5.0, 0.0, 0.0]), bias=-5.0)
    starts = script.decode(static, sizes, model, lead=2)
    assert starts[:1] == [2] and 10 in starts and (20 in starts) != (22 in starts), starts
    bounds = [*starts, len(sizes)]
    assert all(sum(sizes[a:b]) >= SMALLEST_WORDS for a, b in zip(bounds, bounds[1:])), starts
    # A text under the short-article size stays one chapter whatever the model says.
    assert script.decode(static[:15], sizes[:15], model, lead=2) == []
