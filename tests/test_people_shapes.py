"""quality/people_shapes.py: reading blind who's-who verdicts and tabling shapes."""

from __future__ import annotations

import json

from conftest import quality_script

SHEET = """# Blind judging sheet pp

## en-some-article - people (3 items)

7. Juan Ortega — (in context) Ramos sailed with Juan Ortega in 1510.
   verdict: ok
8. Luis Vela — brother of Ramos
   verdict: wrong: he was Ortega's brother
9. Pablo Mena — sailor
   verdict: ok
"""


def test_judged_items_keep_their_article_and_verdict_and_skip_the_older_versions_own(tmp_path):
    shapes = quality_script("people_shapes")
    (tmp_path / "judged-pp.md").write_text(SHEET, encoding="utf-8")
    key = {n: {"article": "en-some-article", "part": "people", "versions": ["new", "old"]} for n in ("7", "8")}
    key["9"] = {"article": "en-some-article", "part": "people", "versions": ["old"]}
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    items = shapes.judged(tmp_path)
    assert [(i["item"], i["name"], i["ok"]) for i in items] == [("7", "Juan Ortega", True), ("8", "Luis Vela", False)]
    assert items[0]["text"].startswith("(in context) ")


def test_tables_count_right_entries_per_shape():
    shapes = quality_script("people_shapes")
    items = [{"status": "same", "ok": ok, "shapes": {"source": source}}
             for ok, source in ((True, "before"), (False, "before"), (True, "context"))]
    items.append({"status": "gone", "ok": False})
    table = shapes.tables(items)
    assert "| before | 2 | 1 | 50% |" in table and "| context | 1 | 1 | 100% |" in table
    assert "gone: 1" in table


def test_wrong_verdicts_are_counted_by_cause_and_status():
    shapes = quality_script("people_shapes")
    items = [{"ok": False, "why": "wrong: not a person - Mass is a church service", "status": "gone"},
             {"ok": False, "why": "wrong: duplicate of Almroth Wright (391), and this sentence does not say", "status": "same"},
             {"ok": False, "why": "wrong: context does not tell who Ruskin is", "status": "same"},
             {"ok": True, "why": "ok", "status": "same"}]
    table = shapes.causes(items)
    assert "| not a person (place, body, work, title, event) | 1 | 0 | 0 | 1 |" in table
    assert "| one person twice | 1 | 1 | 0 | 0 |" in table
    assert "| the context line does not say who they are | 1 | 1 | 0 | 0 |" in table
    assert "| **all** | **3** | **2** | **0** | **1** |" in table
