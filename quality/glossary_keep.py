"""Which glossary entries do teachers keep? Pooled blind labels, their reasons, and leave-one-set-out tests.

Usage:
    python quality/glossary_keep.py reasons [--cache FILE]    # drop and "wrong" reasons by kind, per set
    python quality/glossary_keep.py shapes [--cache FILE]     # each shape demoted on every set
    python quality/glossary_keep.py folds [--cache FILE] [--blends B ...] [--inside-blends B ...]
                                                              # every rule and model, each set held aside
    python quality/glossary_keep.py must [--shared DIR] ...   # tuning must-haves in the first 60 / 30
    python quality/glossary_keep.py short [--shared DIR] ...  # a shorter glossary: entries left out
    python quality/glossary_keep.py leave [--shared DIR] ...  # entries below a keep probability leave (round 25)

Stage: offline, never at build time. Inputs: every seen blind glossary
sheet (`train_keep.SETS`: fresh to fresh-9 in round 25, `judged-gl*.md` + `key.json`),
each item matched to the glossary group today's extractor finds
(`train_keep.match`), and every group of each article in the hand-set
order ("today": `entries.hand_ranked`, before the keep model reorders it)
with its features (`keep.MODEL_FEATURES`), so that
a changed order can be replayed on all of the article's entries, not only
on the labelled ones.

`reasons`: the readers' reasons, sorted into kinds by keywords (the kind
whose keyword comes first in the reason wins): for a drop, everyday word,
fragment, duplicate, person, place, organisation, work or product, named
event/law/award, another proper name, unit/number/markup, other; for a text judged "wrong",
the sentence about something else, a broken sentence (glued, cut, debris),
a definition cut or false, the term not in the sentence, other.

`folds`: each of the seven sets is held aside in turn. A rule (demote one
shape after the other entries, keeping today's order inside each part) or a
model (a logistic regression on the features, pointwise or pairwise, blended
with today's order, over the whole list or reordering today's first 60 only)
is chosen on the other six sets and measured on the seventh; and the variant
an inner leave-one-set-out on the six picks (`nested`). Measured on each article's entries in the changed order:

- top30: kept / labelled among the first 30 entries;
- top60: kept / labelled among the first 60, with the count of entries that
  were below 60 today (never labelled: `new`);
- est60: the keep rate of the first 60 with each new entry counted at the
  training sets' keep rate of today's places 40-59 (an unlabelled entry is
  assumed as good as the bottom of today's list).

`must`: the tuning gold's must-have terms among the first 60 and 30 entries
of each tuning article for every variant fitted on all seven sets (the
brief's limit: recall may not fall by more than a point or two). `short`:
the first 60 less the entries whose keep probability is below each of
`CUTS`, by the model fitted on the six other sets.

`leave`: the product's order (`keep.reorder`, at each of `BLENDINGS`) less
the entries of the first 60 whose keep probability is below each of
`FLOORS` (unless defined or a concept, with `PROTECTS`; never fewer than
`LEAVE_MIN`), refilled from below 60 or not (a shorter glossary): kept /
labelled in the first 30 per held-aside set, and the must-haves of the
tuning gold and the seen fresh gold in the first 60 and 30.

Nothing is written; the write-ups are quality/verdicts/glossary-keep-r23.md
and glossary-keep-r25.md (the reasons of nine sets, `leave`).
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import train_keep  # noqa: E402
from pack.extract.glossary.entries import hand_ranked  # noqa: E402
from pack.read import read_article  # noqa: E402

# Drop kinds, by keywords in the reader's reason (the earliest keyword wins).
DROP_KINDS = {
    "acronym spelled out beside it": r"spelled out|spelt out|full name explains|already (spelled|expanded)",
    "named programme, project or model": r"programme|\bprogram\b|project|model name|\bmodel\b|rocket|slogan",
    "nickname": r"nickname|epithet",
    "job title or office": r"job title|\boffice\b|\bpost\b|\brank\b",
    "fragment": r"fragment|truncat|garbl|scrap|clipping|stray|cut from|cut mid|misspel|run-together|calque",
    "duplicate": r"duplicat|same as|same sentence",
    "unit/number/markup": r"\bunit\b|latex|markup|number|symbol|ipa\b",
    "person": r"\bperson|\bpeople\b|personal name|first name|surname|nickname|\bfamily\b",
    "place": r"\bplace|\bcity\b|country|state\b|river|volcano|station|street|museum|island|region|territor"
             r"|district|park\b|mountain|civilisation",
    "organisation": r"organi[sz]ation|institution|company|\bparty\b|universit|agency|\bbody\b|\bteam\b"
                    r"|army|navy|acronym of|club|firm",
    "work/product": r"\bwork\b|title|film|book|painting|product|brand|song|opera\b|model name|article title",
    "named event/law/award": r"treaty|\blaw\b|\bact\b|battle|\bwar\b|event|award|prize|medal|holiday",
    "other name": r"proper (name|noun)|bank name|league|name of a plan|dynasty",
    "everyday": r"everyday|general (word|vocabulary)|generic|common|self-explaining|plain|known school"
                r"|explains itself|ordinary|informal|not a (term|concept)|trivia|peripheral|passing|school"
                r"|known to|students know|compositional",
}
WRONG_KINDS = {
    "about something else": r"is about|not about|says nothing|gives no|nothing about|does not show|doesn't show"
                            r"|passing|only (in|as|named|listed|names|has)|never (says|shows|expands)|tells nothing"
                            r"|no sense|only cited|metaphor|not .* alone|not the (concept|title)",
    "broken sentence": r"glued|fused|run-on|runs two|run together|artefact|debris|cut off|cut short|mid-sentence"
                       r"|split at|broken|garbled|ends on|missing|\(;|markup|latex|ellipsis|…|starts with",
    "definition cut or false": r"definition|defines|list|fragment, defines|restates|too vague|misparsed|describes",
    "term not in the sentence": r"does not contain|never appears|doesn't match|not appear|says '|uses '|has '",
    "the entry is a fragment": r"fragment|garbage",
}
TOP = (30, 60)
LOW = (40, 60)          # today's places whose keep rate stands for an unlabelled entry (est60)


@dataclass
class Article:
    """One labelled article: every group in today's order with its features, and its labels by place."""
    set: str
    name: str
    features: list[dict[str, float]]              # in today's order
    terms: list[str]
    labels: dict[int, int] = field(default_factory=dict)   # today's place -> keep (1) or drop (0)


