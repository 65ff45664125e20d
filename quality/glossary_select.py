"""Which entries make the glossary's 60: a model of the gold's must-have terms, tested leave-one-set-out.

Usage:
    python quality/glossary_select.py [--shared DIR] [--cache FILE]

Stage: offline, never at build time. Inputs: every seen gold article with
must-have glossary terms (`glossary_recall.seen_golds`: the tuning set and
its extra articles as one set, "tuning", and each fresh set fresh to
fresh-8), each with every glossary group in the hand-set order
(`entries.hand_ranked`) and its `keep.MODEL_FEATURES`; the groups that
spell a must-have term (as `quality/run.py` matches them); and the blind
keep/drop labels of the fresh sets' sheets (`train_keep.load`).

Each set is held aside in turn. On the others, two logistic models are
fitted over `keep.MODEL_FEATURES`: "must" (is the group a must-have term of
the gold?) and "keep" (did a teacher keep it?). A variant picks the 60
entries of each article by must-logit + `alpha` x keep-logit - `blend` x
log(1 + hand-set place) (the hand-set first 60 when `alpha` and the must
model are off: "today"), then orders them as the glossary does (by keep-logit). Measured on the held-aside set:
must-have terms among the 60 (recall), and kept / labelled among the first
30 (with how many of the first 30 are unlabelled). `nested` picks, for each
held-aside set, the variant with the highest must-have recall on the other
sets among those whose first-30 keep rate there is not below today's.

Nothing is written; the write-up is quality/verdicts/glossary-recall-r24.md.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import run as bench  # noqa: E402
import train_keep  # noqa: E402
from glossary_recall import seen_golds  # noqa: E402
from pack.extract.glossary import keep  # noqa: E402
from pack.extract.glossary.entries import hand_ranked  # noqa: E402
from pack.read import read_article  # noqa: E402

NAMES = keep.MODEL_FEATURES
FIRST, SHOWN = 30, 60
ALPHAS = (0.0, 0.5, 1.0, 2.0)
BLENDS = (0.0, 0.5, 1.0, 2.0, 4.0)


@dataclass
class Found:
    """One gold article: its groups in the hand-set order, must-have places, keep labels by place."""
    set: str
    name: str
    rows: np.ndarray
    must: list[set[int]]                                    # per must-have term: the places that spell it
    labels: dict[int, int] = field(default_factory=dict)


def load(shared: Path, cache: Path | None) -> list[Found]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    items = [i for i in train_keep.load(None) if i.rank is not None]
    out = []
    for set_name, name, gold, path in seen_golds(shared):
        ranked = hand_ranked(read_article(path))
        forms = [{f for n in (e.term, *e.variants) for f in bench.forms(n)} for e, _ in ranked]
        must = [{p for p, have in enumerate(forms) if any(bench.forms(s) & have for s in spellings)}
                for spellings in gold["glossary"]["must"]]
        found = Found(set_name, name, np.array([[row[f] for f in NAMES] for _, row in ranked]), must)
        label = train_keep.set_label(set_name) if set_name != "tuning" else None
        for i in items:
            if (i.set, i.article) == (label, name):
                found.labels.setdefault(i.rank, i.keep)
        out.append(found)
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def fit_must(train: list[Found]):
    rows = np.vstack([a.rows for a in train])
    y = np.concatenate([[float(any(p in places for places in a.must)) for p in range(len(a.rows))] for a in train])
    return train_keep.fit(rows, y, 1.0)


def fit_keep(train: list[Found]):
    rows = np.array([a.rows[p] for a in train for p in a.labels])
    y = np.array([a.labels[p] for a in train for p in a.labels], dtype=float)
    return train_keep.fit(rows, y, 1.0)


def order(a: Found, must_model, keep_model, alpha: float, blend: float) -> list[int]:
    """The article's places: the chosen 60 in the glossary's order (see the module docstring)."""
    place = np.log1p(np.arange(len(a.rows)))
    kept = train_keep.logits(keep_model, a.rows)
    if must_model is None:
        chosen = list(range(min(SHOWN, len(a.rows))))
    else:
        pick = train_keep.logits(must_model, a.rows) + alpha * kept - blend * place
        chosen = sorted(np.argsort(-pick, kind="stable")[:SHOWN].tolist())
    return sorted(chosen, key=lambda n: (-kept[n], n))


def measure(tested: list[Found], make) -> Counter:
    out = Counter()
    for a in tested:
        shown = make(a)
        out["must"] += sum(bool(places & set(shown)) for places in a.must)
        out["total"] += len(a.must)
        head = shown[:FIRST]
        out["kept"] += sum(a.labels[n] for n in head if n in a.labels)
        out["labelled"] += sum(n in a.labels for n in head)
        out["unlabelled"] += sum(n not in a.labels for n in head) if a.labels else 0
    return out


def variants(train: list[Found]) -> dict:
    must_model, keep_model = fit_must(train), fit_keep(train)
    out = {"today": lambda a: order(a, None, keep_model, 0, 0)}
    for alpha in ALPHAS:
        for blend in BLENDS:
            out[f"must a={alpha} b={blend}"] = (
                lambda a, alpha=alpha, blend=blend: order(a, must_model, keep_model, alpha, blend))
    return out


def cell(m: Counter) -> str:
    keep_rate = f"{m['kept']}/{m['labelled']} ({100 * m['kept'] / m['labelled']:.0f} %, {m['unlabelled']} unl.)" \
        if m["labelled"] else "–"
    return f"must {m['must']}/{m['total']} ({100 * m['must'] / max(1, m['total']):.0f} %)  top30 keep {keep_rate}"


def rate(m: Counter) -> float:
    return m["kept"] / max(1, m["labelled"])


def nested(train: list[Found]) -> str:
    """The variant chosen on `train` by an inner leave-one-set-out (see the module docstring)."""
    pooled: dict[str, Counter] = {}
    for inner in sorted({a.set for a in train}):
        made = variants([a for a in train if a.set != inner])
        for name, make in made.items():
            pooled.setdefault(name, Counter()).update(measure([a for a in train if a.set == inner], make))
    fair = [n for n in pooled if rate(pooled[n]) >= rate(pooled["today"])]
    return max(fair, key=lambda n: (pooled[n]["must"], n == "today"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--nested", action="store_true", help="also the variant an inner leave-one-set-out picks")
    args = parser.parse_args()
    found = load(args.shared, args.cache)
    sets = sorted({a.set for a in found}, key=lambda s: (s != "tuning", len(s), s))
    pooled: dict[str, Counter] = {}
    for test in sets:
        train = [a for a in found if a.set != test]
        tested = [a for a in found if a.set == test]
        made = variants(train)
        print(f"\n== held aside: {test} ({len(tested)} articles)")
        if args.nested:
            chosen = nested(train)
            made["nested"] = made[chosen]
            print(f"  nested picks {chosen}")
        for name, make in made.items():
            m = measure(tested, make)
            pooled.setdefault(name, Counter()).update(m)
            print(f"  {name:22} {cell(m)}")
    print("\n== pooled over the held-aside sets")
    for name, m in pooled.items():
        print(f"  {name:22} {cell(m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
