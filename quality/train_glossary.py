"""Learn a glossary ranker from the tuning articles' gold, and test it against the hand-set score.

Usage:
    python quality/train_glossary.py [--shared DIR] [--only NAME ...] [--l2 1.0]
                                     [--out quality/glossary_model.toml]
    python quality/train_glossary.py --split [--show N]     # split-half: learned vs hand-set
    python quality/train_glossary.py --loo                  # leave one article out

Stage: offline, never at build time. Inputs: the gold files in
`quality/gold/` with `set = "tuning"` and a `[glossary]` section (a held-out
or fresh gold file is refused, even when named with --only), and their
articles. Every glossary group the extractor finds in an article (after
its gates: no people, places or proper names; before ranking and the
limit) is one example: its `features.FEATURES` from
`entries.glossary_features`, labelled 1 when its headword or a variant
matches a must-have term of the gold (as `quality/run.py` matches them),
else 0. A logistic regression with an L2 penalty on the standardised
features is fitted by Newton's method (numpy; the same data give the same
weights). Training writes the weights, the features' means and scales and
a header saying which articles and when to `--out`.

`--split` trains on half A of the tuning set (quality/SPLIT.md's halves,
those with glossary gold) and scores half B's must-have recall in the
first 60 entries when the learned model orders them (in the glossary's
tiers: recurring terms first), beside the hand-set score of
`pack/extract/glossary/entries.py` on the same articles; then the reverse.
`--loo` does the same for each article, trained on all the others. The
glossary is ranked by the learned model only once it beats the hand-set
score on the half it was not trained on; so far it has not
(quality/verdicts/tuning-glossary-learned-r12.md), and the glossary keeps
the hand-set score.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack import logistic  # noqa: E402
from pack.config import Settings  # noqa: E402
from pack.extract.glossary.entries import extract_glossary, glossary_features  # noqa: E402
from pack.extract.glossary.features import FEATURES  # noqa: E402
from pack.read import read_article  # noqa: E402
from quality.run import GOLD, HALF_A, HALF_B, article_path, forms, glossary_recall  # noqa: E402

L2 = 1.0              # penalty on the standardised weights (the bias is not penalised)
MODEL_FILE = ROOT / "quality" / "glossary_model.toml"
# Split-half validation: of run.HALF_A and HALF_B, those with glossary gold take part.


@dataclass
class Article:
    """One tuning article's gold and glossary groups: (entry, tier, features)."""
    name: str
    gold: dict
    groups: list
    labels: list[int]
    article: object


def tuning_gold(only=None, folder: Path = GOLD) -> list[tuple[str, dict]]:
    """(name, gold) of every tuning gold file with a glossary in `folder`,
    sorted by name; `only` narrows them, and naming any other file is an
    error (SystemExit with the reason)."""
    chosen = []
    for path in sorted(folder.glob("*.toml")):
        if only is not None and path.stem not in only:
            continue
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold.get("set") != "tuning" or "glossary" not in gold:
            if only is not None:
                raise SystemExit(f"{path.name}: set {gold.get('set')!r}, glossary section "
                                 f"{'yes' if 'glossary' in gold else 'no'}: only tuning gold with a "
                                 "[glossary] section trains the ranker")
            continue
        chosen.append((path.stem, gold))
    unknown = set(only or ()) - {name for name, _ in chosen}
    if unknown:
        raise SystemExit(f"no gold file named {', '.join(sorted(unknown))} in {folder}")
    return chosen


