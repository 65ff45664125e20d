"""Where the seen gold key events are lost (issue 13's ceiling analysis).

Usage:
    python quality/keyevents_ceiling.py [--shared DIR] [--list] [--seen]

For every tuning article with gold key events (the articles
`quality/train_events.py` trains on and checks with), and with `--seen`
every article of the fresh sets whose blind verdicts are seen
(`seen_verdicts.READINGS`: fresh ... fresh-8; never held-out gold nor an
unread fresh set), the timeline is extracted and ranked as the book ranks
it (the shipped model, `rank.mark_key`), and each gold key event is put in
the stage that lost it:

- found: a key entry matches it (`run.event_matches`, the benchmark's test);
- d-loose: found, but only by key entries dated to the year where the gold
  gives the month or day (the scorer's year test let a neighbour stand in);
- a: no entry has any of its match words (the date reader never dated it);
- b: an entry has its words, none has its date (or it was merged away);
- c: an entry matches it and is not key, because
  c-held: the readability gate held it back (`readable.gate`);
  c-cut: it scored below the lowest key entry;
  c-year: its year had its places (`rank.KEY_PER_YEAR`, or the year's share: `rank._year_caps`);
  c-story: a chosen entry of its year tells the same story;
  c-retells: a chosen entry retells it in nearly its content words;
  c-after-life: the places after the subject's death were taken;
  c-count: none of these: the key places were full when its turn came
  (the chapter quotas took entries of lower score first).

Printed: one line per lost event (`--list`), the counts per article, per
set (with `--seen`) and in total, and the recall the ranking alone would give with the K best
entries of each article (pure score order, no quotas or caps): how many
key events a teacher would have to read to find 90 % of the gold.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path

# (run first: it puts the checkout on the path for `pack`)
from run import ROOT, contains_word, event_matches, fold  # isort: skip
from seen_verdicts import READINGS, set_label  # isort: skip
from train_events import Case, gold_cases  # isort: skip

from pack.extract.timeline import keyfeatures, keymodel, rank
from pack.extract.timeline.date_values import key_year

STAGES = ("found", "d-loose", "a", "b", "c-held", "c-cut", "c-year", "c-story", "c-retells", "c-after-life",
          "c-count")
AT_K = (20, 30, 40, 60, 80, 120)


def has_words(gold_event: dict, entry) -> bool:
    """The entry (its text or sentence) has one of the gold event's match words, whatever its date."""
    where = f"{entry.text} {entry.sentence}"
    return any(contains_word(where, w) or fold(w) in fold(where) for w in gold_event.get("match", []))


def coarser(entry, gold_event: dict) -> bool:
    """The entry is dated to the year only where the gold gives a month or a day."""
    start = entry.datetime or entry.sort_key or entry.iso
    return len(str(gold_event["date"]).lstrip("-")) > 4 and len(start.lstrip("-")) <= 4


def stage(gold_event: dict, entries: list, held: set[int], cut: float, blocked) -> str:
    """The stage that lost `gold_event` among the ranked `entries` (scored, key marked):
    `held` are the indices the readability gate held back, `cut` the lowest key
    score, `blocked(i)` says which rule of the key choice passed over entry i."""
    hits = [i for i, e in enumerate(entries) if event_matches(gold_event, e)]
    keyed = [i for i in hits if entries[i].key]
    if keyed:
        return "d-loose" if all(coarser(entries[i], gold_event) for i in keyed) else "found"
    if not hits:
        return "b" if any(has_words(gold_event, e) for e in entries) else "a"
    free = [i for i in hits if i not in held]
    best = max(free, key=lambda i: entries[i].score) if free else None
    if best is None or entries[best].score < cut:
        return "c-held" if any(entries[i].score >= cut for i in hits if i in held) or best is None else "c-cut"
    return blocked(best)


