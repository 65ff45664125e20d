"""Trains the key-event model on the tuning set's gold key events.

Usage:
    python quality/train_events.py [--shared DIR] [--l2 3.0] [--prior 1.0] [--check]
                                   [--halves project|alternate]

Reads every gold file of `quality/gold/` with `set = "tuning"` and
`[[events]]` (never held-out or fresh gold), extracts the article's
timeline up to the key choice (`rank.candidates`: repeats merged), reads
one row of `keyfeatures.FEATURES` per entry, labels it 1 when it matches
a gold key event (`run.event_matches`, the benchmark's own test) and fits
a logistic regression with an L2 penalty (`keymodel.fit`: one free bias
per article, signs kept, pulled towards equal weights). Its scores make
the key choice (`rank.mark_key`: quotas per chapter, 3 per year, 30-40
key events). Printed, under split-half validation (`HALF_A`, `HALF_B`),
the key-event recall of the shipped model (`pack/lang/events_model.toml`)
and of the model trained here:

1. half A, leave one article out (where features and settings are chosen);
2. trained on half A, scored on half B; trained on half B, scored on A;
3. trained on the whole tuning set, scored on the articles it was trained
   on (for the record only).

`--halves alternate` validates (steps 1 and 2) on other halves: every
tuning article with gold key events, the check articles too, in sorted
order, taken in turn into A and B (`alternate_halves`); the model written
is trained on the same articles either way.

Then the model trained on the whole tuning set is written to
`pack/lang/events_model.toml` (`--check`: nothing is written). Retrain
after a change of the features, the cue words or the timeline's entries.
The defaults (l2 3, prior 1) and the features were chosen by step 1 only
(quality/verdicts/tuning-keyevents-learned-r12.md).
"""

from __future__ import annotations

import argparse
import copy
import sys
import tomllib
from pathlib import Path

# (run first: it puts the checkout on the path for `pack`)
from run import GOLD, HALF_A, HALF_B, ROOT, article_path, event_matches, event_recall  # isort: skip

from pack.extract.timeline import keymodel
from pack.extract.timeline.events import collect_events
from pack.extract.timeline.keyfeatures import FEATURES, SIGNS, rows
from pack.extract.timeline.rank import candidates, rank
from pack.read import read_article

# Split-half validation: of run.HALF_A and HALF_B, the articles with gold key events.
# Tuning articles brought in after the model was chosen (quality/extra/, gold
# written before teachpack was run on them): never trained on, scored as a check.
CHECK = ("en-peter-the-great", "en-james-watt", "id-soekarno", "en-atlanta")
L2, PRIOR = 3.0, 1.0


class Case:
    """One tuning article: its gold, its entries before ranking, the labelled rows."""

    def __init__(self, name: str, gold: dict, shared: Path) -> None:
        self.name, self.gold = name, gold
        self.article = read_article(article_path(gold, shared))
        self.events, self.held = collect_events(self.article)
        found = candidates(copy.deepcopy(self.events), self.article)
        self.rows = rows(found, self.article)
        self.labels = [int(any(event_matches(g, e) for g in gold["events"])) for e in found.events]

    def key_recall(self, model: keymodel.Model | None) -> int:
        """Gold key events found among the key events `model` (None: the shipped one) chooses."""
        events = copy.deepcopy(self.events)
        held = {id(c) for c, e in zip(events, self.events) if id(e) in self.held}
        key = [e for e in rank(events, self.article, held=held, model=model) if e.key]
        return event_recall(self.gold, key).found

    @property
    def total(self) -> int:
        return len(self.gold["events"])


def tuning_cases(shared: Path) -> list[Case]:
    """Every tuning article with gold key events."""
    return gold_cases(shared, ("tuning",))


