"""Collects every judged define question of the tuning question sheets and the features
the code can know about its term, for the define-gate experiment
(quality/verdicts/tuning-questions-define-gate-split.md).

Usage:
    python quality/define_gate_split.py [--shared DIR] > table.tsv

Reads quality/verdicts/tuning-*-questions*.md (rows `| # | bloom | question | verdict |`),
keeps "What is meant by X?", "What is X, according to the text?", "Apa yang dimaksud
dengan X?", "Apa itu X menurut teks ini?", one row per article and term (wrong if any
sheet judged it wrong), and prints a tab-separated table of the term's features.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings  # noqa: E402
from pack.extract.questions.context import QuestionContext  # noqa: E402
from pack.extract.questions.ask_terms import define_questions  # noqa: E402
from pack.extract.questions.definitions import text_definitions  # noqa: E402
from pack.extract.questions.keyness import keyness  # noqa: E402
from pack.extract.questions.names import mentioned  # noqa: E402
from pack.extract.run import extract_all  # noqa: E402
from pack.read import read_article  # noqa: E402

DEFINE = [re.compile(p) for p in (r"^What is meant by (.+)\?$", r"^What (?:is|are) (.+), according to the text\?$",
                                  r"^Apa yang dimaksud dengan (.+)\?$", r"^Apa itu (.+) menurut teks ini\?$")]
SHEET = re.compile(r"tuning-(.+?)-questions")


def judged() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "quality" / "verdicts").glob("tuning-*-questions*.md")):
        article = SHEET.match(path.name).group(1)
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 4 or not cells[0].isdigit():
                continue
            match = next((m for p in DEFINE if (m := p.match(cells[2]))), None)
            if not match:
                continue
            verdict = "wrong" if cells[3].startswith("wrong") else "ok"
            key = (article, re.sub(r"^the\s+", "", match.group(1)))     # "the Spadina House" = "Spadina House"
            found[key] = "wrong" if found.get(key) == "wrong" else verdict
    return found


def features(ctx: QuestionContext, glossary, term: str) -> dict:
    bare = re.sub(r"^(?:the|The)\s+", "", term)
    entry = next((e for e in glossary if e.term.casefold() in (term.casefold(), bare.casefold())
                  or bare.casefold() in (v.casefold() for v in e.variants)), None)
    forms = [entry.term, *entry.variants] if entry else [bare]
    defined = {e.term.casefold() for e in text_definitions(ctx)}
    sentences = [s for s in ctx.sentences if any(mentioned(f, s.text) for f in forms)]
    chapters = list(ctx.chapters.values())
    lead = {s.ref.paragraph_id for s in ctx.sentences if s.ref.chapter_id == chapters[0].id}
    headings = " ".join(c.title for c in chapters).casefold()
    return {
        "gloss": entry.kind if entry else "-",
        "pattern": int(bare.casefold() in defined or term.casefold() in defined),
        "uses": len(sentences),
        "paras": len({s.ref.paragraph_id for s in sentences}),
        "chapters": len({s.ref.chapter_id for s in sentences}),
        "key": round(min(keyness(ctx, bare), 9.9), 2) if " " not in bare and not bare.isupper() else "",
        "zipf": round(ctx.ql.zipf(bare), 2) if " " not in bare else "",
        "cap": int(bare[:1].isupper()),
        "upper": int(bare.isupper()),
        "words": len(bare.split()),
        "lead": int(any(s.ref.paragraph_id in lead for s in sentences)),
        "heading": int(bare.casefold() in headings),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    rows = judged()
    columns = None
    for article in sorted({a for a, _ in rows}):
        path = next(p for d in ("samples", "corpus") if (p := args.shared / d / f"{article}.txt").exists())
        art = read_article(path)
        found = extract_all([art], Settings())
        ctx = QuestionContext(art, tuple(found.people))
        # Which judged terms today's code still proposes as a define question, and prints.
        asked = {re.sub(r"^the\s+", "", c.focus, flags=re.I).casefold() for c in define_questions(ctx, tuple(found.glossary))}
        printed = {m.group(1) for q in found.questions for p in DEFINE if (m := p.match(q.text))}
        printed = {re.sub(r"^the\s+", "", t, flags=re.I).casefold() for t in printed}
        for (a, term), verdict in sorted(rows.items()):
            if a != article:
                continue
            f = features(ctx, found.glossary, term)
            f["asked_now"] = int(term.casefold() in asked)
            f["printed_now"] = int(term.casefold() in printed)
            if columns is None:
                columns = list(f)
                print("\t".join(["article", "term", "verdict", *columns]))
            print("\t".join([article, term, verdict, *(str(f[c]) for c in columns)]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
