"""Learn "worth keeping" for the glossary from teachers' blind keep/drop verdicts, and test it.

Usage:
    python quality/train_keep.py [--l2 1.0] [--k 10 15] [--features base|extra|all]
    python quality/train_keep.py --dump      # every labelled item with its features and rank
    python quality/train_keep.py --compare --k 15 30   # each set held aside: refit against the shipped model

Stage: offline, never at build time. Inputs: the judged glossary sheets of
the blind readings of the fresh sets that count as seen for the glossary
(quality/SPLIT.md; `seen_verdicts.readings("glossary")`, fresh to fresh-9 in
round 24) (`SETS`: `judged-gl1.md`,
`judged-gl2.md` and `key.json`: item number -> article).
Each sheet item is "N. term - (kind) text" followed by "verdict: keep|drop
right|wrong|none - reason" (all three kept on the item). The item is matched by its term (case-folded, or one of the entry's
variants) to the glossary group today's extractor finds in the article
(`entries.hand_ranked`, every group past the gates in the hand-set order,
before the keep model reorders it); an item no group
spells is counted and left out.

Features: `features.FEATURES` as the glossary computes them, plus a few
cheap ones that might tell a concept from a name, a fragment or an everyday
word (`EXTRA`): the general-usage frequency (zipf) of the term's rarest and
commonest word, how often the text writes the term with a capital off a
sentence start, how often one of its uses stands next to another capitalised
word (part of a longer name), how often its head word is written in lower
case in the whole text, its number of words, and today's score (log) and
tier. A logistic regression (`pack.logistic`, L2 on standardised features)
is fitted on all sets but one and tested on that one, each way:
AUC of the model's logit and of today's order (its rank inside the article,
pooled), and the keep-rate of the top k labelled items of each test article
by the model and by today's order (`--blend`: by the model's order and
today's added, each standardised within its article). The write-ups are
quality/verdicts/glossary-keep-model-r20.md (three sets: no model) and
glossary-keep-r23.md (seven sets, `quality/glossary_keep.py`: the model
reorders the first 60). `--write` fits the model on every set over
`keep.MODEL_FEATURES` and writes quality/glossary_keep_linear.toml (the
glossary ships round 26's boosted trees instead: quality/train_rank.py). `--compare`
replays, set by set, the model fitted on the other sets and the shipped
weights through the glossary's own reorder (`keep.reorder`: the first 60
only) on every entry of each article: kept among the first k printed entries
and among the first k labelled ones (round 24: glossary-keep-r23.md).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))   # seen_verdicts, beside this file, when loaded by a test

from pack import logistic  # noqa: E402
from pack.extract.glossary.entries import hand_ranked  # noqa: E402
from pack.extract.glossary.features import FEATURES, USAGE  # noqa: E402
from pack.extract.glossary.keep import MODEL_FEATURES, reorder  # noqa: E402
from pack.read import read_article  # noqa: E402
from seen_verdicts import readings, set_label  # noqa: E402  (quality/, beside this file)

L2 = 1.0
# Round 23's linear keep model, which the glossary shipped until round 26's boosted trees
# (quality/train_rank.py) replaced it: kept as the baseline they are compared with.
LINEAR_FILE = ROOT / "quality" / "glossary_keep_linear.toml"
VERDICTS = ROOT / "quality" / "verdicts"
# (set name, folder of the judged sheets and key, folder of the articles): the seen readings
SETS = tuple((set_label(fresh), folder, ROOT / "quality" / fresh) for folder, fresh in readings("glossary"))
GATE_SHARE = 0.3     # the gate drops the items below this share of the training items' logits
EXTRA = USAGE + ("log_score", "tier", "log_rank")
# The few features the readers' reasons point at (names, fragments, everyday words), with today's rank.
SMALL = ("name", "one_word_name", "institution", "familiar", "zipf_min", "cap_share", "run_share", "log_rank")
ITEM = re.compile(r"^(\d+)\.\s+(.+?)\s+—\s+\((\w[\w-]*)\)")
# "verdict: drop wrong — reason" (also ": reason" or "(reason)"): keep/drop, then the printed text's verdict
VERDICT = re.compile(r"^\s*verdict:\s*(keep|drop)\b\s*(right|wrong|none)?\W*(.*)$", re.I)


@dataclass
class Item:
    """One labelled glossary item, with its group's features once matched."""
    set: str
    article: str
    term: str
    keep: int
    rank: int | None = None          # place in the article's hand-set order (0: first)
    features: dict[str, float] | None = None
    text: str = ""                   # the reader's verdict on the printed text: right, wrong or none
    shown: str = ""                  # what was printed after the term: definition or context
    reason: str = ""                 # the reader's words after the verdict


