"""Benchmark: every WeasyPrint layout a PDF build makes, counted.

    python bench/rounds.py [ARTICLE ...] [--out FILE]

Builds the PDF of the articles (the bundled sample when none is given; two
or more make one book of them, like `teachpack build A B`) as one
document, in this process (`TEACHPACK_WORKERS=1`, cache off), and counts
each call of render.pdf.document.lay_out under cProfile: whether it laid
out the book or a galley (render.pdf.galley: the hyphenation rounds'
proofs), its pages, its Python calls, the Pango layouts it made, the
lines it broke and the styles it computed. Counts, not times: the load
of a shared machine does not move them (run with `PYTHONHASHSEED=0`).
Prints a Markdown table (and writes it to --out). Not part of the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "assets" / "samples" / "id-stalin.txt"
GALLEY_MARK = "display: none !important"
# (label, function name, end of its file's path), as bench/ablate.py counts them.
COUNTED = [("Pango layouts", "create_layout", "text/line_break.py"),
           ("lines broken", "split_first_line", "text/line_break.py"),
           ("styles computed", "set_computed_styles", "css/__init__.py")]


def main() -> None:
    options = _options()
    os.environ.update(TEACHPACK_WORKERS="1", TEACHPACK_CACHE="off")
    from pack.render.pdf import document
    rows: list[dict] = []
    original = document.lay_out

    def counted(html, *args, **kwargs):
        profile = cProfile.Profile()
        laid_out = profile.runcall(original, html, *args, **kwargs)
        stats = pstats.Stats(profile).stats
        row = {"kind": "galley" if GALLEY_MARK in html else "book", "pages": len(laid_out.pages),
               "calls": sum(entry[1] for entry in stats.values())}
        for label, name, ending in COUNTED:
            row[label] = sum(entry[1] for (file, _, function), entry in stats.items()
                             if function == name and file.endswith(ending))
        rows.append(row)
        return laid_out

    document.lay_out = counted
    _build(options.articles or [SAMPLE])
    report = _table(rows)
    print(report)
    if options.out:
        options.out.write_text(report, encoding="utf-8")


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--out", type=Path)
    return parser.parse_args()


def _build(articles: list[Path]) -> None:
    from click.testing import CliRunner

    from pack.cli import main as cli
    with tempfile.TemporaryDirectory(prefix="rounds-") as out:
        arguments = ["build", *map(str, articles), "--format", "pdf", "--out", out]
        arguments += ["--title", f"{len(articles)} articles"] if len(articles) > 1 else []
        result = CliRunner().invoke(cli, arguments, catch_exceptions=False)
        if result.exit_code:
            raise SystemExit(f"the build failed ({result.exit_code}): {result.output}")


def _table(rows: list[dict]) -> str:
    labels = ["pages", "calls"] + [label for label, _, _ in COUNTED]
    lines = ["| layout | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    for number, row in enumerate(rows, 1):
        lines.append(f"| {number}. {row['kind']} | " + " | ".join(f"{row[label]:,}" for label in labels) + " |")
    total = {label: sum(row[label] for row in rows) for label in labels[1:]}
    lines.append("| all | | " + " | ".join(f"{total[label]:,}" for label in labels[1:]) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
