"""Lint every generated question of every article: the debris the question linter finds.

Usage:
    python quality/lint_questions.py [--shared DIR] [--only NAME ...] [--quiet]

Reads each article of `samples/` and `corpus/` in the shared folder
(`../shared` beside the checkout, or --shared), extracts it with the
default settings, and runs `pack.qlint` over its discussion questions and
quiz prompts, with the article's people as the names a "life of" template
may take. Prints every hit per article (unless --quiet), then a table of
the number of questions and of hits per article and rule. Exit status 0
whether or not there are hits: this measures; the gate is
tests/test_qlint_corpus.py, which fails on any hit.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings            # noqa: E402  (after the path is set)
from pack.extract.run import extract_all    # noqa: E402
from pack.qlint import lint_questions       # noqa: E402
from pack.read import read_article          # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*", default=[], help="article file names (without .txt)")
    parser.add_argument("--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    paths = _articles(args.shared, args.only)
    if not paths:
        sys.exit(f"no articles in {args.shared}/samples or {args.shared}/corpus: give the shared folder with --shared")
    rows = []
    for path in paths:
        texts, found = lint_article(path)
        hits = [hit for text in found for hit in found[text]]
        if not args.quiet:
            _print_hits(path, found)
        rows.append((f"{path.parent.name}/{path.name}", len(texts), len(found), Counter(h.rule for h in hits)))
    _print_table(rows)


def _articles(shared: Path, only: list[str]) -> list[Path]:
    paths = sorted((shared / "samples").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt"))
    return [p for p in paths if not only or p.stem in only]


def lint_article(path: Path):
    """The article's question texts and the linter's hits per text."""
    article = read_article(path)
    extracted = extract_all([article], Settings())
    people = {name for p in extracted.people for name in (p.name, *p.variants)}
    texts = [q.text for q in extracted.questions] + [q.prompt for q in extracted.quiz]
    return texts, lint_questions(texts, article.lang, people)


def _print_hits(path: Path, found: dict) -> None:
    print(f"== {path.parent.name}/{path.name}: {len(found)} question(s) with hits")
    for text, hits in found.items():
        print(f"  {text}")
        for hit in hits:
            print(f"      {hit}")


def _print_table(rows) -> None:
    rules = sorted({rule for *_, counts in rows for rule in counts})
    print("\n| file | questions | with hits | hits | " + " | ".join(rules) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(rules))
    for name, total, flagged, counts in rows:
        cells = " | ".join(str(counts.get(rule, 0)) for rule in rules)
        print(f"| {name} | {total} | {flagged} | {sum(counts.values())} | {cells} |")
    total = sum(r[1] for r in rows), sum(r[2] for r in rows), sum(sum(r[3].values()) for r in rows)
    print(f"| all | {total[0]} | {total[1]} | {total[2]} | " +
          " | ".join(str(sum(r[3].get(rule, 0) for r in rows)) for rule in rules) + " |")


if __name__ == "__main__":
    main()