def load(name: str, gold: dict, shared: Path) -> Article:
    """The article's glossary groups with their labels: 1 for a group whose
    headword or a variant is a must-have term of the gold."""
    article = read_article(article_path(gold, shared))
    groups = glossary_features(article)
    wanted = {f for spellings in gold["glossary"]["must"] for s in spellings for f in forms(s)}
    labels = [int(bool({f for n in (e.term, *e.variants) for f in forms(n)} & wanted)) for e, _, _ in groups]
    return Article(name, gold, groups, labels, article)


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The features centred and scaled to unit spread, with the means and
    scales used (a constant feature keeps scale 1)."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    return (x - means) / scales, means, scales


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Bias and weights of an L2-penalised logistic regression on
    already standardised features (`pack.logistic`; the bias unpenalised)."""
    beta = logistic.fit(np.hstack([np.ones((len(x), 1)), x]), y, np.asarray([0.0] + [l2] * x.shape[1]))
    return float(beta[0]), beta[1:]


@dataclass(frozen=True)
class Model:
    """A logistic model over standardised features."""
    bias: float
    weights: dict[str, float]
    means: dict[str, float]
    scales: dict[str, float]

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(w * (features[f] - self.means[f]) / self.scales[f] for f, w in self.weights.items())


def train(articles: list[Article], l2: float = L2) -> Model:
    """The model learned from every group of the articles."""
    rows = [[features[f] for f in FEATURES] for a in articles for _, _, features in a.groups]
    labels = [y for a in articles for y in a.labels]
    x, means, scales = standardise(np.array(rows, dtype=float))
    bias, weights = fit(x, np.array(labels, dtype=float), l2)
    return Model(bias, dict(zip(FEATURES, map(float, weights))), dict(zip(FEATURES, map(float, means))),
                 dict(zip(FEATURES, map(float, scales))))


def model_text(model: Model, names: list[str], counts: tuple[int, int], l2: float) -> str:
    """The model file: a header saying what it was learned from, then the numbers."""
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    header = (f"A glossary ranker learned on {today} by quality/train_glossary.py (logistic regression, "
              f"L2 = {l2}) from the must-have glossary gold of {len(names)} tuning articles: {', '.join(names)} "
              f"({counts[0]} glossary groups, {counts[1]} of them must-have terms); never from held-out or fresh "
              "gold. A feature's weight applies to (value - mean) / scale. The glossary does not use this model: "
              "it has not beaten the hand-set score in split-half (python quality/train_glossary.py --split). "
              "Retrain after changing the features, the gates or the tuning gold: python quality/train_glossary.py")
    lines = [*("# " + line for line in textwrap.wrap(header, 90, break_on_hyphens=False)),
             "",
        f"bias = {model.bias:.6f}",
        "",
    ]
    for f in FEATURES:
        lines.append(f"[features.{f}]\nweight = {model.weights[f]:.6f}\nmean = {model.means[f]:.6f}\n"
                     f"scale = {model.scales[f]:.6f}\n")
    return "\n".join(lines)


def read_model(text: str) -> Model:
    """The model in a file `model_text` wrote; one that does not name
    exactly the `FEATURES` is refused (retrain)."""
    data = tomllib.loads(text)
    if set(data["features"]) != set(FEATURES):
        raise ValueError("the model's features are not features.FEATURES: retrain")
    part = {key: {f: float(data["features"][f][key]) for f in FEATURES} for key in ("weight", "mean", "scale")}
    return Model(float(data["bias"]), part["weight"], part["mean"], part["scale"])


def learned_glossary(model: Model, article: Article, limit: int | None = Settings.glossary_entries):
    """The entries in the order the model gives them, within the glossary's tiers."""
    order = sorted(article.groups, key=lambda g: (g[1], -model.logit(g[2]), g[0].term.casefold(), g[0].term))
    return [entry for entry, _, _ in order[:limit]]


def recall(model: Model | None, articles: list[Article]) -> tuple[int, int]:
    """Must-have recall in the first 60 entries, summed over the articles:
    ordered by the model, or (None) as the glossary orders them today."""
    found = total = 0
    for a in articles:
        entries = extract_glossary(a.article) if model is None else learned_glossary(model, a)
        score = glossary_recall(a.gold, entries)
        found, total = found + score.found, total + score.total
    return found, total


def cell(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / pair[1]:.0f}%)" if pair[1] else "–"


def split(articles: list[Article], l2: float, show: int) -> None:
    """Train on each half, score the other beside the hand-set score."""
    halves = {"A": [a for a in articles if a.name in HALF_A], "B": [a for a in articles if a.name in HALF_B]}
    for trained, scored in (("A", "B"), ("B", "A")):
        model = train(halves[trained], l2)
        names = ", ".join(a.name for a in halves[scored])
        print(f"half {scored} ({names}): hand-set {cell(recall(None, halves[scored]))}, "
              f"learned on {trained} {cell(recall(model, halves[scored]))} "
              f"(on its own half {cell(recall(model, halves[trained]))})")
        for a in halves[scored] if show else []:
            print(f"  {a.name}: " + "; ".join(e.term for e in learned_glossary(model, a, show)))


def leave_one_out(articles: list[Article], l2: float) -> None:
    """Each article scored by a model trained on all the others."""
    learned = hand = (0, 0)
    for a in articles:
        model = train([b for b in articles if b is not a], l2)
        mine, theirs = recall(model, [a]), recall(None, [a])
        print(f"{a.name}: hand-set {cell(theirs)}, learned on the others {cell(mine)}")
        learned, hand = (learned[0] + mine[0], learned[1] + mine[1]), (hand[0] + theirs[0], hand[1] + theirs[1])
    print(f"all: hand-set {cell(hand)}, learned {cell(learned)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="+", default=None, help="tuning gold names to train on (default: all)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--split", action="store_true", help="split-half: learned vs hand-set score")
    parser.add_argument("--show", type=int, default=0, help="with --split: print this many learned entries")
    parser.add_argument("--loo", action="store_true", help="leave one article out: learned vs hand-set score")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    articles = [load(name, gold, args.shared) for name, gold in tuning_gold(args.only)]
    if args.split or args.loo:
        (split(articles, args.l2, args.show) if args.split else leave_one_out(articles, args.l2))
        return 0
    model = train(articles, args.l2)
    counts = (sum(len(a.labels) for a in articles), sum(sum(a.labels) for a in articles))
    args.out.write_text(model_text(model, [a.name for a in articles], counts, args.l2), encoding="utf-8")
    for f, w in sorted(model.weights.items(), key=lambda p: -abs(p[1])):
        print(f"  {f:14} {w:+.3f}")
    print(f"written: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
