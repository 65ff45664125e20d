"""Why the blind readers drop glossary entries: the seen labels' reasons counted by cause, per set.

Usage:
    python quality/glossary_causes.py [--set NAME] [--show CAUSE]

Stage: offline, never at build time. Input: every seen judged glossary
sheet (`train_keep.SETS`, from `seen_verdicts`: never a held-out reading).
Output: for each fresh set and pooled, the dropped items by the first
cause their reader's reason names (keywords below, tried in this order: a
reason often names two), and the same for the texts judged wrong. A cause
is general when most sets show it, not one article. `--show CAUSE` lists
the items of one cause (set, article, term, reason). Nothing is written.
The write-up is quality/verdicts/glossary-r27.md.

The keywords are a rough reading of free text (English reasons), for
counting only: no rule of the glossary reads them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import train_keep  # noqa: E402  (the seen sheets' labels)

# Why an entry is dropped, first match wins (a fragment that is also a name counts as a fragment).
DROP_CAUSES = (
    ("fragment", r"fragment|truncat|piece of|part of|cut from|half-name"),
    ("duplicate", r"duplicat|same as|near-duplicate|repeats"),
    ("person", r"\bperson|personal name|people|\bruler\b|\bking\b|\bqueen\b|character"),
    ("place", r"place|\bcity\b|country|region|territor|river|island|mountain|street|museum|state name"),
    ("product, organisation, work", r"organi[sz]ation|compan|brand|product|\bwork\b|title|book|journal"
                                    r"|newspaper|institution|party|software|programme|program\b|award"),
    ("everyday or self-explaining", r"everyday|common|self-expl|ordinary|generic|obvious|trivial|plain"
                                    r"|general (word|vocabulary|term)|basic"),
)
# Why a printed text is wrong, first match wins.
TEXT_CAUSES = (
    ("a list or citation line", r"\blist|citation|navigation|bibliograph"),
    ("cut or broken", r"truncat|cut|broken|fragment|garbl|artefact|ellipsis|…"),
    ("says nothing of the term", r"not about|nothing about|says nothing|doesn't|does not|never says|only "
                                 r"(named|mentions|a)|mentions? only|incidental|dangling"),
    ("wrong or vague definition", r"definition|vague|wrong"),
)


def cause(reason: str, causes) -> str:
    """The first cause whose keywords the reason holds, else "other"."""
    return next((name for name, pattern in causes if re.search(pattern, reason, re.I)), "other")


def counts(items, causes, pick) -> dict[str, Counter]:
    """Per set (and "pooled"): the picked items counted by cause."""
    out: dict[str, Counter] = {}
    for i in items:
        if pick(i):
            found = cause(i.reason, causes)
            for key in (i.set, "pooled"):
                out.setdefault(key, Counter())[found] += 1
    return out


def table(title: str, by_set: dict[str, Counter], causes, sets: list[str]) -> str:
    names = [n for n, _ in causes] + ["other"]
    rows = [f"### {title}", "", "| cause | " + " | ".join(sets) + " | pooled | sets showing it |",
            "|---" * (len(sets) + 3) + "|"]
    for name in names:
        cells = [str(by_set.get(s, Counter())[name]) for s in sets]
        showing = sum(by_set.get(s, Counter())[name] > 0 for s in sets)
        rows.append(f"| {name} | " + " | ".join(cells) + f" | {by_set['pooled'][name]} | {showing}/{len(sets)} |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="one fresh set only (fresh-13)")
    parser.add_argument("--show", help="list the items of this cause (drops, then wrong texts)")
    args = parser.parse_args()
    items, seen = [], set()
    for name, folder, _ in train_keep.SETS:
        for i in train_keep.labels(folder, name):
            key = (i.article, train_keep.spelled(i.term))
            if key not in seen and (args.set is None or i.set == args.set):   # (judged twice: old and new order)
                seen.add(key)
                items.append(i)
    sets = list(dict.fromkeys(i.set for i in items))
    drops = counts(items, DROP_CAUSES, lambda i: not i.keep)
    wrong = counts(items, TEXT_CAUSES, lambda i: i.text == "wrong")
    print(f"{len(items)} labelled items ({sum(i.keep for i in items)} kept, "
          f"{sum(i.text == 'wrong' for i in items)} texts wrong)\n")
    print(table("Dropped, by the first cause the reason names", drops, DROP_CAUSES, sets) + "\n")
    print(table("Text judged wrong, by the first cause the reason names", wrong, TEXT_CAUSES, sets))
    if args.show:
        for i in items:
            if (not i.keep and cause(i.reason, DROP_CAUSES) == args.show) or \
                    (i.text == "wrong" and cause(i.reason, TEXT_CAUSES) == args.show):
                print(f"{i.set} | {i.article} | {i.term} | {i.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
