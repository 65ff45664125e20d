"""The shapes of the glossary's fragments: each seen "fragment" drop sorted by how its article writes it.

Usage:
    python quality/glossary_fragments.py [--show SHAPE]

Stage: offline, never at build time. Input: the seen blind glossary labels
(`train_keep.SETS`, never a held-out reading) whose drop reason
`glossary_causes` files under "fragment", and the judged article's text.
Output: each item's shape, found from the words right around its uses in
the text (first match wins):

- formula cut at a digit: a use runs on into a digit with no space ("SiO" of "SiO2");
- possessive inside a name: a use runs on into "' " and a capitalised word ("Hundred Years' War");
- head of a name: most uses run on into the same capitalised word ("Sargasso Sea");
- tail of a name: most uses come right after the same capitalised word ("Black Hills");
- inside a longer phrase: most uses run on into, or come after, the same word ("heir apparent");
- other (a title's words, a quotation, a phrase that is no term at all).

"Most" is `MOST` of the uses. Nothing is written; the write-up is
quality/verdicts/glossary-fragments-r27.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "quality"))

import train_keep  # noqa: E402
from glossary_causes import DROP_CAUSES, cause  # noqa: E402

MOST = 0.75


def uses(text: str, term: str) -> list[tuple[str, str]]:
    """(up to 12 characters before, up to 12 after) around each use of the term."""
    flags = 0 if term[:1].isupper() else re.I
    found = re.finditer(r"(?<![\w])" + re.escape(term) + r"(?![^\W\d_])", text, flags)
    return [(text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]) for m in found]


def _most(words: list[str], n: int) -> bool:
    common = Counter(w for w in words if w).most_common(1)
    return bool(common) and common[0][1] >= MOST * n


def shape(text: str, term: str) -> str:
    around = uses(text, term)
    n = len(around)
    if not n:
        return "other"
    if any(re.match(r"\d", after) for _, after in around):
        return "formula cut at a digit"
    if any(re.match(r"['’] [A-Z]", after) for _, after in around):
        return "possessive inside a name"
    next_cap = [(re.match(r" ([A-Z]\w+)", a) or [None, ""])[1] for _, a in around]
    if _most(next_cap, n):
        return "head of a name"
    prev_cap = [(re.search(r"([A-Z]\w+) $", b) or [None, ""])[1] for b, _ in around]
    if _most(prev_cap, n):
        return "tail of a name"
    next_word = [(re.match(r"[ -](\w+)", a) or [None, ""])[1].lower() for _, a in around]
    prev_word = [(re.search(r"(\w+)[ -]$", b) or [None, ""])[1].lower() for b, _ in around]
    if n >= 1 and (_most(next_word, n) or _most(prev_word, n)) and not _function_only(next_word, prev_word):
        return "inside a longer phrase"
    return "other"


def _function_only(next_word, prev_word) -> bool:
    """The shared neighbour is a function word ("the", "of"): no longer term."""
    top = [Counter(w for w in ws if w).most_common(1) for ws in (next_word, prev_word)]
    return all(not t or t[0][0] in {"the", "of", "and", "a", "in", "to", "is", "was", "yang", "dan", "di"}
               for t in top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="list the items of one shape")
    args = parser.parse_args()
    by_shape, sets_of, seen = Counter(), {}, set()
    for name, folder, articles in train_keep.SETS:
        for i in train_keep.labels(folder, name):
            key = (i.article, train_keep.spelled(i.term))
            if key in seen or i.keep or cause(i.reason, DROP_CAUSES) != "fragment":
                continue
            seen.add(key)
            path = articles / f"{i.article}.txt"
            found = shape(path.read_text(encoding="utf-8"), i.term) if path.exists() else "other"
            by_shape[found] += 1
            sets_of.setdefault(found, set()).add(i.set)
            if args.show == found:
                print(f"{i.set} | {i.article} | {i.term} | {i.reason}")
    print(table(by_shape, sets_of))
    return 0


def table(by_shape: Counter, sets_of: dict[str, set]) -> str:
    """The shapes as a markdown table, most drops first, with how many sets show each."""
    rows = [f"| {found} | {n} | {len(sets_of[found])} |" for found, n in by_shape.most_common()]
    return "\n".join(["| shape | drops | sets |", "|---|---|---|", *rows])


if __name__ == "__main__":
    sys.exit(main())
