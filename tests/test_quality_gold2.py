"""The second reader's agreement script (quality/gold2_agree.py): how two
readers' items are paired. Made-up items shaped like the tuning gold
(en-history-of-aluminium's "alloys", en-alan-turing's "Ultra")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

from gold2_agree import items, pairs, spelled_alike  # noqa: E402


def test_a_plural_spelling_pairs_two_glossary_items():
    assert spelled_alike("glossary", ["alloys"], ["alloy", "alloying"])
    assert not spelled_alike("glossary", ["alum"], ["alumina"])


def test_events_pair_only_on_the_same_date_and_a_shared_word():
    one = items({"events": [{"date": "1886", "what": "Hall and Héroult", "match": ["Héroult"]}]}, "events")
    same = items({"events": [{"date": "1886", "what": "process", "match": ["héroult"]}]}, "events")
    later = items({"events": [{"date": "1888", "what": "Héroult founds", "match": ["Héroult"]}]}, "events")
    assert spelled_alike("events", one[0][1], same[0][1])
    assert not spelled_alike("events", one[0][1], later[0][1])


def test_hand_judgements_add_and_refuse_pairs():
    one = [("Ultra intelligence", ["Ultra intelligence"]), ("earth", ["earth"])]
    two = [("Ultra", ["Ultra"]), ("earth", ["earth", "earths"])]
    judged = {"same": [["Ultra intelligence", "Ultra"]], "not_same": [["earth", "earth"]]}
    assert pairs("glossary", one, two, judged) == [("Ultra intelligence", "Ultra", "hand")]


def test_a_judgement_naming_no_item_is_an_error():
    with pytest.raises(ValueError):
        pairs("glossary", [("alum", ["alum"])], [("alum", ["alum"])], {"same": [["alumn", "alum"]]})
