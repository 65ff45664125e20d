"""Everyday words in the glossary's first 30: a class, measured with a gate chosen leave-one-set-out.

Usage:
    python quality/glossary_everyday.py DATA.pickle [--check] [--show]

Stage: offline, never at build time. Input: `quality/rank_data.py`'s pickle
(every glossary group of every seen article in the hand-set order, with
`keep.MODEL_FEATURES`, must-have and blind labels). Output (printed):

1. How the readers' keep rate of the labelled one-word lowercase entries
   among the first 30 printed falls with the word's general-usage frequency
   (zipf) and whether the article defines it: the class's shape.
2. For the everyday gate `keep.everyday` (a one-word lowercase entry whose
   commonest form is at least as common as a threshold, not defined), each
   threshold's effect on the design sets: entries pushed below the first 30,
   kept / labelled among the first 30, kept among the first 15 labelled,
   must-haves among the first 30; then leave-one-set-out: for each design
   set, the threshold chosen on the other design sets, scored on it.
3. With `--check`: the same numbers, aggregate only, for the check sets
   (fresh-12, fresh-13, fresh-14), with the threshold chosen on the design
   sets. Nothing of a check set is printed item by item.

The design sets are the tuning articles, the extra ones and fresh .. fresh-11
(quality/SPLIT.md); the pickle holds no held-out article. The write-up is
quality/verdicts/glossary-everyday-r28.md.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from pack.extract.glossary import keep  # noqa: E402
from pack.extract.glossary.features import forms_zipf  # noqa: E402
from pack.text.language import language  # noqa: E402
from rank_data import Ranked  # noqa: E402,F401  (the pickle's class)

CHECK = ("fresh-12", "fresh-13", "fresh-14")    # this round's check sets: aggregate numbers only
TOP, FIRST = 30, 15
THRESHOLDS = (3.5, 3.75, 4.0, 4.25, 4.5, 5.0, 99.0)    # 99: no gate


_LOGITS: dict[int, float] = {}


def _logit(row: dict[str, float]) -> float:
    """The shipped model's log-odds of `row`, worked out once (every threshold asks again)."""
    if id(row) not in _LOGITS:
        _LOGITS[id(row)] = keep.keep_logit(row)
    return _LOGITS[id(row)]


def product_order(a, floor: float) -> list[int]:
    """The printed order: the shipped keep model's, with the gate `floor`."""
    window = a.rows[:int(keep.KEEP_WINDOW)]
    return keep.reorder(window, _logit, floor=floor) + list(range(len(window), len(a.rows)))


def score(articles, floor: float) -> dict[str, int]:
    """Counts over `articles` with the gate at `floor`, against no gate."""
    t = dict.fromkeys(("kept", "labelled", "first", "must30", "musts", "out", "out_keep", "out_drop",
                       "in", "in_keep", "in_drop"), 0)
    for a in articles:
        order, plain = product_order(a, floor)[:TOP], product_order(a, 99.0)[:TOP]
        head = [n for n in order if n in a.blind]
        t["kept"] += sum(a.blind[n] for n in head)
        t["labelled"] += len(head)
        t["first"] += sum(a.blind[n] for n in [n for n in product_order(a, floor) if n in a.blind][:FIRST])
        t["must30"] += sum(bool(set(order) & set(p)) for p in a.must)
        t["musts"] += len(a.must)
        for key, moved in (("out", set(plain) - set(order)), ("in", set(order) - set(plain))):
            t[key] += len(moved)
            t[key + "_keep"] += sum(a.blind.get(n) == 1 for n in moved)
            t[key + "_drop"] += sum(a.blind.get(n) == 0 for n in moved)
    return t


def line(name: str, t: dict[str, int]) -> str:
    return (f"| {name} | {t['kept']}/{t['labelled']} ({t['labelled'] - t['kept']} drops) | {t['first']} | "
            f"{t['must30']}/{t['musts']} | {t['out']} (keep {t['out_keep']}, drop {t['out_drop']}) | "
            f"{t['in']} (keep {t['in_keep']}, drop {t['in_drop']}) |")


HEADER = ("| | kept/labelled in first 30 | kept in first 15 labelled | must-haves in first 30 | "
          "left the first 30 | came in |\n|---|---|---|---|---|---|")


