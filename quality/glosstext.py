"""The text after each glossary term, against the seen blind verdicts (issue 13).

Usage:
    python quality/glosstext.py [--out FILE.json] [--show wrong|changed|all]

Stage: offline, never at build time. Input: every seen judged glossary
sheet (`seen_verdicts.readings("glossary")`), each item's printed text
and the reader's right/wrong/none, and the articles of its fresh set.
Output: per set, right/wrong/none as judged, and how many items today's
extractor prints the same text for (the label holds) or a new one (to
be read by hand: listed with the old text and the reader's reason).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.extract.glossary.entries import glossary_sources  # noqa: E402
from pack.read import read_article  # noqa: E402
from seen_verdicts import readings, set_label  # noqa: E402  (quality/, beside this file)

ITEM = re.compile(r"^(\d+)\.\s+(.+?)\s+—\s+\((definition|context)\)\s?(.*)$")
VERDICT = re.compile(r"^\s*verdict:\s*(keep|drop)\b\s*(right|wrong|none)?\W*(.*)$", re.I)


def spelled(text: str) -> str:
    return " ".join(text.casefold().split())


def labels(folder: Path) -> list[dict]:
    """Each judged glossary item of `folder`: article, term, kind, text, verdict, reason."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    items, pending = [], None
    for sheet in sorted(folder.glob("judged-gl*.md")):
        for line in sheet.read_text(encoding="utf-8").splitlines():
            if m := ITEM.match(line):
                pending = m.groups()
            elif (v := VERDICT.match(line)) and pending:
                number, term, kind, text = pending
                if key[number]["part"] == "glossary":
                    items.append({"article": key[number]["article"], "term": term, "kind": kind,
                                  "text": text, "verdict": (v.group(2) or "").lower(),
                                  "reason": v.group(3).strip(" )")})
                pending = None
    return items


def today(path: Path) -> dict[str, tuple[str, str, str]]:
    """Term (and variants) -> (kind, text, pattern) of today's first 60 entries."""
    found = {}
    for entry, source in glossary_sources(read_article(path), 60):
        row = (entry.kind, entry.definition, source.pattern if source else "context")
        for form in (entry.term, *entry.variants):
            found.setdefault(spelled(form), row)
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", choices=("wrong", "changed", "all", "none"), default="changed")
    args = parser.parse_args(argv)
    rows = []
    for folder, fresh in readings("glossary"):
        items = labels(folder)
        for name in sorted({i["article"] for i in items}):
            now = today(ROOT / "quality" / fresh / f"{name}.txt")
            for item in (i for i in items if i["article"] == name):
                kind, text, pattern = now.get(spelled(item["term"]), ("gone", "", ""))
                rows.append({**item, "set": set_label(fresh), "now_kind": kind, "now": text,
                             "pattern": pattern,
                             "same": kind == item["kind"] and spelled(text) == spelled(item["text"])})
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    for label in dict.fromkeys(r["set"] for r in rows):
        mine = [r for r in rows if r["set"] == label]
        judged = Counter(r["verdict"] for r in mine)
        changed = sum(not r["same"] and r["now_kind"] != "gone" for r in mine)
        gone = sum(r["now_kind"] == "gone" for r in mine)
        print(f"{label}: {len(mine)} items, right {judged['right']} wrong {judged['wrong']} "
              f"none {judged['none']}; today same text {len(mine) - changed - gone}, new text {changed}, "
              f"not in the first 60 {gone}")
    for r in rows:
        show = {"wrong": r["verdict"] != "right", "changed": not r["same"] and r["now_kind"] != "gone",
                "all": True, "none": False}[args.show]
        if show:
            print(f"\n[{r['set']} {r['article']}] {r['term']} — judged {r['verdict']} ({r['kind']}) {r['text']}"
                  f"\n   reason: {r['reason']}\n   now ({r['now_kind']}, {r['pattern']}): {r['now']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
