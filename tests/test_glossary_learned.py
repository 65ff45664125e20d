"""The glossary's features and the learned ranker's training
(`quality/train_glossary.py`): features computed for every group, a
logistic fit that finds the signs a tiny known set implies, the model file
read back as written, and held-out gold refused."""

from __future__ import annotations

import numpy as np
import pytest

from pack.extract.glossary.entries import extract_glossary, glossary_features
from pack.extract.glossary.features import FEATURES
from quality.train_glossary import Model, fit, model_text, read_model, standardise, tuning_gold
from test_glossary import SCIENCE, article_of

def article():
    # the cell-biology text of the glossary tests, and an institution named once
    return article_of(SCIENCE + "The Royal Society funded the study once.\n", "en", "Cell biology")


def test_every_group_has_every_feature_and_the_features_say_what_the_term_is():
    groups = {entry.term: (tier, features) for entry, tier, features in glossary_features(article())}
    assert all(set(features) == set(FEATURES) for _, features in groups.values())
    tier, wall = groups["cell wall"]
    assert tier == 0 and wall["phrase"] == 1.0 and wall["name"] == 0.0 and wall["one_off"] == 0.0
    metabolism = groups["metabolism"][1]
    assert metabolism["concept"] == 1.0 and metabolism["phrase"] == 0.0     # "-ism": a concept ending
    assert metabolism["defined"] > 0 and wall["defined"] == 0.0             # "Metabolism is the sum of ..."
    assert wall["spread"] > metabolism["spread"] and wall["lead"] == 1.0 and metabolism["lead"] == 0.0
    tier, society = groups["Royal Society"]
    assert tier == 2 and society["institution"] == society["name"] == society["one_off"] == 1.0   # a name used once
    # the glossary still lists exactly these groups (ranked by its own score)
    assert {e.term for e in extract_glossary(article(), limit=None)} == set(groups)


def test_an_institution_feature_is_the_one_the_score_uses():
    # made up; one test of "is this an institution" for the features and the
    # score: a head before "of" counts ("University of Glasgow")
    text = ("James studied at the University of Glasgow. The University of Glasgow hired him. "
            "He joined the Grand Embassy. The Grand Embassy toured Europe.\n")
    groups = {entry.term: features for entry, _, features in glossary_features(article_of(text, "en", "James Watt"))}
    assert groups["University of Glasgow"]["institution"] == 1.0
    assert groups["Grand Embassy"]["institution"] == 0.0


def test_a_tiny_known_set_trains_to_the_expected_signs():
    rng = np.random.default_rng(0)
    helps, hurts, noise = rng.normal(size=(3, 400))
    y = (helps - hurts + 0.3 * noise > 0).astype(float)
    x, _, _ = standardise(np.column_stack([helps, hurts, noise]))
    bias, weights = fit(x, y, l2=1.0)
    assert weights[0] > 1.0 and weights[1] < -1.0 and abs(weights[2]) < 0.5 * weights[0]
    again = fit(x, y, l2=1.0)
    assert again[0] == bias and np.array_equal(again[1], weights)      # deterministic
    # a stronger penalty shrinks the weights towards zero
    assert np.all(np.abs(fit(x, y, l2=1000.0)[1]) < np.abs(weights))


def test_the_model_file_reads_back_as_written_and_refuses_other_features():
    model = Model(-2.5, {f: i / 4 for i, f in enumerate(FEATURES)}, {f: 1.0 for f in FEATURES},
                  {f: 2.0 for f in FEATURES})
    text = model_text(model, ["en-a", "id-b"], (100, 10), 1.0)
    assert text.startswith("# A glossary ranker") and "en-a, id-b" in text
    assert read_model(text) == model
    with pytest.raises(ValueError, match="retrain"):
        read_model(text.replace("[features.uses]", "[features.old_feature]"))


def write_gold(folder, name: str, kind: str, glossary: bool = True) -> None:
    section = '\n[glossary]\nmust = [["cell wall"]]\n' if glossary else ""
    (folder / f"{name}.toml").write_text(f'article = "corpus/{name}.txt"\nset = "{kind}"\n{section}',
                                         encoding="utf-8")


def test_only_tuning_gold_with_a_glossary_trains(tmp_path):
    write_gold(tmp_path, "en-one", "tuning")
    write_gold(tmp_path, "en-two", "held-out")
    write_gold(tmp_path, "en-three", "tuning", glossary=False)
    write_gold(tmp_path, "en-four", "fresh")
    assert [name for name, _ in tuning_gold(None, tmp_path)] == ["en-one"]
    for refused in ("en-two", "en-three", "en-four"):
        with pytest.raises(SystemExit, match="only tuning gold"):
            tuning_gold([refused], tmp_path)
    with pytest.raises(SystemExit, match="no gold file named en-five"):
        tuning_gold(["en-five"], tmp_path)
