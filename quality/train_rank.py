"""Learn the glossary's ranking from must-have gold and blind keep/drop labels, and test it leave-one-set-out.

Usage:
    python quality/train_rank.py DATA.pickle [--blend 0 --rounds 150 --blind-weight 2 --must-weight 1]
    python quality/train_rank.py DATA.pickle --write     # fit on every seen set, write the model
    python quality/train_rank.py DATA.pickle --without fresh-12 fresh-13   # do those sets' labels help?
    python quality/train_rank.py DATA.pickle --leave-out fresh-12 fresh-13 fresh-14 --shipped [--old-rows OLD.pickle]
    python quality/train_rank.py DATA.pickle --leave-out fresh-12 fresh-13 fresh-14 --write

Stage: offline, never at build time. Input: `quality/rank_data.py`'s pickle
(every glossary group of every seen article in the hand-set order, its
numbers, must-have and blind labels). Each seen set (tuning, extra, fresh ..
fresh-11) is held aside in turn and the model is fitted on the others: one
row per group labelled 1 when it spells a must-have term, plus one row per
blind-judged group labelled by the readers' keep, weighted `--blind-weight`
(both among the first 60 of the hand-set order). The model (`pack.boost`,
depth-2 trees) reorders the first 60 as the glossary does (`keep.reorder`:
the same 60 printed; its log-odds minus `--blend` x log(1 + place)). Beside
it, on the same folds: the linear model of quality/train_keep.py refitted,
round 23's linear weights (both with their blend 2.0) and the hand-set order.
Per fold and pooled, by language: kept / labelled among the first 30
printed, kept among the first 15 labelled, the mean within-article AUC of
the blind labels, the must-haves among the first 30 (and at 60, which the
reorder never changes). With `--without SETS` the columns are instead: the
boosted model, the same fitted on each fold less SETS (what those sets'
labels add), the shipped trees as they are (in-sample on the sets they
were fitted on) and the hand-set order; with `--shipped`: the boosted model,
the shipped trees and the hand-set order, each cell also counting the people
and places the gold names among the first 30 (`quality/run.py`'s
`people_or_places`); with `--old-rows OLD.pickle` (rank_data.py's pickle
made by the code the shipped trees were fitted on) a column more: the
shipped trees' procedure fitted on the old rows of each fold's training
sets, tested on today's rows (the shipped model's own leave-one-set-out,
beside which the refit's is fair). `--leave-out SETS` drops those sets before anything
(folds and `--write`): sets kept aside to check a refit on, never fitted on.
The write-ups are
quality/verdicts/glossary-model-r26.md and glossary-r27.md.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from pack import boost  # noqa: E402
from pack.extract.glossary.keep import MODEL_FEATURES, MODEL_FILE, load as keep_model  # noqa: E402
import train_keep  # noqa: E402  (the shipped kind of model, for the comparison)
import run as bench  # noqa: E402  (quality/run.py: people and places among the first 30)
from rank_data import Ranked, seen_golds  # noqa: E402,F401  (the pickle's class)

SIZE = 60            # the glossary's entries (pack.config.Settings.glossary_entries)
TOP = 30             # the first entries the blind readers judge
LINEAR_BLEND = 2.0   # the blend round 23's linear model shipped with
FIRST = 15           # the ranking among the judged: kept among the first this many labelled
EXTRA = ("first", "early_share", "sentences", "inside")


def inside(terms: list[str]) -> list[float]:
    """1.0 for a term whose words are a run of a longer group's term ("dioxide" of "carbon dioxide")."""
    words = [t.casefold().split() for t in terms]
    longer = {}
    for w in words:
        for size in range(1, len(w)):
            for start in range(len(w) - size + 1):
                longer[tuple(w[start:start + size])] = 1.0
    return [longer.get(tuple(w), 0.0) for w in words]


def matrix(a, names) -> np.ndarray:
    extra = {"inside": inside(a.terms)}
    return np.array([[extra[f][n] if f in extra else row[f] for f in names] for n, row in enumerate(a.rows)])


def must_labels(a) -> np.ndarray:
    y = np.zeros(len(a.rows))
    for places in a.must:
        y[places] = 1.0
    return y


