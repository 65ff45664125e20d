"""Make `foreign_common_words` for a language's glossary.toml: the commonest words of the
languages its articles quote, that are not words of its own.

Usage:
    python quality/glossary_foreign_words.py en de fr nl es it pt [--top 400]

Stage: offline, never at build time. Input: wordfreq's word lists (the
package the build already uses for general-usage frequency). Output
(stdout): a TOML line `foreign_common_words = [...]` to paste into
pack/lang/<lang>/glossary.toml [candidates]: each other language's `--top`
commonest words of two letters or more that are at least
`foreign_there_zipf` common there and `foreign_margin` more common there
than in the article's language (the thresholds of
`glossary.entries._in_foreign_text`, read from pack/lang/schema.toml), so
that "die", "il", "vier" are in and "in", "la" (English 5.05, French 7.4: in),
"a" are judged by the same rule the whole lists would give. The glossary's
foreign-text gate asks this short list before reading the other
languages' whole lists (quality/verdicts/glossary-r29.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.lang.schema import tunables  # noqa: E402

WORD = re.compile(r"[^\W\d_]{2,}")


def common_words(own: str, others: list[str], top: int) -> list[str]:
    """The sorted words (see the module docstring)."""
    from wordfreq import top_n_list, zipf_frequency
    there_floor = tunables()["glossary.entries.foreign_there_zipf"]
    margin = tunables()["glossary.entries.foreign_margin"]
    found = set()
    for code in others:
        for word in top_n_list(code, top):
            there = zipf_frequency(word, code)
            if WORD.fullmatch(word) and there >= there_floor and there >= zipf_frequency(word, own) + margin:
                found.add(word)
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("own")
    parser.add_argument("others", nargs="+")
    parser.add_argument("--top", type=int, default=400)
    args = parser.parse_args()
    words = common_words(args.own, args.others, args.top)
    lines, line = [], []
    for word in words:
        if sum(len(w) + 4 for w in line) + len(word) > 90:
            lines.append(", ".join(f'"{w}"' for w in line))
            line = []
        line.append(word)
    lines.append(", ".join(f'"{w}"' for w in line))
    print("foreign_common_words = [\n    " + ",\n    ".join(lines) + ",\n]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
