"""The key-event model (pack/extract/timeline/keymodel.py, keyfeatures.py;
trained by quality/train_events.py): the shipped weights load and fit the
features, the training gives the expected signs on tiny made-up sets, the
features read one row per entry, and the training halves hold tuning
articles only."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

from train_events import CHECK, HALF_A, HALF_B, alternate_halves, model_text  # noqa: E402

from pack.extract.timeline import keymodel  # noqa: E402
from pack.extract.timeline.events import collect_events  # noqa: E402
from pack.extract.timeline.keyfeatures import FEATURES, SIGNS, rows  # noqa: E402
from pack.extract.timeline.keymodel import fit  # noqa: E402
from pack.extract.timeline.rank import candidates  # noqa: E402
from pack.model import Article, Paragraph, Section  # noqa: E402


def test_the_shipped_model_loads_with_a_weight_per_feature_going_its_way():
    model = keymodel.load()
    assert len(model.weights) == len(FEATURES)
    assert all(sign * weight >= 0 for sign, weight in zip(SIGNS, model.weights))
    named = dict(zip(FEATURES, model.weights))
    assert named["own_life"] > 0 and named["precision"] > 0 and named["weak"] < 0


def test_a_model_file_is_read_back_as_written(tmp_path):
    model = keymodel.Model(-2.5, tuple(float(n) / 10 for n in range(len(FEATURES))))
    path = tmp_path / "model.toml"
    path.write_text(model_text(model, [], 3.0, 1.0), encoding="utf-8")
    assert keymodel.load(path) == model


def test_a_model_file_without_a_feature_names_what_to_do(tmp_path):
    path = tmp_path / "model.toml"
    path.write_text("bias = -1.0\n[weights]\nprecision = 1.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="retrain with"):
        keymodel.load(path)


def test_a_feature_found_with_the_key_events_gets_a_positive_weight():
    # feature 0 marks the key rows; feature 1 is the same in both classes
    x = [[1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]] * 5 + [[1.0, 1.0], [0.0, 0.0]]
    y = [1, 1, 0, 0] * 5 + [0, 1]
    model = fit(x, y, l2=1.0)
    assert model.weights[0] > 1.0
    assert abs(model.weights[1]) < 0.5
    low, high = model.scores([[0.0, 0.0], [1.0, 0.0]])
    assert high > low


def test_the_same_data_give_the_same_weights():
    x = [[1.0, 0.5], [0.0, 1.0], [1.0, 0.0], [0.2, 0.3]]
    y = [1, 0, 1, 0]
    assert fit(x, y, l2=1.0) == fit(x, y, l2=1.0)


def test_a_feature_that_comes_out_against_its_sign_is_left_out():
    # feature 0 goes with the non-key rows here, but may only make an entry more key
    x = [[1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]] * 4 + [[1.0, 1.0], [0.0, 0.0]]
    y = [0, 0, 1, 1] * 4 + [1, 0]
    assert fit(x, y, l2=1.0).weights[0] < 0
    constrained = fit(x, y, l2=1.0, signs=(1, 0))
    assert constrained.weights[0] == 0.0


def test_an_article_with_every_entry_key_teaches_nothing_through_its_own_bias():
    # article 1: every entry key and every entry has feature 1; article 0: feature 0 decides
    x = [[1.0, 0.0], [0.0, 0.0]] * 6 + [[0.0, 1.0]] * 6
    y = [1, 0] * 6 + [1] * 6
    groups = [0] * 12 + [1] * 6
    pooled, per_article = fit(x, y, l2=1.0), fit(x, y, l2=1.0, groups=groups)
    assert pooled.weights[1] > 1.0
    assert abs(per_article.weights[1]) < 0.1
    assert per_article.weights[0] > 1.0


def test_the_prior_pulls_the_weights_towards_their_signs():
    x = [[1.0], [0.0]]
    y = [1, 0]
    assert fit(x, y, l2=100.0, signs=(1,), prior=1.0).weights[0] == pytest.approx(1.0, abs=0.05)
    assert fit(x, y, l2=100.0, signs=(1,)).weights[0] == pytest.approx(0.0, abs=0.05)


def test_the_features_give_one_row_per_entry():
    lead = Paragraph("ch0-p1", "Josef Stalin (18 Desember 1878 – 5 Maret 1953) adalah pemimpin Uni Soviet.")
    body = [Paragraph("ch1-p1", "Pada tahun 1922, Stalin diangkat menjadi Sekretaris Jenderal partai."),
            Paragraph("ch1-p2", "Pada Juni 1941, Jerman menyerbu Uni Soviet. Pada tahun 1945, perang berakhir.")]
    article = Article(title="Josef Stalin", lang="id", chapters=[
        Section("ch0", "", 1, [lead]), Section("ch1", "Kekuasaan", 1, body)])
    events, _ = collect_events(article)
    found = candidates(events, article)
    table = rows(found, article)
    assert len(FEATURES) == len(SIGNS)
    assert len(table) == len(found.events) >= 4
    assert all(len(row) == len(FEATURES) and all(-0.01 <= v <= 2.0 for v in row) for row in table)
    invasion = next(row for row, e in zip(table, found.events) if "menyerbu" in e.text)
    named = dict(zip(FEATURES, invasion))
    assert named["cue_upheaval"] == 1.0 and named["precision"] == 0.9


def test_the_halves_and_the_check_hold_every_tuning_article_with_key_events_and_nothing_else():
    sets = {}
    for path in (ROOT / "quality" / "gold").glob("*.toml"):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        sets[path.stem] = (gold["set"], bool(gold.get("events")))
    assert not set(HALF_A) & set(HALF_B) and not set(HALF_A + HALF_B) & set(CHECK)
    assert all(sets[name][0] == "tuning" for name in HALF_A + HALF_B + CHECK if name in sets)
    assert {n for n, (s, events) in sets.items() if s == "tuning" and events} <= set(HALF_A + HALF_B + CHECK)


def test_the_alternate_halves_take_the_sorted_articles_in_turn():
    from types import SimpleNamespace
    cases = [SimpleNamespace(name=n) for n in ("id-stalin", "en-atlanta", "en-toronto", "en-alan-turing", "id-soekarno")]
    a, b = alternate_halves(cases)
    assert [c.name for c in a] == ["en-alan-turing", "en-toronto", "id-stalin"]
    assert [c.name for c in b] == ["en-atlanta", "id-soekarno"]


def test_trees_started_from_each_articles_own_rate_learn_no_feature_that_only_marks_the_article():
    # as the logistic test above, for quality/train_keyevents.py's boosted trees (pack.boost's
    # `offset`): article 1 has every entry key and feature 1 everywhere; in article 0 feature 0 decides
    import numpy as np
    from pack import boost
    x = np.asarray([[1.0, 0.0], [0.0, 0.0]] * 60 + [[0.0, 1.0]] * 60)
    y = np.asarray([1.0, 0.0] * 60 + [1.0] * 60)
    weight = np.ones(len(y))
    offset = np.asarray([0.0] * 120 + [3.0] * 60)
    marked = []
    for start in (None, offset):
        base, trees = boost.fit(x, y, weight, rounds=30, offset=start)
        marked.append(boost.score(trees, [0.0, 1.0]) - boost.score(trees, [0.0, 0.0]))
        assert boost.score(trees, [1.0, 0.0]) - boost.score(trees, [0.0, 0.0]) > 3.0   # feature 0 still learned
    pooled, started = marked
    assert pooled > 3.0 and abs(started) < pooled / 3


def test_the_design_and_check_sets_split_the_seen_sets_and_hold_no_unseen_one():
    # round 28's split (COMMON "Reach"): rules are designed on tuning .. fresh-11 and
    # checked on fresh-12 .. fresh-14; neither half may hold held-out gold or a later fresh set
    from train_keyevents import CHECK_SETS, DESIGN_SETS, SEEN_SETS, SPLITS
    assert set(DESIGN_SETS).isdisjoint(CHECK_SETS) and set(DESIGN_SETS + CHECK_SETS) == set(SEEN_SETS)
    assert CHECK_SETS == ("fresh-12", "fresh-13", "fresh-14") and "fresh-11" in DESIGN_SETS
    assert all("held" not in s and s != "fresh-17" for s in SPLITS["seen"])
