"""Lines of a built PDF as a reader sees them, for the page checks
(tests/test_pages.py): each page's lines top to bottom, with their font,
size and place, and the pages the top-level bookmarks point at.

Read with poppler's `pdftohtml -xml` (one process per PDF, about six
times faster than walking the content streams with pypdf, which made
reading the PDFs cost as much as drawing them). WeasyPrint draws a
laid-out line as one text run, and pdftohtml reports it as one `<text>`
(a paragraph number, hanging in the margin, is one of its own at about
the same height). Where a justified line's spaces are wide, pdftohtml
writes several spaces: `Line.gaps` counts them (a loose line).
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

HYPHEN = "\u2010"      # WeasyPrint's hyphenate-character: a hyphen it put in
ZOOM = 1.5             # pdftohtml's default scale: its numbers are points × 1.5
# The timeline drawing's labels are SVG text, filled black; the book's own
# text is #111 (base.css) and its running heads grey.
DRAWING_COLOUR = "#000000"
WIDE_GAP = re.compile(r" {3,}")


@dataclass
class Run:
    x: float
    y: float                # from the foot of the page to the run's foot, in points
    font: str               # the font's name, with " Bold" when pdftohtml found it bold
    size: float             # in points
    text: str


@dataclass
class Line:
    y: float
    runs: list[Run]

    @property
    def raw(self) -> str:
        return "".join(r.text for r in sorted(self.runs, key=lambda r: r.x)).strip()

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", self.raw)

    @property
    def gaps(self) -> int:
        """Spaces pdftohtml found wide enough to write as three or more."""
        return len(WIDE_GAP.findall(self.raw))

    @property
    def size(self) -> float:
        return max(r.size for r in self.runs)

    def all_fonts(self, *needles: str) -> bool:
        return all(any(n in r.font for n in needles) for r in self.runs if r.text.strip())


@dataclass
class Page:
    number: int             # printed number = index + 1
    height: float
    lines: list[Line]
    drawing: bool = False   # the page holds the timeline drawing (its labels are not lines)

    def body(self) -> list[Line]:
        """The lines without the running foot (the page's own number, lowest on the page)."""
        lines = list(self.lines)
        if lines and lines[-1].text == str(self.number):
            lines.pop()
        return lines

    def text_size(self) -> float:
        """The size most of the page's lines are set in (the running text's)."""
        sizes = [line.size for line in self.lines]
        return max(set(sizes), key=sizes.count) if sizes else 0.0


def read_pages(path: Path) -> list[Page]:
    return _read(str(path))[0]


def opening_pages(path: Path) -> list[int]:
    """Printed numbers of the pages a level-1 bookmark points at (chapters, appendices, parts)."""
    return _read(str(path))[1]


@functools.lru_cache(maxsize=None)
def _read(path: str) -> tuple[list[Page], list[int]]:
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", path],
                         capture_output=True, check=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    fonts: dict[str, etree._Element] = {}
    pages = []
    for element in root.iter("page"):
        fonts.update({spec.get("id"): spec for spec in element.iter("fontspec")})
        pages.append(_page(element, fonts))
    outline = root.find("outline")
    openings = sorted({int(item.get("page")) for item in outline.findall("item")}) if outline is not None else []
    return pages, openings


def _page(element, fonts: dict) -> Page:
    height = float(element.get("height")) / ZOOM
    runs, drawing = [], False
    for text in element.iter("text"):
        spec = fonts[text.get("font")]
        content = "".join(text.itertext())
        if not content.strip():
            continue
        if spec.get("color") == DRAWING_COLOUR:
            drawing = True
            continue
        # pdftohtml marks bold text with <b>: the run is bold when all of it is.
        bold = "".join(t for b in text.iter("b") for t in b.itertext()).strip() == content.strip()
        foot = height - (float(text.get("top")) + float(text.get("height"))) / ZOOM
        runs.append(Run(float(text.get("left")) / ZOOM, foot, spec.get("family") + (" Bold" if bold else ""),
                        float(spec.get("size")) / ZOOM, content))
    lines: list[Line] = []
    # A paragraph number sits a little below or above its line's foot: 3 pt apart is one line.
    for run in sorted(runs, key=lambda r: -r.y):
        if lines and abs(lines[-1].y - run.y) < 3:
            lines[-1].runs.append(run)
        else:
            lines.append(Line(run.y, [run]))
    return Page(int(element.get("number")), height, lines, drawing)
