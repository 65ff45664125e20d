"""The keep-model experiment of the glossary (quality/train_keep.py): it reads
the teachers' judged sheets item by item, scores orders by AUC and the
keep-rate of their top, and its pairwise model learns which of two items
of one article the readers keep."""

from __future__ import annotations

import json

from conftest import quality_script


# Made-up sheet in the shape of the judged glossary sheets.
SHEET = """# Blind judging sheet gl1

## en-some-article - glossary (3 items)
Verdict: two words: `keep`/`drop` ...

7. photosynthesis — (definition) the process by which plants make sugar
   verdict: keep right
8. Harbour Street — (context) The market stood on Harbour Street.
   verdict: drop right: a place
9. wealthy — (context) The wealthy merchants built houses.
   verdict: Drop right: everyday word
"""


def _script():
    return quality_script("train_keep")


def test_the_judged_sheet_gives_one_label_per_glossary_item(tmp_path):
    script = _script()
    (tmp_path / "judged-gl1.md").write_text(SHEET, encoding="utf-8")
    key = {str(n): {"article": "en-some-article", "part": "glossary", "versions": ["new"]} for n in (7, 8)}
    key["9"] = {"article": "en-some-article", "part": "timeline", "versions": ["new"]}
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    items = script.labels(tmp_path, "fresh")
    assert [(i.article, i.term, i.keep) for i in items] == [
        ("en-some-article", "photosynthesis", 1), ("en-some-article", "Harbour Street", 0)]


def test_auc_and_top_keep_count_what_the_readers_kept():
    script = _script()
    assert script.auc([3, 2, 1], [1, 0, 0]) == 1.0
    assert script.auc([1, 2, 3], [1, 0, 0]) == 0.0
    assert script.auc([1, 1], [1, 0]) == 0.5
    items = [script.Item("s", a, t, keep, rank) for a, t, keep, rank in
             (("a", "x", 1, 0), ("a", "y", 0, 1), ("b", "z", 0, 0), ("b", "w", 1, 1))]
    assert script.top_keep(items, lambda i: -i.rank, 1) == (1, 2)


def test_the_pairwise_model_learns_the_sign_within_an_article():
    script = _script()
    # In each article the kept items have a lower "cap" than the dropped ones,
    # while "noise" says nothing; the articles differ in their level of "cap".
    items = []
    for article, level in (("a", 0.0), ("b", 5.0)):
        for n, keep in enumerate((1, 0, 1, 0, 1, 0)):
            item = script.Item("s", article, f"t{n}", keep, n)
            item.features = {"cap": level + (0.0 if keep else 1.0) + 0.1 * n, "noise": float(n % 2 == n % 3)}
            items.append(item)
    weights = script.fit_pairs(items, ("cap", "noise"), 1.0)[2]
    assert weights[1] < 0 and abs(weights[2]) < abs(weights[1]), weights


def test_the_judged_sheet_keeps_the_text_verdict_and_the_reason(tmp_path):
    script = _script()
    (tmp_path / "judged-gl1.md").write_text(SHEET, encoding="utf-8")
    key = {str(n): {"article": "en-some-article", "part": "glossary", "versions": ["new"]} for n in (7, 8, 9)}
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    items = script.labels(tmp_path, "fresh")
    assert [(i.shown, i.text, i.reason) for i in items] == [
        ("definition", "right", ""), ("context", "right", "a place"), ("context", "right", "everyday word")]
