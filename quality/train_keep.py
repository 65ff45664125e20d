"""Learn "worth keeping" for the glossary from teachers' blind keep/drop verdicts, and test it.

Usage:
    python quality/train_keep.py [--l2 1.0] [--k 10 15] [--features base|extra|all]
    python quality/train_keep.py --dump      # every labelled item with its features and rank

Stage: offline, never at build time. Inputs: the judged glossary sheets of
the blind readings of the fresh sets that count as seen for the glossary
(quality/SPLIT.md): `quality/verdicts/fresh-blind-r19/fresh-gl-tl/`,
`quality/verdicts/fresh2-blind-r20/`, `quality/verdicts/fresh3-blind-r20/`
(`judged-gl1.md`, `judged-gl2.md` and `key.json`: item number -> article).
Each sheet item is "N. term - (kind) text" followed by "verdict: keep|drop
...". The item is matched by its term (case-folded, or one of the entry's
variants) to the glossary group today's extractor finds in the article
(`entries.glossary_features`, every group past the gates); an item no group
spells is counted and left out.

Features: `features.FEATURES` as the glossary computes them, plus a few
cheap ones that might tell a concept from a name, a fragment or an everyday
word (`EXTRA`): the general-usage frequency (zipf) of the term's rarest and
commonest word, how often the text writes the term with a capital off a
sentence start, how often one of its uses stands next to another capitalised
word (part of a longer name), how often its head word is written in lower
case in the whole text, its number of words, and today's score (log) and
tier. A logistic regression (`pack.logistic`, L2 on standardised features)
is fitted on two of the three sets and tested on the third, all three ways:
AUC of the model's logit and of today's order (its rank inside the article,
pooled), and the keep-rate of the top k labelled items of each test article
by the model and by today's order (`--blend`: by the model's order and
today's added, each standardised within its article). Nothing is written: the write-up is
quality/verdicts/glossary-keep-model-r20.md.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack import logistic  # noqa: E402
from pack.extract.glossary.entries import extract_glossary, glossary_features  # noqa: E402
from pack.extract.glossary.features import FEATURES  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402
from pack.text.tokens import tokenize  # noqa: E402

L2 = 1.0
VERDICTS = ROOT / "quality" / "verdicts"
# (set name, folder of the judged sheets and key, folder of the articles)
SETS = (
    ("fresh", VERDICTS / "fresh-blind-r19" / "fresh-gl-tl", ROOT / "quality" / "fresh"),
    ("fresh-2", VERDICTS / "fresh2-blind-r20", ROOT / "quality" / "fresh2"),
    ("fresh-3", VERDICTS / "fresh3-blind-r20", ROOT / "quality" / "fresh3"),
)
GATE_SHARE = 0.3     # the gate drops the items below this share of the training items' logits
EXTRA = ("zipf_min", "zipf_max", "cap_share", "run_share", "lower_head", "words", "log_score", "tier", "log_rank")
# The few features the readers' reasons point at (names, fragments, everyday words), with today's rank.
SMALL = ("name", "one_word_name", "institution", "familiar", "zipf_min", "cap_share", "run_share", "log_rank")
ITEM = re.compile(r"^(\d+)\.\s+(.+?)\s+—\s+\((\w[\w-]*)\)")
VERDICT = re.compile(r"^\s*verdict:\s*(keep|drop)\b", re.I)


@dataclass
class Item:
    """One labelled glossary item, with its group's features once matched."""
    set: str
    article: str
    term: str
    keep: int
    rank: int | None = None          # today's place in the article's glossary (0: first)
    features: dict[str, float] | None = None


def labels(folder: Path, name: str) -> list[Item]:
    """The keep/drop verdicts of the judged glossary sheets in `folder`."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    items, pending = [], None
    for sheet in sorted(folder.glob("judged-gl*.md")):
        for line in sheet.read_text(encoding="utf-8").splitlines():
            if m := ITEM.match(line):
                pending = m.group(1), m.group(2)
            elif (v := VERDICT.match(line)) and pending:
                number, term = pending
                if key[number]["part"] == "glossary":
                    items.append(Item(name, key[number]["article"], term, int(v.group(1).lower() == "keep")))
                pending = None
    return items


def spelled(text: str) -> str:
    return " ".join(text.casefold().split())


def extra_features(term: str, analysis) -> dict[str, float]:
    """The cheap features of `EXTRA` that need the text (see the module docstring)."""
    lex, index = analysis.lex, analysis.index
    keys = [t.key for t in tokenize(term, lex.code)] or [term.casefold()]
    content = [k for k in keys if not lex.is_function(k)] or keys
    zipfs = [lex.zipf(k) for k in content]
    uses = capital = in_run = 0
    for number, position in index.where.get(keys[0], []):
        tokens = index.sentences[number].tokens
        if [t.key for t in tokens[position:position + len(keys)]] != keys:
            continue
        uses += 1
        capital += int(position > 0 and tokens[position].cap)
        before = position > 1 and tokens[position - 1].cap
        after = position + len(keys) < len(tokens) and tokens[position + len(keys)].cap
        in_run += int(bool(before or after))
    head = content[0] if lex.candidates.get("phrase_head_first") else content[-1]
    head_uses = [index.sentences[n].tokens[p] for n, p in index.where.get(head, [])]
    return {
        "zipf_min": min(zipfs), "zipf_max": max(zipfs),
        "cap_share": capital / uses if uses else 0.0,
        "run_share": in_run / uses if uses else 0.0,
        "lower_head": sum(not t.cap for t in head_uses) / len(head_uses) if head_uses else 0.0,
        "words": float(len(keys)),
    }


def match(items: list[Item], folder: Path) -> None:
    """Give each item its group's features and today's rank (articles read once)."""
    for name in sorted({i.article for i in items}):
        article = read_article(folder / f"{name}.txt")
        analysis = analyse(article)
        order = {spelled(e.term): n for n, e in enumerate(extract_glossary(article, None))}
        groups = {}
        for entry, tier, features in glossary_features(article):
            for form in (entry.term, *entry.variants):
                groups.setdefault(spelled(form), (entry, tier, features))
        for item in (i for i in items if i.article == name):
            found = groups.get(spelled(item.term))
            if found is None:
                continue
            entry, tier, features = found
            item.rank = order[spelled(entry.term)]
            item.features = {**features, **extra_features(item.term, analysis),
                             "log_score": math.log(max(entry.score, 1e-6)), "tier": float(tier),
                             "log_rank": math.log(1 + item.rank)}


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
    """Train on two sets, test on the third, each way; print the numbers."""
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
    """The model trained on all three sets: its standardised weights."""
    model = fit(np.array([[i.features[f] for f in names] for i in items]),
                np.array([i.keep for i in items], dtype=float), l2)
    for f, w in sorted(zip(names, model[2][1:]), key=lambda p: -abs(p[1])):
        print(f"  {f:14} {w:+.3f}")


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
    args = parser.parse_args()
    items = load(args.cache)
    matched = [i for i in items if i.features is not None]
    print(f"{len(items)} labelled items, {len(matched)} matched to a glossary group today, "
          f"{sum(i.keep for i in matched)} kept")
    if args.dump:
        for i in matched:
            print(i.set, i.article, i.rank, "keep" if i.keep else "drop", i.term,
                  " ".join(f"{f}={i.features[f]:.2f}" for f in EXTRA))
    names = columns(args.features)
    folds(matched, names, args.l2, args.k, args.pairs, args.blend)
    weights(matched, names, args.l2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
