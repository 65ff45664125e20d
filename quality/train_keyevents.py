"""Key events by boosted trees: label every seen article's entries, test trees against the logistic model leave-one-set-out.

Usage:
    python quality/train_keyevents.py [--shared DIR] [--cache FILE.pickle] [--trees-only]
        [--rounds 150 --rate 0.1 --least 5 --drop F1,F2 --no-offset --blind 0]
        [--start pack/lang/events_model.toml | --stack-refit] [--write FILE]
    python quality/train_keyevents.py --cache FILE --new F1,F2 [--base-drop F3,F4] [--sets design]
    python quality/train_keyevents.py --sets design --cache FILE --new F1 --reach CHECK_FILE

Stage: offline, never at build time. Input: every gold file of `quality/gold/`
whose `set` is seen for the timeline (`SEEN_SETS`: tuning, which holds the
samples and quality/extra/ articles, and fresh .. fresh-16; never held-out,
never a later fresh set) with `[[events]]`; each article's timeline up to the key
choice (`train_events.Case`: `rank.candidates`, one row of
`keyfeatures.FEATURES` per entry, labelled 1 when it matches a gold key
event by `run.event_matches`, the benchmark's test). `--cache` keeps these
rows in a pickle (the extraction takes a minute or more); delete it after a
change of the entries (the rows are read again from the cached entries). The key choice is rerun for every
model, the readability gate's held entries included (kept by place).

Each seen set is held aside in turn; on the other sets are fitted (a) the
logistic model of `keymodel.fit` (today's kind, its settings l2 3, prior 1;
`--trees-only` skips it, the slower part) and (b) boosted depth-2
trees (`pack.boost`; every article weighing as much, each starting from its
own share of key entries unless `--no-offset`; `--blind W` adds a row per
entry a blind reader judged, labelled readable or not, weighted W;
`--start FILE` makes the trees correct that logistic model's scores instead,
`--stack-refit` the fold's refitted logistic model's,
`--rounds 0 --start pack/lang/events_model.toml` scores the shipped model).
Both make the real key choice (`rank.mark_key`: chapter quotas, 3 per year,
30-40 key events) on the held set's articles. Printed per fold and pooled, by
language: the gold key events found among the key events, and how many of
the key events the blind readers judged readable of those they judged
(`seen_verdicts.readings("timeline")`, items matched by their printed text).

`--new F1,F2` tests features of `keyfeatures.FEATURES` instead (logistic
models only, round 27): leave one set out, the logistic model fitted without
them (and without `--base-drop`'s) against the one fitted with them, each
making the key choice on the held set; a feature left out is a column of
zeros in the fit and a weight of 0 in the score. The cache's rows are read
again from its entries (seconds), so a cache outlives a change of the features.

`--sets design` (round 28, COMMON "Reach") keeps to the design sets (tuning ..
fresh-11); `--reach CHECK_FILE` with `--new` then fits on them and makes the key
choice on the check sets (fresh-12 .. fresh-14), printed in aggregate only.

`--write FILE` fits the trees on every seen set and writes them to FILE (not
shipped: round 26's trees did not win, quality/verdicts/keyevents-r26.md).
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from train_events import L2, PRIOR, Case, gold_cases, train  # isort: skip  (puts the checkout on the path)

from pack import boost
from pack.extract.timeline import keymodel
from pack.extract.timeline.keyfeatures import FEATURES, rows
from pack.extract.timeline.rank import candidates, mark_key

SEEN_SETS = ("tuning", "fresh", *(f"fresh-{n}" for n in range(2, 17)))
# Round 28's split (COMMON "Reach"): rules are designed on DESIGN_SETS only; the
# CHECK_SETS are scored once at the end, in aggregate, to see whether a rule reaches.
# (fresh-15, read blind at round 28's end, is seen since and belongs to the design half.)
CHECK_SETS = ("fresh-12", "fresh-13", "fresh-14")
DESIGN_SETS = tuple(s for s in SEEN_SETS if s not in CHECK_SETS)
SPLITS = {"seen": SEEN_SETS, "design": DESIGN_SETS, "check": CHECK_SETS}
ROUNDS, RATE, LEAST = 150, 0.1, 5.0


class Settings:
    """How the trees are fitted: rounds, learning rate, least leaf weight, the
    features left out, and whether each article starts from its own base rate."""

    def __init__(self, rounds: int = ROUNDS, rate: float = RATE, least: float = LEAST,
                 drop: tuple[str, ...] = (), offset: bool = True, blind: float = 0.0) -> None:
        self.rounds, self.rate, self.least, self.offset = rounds, rate, least, offset
        self.drop, self.blind = drop, blind
        self.start = None      # a logistic model the trees correct (`--start FILE`), else None


@dataclass(frozen=True, eq=False)
class Trees:
    """Boosted depth-2 trees (`pack.boost`) over `FEATURES`: a base log-odds and the trees.
    Scores as `keymodel.Model` does, so that `rank.rank` can take either."""

    base: float
    trees: list

    def scores(self, rows: list[list[float]]) -> list[float]:
        return [boost.score(self.trees, [float(x) for x in row], self.base) for row in rows]


class Stacked:
    """A logistic model's score plus the trees' correction of it."""

    def __init__(self, start: keymodel.Model, trees: Trees) -> None:
        self.start, self.trees = start, trees

    def scores(self, rows: list[list[float]]) -> list[float]:
        width = len(self.start.weights)
        return [a + b for a, b in zip(self.start.scores([r[:width] for r in rows]), self.trees.scores(rows))]


def cases(shared: Path, cache: Path | None, sets: tuple[str, ...] = SEEN_SETS) -> list[Case]:
    """The seen articles' cases, read from `cache` when it exists (extraction takes minutes)."""
    if cache and cache.exists():
        found = pickle.loads(cache.read_bytes())
        # `Case.held` holds the `id()`s of the entries the readability gate holds
        # back: ids of objects gone with the process; the pickle keeps their places.
        for case in found:
            case.held = {id(case.events[i]) for i in case.held_places}
            # The features may have changed since the cache was written: read them again
            # (the entries and labels stay; reading the rows takes seconds, not minutes).
            case.rows = rows(candidates(copy.deepcopy(case.events), case.article), case.article)
        return found
    found = gold_cases(shared, sets)
    for case in found:
        case.held_places = [i for i, e in enumerate(case.events) if id(e) in case.held]
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def training_rows(train_cases: list[Case], settings: Settings, judged: dict[str, dict[str, bool]]):
    """Rows, labels, weights and offsets: one row per entry labelled by the gold, and
    (weighted `settings.blind`) one more per entry a blind reader judged, labelled by
    the verdict (readable or not)."""
    rows, labels, weight, offset = [], [], [], []
    for case in train_cases:
        share = 1.0 / len(case.rows)
        bias = _logit(sum(case.labels), len(case.rows))
        verdicts = judged.get(case.name, {}) if settings.blind else {}
        texts = [_key(e.text) for e in candidates(copy.deepcopy(case.events), case.article).events] if verdicts else []
        for i, row in enumerate(case.rows):
            rows.append(row), labels.append(case.labels[i]), weight.append(share), offset.append(bias)
            if verdicts and texts[i] in verdicts:
                rows.append(row), labels.append(float(verdicts[texts[i]])), weight.append(settings.blind * share)
                offset.append(bias)
    return (np.asarray(rows, dtype=float), np.asarray(labels, dtype=float),
            np.asarray(weight), np.asarray(offset))


