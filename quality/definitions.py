"""Which definition pattern printed each glossary definition: a debugging dump.

Usage:
    python quality/definitions.py [--limit N] [--context] ARTICLE.txt ...

Stage: runs the glossary extractor (`glossary_sources`, default 60
entries) on each article. Output, one block per article: for every entry
of kind "definition", its rank, term, the pattern that found the text
("long-form+<pattern>": what the article says an abbreviation's long form
is), the printed definition and the sentence it was found in; with
--context the entries that show a context sentence too (pattern
"context"). A last line counts the definitions per pattern. This is what
a reader judges, pattern by pattern, in quality/verdicts/.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings  # noqa: E402
from pack.extract.glossary.entries import glossary_sources  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402


def dump(path: Path, limit: int, context: bool) -> str:
    article = read_article(path)
    sentences = analyse(article).index.sentences
    lines, patterns = [f"## {path.stem}"], Counter()
    for rank, (entry, source) in enumerate(glossary_sources(article, limit), start=1):
        if source is None and not context:
            continue
        pattern = source.pattern if source else "context"
        patterns[pattern] += 1
        found_in = sentences[source.sentence].text if source else ""
        lines.append(f"{rank}\t{entry.term}\t{pattern}\t{entry.definition}\t{found_in}")
    lines.append("patterns: " + ", ".join(f"{p} {n}" for p, n in sorted(patterns.items())))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=Settings.glossary_entries)
    parser.add_argument("--context", action="store_true", help="list the entries that show a context sentence too")
    args = parser.parse_args(argv)
    for path in args.articles:
        if not path.is_file():
            parser.error(f"{path}: no such article file")
        print(dump(path, args.limit, args.context), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
