"""Who's-who recall misses, each with the stage that loses it (issue 13).

Usage: python quality/people_recall.py [--shared DIR] [NAME ...]

For every seen gold article (never a held-out one, never a later fresh set: they are
skipped without being read) the gold people the who's-who misses, as
`quality/run.py` counts them, and where each is lost:

- "no candidate": no capitalised run of the text holds the name;
- "kinds: place/term/other/subject": a candidate holds it, `pack/text/kinds`
  calls it no person;
- "gated": kinds calls it a person, the who's-who builds no entry of it
  (`pack/extract/people`: not_a_person, joins, ...);
- "ranked out": an entry is built but falls past the printed list's cut.

Prints one line a miss and the count by stage and language.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from run import article_path, contains_word, fold  # noqa: E402
from pack.config import Settings  # noqa: E402
from pack.extract.people import extract_people, ranked_people  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402

UNSEEN = ("held-out", "fresh-17")
CHECK = ("fresh-12", "fresh-13", "fresh-14")     # round 28's check sets: read only with --check


def _found(person: dict, people) -> bool:
    names = [" ".join((p.name, *p.variants)) for p in people]
    return any(contains_word(n, m) for n in names for m in person.get("match", [person["name"]]))


def _stage(person: dict, article, analysis) -> str:
    if _found(person, ranked_people(article)):
        return "ranked out"
    matches = person.get("match", [person["name"]])
    holders = [c for c in analysis.candidates
               if any(contains_word(" ".join(c.key), m) or contains_word(m, " ".join(c.key))
                      and len(" ".join(c.key)) > 3 for m in matches)]
    if not holders:
        return "no candidate"
    kinds = {analysis.kinds.of(c.key) for c in holders}
    if "person" in kinds:
        return "gated"
    return "kinds: " + "/".join(sorted(kinds)) + " (" + "; ".join(" ".join(c.key) for c in holders[:3]) + ")"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--check", action="store_true",
                        help="the check sets only (fresh-12 to fresh-14), counts alone; else they are skipped")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    counts: Counter = Counter()
    for path in sorted((ROOT / "quality" / "gold").glob("*.toml")):
        if args.names and path.stem not in args.names:
            continue
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        if gold["set"] in UNSEEN or (gold["set"] in CHECK) != args.check:
            continue
        source = article_path(gold, Path(args.shared))
        if not source.exists():
            continue
        article = read_article(source)
        people = extract_people(article, Settings().people_entries)
        analysis = analyse(article)
        for person in gold.get("people", []):
            if _found(person, people):
                continue
            stage = _stage(person, article, analysis)
            counts[(stage.split(" (")[0], gold.get("language", ""))] += 1
            if not args.check:
                print(f"{path.stem}\t{person['name']}\t{stage}")
    for (stage, lang), n in sorted(counts.items()):
        print(f"# {lang} {stage}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