def fit_trees(train_cases: list[Case], settings: Settings, judged: dict[str, dict[str, bool]]) -> Trees:
    """Boosted trees fitted to the labelled rows of `train_cases`, every article weighing as much."""
    x, y, w, offset = training_rows(train_cases, settings, judged)
    # A feature left out is set to 0 everywhere: no tree can split on it.
    for name in settings.drop:
        x[:, FEATURES.index(name)] = 0.0
    # Each article counts as much in total (a long article's many entries would drown a short one's).
    w = w * sum(len(c.rows) for c in train_cases) / len(train_cases)
    # The key choice ranks one article's entries: an article whose entries are nearly
    # all key (a short one) must not teach that its kind of entry is key. Each
    # article starts from its own base rate, which the trees then never learn.
    if settings.start is not None:
        width = len(settings.start.weights)
        offset = np.asarray(settings.start.scores([list(r[:width]) for r in x]))
        base, trees = boost.fit(x, y, w, rounds=settings.rounds, rate=settings.rate, least=settings.least,
                                offset=offset)
        return Stacked(settings.start, Trees(0.0, trees))
    base, trees = boost.fit(x, y, w, rounds=settings.rounds, rate=settings.rate, least=settings.least,
                            offset=offset - offset.mean() if settings.offset else None)
    return Trees(base, trees)


