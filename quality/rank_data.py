"""The glossary's ranking data: every candidate group of every seen article, with its labels.

Usage:
    python quality/rank_data.py --shared DIR --out FILE.pickle [--jobs 2]

Stage: offline, never at build time. Input: the gold files of
`quality/gold/` whose article is seen for the glossary (the tuning set, the
extra tuning articles and the fresh sets of `seen_verdicts`; never a
held-out article or a set nobody may read: `SEEN`), and the blind keep/drop
sheets of those fresh sets (`train_keep.labels`). Output: a pickle of one
`Ranked` per article: every glossary group in the hand-set order
(`entries.hand_ranked`, before the keep model reorders the first), with its
`keep.MODEL_FEATURES` and the numbers of `extra_features` (tried, not shipped), whether it spells a
must-have term of the gold (matched as `quality/run.py` matches), and the
readers' keep (1) or drop (0) where a sheet judged it. `quality/train_rank.py`
learns and tests rankings on it.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import tomllib
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import run as bench  # noqa: E402  (quality/run.py: gold paths and the scorer's matching)
import train_keep  # noqa: E402  (the blind sheets' keep/drop labels)
from seen_verdicts import READINGS, set_label  # noqa: E402
from pack.extract.glossary.entries import hand_ranked  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402
from pack.text.cases import normal_key  # noqa: E402
from pack.text.tokens import tokenize  # noqa: E402

# Held out for every part (quality/SPLIT.md): never read here.
HELD_OUT = frozenset({"en-charles-darwin", "en-elizabeth-i", "en-world-war-i", "en-volcano", "en-solar-system",
                      "en-dutch-east-indies", "id-hatta", "id-revolusi-nasional", "id-sumpah-pemuda"})
# The fresh sets seen for the glossary: those with a seen blind reading (a set without one, such as fresh-13: never).
SEEN = frozenset({"tuning", "extra", *(set_label(fresh) for _, fresh in READINGS)})


@dataclass
class Ranked:
    """One seen article: its groups in the hand-set order, their numbers and labels."""
    set: str
    name: str
    lang: str
    terms: list[str]
    rows: list[dict[str, float]]                 # keep.MODEL_FEATURES of each group
    must: list[list[int]]                        # per must-have term: the groups that spell it
    spellings: list[list[str]]                   # each group's term and variants, as the sheets are matched
    blind: dict[int, int] = field(default_factory=dict)   # group -> the readers' keep (1) / drop (0)


def set_of(gold: dict) -> str | None:
    """The seen set of a gold file, or None when it may not be read."""
    if gold.get("set") not in ("tuning",) and not str(gold.get("set", "")).startswith("fresh"):
        return None
    path = gold["article"]
    fresh = re.match(r"quality/(fresh\d*)/", path)
    name = set_label(fresh.group(1)) if fresh else ("extra" if path.startswith("quality/extra/") else "tuning")
    return name if name in SEEN else None


def seen_golds(shared: Path) -> list[tuple[str, str, dict, Path]]:
    """(set, name, gold, article path) of every seen gold file with must-have glossary terms."""
    out = []
    for gold_file in sorted(bench.GOLD.glob("*.toml")):
        if gold_file.stem in HELD_OUT:
            continue
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        chosen = set_of(gold)
        if chosen and gold.get("glossary", {}).get("must"):
            out.append((chosen, gold_file.stem, gold, bench.article_path(gold, shared)))
    return out


def extra_features(term: str, analysis) -> dict[str, float]:
    """Numbers tried beside `keep.MODEL_FEATURES`: where the term is first used (share of
    the text before it), the share of its uses in the first tenth of the text, and in how
    many sentences it is used (log)."""
    lex, index = analysis.lex, analysis.index
    keys = tuple(normal_key(t.text, lex) for t in tokenize(term, lex.code)) or (term.casefold(),)
    used = sorted(n for n, _ in index.find(keys))
    total = max(1, len(index.sentences))
    if not used:
        return {"first": 1.0, "early_share": 0.0, "sentences": 0.0}
    return {"first": used[0] / total, "early_share": sum(n < total / 10 for n in used) / len(used),
            "sentences": math.log(1 + len(set(used)))}


def build(job: tuple[str, str, dict, Path]) -> Ranked:
    """One article's groups, numbers and must-have labels (the blind labels come after)."""
    set_name, name, gold, path = job
    article = read_article(path)
    ranked = hand_ranked(article)
    analysis = analyse(article)
    for entry, row in ranked:
        row.update(extra_features(entry.term, analysis))
    spelled = [set().union(*(bench.forms(f) for f in (e.term, *e.variants))) for e, _ in ranked]
    must = [[n for n, have in enumerate(spelled) if any(bench.forms(s) & have for s in spellings)]
            for spellings in gold["glossary"]["must"]]
    forms = [[train_keep.spelled(f) for f in (e.term, *e.variants)] for e, _ in ranked]
    return Ranked(set_name, name, article.lang, [e.term for e, _ in ranked], [row for _, row in ranked], must,
                  forms)


def add_blind(found: list[Ranked]) -> None:
    """Each judged sheet item's keep/drop on the group that spells its term (first sheet's label)."""
    by_key = {(a.set, a.name): a for a in found}
    for set_name, folder, _ in train_keep.SETS:
        for item in train_keep.labels(folder, set_name):
            article = by_key.get((set_name, item.article))
            if article is None:
                continue
            term = train_keep.spelled(item.term)
            place = next((n for n, spelt in enumerate(article.spellings) if term in spelt), None)
            if place is not None:
                article.blind.setdefault(place, item.keep)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    jobs = seen_golds(args.shared)
    print(f"{len(jobs)} seen articles:", ", ".join(f"{s}/{n}" for s, n, _, _ in jobs), flush=True)
    with Pool(args.jobs) as pool:
        found = pool.map(build, jobs, chunksize=1)
    add_blind(found)
    args.out.write_bytes(pickle.dumps(found))
    print(f"wrote {args.out}: {sum(len(a.rows) for a in found)} groups, "
          f"{sum(len(a.blind) for a in found)} blind labels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