def labels(folder: Path, name: str) -> list[Item]:
    """The keep/drop verdicts of the judged glossary sheets in `folder`."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    items, pending = [], None
    for sheet in sorted(folder.glob("judged-gl*.md")):
        for line in sheet.read_text(encoding="utf-8").splitlines():
            if m := ITEM.match(line):
                pending = m.group(1), m.group(2), m.group(3)
            elif (v := VERDICT.match(line)) and pending:
                number, term, shown = pending
                if key[number]["part"] == "glossary":
                    items.append(Item(name, key[number]["article"], term, int(v.group(1).lower() == "keep"),
                                      text=(v.group(2) or "").lower(), shown=shown, reason=v.group(3).strip(" )")))
                pending = None
    return items


def spelled(text: str) -> str:
    return " ".join(text.casefold().split())


def match(items: list[Item], folder: Path) -> None:
    """Give each item its group's features and its place in the hand-set order
    (`entries.hand_ranked`, before the keep model reorders it; articles read once)."""
    for name in sorted({i.article for i in items}):
        groups = {}
        for place, (entry, row) in enumerate(hand_ranked(read_article(folder / f"{name}.txt"))):
            for form in (entry.term, *entry.variants):
                groups.setdefault(spelled(form), (place, row))
        for item in (i for i in items if i.article == name):
            found = groups.get(spelled(item.term))
            if found is not None:
                item.rank, item.features = found


def fit(rows: np.ndarray, y: np.ndarray, l2: float):
    """Means, scales and weights (bias first) of the standardised logistic model."""
    means, scales = rows.mean(axis=0), rows.std(axis=0)
    scales[scales == 0] = 1.0
    x = np.hstack([np.ones((len(rows), 1)), (rows - means) / scales])
    beta = logistic.fit(x, y, np.asarray([0.0] + [l2] * rows.shape[1]))
    return means, scales, beta


def fit_pairs(items: list[Item], names: tuple[str, ...], l2: float):
    """A model of which of two items of one article the readers kept: a
    logistic regression on the differences of their standardised features,
    one row per (kept, dropped) pair in each order; no bias."""
    rows = np.array([[i.features[f] for f in names] for i in items])
    means, scales = rows.mean(axis=0), rows.std(axis=0)
    scales[scales == 0] = 1.0
    z = {id(i): (r - means) / scales for i, r in zip(items, rows)}
    diffs = []
    for name in sorted({i.article for i in items}):
        mine = [i for i in items if i.article == name]
        diffs += [z[id(k)] - z[id(d)] for k in mine if k.keep for d in mine if not d.keep]
    x = np.vstack([np.array(diffs), -np.array(diffs)])
    y = np.concatenate([np.ones(len(diffs)), np.zeros(len(diffs))])
    w = logistic.fit(x, y, np.full(x.shape[1], l2 * len(diffs) / len(items)))
    return means, scales, np.concatenate([[0.0], w])


def logits(model, rows: np.ndarray) -> np.ndarray:
    means, scales, beta = model
    return beta[0] + ((rows - means) / scales) @ beta[1:]


def auc(scores, y) -> float:
    """The chance that a kept item scores above a dropped one (ties: half)."""
    pos = [s for s, t in zip(scores, y) if t]
    neg = [s for s, t in zip(scores, y) if not t]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def top_keep(items: list[Item], score, k: int) -> tuple[int, int]:
    """Kept items among the top `k` labelled items of each article by `score`, summed."""
    kept = shown = 0
    for name in sorted({i.article for i in items}):
        mine = sorted((i for i in items if i.article == name), key=score, reverse=True)[:k]
        kept, shown = kept + sum(i.keep for i in mine), shown + len(mine)
    return kept, shown


def gate(model, train: list[Item], tested: list[Item], learned: dict, names) -> str:
    """A gate at the training items' `GATE_SHARE` quantile of the logit: how
    many of the test items it drops and how many of those the readers kept,
    beside dropping as many of each article's items from the bottom of today's order."""
    floor = np.quantile(logits(model, np.array([[i.features[f] for f in names] for i in train])), GATE_SHARE)
    dropped = [i for i in tested if learned[id(i)] < floor]
    bottom = []
    for name in sorted({i.article for i in tested}):
        mine = sorted((i for i in tested if i.article == name), key=lambda i: i.rank)
        cut = sum(i.article == name for i in dropped)
        bottom += mine[len(mine) - cut:] if cut else []
    return (f"  gate drops {len(dropped)}: kept by readers {sum(i.keep for i in dropped)}"
            f" (today's bottom {len(bottom)}: {sum(i.keep for i in bottom)})")


def columns(kind: str) -> tuple[str, ...]:
    return {"base": FEATURES, "extra": EXTRA, "all": FEATURES + EXTRA, "small": SMALL}[kind]


def within(items: list[Item], value) -> dict[int, float]:
    """`value` of each item standardised within its article (by id of the item)."""
    out = {}
    for name in sorted({i.article for i in items}):
        mine = [i for i in items if i.article == name]
        v = np.array([value(i) for i in mine], dtype=float)
        out.update(zip(map(id, mine), (v - v.mean()) / (v.std() or 1.0)))
    return out


def folds(items: list[Item], names: tuple[str, ...], l2: float, ks: list[int], pairs: bool = False,
          blend: bool = False) -> None:
    """Train on all sets but one, test on that one, each way; print the numbers."""
    for test in [s for s, _, _ in SETS]:
        train = [i for i in items if i.set != test]
        tested = [i for i in items if i.set == test]
        model = fit_pairs(train, names, l2) if pairs else fit(
            np.array([[i.features[f] for f in names] for i in train]), np.array([i.keep for i in train], dtype=float), l2)
        scores = logits(model, np.array([[i.features[f] for f in names] for i in tested]))
        learned = dict(zip(map(id, tested), scores))
        if blend:             # the model's order and today's, standardised within each article, added
            mine, theirs = within(tested, lambda i: learned[id(i)]), within(tested, lambda i: -i.rank)
            learned = {key: mine[key] + theirs[key] for key in mine}
            scores = np.array([learned[id(i)] for i in tested])
        y = [i.keep for i in tested]
        today = [-i.rank for i in tested]
        per = [(auc([learned[id(i)] for i in tested if i.article == a], [i.keep for i in tested if i.article == a]),
                auc([-i.rank for i in tested if i.article == a], [i.keep for i in tested if i.article == a]))
               for a in sorted({i.article for i in tested})]
        line = (f"test {test:8} n={len(tested):3} kept={sum(y):3}  AUC per article (mean) model "
                f"{np.nanmean([p[0] for p in per]):.3f} today {np.nanmean([p[1] for p in per]):.3f}"
                f"  pooled model {auc(list(scores), y):.3f} today {auc(today, y):.3f}")
        for k in ks:
            m, t = top_keep(tested, lambda i: learned[id(i)], k), top_keep(tested, lambda i: -i.rank, k)
            line += f"  top{k}: model {m[0]}/{m[1]} today {t[0]}/{t[1]}"
        print(line + ("" if blend else gate(model, train, tested, learned, names)))   # (a gate needs logits)


def weights(items: list[Item], names: tuple[str, ...], l2: float) -> None:
    """The model trained on every set: its standardised weights."""
    model = fit(np.array([[i.features[f] for f in names] for i in items]),
                np.array([i.keep for i in items], dtype=float), l2)
    for f, w in sorted(zip(names, model[2][1:]), key=lambda p: -abs(p[1])):
        print(f"  {f:14} {w:+.3f}")


def linear_weights(path: Path = LINEAR_FILE) -> tuple[float, tuple[float, ...]]:
    """The bias and the weights (in `MODEL_FEATURES` order) of the linear model in `path`."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return float(data["bias"]), tuple(float(data["weights"][f]) for f in MODEL_FEATURES)


