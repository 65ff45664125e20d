"""How far a second reader's lists cover the first reader's gold (issue 13's human ceiling).

Usage:
    python quality/gold2_agree.py [--pairs]

For every file in `quality/gold2/` (a second reader's lists, same format as
`quality/gold/FORMAT.md`, written before reading `quality/gold/`) the first
reader's `quality/gold/<same name>.toml` is read and the two are matched
part by part:

- glossary and people: two items are the same when a spelling of one is a
  spelling of the other (the benchmark's own folding: case, dashes, English
  plurals - `quality/run.py`'s `forms`);
- events: same date and a match word in common.

Matching by spelling misses fair pairs ("Ultra intelligence" / "Ultra") and
can join unfair ones, so every pair is checked by hand: the judgements in
`quality/gold2/judgements.toml` add pairs the spelling rule misses
(`same`) and remove pairs it wrongly makes (`not_same`), each as
[first reader's headword, second reader's headword] under
[<article>.<part>]. `--pairs` prints every pair and its source for that check, and the items
only one reader listed.

Printed per article and part: share of the first reader's items found in
the second reader's whole list, in the second reader's first K items
(K = 30 glossary terms, 20 events), and the reverse (the second reader's
first 30 terms, 20 people, 20 events found in the first reader's list).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

from run import fold, forms  # noqa: E402

GOLD, GOLD2 = ROOT / "quality" / "gold", ROOT / "quality" / "gold2"
# The second reader's first K items: compared both ways for the glossary (a
# teacher hands out the first 30) and events (reader 1 lists 20); for people
# only the reverse way (reader 1 lists up to 25, so the whole list is the
# same length).
FIRST = {"glossary": 30, "people": 20, "events": 20}
FORWARD = ("glossary", "events")


def items(gold: dict, part: str) -> list[tuple[str, list[str]]]:
    """(headword, spellings or match words) of one part, in list order."""
    if part == "glossary":
        return [(s[0], list(s)) for s in gold.get("glossary", {}).get("must", [])]
    if part == "people":
        return [(p["name"], [p["name"], *p.get("match", [])]) for p in gold.get("people", [])]
    return [(f"{e['date']} {e['what']}", [str(e["date"]), *e.get("match", [])]) for e in gold.get("events", [])]


def spelled_alike(part: str, a: list[str], b: list[str]) -> bool:
    """The spelling rule: shared folded form; events also need the same date."""
    if part == "events":
        if a[0] != b[0]:
            return False
        a, b = a[1:], b[1:]
    have = set().union(*(forms(s) for s in b))
    return any(forms(s) & have for s in a)


def pairs(part: str, one: list, two: list, judged: dict) -> list[tuple[str, str, str]]:
    """(reader 1 headword, reader 2 headword, "spelling" | "hand") for every match."""
    refused = {(fold(a), fold(b)) for a, b in judged.get("not_same", [])}
    found = [(h1, h2, "spelling") for h1, s1 in one for h2, s2 in two
             if spelled_alike(part, s1, s2) and (fold(h1), fold(h2)) not in refused]
    heads1, heads2 = {fold(h) for h, _ in one}, {fold(h) for h, _ in two}
    for a, b in judged.get("same", []):
        if fold(a) not in heads1 or fold(b) not in heads2:
            raise ValueError(f"{part}: judgement names no item: {a!r} / {b!r}")
        found.append((a, b, "hand"))
    return found


def share(names: list[str], matched: set[str]) -> tuple[int, int]:
    return sum(fold(n) in matched for n in names), len(names)


def cell(counts: tuple[int, int] | None) -> str:
    if not counts or not counts[1]:
        return "–"
    return f"{counts[0]}/{counts[1]} ({100 * counts[0] / counts[1]:.0f}%)"


def compare(name: str) -> tuple[list[tuple], list[str]]:
    """(part, item counts, three shares) per part, and the pair lines, for one article."""
    one = tomllib.loads((GOLD / f"{name}.toml").read_text(encoding="utf-8"))
    two = tomllib.loads((GOLD2 / f"{name}.toml").read_text(encoding="utf-8"))
    judgements = GOLD2 / "judgements.toml"
    judged = tomllib.loads(judgements.read_text(encoding="utf-8")) if judgements.exists() else {}
    rows, lines = [], []
    for part, k in FIRST.items():
        i1, i2 = items(one, part), items(two, part)
        found = pairs(part, i1, i2, judged.get(name, {}).get(part, {}))
        lines += [f"{name} {part}: {a}  =  {b}  ({how})" for a, b, how in found]
        heads1, heads2 = [h for h, _ in i1], [h for h, _ in i2]
        r1_in_all = {fold(a) for a, b, _ in found}
        lines += [f"{name} {part}: reader 1 only: {h}" for h in heads1 if fold(h) not in r1_in_all]
        lines += [f"{name} {part}: reader 2 only (#{n}): {h}" for n, h in enumerate(heads2, 1)
                  if fold(h) not in {fold(b) for _, b, _ in found}]
        top2 = {fold(h) for h in heads2[:k]}
        r1_in_top = {fold(a) for a, b, _ in found if fold(b) in top2}
        r2_in_r1 = {fold(b) for a, b, _ in found}
        forward = share(heads1, r1_in_top) if part in FORWARD else None
        rows.append((part, (len(heads1), len(heads2)),
                     (share(heads1, r1_in_all), forward, share(heads2[:k], r2_in_r1))))
    return rows, lines


def add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if b is None:
        return a
    return (a[0] + b[0], a[1] + b[1]) if a else b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true",
                        help="print every matched pair, its source, and the items only one reader listed")
    args = parser.parse_args()
    print("| article | part | items (reader 1 / reader 2) | reader 1 in reader 2's whole list | "
          "reader 1 in reader 2's first K | reader 2's first K in reader 1 |")
    print("|---|---|---|---|---|---|")
    every, totals = [], {}
    for path in sorted(GOLD2.glob("*.toml")):
        if path.stem == "judgements":
            continue
        rows, lines = compare(path.stem)
        for part, (n1, n2), shares in rows:
            print(f"| {path.stem} | {part} | {n1} / {n2} | " + " | ".join(cell(c) for c in shares) + " |")
            totals[part] = [add(t, c) for t, c in zip(totals.get(part, [None] * 3), shares)]
        every += lines
    for part, shares in totals.items():
        print(f"| **all** | {part} | | " + " | ".join(cell(c) for c in shares) + " |")
    if args.pairs:
        print("\n".join(every))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