def kind_of(reason: str, kinds: dict[str, str]) -> str:
    """The kind whose keyword comes first in `reason` ("other" when none does)."""
    hits = [(m.start(), k) for k, pattern in kinds.items() if (m := re.search(pattern, reason, re.I))]
    return min(hits)[1] if hits else "other"


def articles(items, folders, which=None) -> list[Article]:
    """Every labelled article (or each (set, name) of `which`) with all its groups in today's order
    (`folders`: set -> article folder)."""
    out = []
    for set_name, name in which or sorted({(i.set, i.article) for i in items}):
        ranked = hand_ranked(read_article(folders[set_name] / f"{name}.txt"))
        order = [e.term for e, _ in ranked]
        rows = [row for _, row in ranked]
        found = Article(set_name, name, rows, order)
        for i in items:
            if (i.set, i.article) == (set_name, name) and i.rank is not None:
                found.labels.setdefault(i.rank, i.keep)
        out.append(found)
    return out


def load(cache: Path | None):
    """The labelled items and the articles (from `cache` when it exists, else written there)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    items = train_keep.load(None)
    found = articles(items, {name: folder for name, _, folder in train_keep.SETS})
    if cache is not None:
        cache.write_bytes(pickle.dumps((items, found)))
    return items, found


# ------------------------------------------------------------------ reasons

def reasons(items) -> None:
    """Markdown tables: drop kinds and wrong-text kinds, per set."""
    sets = [s for s, _, _ in train_keep.SETS]
    for title, chosen, kinds in (
            ("drop reasons", [i for i in items if not i.keep], DROP_KINDS),
            ("'wrong' text, kept entries", [i for i in items if i.text == "wrong" and i.keep], WRONG_KINDS),
            ("'wrong' text, dropped entries", [i for i in items if i.text == "wrong" and not i.keep], WRONG_KINDS)):
        counts = defaultdict(Counter)
        for i in chosen:
            kind = kind_of(i.reason, kinds)
            if kind == "everyday":       # a word everyone knows, or a phrase that explains itself
                kind += " phrase" if " " in i.term.strip() else " word"
            counts[kind][i.set] += 1
        print(f"\n{title} ({len(chosen)})\n\n| kind | " + " | ".join(sets) + " | all |")
        print("|---" * (len(sets) + 2) + "|")
        for kind, per in sorted(counts.items(), key=lambda p: -sum(p[1].values())):
            print(f"| {kind} | " + " | ".join(str(per[s]) for s in sets) + f" | {sum(per.values())} |")
    shown = Counter((i.shown, i.text) for i in items)
    print("\nprinted text: " + ", ".join(f"{a} {b}: {n}" for (a, b), n in sorted(shown.items())))


# ------------------------------------------------------------------ orders and measures

def placed(article: Article, key) -> list[int]:
    """Today's places of the article's entries in the order of `key` (ascending; stable on today's order)."""
    return sorted(range(len(article.features)), key=lambda n: (key(article.features[n], n), n))


def measure(found: list[Article], order, low_rate: float, shorten=None) -> dict[str, float]:
    """Kept and labelled in the first 30 and 60 entries of each article in `order`
    (a function of an article giving today's places in the new order), summed;
    `shorten` (article -> places) drops entries from the glossary instead."""
    out = Counter()
    for a in found:
        new = order(a)
        if shorten is not None:
            gone = set(shorten(a))
            new = [n for n in new if n not in gone]
        for top in TOP:
            head = new[:top]
            out[f"kept{top}"] += sum(a.labels[n] for n in head if n in a.labels)
            out[f"n{top}"] += sum(n in a.labels for n in head)
            out[f"new{top}"] += sum(n >= 60 for n in head)
            out[f"len{top}"] += len(head)
    return out


def summary(m, low_rate: float) -> str:
    """top30, top60 and est60 of one measure (see the module docstring)."""
    est = (m["kept60"] / m["n60"] * (m["len60"] - m["new60"]) + low_rate * m["new60"]) / max(1, m["len60"]) \
        if m["n60"] else 0.0
    return (f"top30 {m['kept30']}/{m['n30']} ({100 * m['kept30'] / max(1, m['n30']):.0f} %) new {m['new30']}"
            f" top60 {m['kept60']}/{m['n60']} ({100 * m['kept60'] / max(1, m['n60']):.0f} %) new {m['new60']}"
            f" est60 {100 * est:.1f} % len {m['len60']}")


def rate(m, top: int = 30) -> float:
    return m[f"kept{top}"] / max(1, m[f"n{top}"])


def est60(m, low_rate: float) -> float:
    return (m["kept60"] / max(1, m["n60"]) * (m["len60"] - m["new60"]) + low_rate * m["new60"]) / max(1, m["len60"])


def today(a: Article) -> list[int]:
    return list(range(len(a.features)))


def low_keep(found: list[Article]) -> float:
    """The keep rate of today's places `LOW` in `found` (an unlabelled entry's assumed rate)."""
    kept = [a.labels[n] for a in found for n in range(*LOW) if n in a.labels]
    return sum(kept) / max(1, len(kept))


# The shapes a rule may demote: each computed from our own output, never from a label.
SHAPES = {
    "name": lambda f: f["name"] > 0,
    "one-word name": lambda f: f["one_word_name"] > 0,
    "name, not defined": lambda f: f["name"] > 0 and f["defined"] == 0,
    "name used once": lambda f: f["name"] > 0 and f["one_off"] > 0,
    "capitalised off sentence start (>=50 %)": lambda f: f["cap_share"] >= 0.5,
    "next to another capital (>=50 %)": lambda f: f["run_share"] >= 0.5,
    "everyday word (familiar<1)": lambda f: f["familiar"] < 0,
    "one word, zipf >= 4": lambda f: f["words"] == 1 and f["name"] == 0 and f["acronym"] == 0 and f["zipf_max"] >= 4,
    "one word, zipf >= 4.5": lambda f: f["words"] == 1 and f["name"] == 0 and f["acronym"] == 0
    and f["zipf_max"] >= 4.5,
    "3+ words": lambda f: f["words"] >= 3,
    "phrase of common words (rarest zipf >= 4)": lambda f: f["phrase"] > 0 and f["zipf_min"] >= 4,
    "spread >= 60 % of chapters": lambda f: f["spread"] >= math.log(0.5 + 0.6),
    "used once": lambda f: f["one_off"] > 0,
    "institution": lambda f: f["institution"] > 0,
    "tier >= 1": lambda f: f["tier"] >= 1,
}


def demoted(shape) -> callable:
    """The order that puts the entries of `shape` after every other entry (today's order inside each part)."""
    return lambda a: placed(a, lambda f, n: (SHAPES[shape](f),))


def dropped(shape) -> callable:
    """The entries of `shape` left out of the glossary (a shorter glossary when too few remain)."""
    return lambda a: [n for n, f in enumerate(a.features) if SHAPES[shape](f)]


def choose_rule(train: list[Article], low_rate: float, key) -> tuple[str | None, float]:
    """The shape whose demotion scores best on `train` by `key` (None: today's order, if nothing beats it)."""
    best, best_score = None, key(measure(train, today, low_rate))
    for shape in SHAPES:
        score = key(measure(train, demoted(shape), low_rate))
        if score > best_score + 1e-9:
            best, best_score = shape, score
    return best, best_score


# ------------------------------------------------------------------ models

def model_order(train: list[Article], names, l2: float, blend: float = 0.0, pairs: bool = False):
    """A logistic model of keep on `names`, fitted on the labelled entries of `train` (pointwise,
    or `pairs`: which of a kept and a dropped entry of one article is kept, `train_keep.fit_pairs`);
    the order by its logit minus `blend` times log(1 + today's place)."""
    if pairs:
        items = [train_keep.Item(a.set, a.name, a.terms[n], keep, n, a.features[n])
                 for a in train for n, keep in a.labels.items()]
        model = train_keep.fit_pairs(items, names, l2)
    else:
        rows = np.array([[a.features[n][f] for f in names] for a in train for n in a.labels])
        y = np.array([a.labels[n] for a in train for n in a.labels], dtype=float)
        model = train_keep.fit(rows, y, l2)

    def order(a: Article) -> list[int]:
        x = np.array([[f[k] for k in names] for f in a.features])
        score = train_keep.logits(model, x) - blend * np.log1p(np.arange(len(a.features)))
        return sorted(range(len(a.features)), key=lambda n: (-score[n], n))
    return order


MODEL_FEATURES = {"extra": train_keep.EXTRA, "small": train_keep.SMALL,
                  "all": train_keep.FEATURES + train_keep.EXTRA}
BLENDS = [0.0, 0.5, 1.0]             # --blends
INSIDE_BLENDS = [0.0]                 # --inside-blends: the same, for the orders of today's first 60 only


def variants() -> dict:
    """Every order tried: name -> function of (training articles, unlabelled rate) -> (order, note)."""
    out = {
        "today": lambda train, low: (today, None),
        "rule chosen on top30": lambda train, low: _rule(train, low, lambda m: rate(m, 30)),
        "rule chosen on est60": lambda train, low: _rule(train, low, lambda m: est60(m, low)),
    }
    for label, names in MODEL_FEATURES.items():
        for blend in BLENDS:
            out[f"model {label} blend {blend}"] = (
                lambda train, low, names=names, blend=blend: (model_order(train, names, 1.0, blend), None))
        for blend in INSIDE_BLENDS:
            out[f"model {label} inside 60 blend {blend}"] = (
                lambda train, low, names=names, blend=blend: (_inside(model_order(train, names, 1.0, blend)), None))
            out[f"pairs {label} inside 60 blend {blend}"] = (
                lambda train, low, names=names, blend=blend: (
                    _inside(model_order(train, names, 1.0, blend, pairs=True)), None))
    return out


def _inside(order, first: int = 60):
    """`order` applied to today's first `first` entries only (the same entries, reordered)."""
    def inside(a: Article) -> list[int]:
        return [n for n in order(a) if n < first] + list(range(first, len(a.features)))
    return inside


def nested(train: list[Article], key) -> tuple[str, callable]:
    """The variant whose orders, each fitted on five of `train`'s sets and measured on the sixth,
    score best by `key` pooled (its name and its order fitted on all of `train`)."""
    sets = sorted({a.set for a in train})
    pooled = defaultdict(Counter)
    for inner in sets:
        fit_on = [a for a in train if a.set != inner]
        low = low_keep(fit_on)
        for name, make in variants().items():
            pooled[name] += measure([a for a in train if a.set == inner], make(fit_on, low)[0], low)
    low = low_keep(train)
    best = max(pooled, key=lambda n: (key(pooled[n], low), n == "today"))
    return best, variants()[best](train, low)[0]


def folds(found: list[Article]) -> None:
    """Every variant, each set held aside in turn (see the module docstring); and the variant
    chosen on the six other sets by an inner leave-one-set-out (`nested`)."""
    sets = [s for s, _, _ in train_keep.SETS]
    pooled = defaultdict(Counter)
    wins = defaultdict(Counter)
    for test in sets:
        train = [a for a in found if a.set != test]
        tested = [a for a in found if a.set == test]
        low = low_keep(train)
        base = measure(tested, today, low)
        print(f"\n== test {test} (unlabelled entries counted at {100 * low:.0f} %)")
        rows = [(name, *make(train, low)) for name, make in variants().items()]
        for key_name, key in (("top30", lambda m, low: rate(m, 30)), ("est60", est60)):
            chosen, order = nested(train, key)
            rows.append((f"nested, chosen on {key_name}", order, chosen))
        for name, order, note in rows:
            m = measure(tested, order, low)
            pooled[name] += m
            wins[name]["top30"] += (rate(m) > rate(base)) - (rate(m) < rate(base))
            wins[name]["est60"] += (est60(m, low) > est60(base, low)) - (est60(m, low) < est60(base, low))
            print(f"  {name:28} {summary(m, low)}" + (f"  [{note}]" if note else ""))
    low = low_keep(found)
    print("\n== pooled over the seven held-aside sets (folds won - lost on top30, on est60)")
    for name in pooled:
        print(f"  {name:28} {summary(pooled[name], low)}  {wins[name]['top30']:+d} {wins[name]['est60']:+d}")


def _rule(train, low, key):
    shape, _ = choose_rule(train, low, key)
    return (demoted(shape) if shape else today), shape or "today"


def shapes_table(found: list[Article]) -> None:
    """Each shape demoted on every set (no choice made): top30 and est60, set by set."""
    sets = [s for s, _, _ in train_keep.SETS]
    print("| shape demoted | " + " | ".join(sets) + " | all |\n|---" + "|---" * (len(sets) + 1) + "|")
    for shape in ["(today)", *SHAPES]:
        cells = []
        for s in [*sets, None]:
            mine = [a for a in found if s is None or a.set == s]
            low = low_keep([a for a in found if a.set != s]) if s else low_keep(found)
            m = measure(mine, today if shape == "(today)" else demoted(shape), low)
            cells.append(f"{m['kept30']}/{m['n30']} · {100 * est60(m, low):.0f}")
        print(f"| {shape} | " + " | ".join(cells) + " |")


CUTS = (0.2, 0.25, 0.3, 0.35)         # --short: leave out an entry of the first 60 below this keep probability


def model_logits(train: list[Article], names, l2: float = 1.0):
    """A function of an article giving the logit of every entry, by the model fitted on `train`."""
    rows = np.array([[a.features[n][f] for f in names] for a in train for n in a.labels])
    y = np.array([a.labels[n] for a in train for n in a.labels], dtype=float)
    model = train_keep.fit(rows, y, l2)
    return lambda a: train_keep.logits(model, np.array([[f[k] for k in names] for f in a.features]))


def cut(logit_of, floor: float, lowercase: bool = False):
    """The entries of the first 60 whose keep probability is below `floor` (left out: a shorter
    glossary, or refilled from below); `lowercase`: words and phrases only (no name, no acronym)."""
    limit = math.log(floor / (1 - floor))
    return lambda a: [n for n, v in enumerate(logit_of(a)[:60]) if v < limit and not (
        lowercase and (a.features[n]["name"] or a.features[n]["acronym"]))]


def short(found: list[Article], shared: Path) -> None:
    """A shorter glossary: the first 60 less the entries the model (all features, fitted on the
    six other sets) gives a keep probability below each of `CUTS`; kept of the labelled entries
    left, entries left; and the tuning must-haves left (model fitted on all seven sets)."""
    names = MODEL_FEATURES["all"]
    sets = [s for s, _, _ in train_keep.SETS]
    for floor, lowercase in [(c, False) for c in CUTS] + [(c, True) for c in CUTS]:
        line, pooled = [], Counter()
        for test in sets:
            logit_of = model_logits([a for a in found if a.set != test], names)
            tested = [a for a in found if a.set == test]
            m = measure(tested, today, 0.0, cut(logit_of, floor, lowercase))
            pooled += m
            low = low_keep([a for a in found if a.set != test])
            line.append(f"{test} {m['kept60']}/{m['n60']} new {m['new60']} est {100 * est60(m, low):.1f}"
                        f" (today {100 * est60(measure(tested, today, low), low):.1f})")
        base = measure(found, today, 0.0)
        tuning = tuning_articles(shared)
        everything = cut(model_logits(found, names), floor, lowercase)
        kept_must = must_found(tuning, lambda a: [n for n in today(a) if n not in set(everything(a))])
        print(f"p < {floor}{' (words and phrases only)' if lowercase else ''}: pooled {pooled['kept60']}/{pooled['n60']} ({100 * rate(pooled, 60):.0f} %, "
              f"today {100 * rate(base, 60):.0f} %) entries {pooled['len60']} of {base['len60']};"
              f" tuning must-haves {kept_must}/{sum(len(m) for _, m in tuning)}\n   " + "; ".join(line))


def tuning_articles(shared: Path, sets: tuple[str, ...] = ("tuning",)) -> list[tuple[Article, list[list[str]]]]:
    """Every gold article of `sets` with must-have glossary terms (quality/gold, its `set`; never
    a held-out one): its groups in today's order, unlabelled, and the must-have spellings."""
    import tomllib
    import run as bench
    out = []
    for gold_file in sorted(bench.GOLD.glob("*.toml")):
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        if gold.get("set") not in sets or gold.get("set") == "held-out" or not gold.get("glossary", {}).get("must"):
            continue
        path = bench.article_path(gold, shared)
        found = articles([], {"tuning": path.parent}, [("tuning", path.stem)])[0]
        out.append((found, gold["glossary"]["must"]))
    return out


def must_found(tuning, order, first: int = 60) -> int:
    """Must-have terms among the first `first` entries of each tuning article in `order`."""
    import run as bench
    total = 0
    for a, must in tuning:
        have = {f for n in order(a)[:first] for f in bench.forms(a.terms[n])}
        total += sum(any(bench.forms(s) & have for s in spellings) for spellings in must)
    return total


def must_table(found: list[Article], shared: Path) -> None:
    """Tuning must-have terms in the first 60 (and 30) by every variant fitted on all seven sets;
    and the variant an inner leave-one-set-out on all seven sets chooses."""
    tuning = tuning_articles(shared)
    total = sum(len(m) for _, m in tuning)
    low = low_keep(found)
    for name, make in variants().items():
        order = make(found, low)[0]
        print(f"  {name:28} must-haves in first 60: {must_found(tuning, order)}/{total}"
              f"  first 30: {must_found(tuning, order, 30)}/{total}")
    for key_name, key in (("top30", lambda m, low: rate(m, 30)), ("est60", est60)):
        print(f"  chosen on all seven sets by {key_name}: {nested(found, key)[0]}")


FLOORS = (0.2, 0.3, 0.4, 0.5)       # `leave`: keep probabilities below which an entry leaves
BLENDINGS = (0.0, 1.0, 2.0)          # `leave`: blends tried (keep.py ships none: 0)
LEAVE_MIN = 20                       # `leave`: the fewest entries of the first 60 left
SEEN_GOLD = ("fresh", *(f"fresh-{n}" for n in range(2, 10)))


def leaving(logit_of, floor: float | None, protect, blend: float = 2.0, window: int = 60, least: int = LEAVE_MIN,
            refill: bool = True):
    """The product's order (`keep.reorder`: today's first `window` by logit minus `blend` x
    log(1 + place), the rest after) less the entries of the window whose keep probability is
    below `floor` and that `protect` (features -> bool) does not keep; the `least` best by
    logit stay however low (None: nothing leaves)."""
    def order(a: Article) -> list[int]:
        logit = logit_of(a)
        head = list(range(min(window, len(a.features))))
        score = {n: logit[n] - blend * math.log1p(n) for n in head}
        gone = set()
        if floor is not None:
            limit = math.log(floor / (1 - floor))
            low = sorted((n for n in head if logit[n] < limit and not protect(a.features[n])),
                         key=lambda n: logit[n])
            spare = max(0, len(head) - least)
            gone = set(low[:spare])
        kept = sorted((n for n in head if n not in gone), key=lambda n: (-score[n], n))
        # (no refill: the glossary is the window's entries left, shorter when some leave)
        return kept + (list(range(len(head), len(a.features))) if refill else [])
    return order


PROTECTS = {
    "none": lambda f: False,
    "defined or concept": lambda f: f["defined"] > 0 or f["concept"] > 0,
}


def leave(found: list[Article], shared: Path) -> None:
    """Entries of the first 60 with a low keep probability leave the glossary (`leaving`).
    Kept / labelled in the first 30 on each held-aside set (model fitted on the other sets),
    unlabelled entries there; the must-haves of the tuning gold and of the seen fresh gold
    in the first 60 and 30 (model fitted on every labelled set)."""
    names = MODEL_FEATURES["all"]
    sets = [s for s, _, _ in train_keep.SETS]
    gold = {"tuning": tuning_articles(shared), "fresh gold": tuning_articles(shared, SEEN_GOLD)}
    everything = model_logits(found, names)
    fitted = {test: model_logits([a for a in found if a.set != test], names) for test in sets}
    for blend, refill, floor, (label, protect) in [(b, True, None, ("none", PROTECTS["none"])) for b in BLENDINGS] + [
            (b, r, f, p) for b in BLENDINGS for r in (True, False) for f in FLOORS for p in PROTECTS.items()]:
        pooled, cells = Counter(), []
        for test in sets:
            m = measure([a for a in found if a.set == test], leaving(fitted[test], floor, protect, blend,
                                                                     refill=refill), 0.0)
            pooled += m
            cells.append(f"{test} {m['kept30']}/{m['n30']}")
        musts = []
        for name, arts in gold.items():
            order = leaving(everything, floor, protect, blend, refill=refill)
            total = sum(len(m) for _, m in arts)
            musts.append(f"{name} {must_found(arts, order)}/{must_found(arts, order, 30)} of {total}")
        print(f"blend {blend} {'refilled' if refill else 'shorter'} floor {floor} protect {label}: "
              f"top30 {pooled['kept30']}/{pooled['n30']} len30 {pooled['len30']} len60 {pooled['len60']}"
              f" ({100 * rate(pooled):.1f} %) unlabelled {pooled['len30'] - pooled['n30']}"
              f" | must-haves in 60/30: {'; '.join(musts)}\n   " + "; ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("reasons", "folds", "shapes", "must", "short", "leave"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared corpus folder")
    parser.add_argument("--cache", type=Path, help="keep the matched items and articles in this file (pickle)")
    parser.add_argument("--blends", type=float, nargs="*", default=BLENDS,
                        help="weights of minus log(1 + today's place) added to a model's logit")
    parser.add_argument("--inside-blends", type=float, nargs="+", default=INSIDE_BLENDS)
    args = parser.parse_args()
    BLENDS[:] = args.blends
    INSIDE_BLENDS[:] = args.inside_blends
    items, found = load(args.cache)
    if args.what == "reasons":
        reasons(items)
    elif args.what == "short":
        short(found, args.shared)
    elif args.what == "leave":
        leave(found, args.shared)
    elif args.what == "must":
        must_table(found, args.shared)
    elif args.what == "shapes":
        shapes_table(found)
    else:
        folds(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