def write(items: list[Item], l2: float, path: Path = LINEAR_FILE) -> None:
    """Fit the keep model on every matched item (one label per group: the first
    sheet's) over `MODEL_FEATURES` and write its weights, on the raw features, to `path`."""
    chosen = one_label(items)
    rows = np.array([[i.features[f] for f in MODEL_FEATURES] for i in chosen])
    means, scales, beta = fit(rows, np.array([i.keep for i in chosen], dtype=float), l2)
    weights = beta[1:] / scales
    bias = beta[0] - float(np.sum(weights * means))
    articles = sorted({f"{i.set}/{i.article}" for i in chosen})
    lines = ["# The glossary's keep model (pack/extract/glossary/keep.py): logistic regression",
             "# weights over keep.MODEL_FEATURES (raw values, not standardised); an entry's",
             "# log-odds that a teacher keeps it is the bias plus the sum of weight x feature.",
             "# Written by `python quality/train_keep.py --write` (do not edit by hand); retrain",
             "# with it after a change of the features, the gates or the hand-set order.",
             "# Learned from the blind keep/drop verdicts of the seen fresh sets (quality/SPLIT.md),",
             f"# {len(chosen)} labelled entries, {sum(i.keep for i in chosen)} kept, L2 {l2} on standardised features:",
             *(f"#   {a}" for a in articles),
             "# Tested leave-one-set-out: quality/verdicts/glossary-keep-r23.md.",
             f"bias = {bias:.6f}", "", "[weights]",
             *(f"{f} = {w:.6f}" for f, w in zip(MODEL_FEATURES, weights))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path.name}: {len(chosen)} entries")


