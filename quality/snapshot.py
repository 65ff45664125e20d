"""Snapshot of the extract stage's outputs, to check that a refactoring changed nothing.

Usage:
    TEACHPACK_CACHE=off python quality/snapshot.py OUT_DIR [ARTICLE.txt ...]

Stage: runs `read_article` and `extract_all` (every appendix, default
`Settings`) on each article — by default the three samples in
assets/samples/ and every article of the shared corpus (given as extra
paths). Output: one text file per article in OUT_DIR, one line per
extracted item (glossary, people, timeline, periods, questions, quiz,
objectives, sensitive), each item as sorted-key JSON, so that
`diff -r before/ after/` shows exactly which items changed.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings  # noqa: E402
from pack.extract.run import extract_all  # noqa: E402
from pack.read import read_article  # noqa: E402

LISTS = ("glossary", "people", "timeline", "periods", "questions", "quiz", "sensitive")


def _line(item) -> str:
    value = dataclasses.asdict(item) if dataclasses.is_dataclass(item) else item
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def dump(found) -> str:
    lines = []
    for name in LISTS:
        items = getattr(found, name)
        lines.append(f"## {name} ({len(items)})")
        lines += [_line(item) for item in items]
    lines.append(f"## objectives ({len(found.objectives)})")
    lines += [_line([key, found.objectives[key]]) for key in sorted(found.objectives)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    paths = [Path(p) for p in argv[1:]] or sorted((ROOT / "assets" / "samples").glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    for path in paths:
        found = extract_all([read_article(path)], settings)
        (out / f"{path.stem}.txt").write_text(dump(found), encoding="utf-8")
        print(f"{path.stem}: {sum(len(getattr(found, n)) for n in LISTS)} items", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
