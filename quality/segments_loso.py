"""Quality: chapter-making settings chosen leave-one-set-out over the seen sets.

Run: `python quality/segments_loso.py --grid NAME=V1,V2,... [NAME=...]
[--test SET ...] [--samples DIR] [--corpus DIR]`. Deterministic: no
randomness, no clock. Prints Markdown tables; writes nothing.

The question every chapter-making round asks: does a setting help on
text it was not chosen on? The seen articles with headings come in sets
(tuning: the samples and corpus articles quality/SPLIT.md does not hold
out; extra: `quality/extra`; the fresh sets of
`segmentation.FRESH_SETS`). Each setting of the grid (every combination
of the NAME=values given; NAME a module constant of
`pack.read.segment.boundaries` or `pack.read.segment.cohesion`, read when
chapters are made, e.g. `PER_FIELD`, `FIELD_LEAST`, `SMALLEST_WORDS`,
`GAP_BONUS`) makes chapters for every article, scored as
quality/segmentation.py scores them (Pk, WindowDiff, recall within ±1
paragraph). Then each set is scored with the setting that did best on
all the other sets (objective: mean recall minus mean Pk minus mean
WindowDiff over their articles), so no set's number was chosen on it.
A set named by `--test` is never chosen on: it is scored with the setting
chosen on all the others. Held-out articles (quality/SPLIT.md) and sets
outside FRESH_SETS are never read.

Round 24 (quality/segmentation.md): `--grid FIELD_LEAST=3,4,5
PER_FIELD=1.0,1.25,1.5,1.75,2.0 --test fresh8` chose the fields rule.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from pack.read.segment import boundaries, chapter_starts, cohesion  # noqa: E402
from segmentation import (FRESH_SETS, folder_options, has_headings, labels_of, pk, real_chapters,  # noqa: E402
                          recall, split_sets, windowdiff)

MODULES = (boundaries, cohesion)


def parse_grid(items: list[str]) -> list[dict[str, float]]:
    """["A=1,2", "B=3"] -> [{A: 1, B: 3}, {A: 2, B: 3}]; a clear message for a bad item."""
    axes = []
    for item in items:
        name, _, values = item.partition("=")
        if not values or not any(hasattr(module, name) for module in MODULES):
            sys.exit(f"Error: --grid {item!r}: expected NAME=V1,V2 with NAME a constant of "
                     "pack/read/segment/boundaries.py or cohesion.py")
        try:
            axes.append([(name, float(v)) for v in values.split(",")])
        except ValueError:
            sys.exit(f"Error: --grid {item!r}: the values must be numbers")
    return [dict(choice) for choice in itertools.product(*axes)]


def seen_sets(samples: Path, corpus: Path) -> dict[str, list[Path]]:
    """Set name -> its articles with headings (never a held-out one)."""
    held = split_sets(ROOT / "quality" / "SPLIT.md")
    sets = {"tuning": [p for folder in (samples, corpus) for p in sorted(folder.glob("*.txt"))
                       if held.get(p.stem) is False and has_headings(p)],
            "extra": [p for p in sorted((ROOT / "quality" / "extra").glob("*.txt")) if has_headings(p)]}
    for name in FRESH_SETS:
        sets[name] = [p for p in sorted((ROOT / "quality" / name).glob("*.txt")) if has_headings(p)]
    return {name: paths for name, paths in sets.items() if paths}


def scores(texts: list[str], true: list[int], lang: str) -> tuple[float, float, float]:
    """Pk, WindowDiff and recall ±1 of the chapters made today."""
    n, made = len(texts), chapter_starts(texts, lang)
    k = max(1, round(n / (len(true) + 1) / 2))
    ref, hyp = labels_of(true, n), labels_of(made, n)
    return pk(ref, hyp, k), windowdiff(ref, hyp, k), recall(true, made)


def with_setting(setting: dict[str, float], articles: list[tuple]) -> list[tuple[float, float, float]]:
    """Every article's scores with the module constants set as `setting` (restored after)."""
    saved = []
    for name, value in setting.items():
        module = next(m for m in MODULES if hasattr(m, name))
        old = getattr(module, name)
        saved.append((module, name, old))
        setattr(module, name, type(old)(value))
    try:
        return [scores(*article) for article in articles]
    finally:
        for module, name, old in saved:
            setattr(module, name, old)


def mean(rows: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(sum(column) / len(rows) for column in zip(*rows))


def objective(rows: list[tuple[float, float, float]]) -> float:
    pk_, wd, found = mean(rows)
    return found - pk_ - wd


def left_out(results: list[dict[str, list[tuple]]], test: set[str]) -> dict[str, tuple[int, list[tuple]]]:
    """Set -> (index of the setting chosen without it, its scores under that
    setting). `results[i][set]`: the set's article scores under setting i.
    A set in `test` is chosen on by no other set's choice."""
    names = list(results[0])
    chosen = {}
    for name in names:
        others = [other for other in names if other != name and other not in test]
        best = max(range(len(results)),
                   key=lambda i: objective([row for other in others for row in results[i][other]]))
        chosen[name] = (best, results[best][name])
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    folder_options(parser)
    parser.add_argument("--grid", nargs="+", required=True, metavar="NAME=V1,V2",
                        help="module constants of pack/read/segment/boundaries.py or cohesion.py and their values")
    parser.add_argument("--test", nargs="*", default=[], metavar="SET",
                        help="sets never chosen on (scored with the setting chosen on all the others)")
    args = parser.parse_args()
    grid = [{}] + parse_grid(args.grid)          # today's setting first
    sets = seen_sets(args.samples, args.corpus)
    unknown = sorted(set(args.test) - set(sets))
    if unknown:
        sys.exit(f"Error: --test: no set named {', '.join(unknown)} (sets: {', '.join(sets)})")
    articles = {name: [real_chapters(p) for p in paths] for name, paths in sets.items()}
    results = [{name: with_setting(setting, rows) for name, rows in articles.items()} for setting in grid]
    label = [", ".join(f"{k}={v:g}" for k, v in s.items()) or "today" for s in grid]
    print("| setting | " + " | ".join(sets) + " |\n|---|" + "---|" * len(sets))
    for i, result in enumerate(results):
        print(f"| {label[i]} | " + " | ".join(_cell(mean(result[name])) for name in sets) + " |")
    print("\n| set | articles | chosen without it | today Pk / WD / recall | chosen Pk / WD / recall |\n|---|---:|---|---|---|")
    for name, (best, rows) in left_out(results, set(args.test)).items():
        print(f"| {name} | {len(rows)} | {label[best]} | {_cell(mean(results[0][name]))} | {_cell(mean(rows))} |")


def _cell(means: tuple[float, ...]) -> str:
    return f"{means[0]:.3f} / {means[1]:.3f} / {means[2]:.1%}"


if __name__ == "__main__":
    main()
