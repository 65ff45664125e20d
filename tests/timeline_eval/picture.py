"""Render the timeline drawing of a sample to PNG, to look at it (docs/timeline.png).

The SVG goes into a one-page HTML document, WeasyPrint makes a PDF of it
(as the book does) and poppler's `pdftoppm` turns the page into a PNG.

Usage: python -m tests.timeline_eval.picture ARTICLE OUT.png [TITLE]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import weasyprint

from pack.extract.timeline import extract_timeline
from pack.read import read_article
from pack.render.timeline_svg import draw_timeline


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    article = read_article(source)
    events, periods = extract_timeline(article)
    title = sys.argv[3] if len(sys.argv) > 3 else ""
    svg = draw_timeline(events, periods, article.lang, title=title)
    html = f"<html><head><style>@page {{ size: A4; margin: 12mm }} body {{ margin: 0 }}</style></head><body>{svg}</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "timeline.pdf"
        weasyprint.HTML(string=html).write_pdf(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(Path(tmp) / "page")], check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(tmp) / "page.png", out)


if __name__ == "__main__":
    main()
