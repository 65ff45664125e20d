"""Dump every extractor's output of a set of articles, to check that a speed change changed none.

Usage:
    python bench/dump.py OUTDIR [ARTICLE ...]
    python bench/dump.py --compare DIR_A DIR_B

Run from the tree to dump (PYTHONPATH at it). Without articles it takes
the project's samples, `quality/extra/` and the seen fresh sets
(`quality/fresh/` to `quality/fresh13/`), and the corpus folder named by
TEACHPACK_CORPUS if set. For each article it writes OUTDIR/<name>.json:
the read article (chapters, paragraphs) and its whole extraction
(glossary, people, timeline, questions, quiz, objectives, periods), as
JSON with keys in a fixed order, so two trees' dumps compare byte for byte.

--compare prints, for each file name, whether the two folders hold the
same bytes, and only the names: it never shows an output, so it may be
run on articles that must not be read (held-out ones).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEN_SETS = ["assets/samples", "quality/extra"] + [f"quality/fresh{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)]


def default_articles() -> list[Path]:
    folders = [ROOT / name for name in SEEN_SETS]
    if os.environ.get("TEACHPACK_CORPUS"):
        folders.append(Path(os.environ["TEACHPACK_CORPUS"]))
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def as_json(value: object) -> str:
    return json.dumps(dataclasses.asdict(value), ensure_ascii=False, indent=1, default=repr)


def dump(out: Path, articles: list[Path]) -> None:
    from pack.config import Settings
    from pack.extract.run import extract_all
    from pack.read import read_article

    out.mkdir(parents=True, exist_ok=True)
    for path in articles:
        article = read_article(path)
        found = extract_all([article], Settings())
        name = f"{path.parent.name}--{path.stem}.json"
        (out / name).write_text(as_json(article) + "\n" + as_json(found) + "\n", encoding="utf-8")


def compare(first: Path, second: Path) -> int:
    names = sorted({p.name for p in first.glob("*.json")} | {p.name for p in second.glob("*.json")})
    differ = [n for n in names if not ((first / n).is_file() and (second / n).is_file()
                                       and (first / n).read_bytes() == (second / n).read_bytes())]
    print(f"{len(names) - len(differ)} of {len(names)} the same")
    for name in differ:
        print(f"  differs: {name}")
    return 1 if differ else 0


def main() -> None:
    if sys.argv[1:2] == ["--compare"] and len(sys.argv) == 4:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dump(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]] or default_articles())


if __name__ == "__main__":
    main()
