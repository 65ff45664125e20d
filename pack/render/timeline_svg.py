"""The timeline drawing: key events and chapter periods as a standalone SVG.

Stage: render. Inputs: the timeline's events (`TimelineEvent`, the key ones
are drawn), the chapter periods from `extract.timeline` (a `Timeline`'s `periods`)
(chapter_id, title, start_year, end_year) and the language code (words from
`pack/lang/<code>/timeline.toml`, section [drawing]). Output: one SVG
document as a string: valid XML, `role="img"` with `<title>` and `<desc>`,
no external references, fonts by family name only, sizes in millimetres.

Layout, top to bottom in time (a portrait page holds 30-40 labelled events
better than a line across it): period titles | period bands | year axis with
event marks | event labels. Bands alternate a grey fill and a hatch and
every mark and band has a black outline, so the drawing reads in black and
white. Labels never overlap: they are spread along the axis and joined to
their marks by leader lines. The time axis gives crowded years more room
(see `timeline_layout.TimeScale`); its decade ticks stay exact.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape, quoteattr

from pack import lang as langdata
from pack.model import TimelineEvent
from pack.render import timeline_layout as lay

SANS = "Inter, 'Noto Sans', 'DejaVu Sans', sans-serif"
SERIF = "'Charis SIL', 'Noto Serif', serif"
LABEL_FONT, SMALL_FONT, TITLE_FONT = 2.5, 2.1, 4.2      # mm
LINE = 1.25                                              # line height, in em
GAP = 0.9
APPROXIMATE = ("season", "decade", "century")
FOOT = 14.0               # room under the axis for the legend
LINEAR_SHARE = 0.35        # the rest of the axis follows the events' ranks
YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def draw_timeline(events: list[TimelineEvent], periods: list[tuple[str, str, int, int]], lang: str,
                  width_mm: float = 170.0, title: str = "", max_labels: int = 40,
                  id_prefix: str = "tl", max_height_mm: float = 255.0) -> str:
    """The drawing as an SVG string (key events; the best-scored ones if none is key).

    It fits `max_height_mm` (an A4 page's text block by default): labels of
    the lowest-scored events shrink to one line first, then those events go.
    """
    words = {**langdata.load(lang, "timeline")["drawing"], "format": langdata.load(lang, "dates")["format"],
             "points_to_list": langdata.load(lang, "accessibility")["timeline_list"]}
    shown = _shown(events, max_labels)
    while True:
        drawing = _Drawing(shown, periods, words, width_mm, title or words["title"], id_prefix, max_height_mm)
        if drawing.height <= max_height_mm or len(shown) <= 2:
            return drawing.svg()
        weakest = min(shown, key=lambda e: (e.score, e.id))
        shown = [e for e in shown if e is not weakest]


def band_label(title: str, years: str) -> str:
    """A period band's label: its chapter's title and years ("1928–1935",
    "2686–2181 BC"), said once (a title that already names its years,
    "1907–1909: Soetomo" or "Presidency (1861–1865)", gets no second pair)."""
    return title if YEAR.search(title) else f"{title} ({years})"


def _shown(events: list[TimelineEvent], max_labels: int) -> list[TimelineEvent]:
    chosen = [e for e in events if e.key and e.sort_key] or sorted(
        (e for e in events if e.sort_key), key=lambda e: -e.score)[:max_labels]
    chosen = sorted(chosen, key=lambda e: -e.score)[:max_labels]
    return sorted(chosen, key=lambda e: (e.sort_key, e.id))


class _Drawing:
    def __init__(self, events, periods, words, width, title, prefix, max_height):
        self.events, self.words, self.width, self.title, self.prefix = events, words, width, title, prefix
        # The sort key places "late 19th century" late in the century, not at 1800.
        times = [lay.event_time(e.sort_key) for e in events]
        ends = [lay.event_time(e.end_datetime) if e.end_datetime else t for e, t in zip(events, times)]
        spans = [(float(p[2]), float(p[3]) + 1) for p in periods]
        low = min(times + [s for s, _ in spans] or [0.0])
        high = max(ends + [e for _, e in spans] or [1.0])
        self.t0, self.t1 = float(math.floor(low)), float(math.floor(high) + 1)
        self.periods = [p for p in periods if p[3] >= self.t0 and p[2] <= self.t1]
        self.lanes = lay.lanes([(float(p[2]), float(p[3]) + 1) for p in self.periods])
        lane_count = max(self.lanes, default=-1) + 1
        self.title_w = 0.2 * width
        self.band_x = self.title_w + 2
        self.axis_x = self.band_x + 5 * lane_count + 11
        self.label_x = self.axis_x + 9
        self.top = 16.0
        self.labels = self._fit_labels(events, max_height - self.top - FOOT)
        line_h = LABEL_FONT * LINE
        heights = [len(lines) * line_h for lines in self.labels]
        plot = max(120.0, sum(heights) + GAP * len(heights) + 10)
        self.bottom = self.top + plot
        self.height = self.bottom + FOOT
        self.scale = lay.TimeScale(self.t0, self.t1, self.top, self.bottom, sorted(times), LINEAR_SHARE)
        self.times, self.ends, self.heights = times, ends, heights

    def _fit_labels(self, events: list[TimelineEvent], room: float) -> list[list[str]]:
        """Two lines a label, one line for the weakest events when room runs out."""
        width = self.width - self.label_x - 2
        labels = [lay.wrap(f"{e.date_text} · {e.text}", LABEL_FONT, width, 2) for e in events]
        need = lambda: sum(len(l) for l in labels) * LABEL_FONT * LINE + GAP * len(labels) + 10  # noqa: E731
        for i in sorted(range(len(events)), key=lambda i: (events[i].score, events[i].id)):
            if need() <= room:
                break
            labels[i] = lay.wrap(f"{events[i].date_text} · {events[i].text}", LABEL_FONT, width, 1)
        return labels

    # ------------------------------------------------------------ markup

    def svg(self) -> str:
        p = self.prefix
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{p}-title {p}-desc" '
            f'width="{self.width:.0f}mm" height="{self.height:.0f}mm" '
            f'viewBox="0 0 {self.width:.1f} {self.height:.1f}" font-family={quoteattr(SANS)}>',
            f'<title id="{p}-title">{escape(self.title)}</title>',
            f'<desc id="{p}-desc">{escape(self._description())}</desc>',
            self._defs(),
            f'<rect x="0" y="0" width="{self.width:.1f}" height="{self.height:.1f}" fill="#ffffff"/>',
            f'<text x="1" y="{TITLE_FONT + 2:.1f}" font-family={quoteattr(SERIF)} font-size="{TITLE_FONT}" '
            f'font-weight="bold">{escape(self.title)}</text>',
        ]
        parts += self._bands() + self._axis() + self._events() + self._legend()
        parts.append("</svg>")
        return "\n".join(parts) + "\n"

    def _description(self) -> str:
        years = [lay.key_year(e.sort_key) for e in self.events]
        intro = self.words["desc"].format(count=len(self.events), start=self._year(min(years)) if years else "",
                                          end=self._year(max(years)) if years else "")
        periods = "; ".join(self.words["desc_period"].format(title=t, start=self._year(s), end=self._year(e))
                            for _, t, s, e in self.periods)
        # Short: the list after the drawing gives every event in words.
        return f"{intro} {periods}. {self.words['points_to_list']}"

    def _year(self, year: int) -> str:
        """A signed year as the book writes it: 1917, or "1300 BC" for -1300."""
        fmt = self.words["format"]
        return fmt["year"].format(year=year) if year > 0 else fmt["year_bce"].format(year=-year or 1)

    def _years(self, start: int, end: int) -> str:
        """ "1917–1918", "2686–2181 BC" (one era word for two years BC)."""
        if start < 0 and end < 0:
            return self.words["format"]["year_bce"].format(year=f"{-start}–{-end}")
        return f"{self._year(start)}–{self._year(end)}"

    def _defs(self) -> str:
        p = self.prefix
        return (f'<defs><pattern id="{p}-hatch" width="1.6" height="1.6" patternUnits="userSpaceOnUse" '
                f'patternTransform="rotate(45)"><rect width="1.6" height="1.6" fill="#ffffff"/>'
                f'<line x1="0" y1="0" x2="0" y2="1.6" stroke="#555555" stroke-width="0.45"/></pattern></defs>')

    def _bands(self) -> list[str]:
        out = []
        wanted, heights, centres = [], [], []
        for index, (_, title, start, end) in enumerate(self.periods):
            y0, y1 = self.scale(float(start)), self.scale(float(end) + 1)
            x = self.band_x + 5 * self.lanes[index]
            fill = "#d0d0d0" if index % 2 == 0 else f"url(#{self.prefix}-hatch)"
            out.append(f'<rect x="{x:.1f}" y="{y0:.2f}" width="4" height="{max(y1 - y0, 0.6):.2f}" '
                       f'fill="{fill}" stroke="#000000" stroke-width="0.25"/>')
            lines = lay.wrap(band_label(title, self._years(start, end)), SMALL_FONT, self.title_w - 2, 3)
            centres.append((y0 + y1) / 2)
            heights.append(len(lines) * SMALL_FONT * LINE)
            wanted.append(centres[-1] - heights[-1] / 2)
        tops = lay.spread(wanted, heights, self.top, self.bottom, GAP)
        for index, (_, title, start, end) in enumerate(self.periods):
            lines = lay.wrap(band_label(title, self._years(start, end)), SMALL_FONT, self.title_w - 2, 3)
            x = self.band_x + 5 * self.lanes[index]
            mid = tops[index] + heights[index] / 2
            out.append(f'<polyline points="{self.title_w - 0.5:.1f},{mid:.2f} {x - 0.3:.1f},{centres[index]:.2f}" '
                       f'fill="none" stroke="#777777" stroke-width="0.2"/>')
            out.append(self._text(self.title_w - 1, tops[index], lines, SMALL_FONT, anchor="end"))
        return out

    def _axis(self) -> list[str]:
        x = self.axis_x
        out = [f'<line x1="{x}" y1="{self.top:.1f}" x2="{x}" y2="{self.bottom:.1f}" stroke="#000000" stroke-width="0.4"/>']
        last = -10.0
        for year in lay.ticks(self.t0, self.t1):
            y = self.scale(float(year))
            out.append(f'<line x1="{x - 1.5}" y1="{y:.2f}" x2="{x}" y2="{y:.2f}" stroke="#000000" stroke-width="0.3"/>')
            if y - last >= SMALL_FONT * 1.3:
                out.append(f'<text x="{x - 2:.1f}" y="{y + SMALL_FONT * 0.35:.2f}" font-size="{SMALL_FONT}" '
                           f'text-anchor="end">{escape(self._year(year))}</text>')
                last = y
        return out

    def _events(self) -> list[str]:
        out = []
        marks = [self.scale(t) for t in self.times]
        line_h = LABEL_FONT * LINE
        wanted = [m - line_h / 2 for m in marks]
        tops = lay.spread(wanted, self.heights, self.top, self.bottom, GAP)
        x = self.axis_x
        for event, mark, end, top, lines in zip(self.events, marks, self.ends, tops, self.labels):
            if event.end_datetime:
                y_end = self.scale(end)
                out.append(f'<rect x="{x - 0.8}" y="{mark:.2f}" width="1.6" height="{max(y_end - mark, 0.5):.2f}" '
                           f'fill="#000000"/>')
            fill = "#ffffff" if event.precision in APPROXIMATE else "#000000"
            out.append(f'<circle cx="{x}" cy="{mark:.2f}" r="1.1" fill="{fill}" stroke="#000000" stroke-width="0.35"/>')
            label_y = top + line_h / 2
            out.append(f'<polyline points="{x + 1.3},{mark:.2f} {x + 3.5},{mark:.2f} {self.label_x - 1},{label_y:.2f}" '
                       f'fill="none" stroke="#777777" stroke-width="0.2"/>')
            out.append(self._text(self.label_x, top, lines, LABEL_FONT, bold_prefix=event.date_text))
        return out

    def _legend(self) -> list[str]:
        y = self.bottom + 7
        x = 2.0
        items = [("point", self.words["legend_point"]), ("approx", self.words["legend_approx"]),
                 ("span", self.words["legend_span"])]
        out = []
        for kind, label in items:
            if kind == "span":
                out.append(f'<rect x="{x - 0.8}" y="{y - 2}" width="1.6" height="4" fill="#000000"/>')
            else:
                fill = "#000000" if kind == "point" else "#ffffff"
                out.append(f'<circle cx="{x}" cy="{y}" r="1.1" fill="{fill}" stroke="#000000" stroke-width="0.35"/>')
            out.append(f'<text x="{x + 2.5}" y="{y + SMALL_FONT * 0.35:.2f}" font-size="{SMALL_FONT}">{escape(label)}</text>')
            x += 5 + lay.text_width(label, SMALL_FONT)
        return out

    def _text(self, x: float, top: float, lines: list[str], size: float, anchor: str = "start",
              bold_prefix: str = "") -> str:
        spans = []
        for n, line in enumerate(lines):
            dy = f'{size * 0.8:.2f}' if n == 0 else f'{size * LINE:.2f}'
            if n == 0 and bold_prefix and line.startswith(bold_prefix):
                # Sibling spans, not nested ones: some SVG renderers drop text after a nested span.
                spans.append(f'<tspan x="{x:.1f}" dy="{dy}" font-weight="bold">{escape(bold_prefix)}</tspan>'
                             f'<tspan>{escape(line[len(bold_prefix):])}</tspan>')
            else:
                spans.append(f'<tspan x="{x:.1f}" dy="{dy}">{escape(line)}</tspan>')
        return (f'<text y="{top:.2f}" font-size="{size}" text-anchor="{anchor}" fill="#000000">'
                + "".join(spans) + "</text>")
