"""The key-event experiment: would a small learned model choose the key events better than the rule?

Usage:
    python quality/train_events.py [--shared DIR] [--l2 1.0] [--prior 1.0]

Reads every gold file of `quality/gold/` with `set = "tuning"` and
`[[events]]` (never held-out or fresh gold), extracts the article's
timeline up to the key choice (`rank.candidates`: repeats merged), reads
one row of `keyfeatures.FEATURES` per entry, labels it 1 when it matches
a gold key event (`run.event_matches`, the benchmark's own test) and fits
a logistic regression with an L2 penalty (`keymodel.fit`: one free bias
per article, signs kept, optionally pulled towards equal weights). The learned model's scores then replace the
rule's in the same key choice (`rank.mark_key`: quotas per chapter, 2 per
year, 30-40 key events), and the key-event recall is compared with the
rule's (`rank.rank`, as shipped) under split-half validation
(`quality/SPLIT.md`):

1. half A, leave one article out (where features are chosen);
2. trained on half A, scored on half B; trained on half B, scored on A;
3. trained on the whole tuning set (the weights it would ship), scored on
   the articles it was trained on (for the record only).

The defaults (l2 1, prior 1) and the features were chosen by step 1 only.

A learned model may replace the rule only when it beats it on the half it
was not trained on, both ways. It prints; it writes nothing.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tomllib
from pathlib import Path

# quality/ modules (run first: it puts the checkout on the path for `pack`)
from run import GOLD, ROOT, article_path, event_matches, event_recall  # isort: skip
from keyfeatures import FEATURES, SIGNS, rows
from keymodel import Model, fit

from pack.extract.timeline.events import collect_events
from pack.extract.timeline.rank import candidates, mark_key, rank
from pack.read import read_article

# The two halves of the tuning set (quality/SPLIT.md "Split-half validation");
# of each, the articles with gold key events are used.
HALF_A = ("id-stalin", "en-toronto", "en-alan-turing", "en-galileo-galilei", "en-industrial-revolution",
          "en-global-warming", "id-agresi-militer-1")
HALF_B = ("en-history-of-aluminium", "en-abraham-lincoln", "en-christopher-columbus", "en-ancient-egypt",
          "en-cell-biology", "id-agresi-militer-2", "id-budi-utomo")
L2, PRIOR = 1.0, 1.0


class Case:
    """One tuning article: its gold, its entries before ranking, the labelled rows."""

    def __init__(self, name: str, gold: dict, shared: Path) -> None:
        self.name, self.gold = name, gold
        self.article = read_article(article_path(gold, shared))
        self.events, self.held = collect_events(self.article)
        found = candidates(copy.deepcopy(self.events), self.article)
        self.rows = rows(found, self.article)
        self.labels = [int(any(event_matches(g, e) for g in gold["events"])) for e in found.events]

    def key_recall(self, model: Model | None) -> int:
        """Gold key events found among the key events the rule (None) or `model` chooses."""
        events = copy.deepcopy(self.events)
        held = {id(c) for c, e in zip(events, self.events) if id(e) in self.held}
        if model is None:
            chosen = rank(events, self.article, held=held)
        else:
            found = candidates(events, self.article)
            for event, score in zip(found.events, model.scores(rows(found, self.article))):
                event.score = score
            mark_key(found, {j for j, e in enumerate(found.events) if id(e) in held})
            chosen = found.events
        return event_recall(self.gold, [e for e in chosen if e.key]).found

    @property
    def total(self) -> int:
        return len(self.gold["events"])


def tuning_cases(shared: Path) -> list[Case]:
    """Every tuning article with gold key events."""
    cases = []
    for path in sorted(GOLD.glob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold.get("set") == "tuning" and gold.get("events"):
            cases.append(Case(path.stem, gold, shared))
    return cases


def train(cases: list[Case], l2: float, prior: float) -> Model:
    return fit([r for c in cases for r in c.rows], [y for c in cases for y in c.labels], l2,
               [n for n, c in enumerate(cases) for _ in c.rows], SIGNS, prior)


def compare(title: str, scored: list[tuple[Case, Model]]) -> tuple[int, int]:
    """Print rule against learned per article; return both totals."""
    print(f"\n{title}")
    rule = learned = total = 0
    for case, model in scored:
        r, m = case.key_recall(None), case.key_recall(model)
        rule, learned, total = rule + r, learned + m, total + case.total
        print(f"  {case.name}: rule {r}/{case.total}, learned {m}/{case.total}")
    print(f"  total: rule {rule}/{total} ({100 * rule / total:.0f}%), learned {learned}/{total} ({100 * learned / total:.0f}%)")
    return rule, learned


def weights(model: Model) -> str:
    return ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, model.weights)) + f"; bias {model.bias:+.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=L2, help=f"the L2 penalty (default {L2})")
    parser.add_argument("--prior", type=float, default=PRIOR,
                        help=f"pull each weight towards this times its sign instead of 0 (default {PRIOR})")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    cases = tuning_cases(args.shared)
    for case in cases:
        print(f"{case.name}: {len(case.rows)} entries, {sum(case.labels)} match a gold key event")
    a = [c for c in cases if c.name in HALF_A]
    b = [c for c in cases if c.name in HALF_B]
    compare(f"1. half A, each article scored by a model trained on the other {len(a) - 1} "
            f"(l2 {args.l2}, prior {args.prior})", [(c, train([d for d in a if d is not c], args.l2, args.prior)) for c in a])
    on_a, on_b = train(a, args.l2, args.prior), train(b, args.l2, args.prior)
    print(f"\ntrained on A: {weights(on_a)}\ntrained on B: {weights(on_b)}")
    rule_b, learned_b = compare("2a. trained on half A, scored on half B", [(c, on_a) for c in b])
    rule_a, learned_a = compare("2b. trained on half B, scored on half A", [(c, on_b) for c in a])
    whole = train(cases, args.l2, args.prior)
    print(f"\ntrained on all tuning: {weights(whole)}")
    compare("3. trained on all tuning, scored on the same articles (in-sample, for the record)",
            [(c, whole) for c in cases])
    kept = learned_b > rule_b and learned_a > rule_a
    print(f"\nverdict: the learned model {'beats' if kept else 'does not beat'} the rule on both unseen halves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
