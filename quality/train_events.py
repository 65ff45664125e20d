"""Trains the key-event model on the tuning set's gold key events.

Usage:
    python quality/train_events.py [--shared DIR] [--l2 1.0] [--split]

Reads every gold file of `quality/gold/` with `set = "tuning"` and
`[[events]]` (never held-out or fresh gold), extracts the article's
timeline up to the key choice (`rank.candidates`: repeats merged, one row of
`keyfeatures.FEATURES` per entry), labels each entry 1 when it matches a
gold key event (`run.event_matches`, the benchmark's own test) and fits a
logistic regression with an L2 penalty (`keymodel.fit`). Writes the
weights to `pack/lang/events_model.toml`, with a header naming the
articles.

`--split` writes nothing: it trains on each half of the tuning set
(`quality/SPLIT.md`, `HALF_A`/`HALF_B` below) and prints the key-event
recall of the other half, with the shipped model and with the weights
trained on that half: a model is kept only when it beats the shipped one
on the half it was not trained on.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tomllib
from pathlib import Path

from run import GOLD, ROOT, article_path, event_matches, event_recall  # same folder: quality/

from pack.extract.timeline import keymodel  # noqa: E402
from pack.extract.timeline.events import collect_events  # noqa: E402
from pack.extract.timeline.keyfeatures import FEATURES, SIGNS  # noqa: E402
from pack.extract.timeline.rank import candidates, rank  # noqa: E402
from pack.read import read_article  # noqa: E402

# The two halves of the tuning set (quality/SPLIT.md "Split-half validation");
# of each, the articles with gold key events are used.
HALF_A = ("id-stalin", "en-toronto", "en-alan-turing", "en-galileo-galilei", "en-industrial-revolution",
          "en-global-warming", "id-agresi-militer-1")
HALF_B = ("en-history-of-aluminium", "en-abraham-lincoln", "en-christopher-columbus", "en-ancient-egypt",
          "en-cell-biology", "id-agresi-militer-2", "id-budi-utomo")
L2 = 1.0


class Case:
    """One tuning article: its gold, its events before ranking, and the labelled rows."""

    def __init__(self, name: str, gold: dict, shared: Path) -> None:
        self.name, self.gold = name, gold
        self.article = read_article(article_path(gold, shared))
        self.events, self.held = collect_events(self.article)
        found = candidates(copy.deepcopy(self.events), self.article)
        self.rows = found.rows
        self.labels = [int(any(event_matches(g, e) for g in gold["events"])) for e in found.events]

    def key_recall(self, model: keymodel.Model) -> tuple[int, int]:
        """Gold key events found among the key events `model` chooses."""
        events = copy.deepcopy(self.events)
        held = {id(c) for c, e in zip(events, self.events) if id(e) in self.held}
        key = [e for e in rank(events, self.article, held=held, model=model) if e.key]
        score = event_recall(self.gold, key)
        return score.found, score.total


def tuning_cases(shared: Path) -> list[Case]:
    """Every tuning article with gold key events, by name."""
    cases = []
    for path in sorted(GOLD.glob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold.get("set") == "tuning" and gold.get("events"):
            cases.append(Case(path.stem, gold, shared))
            print(f"read {path.stem}: {len(cases[-1].rows)} entries, {sum(cases[-1].labels)} match gold",
                  file=sys.stderr, flush=True)
    return cases


def train(cases: list[Case], l2: float) -> keymodel.Model:
    return keymodel.fit([r for c in cases for r in c.rows], [y for c in cases for y in c.labels], l2,
                        [n for n, c in enumerate(cases) for _ in c.rows], SIGNS)


def model_text(model: keymodel.Model, cases: list[Case], l2: float) -> str:
    names = ", ".join(c.name for c in cases)
    entries, positives = sum(len(c.rows) for c in cases), sum(sum(c.labels) for c in cases)
    lines = ["# The key-event model: logistic regression weights over the features of",
             "# pack/extract/timeline/keyfeatures.py (read by keymodel.py; a score is",
             "# bias + the sum of weight x feature, the log-odds of a key event).",
             "# Written by quality/train_events.py; do not edit by hand. Retrain with",
             "#   python quality/train_events.py          (after a change of the features,",
             "#   the cue words or the timeline's entries; --split checks it first)",
             f"# Trained on the tuning set's gold key events only: {names}",
             f"# ({entries} entries, {positives} matching a gold key event; L2 penalty {l2}).",
             f"l2 = {l2}", f"bias = {model.bias:.4f}", "", "[weights]"]
    lines += [f"{name} = {weight:.4f}" for name, weight in zip(FEATURES, model.weights)]
    return "\n".join(lines) + "\n"


def split(cases: list[Case], l2: float) -> None:
    """Train on one half, score the other, beside the shipped model."""
    shipped = keymodel.load() if keymodel.MODEL_FILE.exists() else None
    halves = {"A": [c for c in cases if c.name in HALF_A], "B": [c for c in cases if c.name in HALF_B]}
    print(f"halves with event gold: A = {[c.name for c in halves['A']]}, B = {[c.name for c in halves['B']]}")
    for trained, scored in (("A", "B"), ("B", "A")):
        model = train(halves[trained], l2)
        print(f"\ntrained on {trained} (l2 {l2}), scored on {scored}:")
        print("  weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, model.weights)), f"bias {model.bias:+.2f}")
        totals = {"shipped": [0, 0], "learned": [0, 0]} if shipped else {"learned": [0, 0]}
        for case in halves[scored]:
            cells = []
            for label, m in (("shipped", shipped), ("learned", model)) if shipped else (("learned", model),):
                found, total = case.key_recall(m)
                totals[label][0] += found
                totals[label][1] += total
                cells.append(f"{label} {found}/{total}")
            print(f"  {case.name}: " + ", ".join(cells))
        print("  total: " + ", ".join(f"{k} {f}/{t} ({100 * f / max(t, 1):.0f}%)" for k, (f, t) in totals.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=L2, help=f"the L2 penalty (default {L2})")
    parser.add_argument("--split", action="store_true", help="split-half check only; writes nothing")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    cases = tuning_cases(args.shared)
    if args.split:
        split(cases, args.l2)
        return 0
    model = train(cases, args.l2)
    keymodel.MODEL_FILE.write_text(model_text(model, cases, args.l2), encoding="utf-8")
    print(f"written: {keymodel.MODEL_FILE.relative_to(ROOT)}")
    for case in cases:
        found, total = case.key_recall(model)
        print(f"  {case.name}: key-event recall {found}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