def why_passed_over(found: rank.Candidates, i: int) -> str:
    """The rule of `rank.mark_key` that kept entry i (scored above the cut) out."""
    events = found.events
    chosen = [j for j, e in enumerate(events) if e.key]
    year = key_year(events[i].sort_key)
    cap = rank.KEY_PER_YEAR if len(events) > 2 * len(chosen) else len(chosen)
    cap = rank._year_caps(events, len(chosen), cap).get(year, cap)
    same_year = [j for j in chosen if key_year(events[j].sort_key) == year]
    if rank._one_year(events[i]) and sum(rank._one_year(events[j]) for j in same_year) >= cap:
        return "c-year"
    if any(len(found.story[i] & found.story[j]) >= 2 for j in same_year):
        return "c-story"
    if any(rank._retells(found.content[i], found.content[j]) for j in chosen):
        return "c-retells"
    if i in found.after_life and len(found.after_life.intersection(chosen)) >= rank.AFTER_LIFE:
        return "c-after-life"
    return "c-count"


def ranked(case: Case) -> tuple[rank.Candidates, set[int]]:
    """The case's entries merged, scored and key-marked as `rank.rank` does, and the held ones."""
    events = copy.deepcopy(case.events)
    held_ids = {id(c) for c, e in zip(events, case.events) if id(e) in case.held}
    found = rank.candidates(events, case.article)
    for event, score in zip(found.events, keymodel.load().scores(keyfeatures.rows(found, case.article))):
        event.score = round(score, 3)
    held = {j for j, e in enumerate(found.events) if id(e) in held_ids}
    rank.mark_key(found, held)
    return found, held


def analyse(case: Case, listing: bool) -> tuple[Counter, list[int]]:
    """The stages of the case's gold events, and its recall at each of `AT_K` in pure score order."""
    found, held = ranked(case)
    entries = found.events
    cut = min((e.score for e in entries if e.key), default=0.0)
    stages = Counter()
    for gold_event in case.gold["events"]:
        lost = stage(gold_event, entries, held, cut, lambda i: why_passed_over(found, i))
        stages[lost] += 1
        if listing and lost != "found":
            print(f"  {case.name} {gold_event['date']} {lost}: {gold_event['what'][:70]}")
    order = sorted(entries, key=lambda e: -e.score)
    at_k = [sum(any(event_matches(g, e) for e in order[:k]) for g in case.gold["events"]) for k in AT_K]
    return stages, at_k


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", action="store_true", help="print every gold event not found, with its stage")
    parser.add_argument("--seen", action="store_true",
                        help="the seen fresh sets' gold too (quality/seen_verdicts.py), not the tuning set's alone")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    sets = ("tuning",) + (tuple(dict.fromkeys(set_label(fresh) for _, fresh in READINGS)) if args.seen else ())
    total, at_total, gold = Counter(), [0] * len(AT_K), 0
    per_set: dict[str, Counter] = {}
    print("| article | entries | key | gold | " + " | ".join(STAGES) + " |")
    print("|---|---|---|---|" + "---|" * len(STAGES))
    for case in gold_cases(args.shared, sets):
        stages, at_k = analyse(case, args.list)
        total.update(stages)
        per_set.setdefault(case.gold["set"], Counter()).update(stages)
        at_total = [a + b for a, b in zip(at_total, at_k)]
        gold += case.total
        keys = sum(e.key for e in ranked(case)[0].events)
        print(f"| {case.name} | {len(case.rows)} | {keys} | {case.total} | "
              + " | ".join(str(stages[s]) for s in STAGES) + " |")
    if len(per_set) > 1:
        for name in sets:
            counts = per_set.get(name, Counter())
            print(f"| {name} | | | {sum(counts.values())} | " + " | ".join(str(counts[s]) for s in STAGES) + " |")
    print(f"| total | | | {gold} | " + " | ".join(f"**{total[s]}**" for s in STAGES) + " |")
    print("\nrecall with the K best-scored entries of each article (no quotas, no caps):")
    print("  " + ", ".join(f"K={k}: {n}/{gold} ({100 * n / gold:.0f}%)" for k, n in zip(AT_K, at_total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