def training_rows(articles, names, blind_weight: float, window: int, must_weight: float = 1.0):
    """One row per group of the first `window` of each article, labelled by the gold's
    must-haves (weight `must_weight`), and one per blind-judged group among them,
    labelled by the readers' keep (weight `blind_weight`)."""
    xs, ys, ws = [], [], []
    for a in articles:
        x = matrix(a, names)[:window]
        if must_weight:
            xs.append(x)
            ys.append(must_labels(a)[:window])
            ws.append(np.full(len(x), must_weight))
        judged = [n for n in a.blind if n < window]
        if judged and blind_weight:
            xs.append(x[judged])
            ys.append(np.array([a.blind[n] for n in judged], float))
            ws.append(np.full(len(judged), blind_weight))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def measure(a, order: list[int], value, gold: dict | None = None) -> dict[str, float]:
    """Must-have recall at `SIZE`, kept / labelled among the first `TOP` printed,
    kept among the first `FIRST` labelled, and the AUC of `value` (group -> score)
    over the blind labels of the first `SIZE` groups of the hand-set order; with
    the article's `gold`, the people and places it names among the first `TOP`."""
    shown = set(order[:SIZE])
    head = [n for n in order[:TOP] if n in a.blind]
    first = [n for n in order if n in a.blind][:FIRST]
    judged = [n for n in a.blind if n < SIZE]
    counts = {"must": sum(bool(shown & set(p)) for p in a.must), "musts": len(a.must),
              "must30": sum(bool(set(order[:TOP]) & set(p)) for p in a.must),
              "reachable": sum(bool(p) for p in a.must),
              "kept": sum(a.blind[n] for n in head), "labelled": len(head),
              "first": sum(a.blind[n] for n in first), "firsts": len(first),
              "auc": train_keep.auc([value(n) for n in judged], [a.blind[n] for n in judged])}
    if gold:
        first_entries = [SimpleNamespace(term=a.terms[n]) for n in order[:TOP]]
        counts["pp"] = len(bench.people_or_places(gold, first_entries))
    return counts


def boosted(train, names, args):
    """group scorer of the boosted model fitted on `train`: (article) -> list of log-odds."""
    x, y, w = training_rows(train, names, args.blind_weight, SIZE, args.must_weight)
    base, trees = boost.fit(x, y, w, rounds=args.rounds, rate=args.rate, least=args.least)
    return lambda a: [boost.score(trees, list(r), base) for r in matrix(a, names)]


def linear(train, names, args):
    """The shipped kind of model refitted on `train`: the logistic regression of
    quality/train_keep.py on the blind labels only, over `keep.MODEL_FEATURES`."""
    rows = [(a.rows[n], k) for a in train for n, k in a.blind.items() if n < SIZE]
    x = np.array([[r[f] for f in MODEL_FEATURES] for r, _ in rows])
    model = train_keep.fit(x, np.array([k for _, k in rows], float), train_keep.L2)
    return lambda a: list(train_keep.logits(model, np.array([[r[f] for f in MODEL_FEATURES] for r in a.rows])))


def shipped(train, names, args):
    """The trees shipped in `keep.MODEL_FILE` as they are (in-sample on the sets they were fitted on)."""
    base, trees = keep_model()
    return lambda a: [boost.score(trees, [r[f] for f in MODEL_FEATURES], base) for r in a.rows]


def without(train, names, args):
    """The boosted model fitted on `train` less the sets of `--without` (what the
    folds gain from those sets' labels)."""
    return boosted([a for a in train if a.set not in args.without], names, args)


def old_rows(train, names, args):
    """The boosted model fitted on `--old-rows`' rows of the sets in `train`."""
    sets = {a.set for a in train}
    return boosted([a for a in args.old if a.set in sets], names, args)


def round23(train, names, args):
    """Round 23's linear weights (quality/glossary_keep_linear.toml, fitted on fresh .. fresh-7)."""
    bias, weights = train_keep.linear_weights()
    return lambda a: [bias + sum(w * r[f] for w, f in zip(weights, MODEL_FEATURES)) for r in a.rows]


def placed(logits, blend: float, size: int) -> tuple[list[int], callable]:
    """The order `keep.reorder` gives (first `SIZE` reordered by log-odds minus
    `blend` x log(1 + place)) and the score it sorts by."""
    value = lambda n: logits[n] - blend * math.log(1 + n)     # noqa: E731
    window = min(SIZE, size)
    return sorted(range(window), key=lambda n: (-value(n), n)) + list(range(window, size)), value


def add(total: dict, m: dict) -> None:
    for k, v in m.items():
        if k == "auc":
            total.setdefault("aucs", []).append(v)
        else:
            total[k] = total.get(k, 0) + v


def cell(t: dict) -> str:
    aucs = [v for v in t.get("aucs", []) if not math.isnan(v)]
    return (f"{t['kept']}/{t['labelled']} ({100 * t['kept'] / max(1, t['labelled']):.0f}%)"
            f" \\| {t['first']}/{t['firsts']} ({100 * t['first'] / max(1, t['firsts']):.0f}%)"
            f" \\| {np.mean(aucs) if aucs else float('nan'):.2f} \\| {t['must30']}"
            + (f" \\| {t['pp']}" if "pp" in t else ""))


