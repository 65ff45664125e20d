"""The timeline-shapes table (quality/timeline_shapes.py): it reads the judged
timeline sheets of the blind checks item by item and describes each printed
entry by shapes computed from its date, text and source sentence."""

from __future__ import annotations

import json

from conftest import quality_script

# Made-up sheet in the shape of the judged timeline sheets.
SHEET = """# Blind judging sheet tl1

## en-some-town - timeline (3 items)
Verdict: `ok` or `wrong: why` - ...

12. 1768 · The town library opened
   source sentence: In 1768, the town library opened.
   verdict: ok
13. 2005 · The club has reached the final three times: 2005, 2013 and 2014
   source sentence: The club has reached the final three times: 2005, 2013 and 2014.
   verdict: wrong: the text tells three finals, dated only 2005
14. 1530 · When the fleet left the following year, it had three ships
   source sentence: When the fleet left the following year, it had three ships.
   verdict: Ok
"""


def _items(tmp_path):
    script = quality_script("timeline_shapes")
    (tmp_path / "judged-tl1.md").write_text(SHEET, encoding="utf-8")
    key = {str(n): {"article": "en-some-town", "part": "timeline", "versions": ["new"]} for n in (12, 13, 14)}
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    return script, list(script.judged(tmp_path, "fresh9"))


def test_the_judged_sheet_gives_one_verdict_per_timeline_item(tmp_path):
    _, items = _items(tmp_path)
    assert [(i["n"], i["date"], i["ok"]) for i in items] == [(12, "1768", True), (13, "2005", False), (14, "1530", True)]


def test_each_item_is_described_by_its_printed_shape(tmp_path):
    script, (opened, listed, inferred) = _items(tmp_path)
    shape = {name: [fn(i) for i in (opened, listed, inferred)] for name, fn in script.SHAPES.items()}
    assert shape["date kind"] == ["year", "year", "inferred (year not in sentence)"]
    assert shape["date place in sentence"][:2] == ["opening (<= 3 words before)", "middle"]
    assert shape["whole sentence or cut"][:2] == ["cut at start only", "whole sentence"]
    assert shape["printed text writes another year than its date"] == ["no", "yes", "no"]
    assert shape["years in the sentence"] == ["0-1 year", "3+ years", "0-1 year"]
    assert shape["text opening"][2] == "subordinate opener"
    table = script.table([opened, listed, inferred], "date kind", script.SHAPES["date kind"])
    assert "| year | 2 | 1 | 50% |" in table


def test_today_s_entries_of_a_judged_sentence_are_marked_same_or_changed(tmp_path):
    from pack.model import TimelineEvent

    script, (opened, listed, inferred) = _items(tmp_path)
    events = [TimelineEvent(iso="1768", precision="year", date_text="1768", text="The town library opened",
                            sentence="In 1768, the town library opened."),
              TimelineEvent(iso="2005/2014", precision="range", date_text="2005–2014",
                            text="The club has reached the final three times: 2005, 2013 and 2014",
                            sentence="The club has reached the final three times: 2005, 2013 and 2014.")]
    lines = script.now_report([opened, listed, inferred], lambda item: script.entries_of(item, events))
    assert "    today (same): 1768 · The town library opened" in lines
    assert "    today: 2005–2014 · The club has reached the final three times: 2005, 2013 and 2014" in lines
    assert "    today: (no entry)" in lines
    assert lines[-1] == "3 items: 1 printed as judged today, 1 otherwise, 1 with no entry from their sentence"


def test_wrong_verdicts_are_counted_by_the_cause_their_reason_names(tmp_path):
    script, (opened, listed, inferred) = _items(tmp_path)
    assert script.cause(listed["verdict"]) == "date wrong or imprecise"     # "dated only 2005"
    assert script.cause("wrong: 1809 is Finland's annexation, not the event") == "date of another clause or aside"
    assert script.cause("wrong: 'The company' unresolved (AMG)").startswith("pointer")
    assert script.cause("wrong: bibliography entry, not an event").startswith("not an event")
    assert script.cause("wrong: looks odd") == "other"
    table = script.causes_table([opened, listed, inferred])
    assert table[2] == "| date wrong or imprecise | 1 | 1 |"


def test_wrong_verdicts_are_counted_under_every_fault_their_reason_names(tmp_path):
    script, (opened, listed, inferred) = _items(tmp_path)
    split = dict(listed, verdict="wrong: date split from a range - it spanned the 7th-13th centuries; 'it' unresolved")
    table = script.faults_table([opened, split, inferred])
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1] for line in table if line.startswith("| ")}
    assert rows["date: range cut to one end"] == "1"
    assert rows["text: dangling reference (pronoun, 'the X', 'also', 'later')"] == "1"
    assert rows["text: name put in wrongly"] == "0"


def test_pointer_words_are_counted_by_place_and_verdict(tmp_path):
    script, (opened, listed, inferred) = _items(tmp_path)
    assert script.pointer_uses(inferred) == ["it / later"]
    assert script.pointer_uses(opened) == []
    assert "| en | it / later | 1 | 1 | 0 |" in script.pointers_table([opened, listed, inferred])


def test_sets_name_the_design_and_check_sets_of_round_28():
    script = quality_script("timeline_shapes")
    assert script._sets("design")[0] == "fresh" and "fresh11" in script._sets("design")
    assert script._sets("check") == ("fresh12", "fresh13", "fresh14")
    assert script._sets("fresh2,fresh3") == ("fresh2", "fresh3")
    assert script._sets("") == ()
    assert not set(script.DESIGN) & set(script.CHECK)