def _logit(positives: int, total: int) -> float:
    """The log-odds of an article's share of key entries (half an entry added either way)."""
    share = (positives + 0.5) / (total + 1)
    return float(np.log(share / (1 - share)))


def readable_labels() -> dict[str, dict[str, bool]]:
    """article -> printed text (casefolded) -> judged readable, from the seen blind timeline sheets."""
    from timeline_shapes import items
    out: dict[str, dict[str, bool]] = defaultdict(dict)
    for item in items():
        out[item["article"]][_key(item["text"])] = item["ok"]
    return out


def _key(text: str) -> str:
    return " ".join(text.casefold().split())[:60]


def score(case: Case, model, judged: dict[str, dict[str, bool]]) -> tuple[int, int, int]:
    """Gold key events found, readable key events judged, key events judged."""
    return Prepared(case).score(model, judged)


def model_text(model: Trees, every: list[Case], settings: Settings) -> str:
    """The model file: what it is, what it was learned from and how, then the trees."""
    from train_rank import tree_text
    sets = sorted({c.gold["set"] for c in every}, key=lambda s: (s != "tuning", len(s), s))
    entries, positives = sum(len(c.rows) for c in every), sum(sum(c.labels) for c in every)
    about = ("Key-event trees for pack/extract/timeline/keymodel.py: boosted depth-2 trees (pack.boost) "
             "over `features` (keyfeatures.FEATURES, in this order); an entry's log-odds of being a key event "
             "is `base` plus one leaf of every tree, a tree being [feature number, threshold, subtree if the "
             "feature <= threshold, subtree if above]. Written by `python quality/train_keyevents.py --write "
             "FILE` (do not edit by hand). "
             f"Learned from {len(every)} seen articles ({', '.join(sets)}): {entries} entries, "
             f"{positives} matching a gold key event; blind readable labels weighted {settings.blind:g}; "
             f"{settings.rounds} rounds, rate {settings.rate:g}, least {settings.least:g}, features left out: "
             f"{', '.join(settings.drop) or 'none'}. Tested leave-one-set-out: quality/verdicts/keyevents-r26.md.")
    lines = [*textwrap.wrap(about, 92, initial_indent="# ", subsequent_indent="# "),
             f"features = [{', '.join(repr(n) for n in FEATURES)}]".replace("'", '"'),
             f"base = {model.base!r}",
             "trees = [",
             *(f"    {tree_text(t)}," for t in model.trees),
             "]"]
    return "\n".join(lines) + "\n"


def without(model: keymodel.Model, drop: tuple[str, ...]) -> keymodel.Model:
    """`model` with the weights of `drop` set to 0 (fitted on zeroed columns, the
    penalty's prior leaves them at their prior, which must not score)."""
    return keymodel.Model(model.bias, tuple(0.0 if f in drop else w for f, w in zip(FEATURES, model.weights)))


def fit_logistic(train_cases: list[Case], drop: tuple[str, ...]) -> keymodel.Model:
    """The logistic model of `keymodel.fit` (l2 3, prior 1) fitted with the features of `drop` left out."""
    columns = [FEATURES.index(f) for f in drop]
    zeroed = []
    for case in train_cases:
        twin = copy.copy(case)
        twin.rows = [[0.0 if k in columns else x for k, x in enumerate(r)] for r in case.rows]
        zeroed.append(twin)
    return without(train(zeroed, L2, PRIOR), drop)