def gain(t: dict[str, int], base: dict[str, int]) -> tuple:
    """What a threshold is chosen by: drops gone from the first 30 less kept lost, then
    kept among the first 15, then must-haves kept."""
    return ((t["kept"] - base["kept"]) - 0.5 * ((t["labelled"] - t["kept"]) - (base["labelled"] - base["kept"])),
            t["first"] - base["first"], t["must30"] - base["must30"])


def choose(articles) -> float:
    base = score(articles, 99.0)
    return max(THRESHOLDS, key=lambda f: (gain(score(articles, f), base), f))


def shape(articles) -> None:
    """Keep rate of labelled one-word lowercase entries in the first 30, by the zipf of
    their commonest form (`features.forms_zipf`) and whether the article defines them."""
    bins = {}
    for a in articles:
        for n in product_order(a, 99.0)[:TOP]:
            r = a.rows[n]
            if n not in a.blind or not keep.one_lower_word(r):
                continue
            # (the glossary works `forms_zipf` out for undefined words only: here for every word)
            z = min(5.0, max(2.5, int(forms_zipf(a.terms[n], language(a.lang)) * 4) / 4))
            key = (z, "defined" if r["defined"] > 0 else "concept" if r["concept"] else "plain")
            k = bins.setdefault(key, [0, 0])
            k[0] += a.blind[n]
            k[1] += 1
    print("| zipf (rounded) | plain: kept/labelled | defined | concept ending |\n|---|---|---|---|")
    for z in sorted({z for z, _ in bins}):
        cells = [f"{bins.get((z, c), [0, 0])[0]}/{bins.get((z, c), [0, 0])[1]}" for c in ("plain", "defined", "concept")]
        print(f"| {z} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--check", action="store_true", help="also the check sets, aggregate only")
    parser.add_argument("--show", action="store_true", help="list the design sets' moved items")
    args = parser.parse_args()
    data = pickle.loads(args.data.read_bytes())
    design = [a for a in data if a.set not in CHECK]
    sets = sorted({a.set for a in design})
    print(f"design: {len(design)} articles of {len(sets)} sets\n")
    shape(design)
    print("\nthresholds on all design sets:\n" + HEADER)
    for f in THRESHOLDS:
        print(line(f"zipf >= {f}", score(design, f)))
    print("\nleave-one-set-out (threshold chosen on the other design sets):\n" + HEADER.replace("| |", "| set (threshold) |"))
    total_new, total_old = {}, {}
    for test in sets:
        chosen = choose([a for a in design if a.set != test])
        held = [a for a in design if a.set == test]
        new, old = score(held, chosen), score(held, 99.0)
        print(line(f"{test} ({chosen})", new) + f" was {old['kept']}/{old['labelled']}, {old['first']}, {old['must30']}")
        for total, t in ((total_new, new), (total_old, old)):
            for k, v in t.items():
                total[k] = total.get(k, 0) + v
    print(line("pooled", total_new) + f" was {total_old['kept']}/{total_old['labelled']}, {total_old['first']}, "
                                      f"{total_old['must30']}")
    shipped = choose(design)
    print(f"\nchosen on all design sets: zipf >= {shipped} (shipped: {keep.EVERYDAY_ZIPF})")
    if args.show:
        for a in design:
            order, plain = product_order(a, keep.EVERYDAY_ZIPF)[:TOP], product_order(a, 99.0)[:TOP]
            label = lambda n: {1: "keep", 0: "drop"}.get(a.blind.get(n), "-")   # noqa: E731
            out = [f"{a.terms[n]} ({label(n)})" for n in plain if n not in order]
            came = [f"{a.terms[n]} ({label(n)})" for n in order if n not in plain]
            if out or came:
                print(f"  {a.set} {a.name}: out {', '.join(out) or '-'}; in {', '.join(came) or '-'}")
    if args.check:
        check = [a for a in data if a.set in CHECK]
        print(f"\ncheck sets ({len(check)} articles), aggregate, gate at {keep.EVERYDAY_ZIPF}:\n" + HEADER)
        print(line("no gate", score(check, 99.0)))
        print(line("gate", score(check, keep.EVERYDAY_ZIPF)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