def gold_cases(shared: Path, sets: tuple[str, ...]) -> list[Case]:
    """Every article of `sets` (gold files' `set`) with gold key events. Only seen
    sets belong here (quality/SPLIT.md): never "held-out" nor an unread fresh set."""
    cases = []
    for path in sorted(GOLD.glob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold.get("set") in sets and gold.get("events"):
            cases.append(Case(path.stem, gold, shared))
    return cases


def alternate_halves(cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """Half A and half B by turns over the cases in sorted order (first, third, ... in A)."""
    ordered = sorted(cases, key=lambda c: c.name)
    return ordered[0::2], ordered[1::2]


def train(cases: list[Case], l2: float, prior: float) -> keymodel.Model:
    """A model fitted to the labelled rows of `cases`, one free bias per article."""
    return keymodel.fit([r for c in cases for r in c.rows], [y for c in cases for y in c.labels], l2,
                        [n for n, c in enumerate(cases) for _ in c.rows], SIGNS, prior)


def compare(title: str, scored: list[tuple[Case, keymodel.Model]], shipped: bool) -> None:
    """Print the shipped model (when there is one) against the trained one, per article and in total."""
    print(f"\n{title}")
    before = after = total = 0
    for case, model in scored:
        b, a = case.key_recall(None) if shipped else 0, case.key_recall(model)
        before, after, total = before + b, after + a, total + case.total
        print(f"  {case.name}: " + (f"shipped {b}/{case.total}, " if shipped else "") + f"trained {a}/{case.total}")
    print("  total: " + (f"shipped {before}/{total} ({100 * before / total:.0f}%), " if shipped else "")
          + f"trained {after}/{total} ({100 * after / total:.0f}%)")


def weights(model: keymodel.Model) -> str:
    return ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, model.weights)) + f"; bias {model.bias:+.2f}"


def model_text(model: keymodel.Model, cases: list[Case], l2: float, prior: float) -> str:
    """The model file: a header naming what it was trained on and how to retrain, then the weights."""
    entries, positives = sum(len(c.rows) for c in cases), sum(sum(c.labels) for c in cases)
    lines = ["# The key-event model (pack/extract/timeline/keymodel.py): logistic regression",
             "# weights over the features of keyfeatures.py; an entry's score is the bias plus",
             "# the sum of weight x feature, the log-odds that it is a key event.",
             "# Written by `python quality/train_events.py` (do not edit by hand); retrain with it",
             "# after a change of the features, the cue words or the timeline's entries.",
             "# Trained on the tuning set's gold key events only (quality/gold, set = \"tuning\"):",
             *(f"#   {c.name}" for c in cases),
             f"# ({entries} entries, {positives} matching a gold key event; L2 penalty {l2}, prior {prior}).",
             f"bias = {model.bias:.4f}", "", "[weights]"]
    return "\n".join(lines + [f"{n} = {w:.4f}" for n, w in zip(FEATURES, model.weights)]) + "\n"


def _shipped_loads() -> bool:
    """Is there a shipped model to compare with? One written for other features
    (the reason to retrain) is none: it is said, and replaced."""
    if not keymodel.MODEL_FILE.exists():
        return False
    try:
        keymodel.load()
    except ValueError as error:
        print(f"the shipped model is out of date ({error}); comparing without it")
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=L2, help=f"the L2 penalty (default {L2})")
    parser.add_argument("--check", action="store_true", help="print the comparison only; write no model")
    parser.add_argument("--prior", type=float, default=PRIOR,
                        help=f"pull each weight towards this times its sign instead of 0 (default {PRIOR})")
    parser.add_argument("--halves", choices=("project", "alternate"), default="project",
                        help="validate on run.HALF_A / HALF_B (default) or on alternate_halves")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    cases = tuning_cases(args.shared)
    for case in cases:
        print(f"{case.name}: {len(case.rows)} entries, {sum(case.labels)} match a gold key event")
    shipped = _shipped_loads()
    a = [c for c in cases if c.name in HALF_A]
    b = [c for c in cases if c.name in HALF_B]
    shipped_set = a + b
    if args.halves == "alternate":
        a, b = alternate_halves(cases)
    compare(f"1. half A, each article scored by a model trained on the other {len(a) - 1} "
            f"(l2 {args.l2}, prior {args.prior})",
            [(c, train([d for d in a if d is not c], args.l2, args.prior)) for c in a], shipped)
    on_a, on_b = train(a, args.l2, args.prior), train(b, args.l2, args.prior)
    print(f"\ntrained on A: {weights(on_a)}\ntrained on B: {weights(on_b)}")
    compare("2a. trained on half A, scored on half B", [(c, on_a) for c in b], shipped)
    compare("2b. trained on half B, scored on half A", [(c, on_b) for c in a], shipped)
    whole = train(shipped_set, args.l2, args.prior)
    print(f"\ntrained on run.HALF_A and HALF_B: {weights(whole)}")
    compare("3. trained on run.HALF_A and HALF_B, scored on the same articles (in-sample, for the record)",
            [(c, whole) for c in shipped_set], shipped)
    compare("4. trained on run.HALF_A and HALF_B, scored on the check articles (never trained on)",
            [(c, whole) for c in cases if c.name in CHECK], shipped)
    if not args.check:
        keymodel.MODEL_FILE.write_text(model_text(whole, shipped_set, args.l2, args.prior), encoding="utf-8")
        print(f"\nwritten: {keymodel.MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
