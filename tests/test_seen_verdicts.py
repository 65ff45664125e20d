"""quality/seen_verdicts.py: one list of the seen blind readings, filtered by the part a script learns from."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quality"))

import seen_verdicts  # noqa: E402


def test_a_reading_is_listed_for_a_part_only_where_it_has_judged_sheets_of_that_part():
    people = [folder.name for folder, _ in seen_verdicts.readings("people")]
    glossary = [folder.name for folder, _ in seen_verdicts.readings("glossary")]
    assert "fresh-gl-tl" not in people and "fresh-gl-tl" in glossary   # round 19 judged no who's-who
    assert all(any(folder.glob("judged-pp*.md")) for folder, _ in seen_verdicts.readings("people"))


def test_no_held_out_or_unseen_reading_is_listed():
    for folder, fresh in seen_verdicts.READINGS:
        assert not folder.startswith("heldout") and fresh != "fresh17"   # the next blind check's set
        assert (seen_verdicts.VERDICTS / folder).is_dir()


def test_set_labels_are_the_write_ups_names():
    assert seen_verdicts.set_label("fresh") == "fresh"
    assert seen_verdicts.set_label("fresh7") == "fresh-7"
