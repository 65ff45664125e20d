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


def test_boosted_stumps_find_the_threshold_that_tells_starts():
    script = _script()
    # Signal 1 is above 0.5 exactly at the starts; signal 0 is noise.
    labels = np.array([float(i % 5 == 0) for i in range(60)])
    rows = np.array([[(i * 7) % 11, 0.9 if y else 0.1 * (i % 4)] for i, y in enumerate(labels)])
    model = script.fit_stumps(rows, labels, rounds=10)
    assert {column for column, *_ in model.stumps} == {1}, model.stumps
    score = model.score(rows)
    assert score[labels == 1].min() > score[labels == 0].max()


def test_a_snap_moves_a_start_only_to_a_clearly_likelier_neighbour_and_keeps_sizes():
    script = _script()
    sizes = [100] * 20
    score = np.zeros(20)
    score[[9, 16]] = 3.0
    # The lead's end (2) never moves; 10 moves to 9 (3.0 beats 0 by more than 1);
    # 15 would move to 16, but a last chapter of 400 words stays, a margin of 5 keeps it.
    assert script.snap([2, 10, 15], sizes, score, margin=1.0) == [2, 9, 16]
    assert script.snap([2, 10, 15], sizes, score, margin=5.0) == [2, 10, 15]
    # Never a chapter under the smallest size: 18 cannot move to 19 (100 words after it).
    score[19] = 9.0
    assert script.snap([2, 10, 18], sizes, score, margin=1.0)[2] == 18


def test_opening_signals_read_the_language_data():
    script = _script()
    texts = ["Toronto is the capital of Ontario, and the largest city in Canada.",
             "However, the city grew slowly at first.",
             "In Toronto the economy rests on finance and trade.",
             "Namun kota itu tumbuh pelan."]
    field, copula, subject, goes_on = zip(*script.opening_signals(texts[:3], "en"))
    assert goes_on == (0.0, 1.0, 0.0) and field[2] == 1.0 and subject[2] == 1.0 and copula[0] == 1.0
    assert script.opening_signals(texts[3:], "id")[0][3] == 1.0


def test_lexical_chains_start_end_and_run_across_where_the_words_do():
    script = _script()
    # "canal" runs over paragraphs 0-2, "steam" over 3-5; "city" is in every paragraph (no weight).
    bags = [script.Counter(words.split()) for words in
            ("canal city", "canal city", "canal city", "steam city", "steam city", "steam city")]
    starts, ends, across = script.chain_signals(bags)
    assert starts[3] > 0 and ends[3] > 0 and across[3] == 0          # one chain ends, one starts at gap 3
    assert starts[1] == ends[1] == 0 and across[1] > 0 and across[4] > 0
    # A word missing for more than HIATUS paragraphs starts a new chain.
    assert script._runs([0, 1, 1 + script.HIATUS + 1, 9]) == [[0, 1], [1 + script.HIATUS + 1], [9]]


def test_an_opening_sentence_that_looks_ahead_and_a_new_definition():
    script = _script()
    texts = ["Canals carried coal to the mills. Canals were cheap to dig.",
             "The canals of the north carried coal and iron. Barges moved slowly.",
             "Steam engines drove the new mills. The engines burned coal. Steam engines spread fast.",
             "Steam power changed the mills for ever."]
    first, last = script.sentence_turns(texts, "en", [script.terms(t, script.stop_words("en")) for t in texts])
    assert first[2] > first[1]                   # "Steam engines ..." looks ahead, "The canals ..." back
    defined = script.new_definitions(["Canals carried coal.", "Canals are cheap.", "Steam power is new."], "en",
                                     [script.terms(t, script.stop_words("en")) for t in
                                      ("Canals carried coal.", "Canals are cheap.", "Steam power is new.")])
    assert list(defined) == [0.0, 0.5, 1.0]


def test_the_story_stepping_back_behind_the_latest_year_told():
    script = _script()
    texts = ["In 1900 the line opened.", "In 1950 it closed.", "In 1948 the station burned.",
             "In 1890 the first plans were drawn."]
    back = script.frontier_back(texts, "en")
    assert back[0] == back[1] == back[2] == 0.0 and back[3] > 0      # 1948 is within the slack of 1950


def test_auc_counts_ties_half():
    script = _script()
    assert script.auc(np.array([0.1, 0.4, 0.35, 0.8]), np.array([0.0, 0.0, 1.0, 1.0])) == 0.75
    assert script.auc(np.array([1.0, 1.0]), np.array([0.0, 1.0])) == 0.5


def test_lower_sections_are_told_apart_from_chapters(tmp_path):
    segmentation = quality_script("segmentation")
    article = tmp_path / "en-canal.txt"
    article.write_text("A canal is a waterway dug by people. Canals carry boats.\n"
                       "They were dug across Europe in the eighteenth century.\n\n"
                       "== History ==\nThe first canals were dug for farms.\nLater canals carried coal.\n\n"
                       "=== Britain ===\nBritish canals were dug from 1760.\n\n"
                       "== Uses ==\nCanals carried freight and water for farms.\n", encoding="utf-8")
    texts, real, _ = segmentation.real_chapters(article)
    assert real == [2, 5], (texts, real)
    assert segmentation.lower_starts(article) == {4}
