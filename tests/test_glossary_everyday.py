"""quality/glossary_everyday.py: the everyday gate's counts on labelled rows."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import quality_script


def _row(at: float, common: bool, defined: float = 0.0) -> dict[str, float]:
    return {"name": 0.0, "acronym": 0.0, "phrase": 0.0, "words": 1.0, "defined": defined,
            "forms_zipf": 5.0 if common else 2.0, "at": at}


def test_score_counts_what_the_gate_moves_out_of_the_first_30(monkeypatch):
    script = quality_script("glossary_everyday")
    monkeypatch.setattr(script, "TOP", 2)
    monkeypatch.setattr(script, "_logit", lambda row: row["at"])      # no model: the rows' own order
    # "piano" (everyday, dropped) is first by the logit; the gate puts it after
    # "tsar" and "sonata"; "toilet" (defined) keeps its place.
    rows = [_row(3.0, True), _row(2.0, True, defined=1.0), _row(1.0, False)]
    article = SimpleNamespace(rows=rows, blind={0: 0, 1: 1, 2: 1}, must=[[2]], terms=["piano", "toilet", "tsar"])
    plain, gated = script.score([article], 99.0), script.score([article], 4.0)
    assert (plain["kept"], plain["labelled"], plain["must30"]) == (1, 2, 0)
    assert (gated["kept"], gated["labelled"], gated["must30"]) == (2, 2, 1)
    assert (gated["out"], gated["out_drop"], gated["in"], gated["in_keep"]) == (1, 1, 1, 1)