class Prepared:
    """A case's entries merged once (`rank.candidates`), their rows and held places:
    a model's key choice is then its scores and `rank.mark_key` alone (seconds for
    every fold, where `rank.rank` would merge the repeats again for every model)."""

    def __init__(self, case: Case) -> None:
        events = copy.deepcopy(case.events)
        held = {id(c) for c, e in zip(events, case.events) if id(e) in case.held}
        self.case = case
        self.found = candidates(events, case.article)
        self.rows = rows(self.found, case.article)
        self.held = {j for j, e in enumerate(self.found.events) if id(e) in held}

    def score(self, model, judged: dict[str, dict[str, bool]]) -> tuple[int, int, int]:
        """As `score`: gold key events found, readable key events judged, key events judged."""
        from run import event_recall
        for event, value in zip(self.found.events, model.scores(self.rows)):
            event.score, event.key = round(value, 3), False
        mark_key(self.found, self.held)
        key = [e for e in self.found.events if e.key]
        labels = judged.get(self.case.name, {})
        seen = [labels[_key(e.text)] for e in key if _key(e.text) in labels]
        return event_recall(self.case.gold, key).found, sum(seen), len(seen)


def feature_test(every: list[Case], judged, base: tuple[str, ...], new: tuple[str, ...]) -> None:
    """Leave one set out: the logistic model without `new` (and without `base`) against the one with `new`."""
    sets = defaultdict(list)
    for case in every:
        sets[case.gold["set"]].append(case)
    pooled = defaultdict(lambda: np.zeros(4, int))
    up = down = 0
    prepared = {id(c): Prepared(c) for c in every}
    print(f"new features: {', '.join(new)}\n| held set | gold | without | with | readable without | readable with |\n|---|---|---|---|---|---|")
    for name, held in sets.items():
        rest = [c for c in every if c.gold["set"] != name]
        models = (fit_logistic(rest, base + new), fit_logistic(rest, base))
        fold = np.zeros((2, 3), int)
        for case in held:
            for m, model in enumerate(models):
                got = prepared[id(case)].score(model, judged)
                fold[m] += got
                for lang in (case.name[:2], "all"):
                    pooled[(lang, m)] += (*got, case.total)
        up, down = up + (fold[1][0] > fold[0][0]), down + (fold[1][0] < fold[0][0])
        print(f"| {name} | {sum(c.total for c in held)} | {fold[0][0]} | {fold[1][0]} | "
              f"{fold[0][1]}/{fold[0][2]} | {fold[1][1]}/{fold[1][2]} |")
    print(f"\nwith the new features: {up} folds up, {down} down, {len(sets) - up - down} level")
    for lang in ("en", "id", "all"):
        a, b = pooled[(lang, 0)], pooled[(lang, 1)]
        print(f"{lang}: without {a[0]}/{a[3]} readable {a[1]}/{a[2]}; with {b[0]}/{b[3]} readable {b[1]}/{b[2]}")
    full = fit_logistic(every, base)
    print("weights on every seen set: " + ", ".join(f"{f} {w:+.2f}" for f, w in zip(FEATURES, full.weights)))


