"""People named once in passing (issue 13): who's-who entries by source and sentences.

Usage: python quality/people_once.py [--shared DIR] [--check]

Splits the printed who's-who entries of the seen sets by (role / context
line) x (sentences naming the person: 1, 2, 3+), with whether any of them
is in the lead. For each cell: the judged entries printed now as judged
(`people_shapes`), right and wrong, and the printed entries that are gold
people (seen gold, `quality/gold`). Design sets by default; `--check`
prints the same totals for round 28's check sets fresh-12 to fresh-14
only. Held-out and fresh-15 gold is skipped without being read.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import people_shapes as shapes  # noqa: E402
from run import article_path, contains_word  # noqa: E402
from pack.extract.people import entries  # noqa: E402
from pack.read import read_article  # noqa: E402

UNSEEN = ("held-out", "fresh-17")
HELD_OUT = {"en-charles-darwin", "en-elizabeth-i", "en-world-war-i", "en-volcano", "en-solar-system",
            "en-dutch-east-indies", "id-hatta", "id-revolusi-nasional", "id-sumpah-pemuda"}
CHECK = ("fresh-12", "fresh-13", "fresh-14")


def cell(info: dict, kind: str) -> str:
    n = info.get("sentences", 0)
    count = "1" if n <= 1 else "2" if n == 2 else "3+"
    lead = " lead" if info.get("lead") else ""
    return f"{'context' if kind == 'context' else kind} | {count}{lead}"


def judged_cells(sets, recorder) -> dict:
    counts = defaultdict(lambda: [0, 0])
    items = shapes.describe([i for s in sets for i in shapes.judged(shapes.VERDICTS / s)])
    for i in items:
        if i["status"] != "same":
            continue
        name = i["now"].split(" — ")[0]
        info = recorder.found.get(name, {})
        kind = "context" if i["now"].split(" — ", 1)[1].startswith(shapes.CONTEXT) else "role"
        counts[cell(info, kind)][0 if i["ok"] else 1] += 1
    return counts


def gold_cells(check: bool, shared: Path, recorder) -> dict:
    counts = defaultdict(lambda: [0, 0])       # printed, of them gold
    for path in sorted((ROOT / "quality" / "gold").glob("*.toml")):
        if path.stem in HELD_OUT:
            continue
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold["set"] in UNSEEN or (gold["set"] in CHECK) != check:
            continue
        source = article_path(gold, shared)
        if not source.exists():
            continue
        people = entries.extract_people(read_article(source))
        for p in people:
            names = " ".join((p.name, *p.variants))
            is_gold = any(contains_word(names, m) for g in gold.get("people", [])
                          for m in g.get("match", [g["name"]]))
            c = counts[cell(recorder.found.get(p.name, {}), p.role_kind)]
            c[0] += 1
            c[1] += is_gold
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data (the corpus articles)")
    args = parser.parse_args()
    recorder = shapes._Recorder()
    judged = judged_cells(shapes.CHECK_SETS if args.check else shapes.SETS, recorder)
    gold = gold_cells(args.check, Path(args.shared), recorder)
    print("| source | sentences | judged right | judged wrong | printed (gold articles) | gold people |")
    print("|---|---|---|---|---|---|")
    for key in sorted(set(judged) | set(gold)):
        j, g = judged.get(key, [0, 0]), gold.get(key, [0, 0])
        print(f"| {key} | {j[0]} | {j[1]} | {g[0]} | {g[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
