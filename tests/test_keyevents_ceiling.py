"""The key-event ceiling analysis (quality/keyevents_ceiling.py): the stage
that lost a gold key event. Made-up entries shaped like the tuning text
(en-christopher-columbus's voyages, id-soekarno's proclamation told by the
house where it was read)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

from keyevents_ceiling import stage  # noqa: E402

LANDFALL = {"date": "1492-10-12", "what": "Landfall in the Bahamas", "match": ["landfall"]}


def entry(text: str, datetime: str, score: float = 0.0, key: bool = False):
    return SimpleNamespace(text=text, sentence=text, datetime=datetime, end_datetime="", sort_key=datetime,
                           iso=datetime, score=score, key=key)


def lost(entries, held=frozenset(), cut=-1.0):
    return stage(LANDFALL, entries, set(held), cut, lambda i: "c-year")


def test_a_key_entry_with_the_date_and_words_finds_the_event():
    assert lost([entry("Columbus made landfall in the Americas", "1492-10-12", 0.5, True)]) == "found"


def test_a_key_entry_dated_to_the_year_only_is_a_loose_match():
    proclaimed = {"date": "1945-08-17", "what": "Independence proclaimed", "match": ["Proklamasi"]}
    house = entry("Rumah ini menjadi tempat Proklamasi Kemerdekaan", "1945", 0.1, True)
    assert stage(proclaimed, [house], set(), -1.0, lambda i: "c-year") == "d-loose"


def test_no_entry_with_the_words_is_stage_a_and_one_with_another_date_is_stage_b():
    assert lost([entry("Columbus returned to Hispaniola", "1493-11-22")]) == "a"
    assert lost([entry("Columbus made landfall at Icacos Point", "1498-08-02")]) == "b"


def test_an_entry_not_key_is_held_cut_or_passed_over_by_a_rule():
    told = entry("Columbus made landfall in the Americas", "1492-10-12", -0.5)
    assert lost([told], held={0}) == "c-held"
    assert lost([told], cut=0.0) == "c-cut"
    assert lost([told], cut=-1.0) == "c-year"
