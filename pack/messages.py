"""The messages that worker processes and their parent send each other, as types.

Used by pack.fork (every worker's failure), pack.batch (a course's build),
render.jobs (the supervisor) and render.pdf.parts (a PDF's part). Each
message is a small dataclass sent pickled through a `multiprocessing`
pipe; a receiver dispatches on its type (`match message: case Laid(...)`),
so a misspelt kind is an error where it is written, not a silent no-op.

Stage: none of its own; the plumbing of the stages that run in worker
processes (extract's aside, render, a batch of courses). Inputs and
outputs: none; it defines the message types only (`Failed`, `Crashed`,
`Progress`, `Result`, `FileMade`, and a PDF part's `PartLayout`,
`NotDivided`, `Numbers`, `Stop`, `Drawn`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------- any worker


@dataclass
class Failed:
    """A user's mistake raised in the worker (a PackError), to be raised again in the parent."""
    error: Exception


@dataclass
class Crashed:
    """Anything else a worker raised: its traceback, for the bug report."""
    traceback: str


@dataclass
class Progress:
    """WeasyPrint's own progress ("Creating layout - Page 34")."""
    text: str


# ---------------------------------------------------------------- results


@dataclass
class Result:
    """What a worker computed: a course's whole build (pack.batch), the
    timeline computed aside (pack.aside)."""
    value: Any


@dataclass
class FileMade:
    """A finished file: an EPUB, or a PDF laid out as one document."""
    data: bytes
    warnings: list[str]
    seconds: float
    html: str = ""
    page_starts: list | None = None     # a PDF's: where its pages begin (render.pagelist.PageStart)


# ---------------------------------------------------------------- a PDF's parts


@dataclass
class PartLayout:
    """A part, laid out: its length, the page index each id is first on,
    where its own content starts (after the spacer, render.pdf.parts), and
    whether its style put a blank page right before that."""
    pages: int
    anchors: dict[str, int]
    content_start: int = 0
    blank_before: bool = False
    starts: list = field(default_factory=list)   # where its pages begin (render.pagelist.PageStart, page index in the part)


@dataclass
class NotDivided:
    """The part's layout does not fit the plan (render.pdf.parts): the book is laid out as one document."""
    reason: str


@dataclass
class Numbers:
    """The parent's answer to a part: the book's page number of every id,
    the pages of the part to keep, the book page the first of them gets,
    and the book's length."""
    numbers: dict[str, int]
    keep_from: int
    first_page: int
    total: int
    drawers: int = 1                 # processes the part may draw its PDF in (pack.fork's limit)


@dataclass
class Stop:
    """The parent needs no more from this part (it is laid out again)."""


@dataclass
class Drawn:
    """A part's PDF, drawn: the pieces (render.pdf.stitch.LaidOutPart), its
    warnings, and the (element id, word) pairs its hyphenation rounds kept
    whole (render.hyphenruns), for the book's HTML (`--keep-html`)."""
    pieces: list
    warnings: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
