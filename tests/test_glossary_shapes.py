"""The shape table of the glossary's blind verdicts (quality/glossary_shapes.py):
values fall in the right buckets, and each shape value counts its items,
the kept ones and the keep rate."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import quality_script


def _script():
    return quality_script("glossary_shapes")


def test_a_value_falls_in_the_first_bucket_whose_edge_it_is_below():
    bucket = _script().bucket
    names = ("<3", "3-4", ">=4")
    assert [bucket(v, (3, 4), names) for v in (2.9, 3.0, 3.99, 4.0, 7.5)] == ["<3", "3-4", "3-4", ">=4", ">=4"]


def test_the_table_counts_items_and_kept_ones_per_shape_value():
    items = [SimpleNamespace(keep=k, shapes={"written": w, "tier": t})
             for k, w, t in ((1, "word", "0"), (0, "word", "0"), (1, "word", "1"), (0, "name", "1"))]
    rows = _script().table(items).splitlines()
    assert "| written | word | 3 | 2 | 67 % |" in rows
    assert "| written | name | 1 | 0 | 0 % |" in rows
    assert "| tier | 0 | 2 | 1 | 50 % |" in rows and "| tier | 1 | 2 | 1 | 50 % |" in rows
