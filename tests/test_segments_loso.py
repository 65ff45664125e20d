"""The leave-one-set-out choice of chapter-making settings (quality/segments_loso.py):
a set is scored with the setting chosen on the other sets, never on itself,
and a test set takes part in no choice."""

from __future__ import annotations

import pytest

from conftest import quality_script


def _script():
    return quality_script("segments_loso")


def test_each_set_is_scored_with_the_setting_the_other_sets_chose():
    script = _script()
    good, fair, bad = (0.2, 0.2, 0.8), (0.3, 0.3, 0.6), (0.5, 0.5, 0.2)
    # Setting 0 is best for sets a and b, setting 1 only for set c.
    results = [{"a": [good], "b": [good], "c": [fair]},
               {"a": [bad], "b": [bad], "c": [good]}]
    chosen = script.left_out(results, set())
    assert chosen["a"] == (0, [good]) and chosen["b"] == (0, [good])
    assert chosen["c"] == (0, [fair])         # its own best setting is not chosen for it
    # A test set's scores choose nothing: with b a test set, a is chosen on c alone.
    assert script.left_out(results, {"b"})["a"] == (1, [bad])


def test_the_grid_is_every_combination_and_a_bad_item_is_refused():
    script = _script()
    assert script.parse_grid(["PER_FIELD=1,1.5", "FIELD_LEAST=3"]) == [
        {"PER_FIELD": 1.0, "FIELD_LEAST": 3.0}, {"PER_FIELD": 1.5, "FIELD_LEAST": 3.0}]
    for item in ("NO_SUCH_THING=1", "PER_FIELD", "PER_FIELD=one"):
        with pytest.raises(SystemExit, match="Error: --grid"):
            script.parse_grid([item])


def test_a_setting_is_restored_after_it_is_scored():
    from pack.read.segment import boundaries
    script = _script()
    before = boundaries.PER_FIELD
    texts = ["A short paragraph about volcanoes and their lava."] * 12
    assert script.with_setting({"PER_FIELD": 9.0}, [(texts, [6], "en")])
    assert boundaries.PER_FIELD == before
