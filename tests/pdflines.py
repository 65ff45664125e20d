"""Lines of a built PDF as a reader sees them, for the page checks
(tests/test_pages.py): each page's lines top to bottom, with their font,
size and place, read with pypdf. WeasyPrint draws a laid-out line as one
text run, so a run is a line (a paragraph number or a link inside it is a
run of its own at the same height)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

HYPHEN = "\u2010"      # WeasyPrint's hyphenate-character: a hyphen it put in


@dataclass
class Run:
    x: float
    y: float                # from the foot of the page, in points
    font: str
    size: float             # in points
    text: str


@dataclass
class Line:
    y: float
    runs: list[Run]

    @property
    def text(self) -> str:
        return "".join(r.text for r in sorted(self.runs, key=lambda r: r.x)).replace("\n", "").strip()

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


def read_pages(path: Path) -> list[Page]:
    reader = PdfReader(str(path))
    return [Page(index + 1, float(page.mediabox.height), *_lines(page)) for index, page in enumerate(reader.pages)]


def opening_pages(path: Path) -> list[int]:
    """Printed numbers of the pages a level-1 bookmark points at (chapters, appendices, parts)."""
    reader = PdfReader(str(path))
    return sorted({reader.get_destination_page_number(item) + 1
                   for item in reader.outline if not isinstance(item, list)})


def _lines(page) -> tuple[list[Line], bool]:
    runs: list[Run] = []
    drawing = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if font else ""
        # WeasyPrint draws the page's text at its px-to-pt scale (0.75); the
        # timeline drawing's labels are drawn at the SVG's own scale: not lines of text.
        if abs(abs(cm[0]) - 0.75) < 1e-3:
            runs.append(Run(x, y, name, size * abs(tm[0] * cm[0] or 1), text))
        else:
            drawing.append(text)

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    # A paragraph number sits a little below or above its line's baseline: 3 pt apart is one line.
    for run in sorted(runs, key=lambda r: -r.y):
        if lines and abs(lines[-1].y - run.y) < 3:
            lines[-1].runs.append(run)
        else:
            lines.append(Line(run.y, [run]))
    return lines, bool(drawing)