def folds(data, names, args) -> None:
    methods = (("boosted", boosted, args.blend), ("linear refit", linear, LINEAR_BLEND),
               ("round 23 linear", round23, LINEAR_BLEND), ("hand-set", None, 0.0))
    if args.without:
        methods = (methods[0], (f"boosted without {', '.join(args.without)}", without, args.blend),
                   ("shipped", shipped, args.blend), methods[-1])
    golds = {}
    if args.shipped:
        methods = (methods[0], ("shipped", shipped, args.blend), methods[-1])
        if args.old_rows:
            args.old = pickle.loads(args.old_rows.read_bytes())
            methods = methods[:2] + (("shipped fitted on old rows", old_rows, args.blend),) + methods[2:]
        golds = {(s, name): gold for s, name, gold, _ in seen_golds(args.shared)}
    sets = sorted({a.set for a in data}, key=lambda s: (s != "tuning", s != "extra", len(s), s))
    pooled: dict = {}
    print(f"each cell: kept/labelled among the first {TOP} printed | kept among the first {FIRST} labelled "
          f"| mean AUC in the first {SIZE} | must-haves among the first {TOP}"
          + (f" | people or places among the first {TOP}" if golds else ""))
    print("| set | articles | must@60 (hand-set) | " + " | ".join(m for m, _, _ in methods) + " |")
    print("|---" * (3 + len(methods)) + "|")
    for test in sets:
        train = [a for a in data if a.set != test]
        scorers = {label: make(train, names, args) if make else (lambda a: [0.0] * len(a.rows))
                   for label, make, _ in methods}
        row = {}
        for a in (a for a in data if a.set == test):
            for label, _, blend in methods:
                order, value = placed(scorers[label](a), blend if label != "hand-set" else 1.0, len(a.rows))
                m = measure(a, order, value, golds.get((a.set, a.name)))
                for key in ((label, "all"), (label, a.lang)):
                    add(row.setdefault(key, {}), m)
                    add(pooled.setdefault(key, {}), m)
        h = row[("hand-set", "all")]
        print(f"| {test} | {sum(a.set == test for a in data)} | {h['must']}/{h['musts']} | "
              + " | ".join(cell(row[(label, 'all')]) for label, _, _ in methods) + " |")
    for lang in ("all", "en", "id"):
        h = pooled[("hand-set", lang)]
        print(f"| pooled {lang} | | {h['must']}/{h['musts']} | "
              + " | ".join(cell(pooled[(label, lang)]) for label, _, _ in methods) + " |")


def tree_text(node) -> str:
    """One tree as a TOML array: [feature, threshold, left, right], a leaf a number."""
    if not isinstance(node, list):
        return f"{node:.6g}"
    feature, threshold, left, right = node
    return f"[{feature}, {threshold!r}, {tree_text(left)}, {tree_text(right)}]"


def write(data, names, args, path: Path = MODEL_FILE) -> None:
    """Fit the boosted model on every seen article and write it to `path` (TOML)."""
    x, y, w = training_rows(data, names, args.blind_weight, SIZE, args.must_weight)
    base, trees = boost.fit(x, y, w, rounds=args.rounds, rate=args.rate, least=args.least)
    sets = sorted({a.set for a in data}, key=lambda s: (s != "tuning", s != "extra", len(s), s))
    lines = ["# The glossary's keep model (pack/extract/glossary/keep.py): boosted depth-2 trees",
             "# (pack.boost) over `features` (keep.MODEL_FEATURES, in this order); an entry's log-odds",
             "# that a teacher keeps it is `base` plus one leaf of every tree, a tree being",
             "# [feature number, threshold, subtree if the feature <= threshold, subtree if above].",
             "# Written by `python quality/train_rank.py DATA --write` (do not edit by hand); retrain",
             "# with it after a change of the features, the gates or the hand-set order.",
             *textwrap.wrap(f"Learned from {len(data)} seen articles ({', '.join(sets)}): every group of the "
                            f"first {SIZE} of each, labelled by the gold's must-have terms "
                            f"({int(y[w == args.must_weight].sum())} of {int((w == args.must_weight).sum())}), and "
                            f"{int((w == args.blind_weight).sum())} blind keep/drop labels weighted "
                            f"{args.blind_weight:g};", 92, initial_indent="# ", subsequent_indent="# "),
             f"# {args.rounds} rounds, rate {args.rate:g}, least {args.least:g}. Tested leave-one-set-out:",
             "# quality/verdicts/glossary-model-r26.md.",
             f"features = [{', '.join(repr(n) for n in names)}]".replace("'", '"'),
             f"base = {base!r}",
             "trees = [",
             *(f"    {tree_text(t)}," for t in trees),
             "]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path.name}: {len(trees)} trees")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--blend", type=float, default=0.0)   # the product: no blend (keep.py)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--least", type=float, default=5.0)
    parser.add_argument("--blind-weight", type=float, default=2.0)
    parser.add_argument("--must-weight", type=float, default=1.0)
    parser.add_argument("--features", choices=("model", "extra"), default="model")
    parser.add_argument("--without", nargs="*", default=(),
                        help="compare with the model fitted without these sets (and the shipped one)")
    parser.add_argument("--shipped", action="store_true",
                        help="compare with the shipped trees, people and places in the first 30 too")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared data (the gold's article paths), for --shipped")
    parser.add_argument("--old-rows", type=Path, help="with --shipped: rank_data's pickle of the shipped trees' code")
    parser.add_argument("--leave-out", nargs="*", default=(),
                        help="sets dropped before anything: neither fitted on nor tested")
    parser.add_argument("--write", action="store_true", help="fit on every seen set and write the model")
    args = parser.parse_args()
    data = [a for a in pickle.loads(args.data.read_bytes()) if a.set not in args.leave_out]
    names = MODEL_FEATURES + (EXTRA if args.features == "extra" else ())
    if args.write:
        write(data, list(names), args)
        return 0
    folds(data, list(names), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