def reach(design: list[Case], check: list[Case], judged, base: tuple[str, ...], new: tuple[str, ...]) -> None:
    """COMMON's reach test: the logistic model fitted on every design article without
    `new` and with it, each making the key choice on the check articles; printed in
    aggregate only (no article, no item): key entries that changed, gold key events
    found, and of the entries that left or came, how many the blind readers judged
    readable, not readable, or never judged."""
    models = (fit_logistic(design, base + new), fit_logistic(design, base))
    total: dict[str, int] = defaultdict(int)
    for case in check:
        prepared = Prepared(case)
        keys = []
        for name, model in zip(("without", "with"), models):
            total[f"found {name}"] += prepared.score(model, judged)[0]
            keys.append({e.text for e in prepared.found.events if e.key})
        labels = judged.get(case.name, {})
        total["gold"] += case.total
        for moved, texts in (("left", keys[0] - keys[1]), ("came", keys[1] - keys[0])):
            for text in texts:
                verdict = labels.get(_key(text))
                total[f"{moved}: {'unjudged' if verdict is None else 'readable' if verdict else 'not readable'}"] += 1
    print(f"reach of {', '.join(new)} on {len(check)} check articles: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--sets", choices=sorted(SPLITS), default="seen",
                        help="which seen sets: design (tuning .. fresh-11), check (fresh-12 .. 14) or all seen")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--least", type=float, default=LEAST)
    parser.add_argument("--drop", default="", help="features the trees leave out, comma-separated")
    parser.add_argument("--no-offset", action="store_true", help="no per-article base rate")
    parser.add_argument("--blind", type=float, default=0.0, help="weight of the blind readable labels")
    parser.add_argument("--start", type=Path, help="a logistic model file the trees correct")
    parser.add_argument("--stack-refit", action="store_true",
                        help="the trees correct each fold's refitted logistic model (as --start does a file)")
    parser.add_argument("--trees-only", action="store_true", help="skip the logistic refit (slow)")
    parser.add_argument("--write", type=Path, metavar="FILE",
                        help="fit on every seen set and write the trees to FILE")
    parser.add_argument("--new", help="logistic only: test these features (comma-separated) leave one set out")
    parser.add_argument("--base-drop", default="", help="with --new: features both models leave out")
    parser.add_argument("--reach", type=Path, metavar="CHECK_CACHE",
                        help="with --new: fit on the design sets, score the check sets (aggregate), cache in this file")
    args = parser.parse_args()
    settings = Settings(args.rounds, args.rate, args.least, tuple(filter(None, args.drop.split(","))),
                        not args.no_offset, args.blind)
    if args.start:
        settings.start = keymodel.load(args.start)
    every = cases(args.shared, args.cache, SPLITS[args.sets])
    judged = readable_labels()
    if args.new and args.reach:
        check = cases(args.shared, args.reach, CHECK_SETS)
        reach(every, check, judged, tuple(filter(None, args.base_drop.split(","))), tuple(args.new.split(",")))
        return 0
    if args.new:
        feature_test(every, judged, tuple(filter(None, args.base_drop.split(","))), tuple(args.new.split(",")))
        return 0
    sets = defaultdict(list)
    for case in every:
        sets[case.gold["set"]].append(case)
    pooled = defaultdict(lambda: np.zeros(4, int))
    wins = 0
    print("| held set | gold | logistic found | trees found | logistic readable | trees readable |\n|---|---|---|---|---|---|")
    for name, held in sets.items():
        rest = [c for c in every if c.gold["set"] != name]
        logistic = None if args.trees_only and not args.stack_refit else train(rest, L2, PRIOR)
        if args.stack_refit:
            settings.start = logistic
        models = (None if args.trees_only else logistic, fit_trees(rest, settings, judged))
        fold = np.zeros((2, 3), int)
        for case in held:
            for m, model in enumerate(models):
                if model is None:
                    continue
                got = score(case, model, judged)
                fold[m] += got
                lang = case.name[:2]
                pooled[(lang, m)] += (*got, case.total)
                pooled[("all", m)] += (*got, case.total)
        total = sum(c.total for c in held)
        wins += fold[1][0] > fold[0][0]
        print(f"| {name} | {total} | {fold[0][0]} | {fold[1][0]} | {fold[0][1]}/{fold[0][2]} | {fold[1][1]}/{fold[1][2]} |")
    if not args.trees_only:
        print(f"\ntrees find more on {wins} of {len(sets)} folds")
    for lang in ("en", "id", "all"):
        lo, tr = pooled[(lang, 0)], pooled[(lang, 1)]
        print(f"{lang}: logistic {lo[0]}/{lo[3]} readable {lo[1]}/{lo[2]}; trees {tr[0]}/{tr[3]} readable {tr[1]}/{tr[2]}")
    if args.write:
        model = fit_trees(every, settings, judged)
        args.write.write_text(model_text(model, every, settings), encoding="utf-8")
        print(f"written: {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
