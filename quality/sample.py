"""Draws the seeded random samples that a reader judges by hand.

Usage:
    python quality/sample.py ARTICLE [--seed 30] [--shared DIR] [--out FILE]

ARTICLE is a path below the shared folder ("corpus/en-volcano.txt").
Writes a Markdown sheet (to --out, or stdout) with a seeded random 30
glossary entries (term, kind, what the book prints), 20 who's-who entries
(name, role), 30 timeline events (date as printed, text as printed,
the source sentence) and 30 questions (with --kinds, the generator or
template of each), each with an empty verdict column.
The judged sheets are kept in `quality/verdicts/`: a verdict is `ok`, or
`wrong: <why>`; the counts go into the issue notes.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings  # noqa: E402
from pack.extract.run import extract_all  # noqa: E402
from pack.read import read_article  # noqa: E402


def pick(items: list, n: int, seed: int) -> list:
    if len(items) <= n:
        return list(items)
    return sorted(random.Random(seed).sample(items, n), key=items.index)


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def sheet(path: Path, seed: int, kinds: bool = False) -> str:
    article = read_article(path)
    found = extract_all([article], Settings())
    lines = [f"# Hand check: {path.name} (seed {seed})\n",
             "Verdicts: `ok`, or `wrong: why`. Definition: right for the term, or context marked as such. "
             "Role: right for that person. Event: readable as printed and date exactly right. "
             "Question: usable as printed.\n"]
    lines += [f"\n## Glossary ({min(30, len(found.glossary))})\n", "| # | term | kind | printed | verdict |", "|---|---|---|---|---|"]
    for i, e in enumerate(pick(found.glossary, 30, seed), 1):
        lines.append(f"| {i} | {cell(e.term)} | {e.kind} | {cell(e.definition)} | |")
    lines += [f"\n## Who's who ({min(20, len(found.people))})\n", "| # | name | role | verdict |", "|---|---|---|---|"]
    for i, p in enumerate(pick(found.people, 20, seed), 1):
        role = f"(in context) {p.role}" if p.role_kind == "context" else p.role
        lines.append(f"| {i} | {cell(p.name)} | {cell(role)} | |")
    lines += [f"\n## Timeline ({min(30, len(found.timeline))})\n", "| # | date | event | sentence | verdict |", "|---|---|---|---|---|"]
    for i, e in enumerate(pick(found.timeline, 30, seed), 1):
        lines.append(f"| {i} | {cell(e.date_text)} | {cell(e.text)} | {cell(e.sentence)} | |")
    # --kinds: which generator or template made each question (Question.kind), for
    # counting the usable rate per form.
    head = "| # | bloom | kind | question | verdict |" if kinds else "| # | bloom | question | verdict |"
    lines += [f"\n## Questions ({min(30, len(found.questions))})\n", head, "|---" * (head.count("|") - 1) + "|"]
    for i, q in enumerate(pick(found.questions, 30, seed), 1):
        kind = f" {q.kind} |" if kinds else ""
        lines.append(f"| {i} | {q.bloom} |{kind} {cell(q.text)} | |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article")
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--kinds", action="store_true", help="add the kind of each question (its generator or template)")
    args = parser.parse_args()
    text = sheet(args.shared / args.article, args.seed, args.kinds)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
