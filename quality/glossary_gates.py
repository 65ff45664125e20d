"""What a glossary gate takes out, measured on the seen blind labels: two checkouts compared.

Usage (run `dump` from each checkout, then `compare` from either):
    python quality/glossary_gates.py dump OUT [--cache FILE]
    python quality/glossary_gates.py compare BEFORE AFTER

Stage: offline, never at build time. Input: every seen blind glossary sheet
(`train_keep.SETS`, fresh to fresh-10 in round 25) and the articles they
judged. `dump` writes, for each labelled article, its first `HAND` entries
in the hand-set order (`entries.hand_ranked`) and the product's first `TOP`
(`extract_glossary`, after the keep model's reorder), each with the reader's
verdict when one of its spellings (term or variant) was judged. Matching by
spelling, not by place, lets a changed glossary be measured on the entries
it still has. `compare` prints:

- the entries of the first `WINDOW` (hand-set order) that are gone, with
  their label (drop, keep or unlabelled) and, for a drop, its kind
  (`glossary_keep.kind_of`): what a gate removes;
- kept / labelled among the product's first `TOP`, per set;
- per article, the entries that left the first `TOP` and those that came in.

Nothing is written but OUT; the write-up is quality/verdicts/glossary-keep-r25.md, section 6.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import glossary_keep  # noqa: E402
import train_keep  # noqa: E402
from pack.extract.glossary.entries import extract_glossary, hand_ranked  # noqa: E402
from pack.read import read_article  # noqa: E402

HAND = 90       # entries dumped in the hand-set order (a gate's newcomers come from below 60)
WINDOW = 60     # the printed glossary's length: what a gate removes is counted here
TOP = 30        # the blind readers judged the first 30


def _verdict(forms, judged: dict) -> list | None:
    """[keep, drop kind] of the first judged spelling among `forms`, else None."""
    for form in forms:
        item = judged.get(train_keep.spelled(form))
        if item is not None:
            kind = "" if item.keep else glossary_keep.kind_of(item.reason, glossary_keep.DROP_KINDS)
            return [item.keep, kind]
    return None


def dump(out: Path, cache: Path | None) -> None:
    items = train_keep.load(cache)
    folders = {name: folder for name, _, folder in train_keep.SETS}
    rows = []
    for set_name, name in sorted({(i.set, i.article) for i in items}):
        judged = {train_keep.spelled(i.term): i for i in items if (i.set, i.article) == (set_name, name)}
        article = read_article(folders[set_name] / f"{name}.txt")
        hand = [(e.term, _verdict((e.term, *e.variants), judged)) for e, _ in hand_ranked(article)[:HAND]]
        top = [(e.term, _verdict((e.term, *e.variants), judged)) for e in extract_glossary(article)[:TOP]]
        rows.append({"set": set_name, "article": name, "hand": hand, "top": top})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


def _label(verdict) -> str:
    return "unlabelled" if verdict is None else "keep" if verdict[0] else f"drop ({verdict[1]})"


def compare(before: Path, after: Path) -> None:
    old = {(r["set"], r["article"]): r for r in json.loads(before.read_text(encoding="utf-8"))}
    new = {(r["set"], r["article"]): r for r in json.loads(after.read_text(encoding="utf-8"))}
    gone = Counter()
    print(f"gone from the first {WINDOW} (hand-set order):")
    for key, row in old.items():
        left = {term for term, _ in new[key]["hand"]}
        for term, verdict in row["hand"][:WINDOW]:
            if term not in left:
                gone[_label(verdict).split(" ")[0]] += 1
                print(f"  {key[0]} {key[1]}: {term} — {_label(verdict)}")
    print("  total: " + ", ".join(f"{kind} {n}" for kind, n in sorted(gone.items())))
    print(f"\nkept / labelled in the product's first {TOP}:")
    for set_name in sorted({k[0] for k in old}):
        counts = [_kept([r for k, r in rows.items() if k[0] == set_name]) for rows in (old, new)]
        print(f"  {set_name}: {counts[0][0]}/{counts[0][1]} -> {counts[1][0]}/{counts[1][1]}")
    counts = [_kept(list(rows.values())) for rows in (old, new)]
    print(f"  all: {counts[0][0]}/{counts[0][1]} -> {counts[1][0]}/{counts[1][1]}")
    print(f"\nleft and came into the first {TOP}:")
    for key, row in old.items():
        was, now = ({term for term, _ in r["top"]} for r in (row, new[key]))
        out = [f"{t} ({_label(v)})" for t, v in row["top"] if t not in now]
        came = [f"{t} ({_label(v)})" for t, v in new[key]["top"] if t not in was]
        if out or came:
            print(f"  {key[0]} {key[1]}: out {', '.join(out) or '-'}; in {', '.join(came) or '-'}")


def _kept(rows) -> tuple[int, int]:
    verdicts = [v for r in rows for _, v in r["top"] if v is not None]
    return sum(v[0] for v in verdicts), len(verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--cache", type=Path, default=None, help="train_keep's pickle of the labelled items")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.cache)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
