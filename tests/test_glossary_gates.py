"""quality/glossary_gates.py: what a gate removes, counted from two dumps."""

from __future__ import annotations

import json

from conftest import quality_script


def _dump(path, hand, top):
    path.write_text(json.dumps([{"set": "fresh", "article": "en-a", "hand": hand, "top": top}]), encoding="utf-8")
    return path


def test_compare_counts_what_left_by_label_and_the_first_30(tmp_path, capsys):
    script = quality_script("glossary_gates")
    before = _dump(tmp_path / "before.json",
                   [["aureus", [0, "fragment"]], ["penicillin", [1, ""]], ["mould", None]],
                   [["aureus", [0, "fragment"]], ["penicillin", [1, ""]]])
    after = _dump(tmp_path / "after.json",
                  [["penicillin", [1, ""]], ["mould", None]],
                  [["penicillin", [1, ""]], ["mould", None]])
    script.compare(before, after)
    out = capsys.readouterr().out
    assert "aureus — drop (fragment)" in out and "total: drop 1\n" in out
    assert "all: 1/2 -> 1/1" in out
    assert "out aureus (drop (fragment)); in mould (unlabelled)" in out