def one_label(items: list[Item]) -> list[Item]:
    """One item per glossary group (the first sheet's label), as `write` fits on."""
    first = {}
    for i in items:
        first.setdefault((i.set, i.article, i.rank), i)
    return list(first.values())


def compare(items: list[Item], names: tuple[str, ...], l2: float, ks: list[int]) -> None:
    """Each set held aside: the model over `names` fitted on the other sets against the shipped
    model (pack/lang/glossary_keep.toml: the boosted trees) and the hand-set order, each reordering every entry of
    the article as the glossary prints it (`keep.reorder`). Per set and pooled, for each k of `ks`:
    kept / labelled among the first k printed entries, and kept among the first k labelled ones."""
    import glossary_keep     # beside this file (it imports this module, hence here)
    found = glossary_keep.articles(items, {name: folder for name, _, folder in SETS})
    shipped = lambda a: reorder(a.features)                  # noqa: E731
    pooled = {}
    for test in [s for s, _, _ in SETS]:
        train = [a for a in found if a.set != test]
        model = fit(np.array([[a.features[n][f] for f in names] for a in train for n in a.labels]),
                    np.array([a.labels[n] for a in train for n in a.labels], dtype=float), l2)
        refit = lambda a, m=model: reorder(            # noqa: E731
            a.features, lambda row: float(logits(m, np.array([[row[f] for f in names]]))[0]))
        line = f"{test:8}"
        for label, order in (("refit", refit), ("shipped", shipped), ("hand", lambda a: range(len(a.features)))):
            for k in ks:
                got = [0, 0, 0, 0]         # kept, labelled among the first k printed; kept, labelled of the first k labelled
                for a in (a for a in found if a.set == test):
                    placed = list(order(a))
                    head = [n for n in placed[:k] if n in a.labels]
                    first = [n for n in placed if n in a.labels][:k]
                    for x, v in enumerate((sum(a.labels[n] for n in head), len(head),
                                           sum(a.labels[n] for n in first), len(first))):
                        got[x] += v
                total = pooled.setdefault((label, k), [0, 0, 0, 0])
                total[:] = [t + g for t, g in zip(total, got)]
                line += f"  {label} {k}: {got[0]}/{got[1]} | {got[2]}/{got[3]}"
        print(line)
    print("pooled (first k printed | first k labelled):")
    for (label, k), v in pooled.items():
        print(f"  {label:8} {k:3}: {v[0]}/{v[1]} ({100 * v[0] / max(1, v[1]):.1f} %)"
              f" | {v[2]}/{v[3]} ({100 * v[2] / max(1, v[3]):.1f} %)")


def load(cache: Path | None) -> list[Item]:
    """Every labelled item, matched; from `cache` when it exists (else written there)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    items = []
    for name, sheets, articles in SETS:
        found = labels(sheets, name)
        match(found, articles)
        items += found
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--k", type=int, nargs="+", default=[10, 15])
    parser.add_argument("--features", choices=("base", "extra", "all", "small"), default="all")
    parser.add_argument("--dump", action="store_true", help="print every labelled item")
    parser.add_argument("--pairs", action="store_true", help="learn from (kept, dropped) pairs of one article")
    parser.add_argument("--blend", action="store_true", help="score by the model's order plus today's")
    parser.add_argument("--cache", type=Path, help="keep the matched items in this file (pickle) between runs")
    parser.add_argument("--compare", action="store_true",
                        help="each set held aside: the refit against the shipped weights, as the glossary prints")
    parser.add_argument("--write", action="store_true",
                        help="fit the linear keep model on every set and write quality/glossary_keep_linear.toml")
    args = parser.parse_args()
    items = load(args.cache)
    matched = [i for i in items if i.features is not None]
    if args.write:
        write(matched, args.l2)
        return 0
    print(f"{len(items)} labelled items, {len(matched)} matched to a glossary group today, "
          f"{sum(i.keep for i in matched)} kept")
    if args.dump:
        for i in matched:
            print(i.set, i.article, i.rank, "keep" if i.keep else "drop", i.term,
                  " ".join(f"{f}={i.features[f]:.2f}" for f in EXTRA))
    names = columns(args.features)
    if args.compare:
        compare(matched, names, args.l2, args.k)
        return 0
    folds(matched, names, args.l2, args.k, args.pairs, args.blend)
    weights(matched, names, args.l2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
