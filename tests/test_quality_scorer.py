"""The benchmark's scorer (quality/run.py): what counts as a date made from a
non-date. Made-up sentences shaped like the tuning text (en-james-watt's
"the 2007 issue £20 note"; en-atlanta's "Fortune 1000 companies")."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

from run import date_numbers, false_dates  # noqa: E402


def entry(sentence: str, date_text: str):
    return SimpleNamespace(sentence=sentence, date_text=date_text, text=sentence)


def test_a_trap_whose_digits_are_only_inside_the_year_is_no_false_date():
    gold = {"traps": {"non_dates": ["£20 note"]}}
    told = entry("The first was Adam Smith on the 2007 issue £20 note.", "2007")
    assert false_dates(gold, [told]) == []


def test_a_trap_read_as_the_date_is_a_false_date():
    gold = {"traps": {"non_dates": ["Fortune 1000 companies", "1,500 yards"]}}
    hits = false_dates(gold, [entry("Over 75% of Fortune 1000 companies do business here.", "1000"),
                              entry("The shaft was sunk 1,500 yards deep.", "1500")])
    assert len(hits) == 2


def test_the_numbers_of_a_printed_date():
    assert date_numbers("1,500") == {"1500"}
    assert date_numbers("18 December 1878") == {"18", "1878"}
    assert date_numbers("1932–1933") == {"1932", "1933"}
