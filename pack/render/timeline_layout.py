"""Geometry for the timeline drawing: time scale, lanes, label spreading, line breaks.

Stage: render (support for `timeline_svg`). Inputs: numbers (event times,
period spans, label heights) and strings to wrap. Outputs: positions in
millimetres. Pure functions with no SVG in them, so they can be tested alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pack.extract.timeline.date_values import key_year

CHAR_WIDTH = 0.55          # average glyph width of a sans-serif face, in em


def event_time(date: str) -> float:
    """A fractional year from a sort key or HTML date: "1917-10-25", "1917-10",
    "1917" (00 = unknown part), "-8720-00-00" (1279 BC, see `date_values`)."""
    year = key_year(date)
    parts = [int(p) for p in date.lstrip("-").split("-")[1:]]
    month = parts[0] if parts else 0
    day = parts[1] if len(parts) > 1 and parts[1] else 15
    return year + (month - 1) / 12 + (day / 31) / 12 if month else year + 0.5


@dataclass
class TimeScale:
    """Maps a year to a y position (mm), top to bottom.

    Half linear time, half the rank of the events: crowded decades get more
    room, empty ones less, and the order stays exact (the mapping only
    rises), so the decade ticks still tell where each year is.
    """

    t0: float
    t1: float
    y0: float
    y1: float
    times: list[float]
    linear_share: float = 0.5

    def __call__(self, t: float) -> float:
        span = max(self.t1 - self.t0, 1e-6)
        linear = (t - self.t0) / span
        share = self.linear_share if self.times else 1.0
        value = share * linear + (1 - share) * self._rank(t)
        return self.y0 + (self.y1 - self.y0) * min(max(value, 0.0), 1.0)

    def _rank(self, t: float) -> float:
        points = [(self.t0, 0.0)] + [(x, (i + 0.5) / len(self.times)) for i, x in enumerate(self.times)]
        points.append((self.t1, 1.0))
        for (xa, ya), (xb, yb) in zip(points, points[1:]):
            if xa <= t <= xb:
                return ya if xb == xa else ya + (yb - ya) * (t - xa) / (xb - xa)
        return 0.0 if t < self.t0 else 1.0


def tick_step(span: float) -> int:
    for limit, step in ((12, 1), (30, 5), (80, 10), (200, 20), (500, 50), (1200, 100)):
        if span <= limit:
            return step
    return 200


def ticks(t0: float, t1: float) -> list[int]:
    step = tick_step(t1 - t0)
    first = math.ceil(t0 / step) * step
    return list(range(int(first), int(t1) + 1, step))


def lanes(spans: list[tuple[float, float]]) -> list[int]:
    """A lane number for each span so that spans in one lane do not overlap."""
    ends: list[float] = []
    out = []
    for start, end in spans:
        for lane, last in enumerate(ends):
            if start >= last:
                ends[lane] = end
                out.append(lane)
                break
        else:
            ends.append(end)
            out.append(len(ends) - 1)
    return out


def spread(wanted: list[float], heights: list[float], low: float, high: float, gap: float) -> list[float]:
    """Tops for blocks that want to start at `wanted` (sorted), without overlap.

    Neighbours that would collide are merged into a cluster centred on what
    its members want (the usual 1-D label placement), kept inside low..high.
    """
    clusters: list[list[int]] = []

    def top_of(cluster: list[int]) -> float:
        offsets, offset = [], 0.0
        for i in cluster:
            offsets.append(offset)
            offset += heights[i] + gap
        total = offset - gap
        ideal = sum(wanted[i] - o for i, o in zip(cluster, offsets)) / len(cluster)
        return min(max(ideal, low), max(low, high - total))

    def bottom_of(cluster: list[int]) -> float:
        return top_of(cluster) + sum(heights[i] + gap for i in cluster) - gap

    for index in range(len(wanted)):
        clusters.append([index])
        while len(clusters) > 1 and bottom_of(clusters[-2]) + gap > top_of(clusters[-1]):
            last = clusters.pop()
            clusters[-1].extend(last)
    tops = [0.0] * len(wanted)
    for cluster in clusters:
        y = top_of(cluster)
        for i in cluster:
            tops[i] = y
            y += heights[i] + gap
    return tops


def wrap(text: str, font_mm: float, width_mm: float, max_lines: int) -> list[str]:
    """Break `text` into lines that fit `width_mm`; the last line ends in "…" if cut."""
    per_line = max(8, int(width_mm / (font_mm * CHAR_WIDTH)))
    lines: list[str] = []
    current = ""
    words = text.split()
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line:
            current = candidate
            continue
        lines.append(current or word[:per_line])
        current = word if current else ""
        if len(lines) == max_lines:
            lines[-1] = _cut(lines[-1], per_line)
            return lines
    if current:
        lines.append(current)
    return lines[:max_lines]


def _cut(line: str, per_line: int) -> str:
    """The line shortened to whole words that leave room for " …" (never "chemis …")."""
    words = line.split()
    while len(words) > 1 and len(" ".join(words)) + 2 > per_line:
        words.pop()
    return " ".join(words) + " …"


def text_width(text: str, font_mm: float) -> float:
    return len(text) * font_mm * CHAR_WIDTH
