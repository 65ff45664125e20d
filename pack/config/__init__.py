"""Configuration stage: build settings, with their defaults in one place.

Inputs: command-line options (and, for a course, its `course.toml`, read
by `pack.config.course`). Outputs: a frozen `Settings`.

Precedence, highest first:
  1. the command line (`teachpack build DIR --paper A5`),
  2. the course file (`[look] paper = "Letter"` in DIR/course.toml),
  3. the defaults below.
`pack.config.course` applies the course file over `Settings()`, the CLI applies
its options over that with `with_overrides`. Every default is documented
here and in docs/courses.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from pack.model import APPENDICES

FORMATS = ("pdf", "epub")
EDITIONS = ("student", "teacher")
PAPERS = ("A4", "Letter", "A5")
EXPORTS = ("moodle", "gift", "qti", "anki")   # see pack/export/
MAX_SIZE_LIMIT_MB = 4096.0      # the largest --max-size: far above any article, below any memory trouble


@dataclass(frozen=True)
class Settings:
    """One build's settings, each with its default (the comments say what None means)."""

    title: str | None = None          # None: taken from the article
    subtitle: str | None = None       # None: "A teaching pack" in the book's language
    author: str = ""                  # teacher or school shown on the title page
    lang: str | None = None           # None: detected from the text
    encoding: str | None = None       # None: UTF-8/UTF-16 by BOM, else Windows-1252
    max_size_mb: float = 20.0         # refuse larger article files
    formats: tuple[str, ...] = FORMATS
    editions: tuple[str, ...] = ("student",)
    theme: str = "classroom"
    paper: str = "A4"
    booklet: bool = False             # also impose the PDF for folding: <slug>-booklet.pdf
    appendices: tuple[str, ...] = APPENDICES
    glossary_entries: int = 60
    people_entries: int = 60
    timeline_events: str = "key"      # "key" or "all"
    questions_per_chapter: int = 6
    chapter_questions: bool = False   # also print each chapter's questions at its end
    chapters: str = "auto"            # "auto" | "headings" | a number: see pack/read/segment/article.py
    include_chapters: tuple[str, ...] = ()   # chapter titles or ids; empty = all
    exclude_chapters: tuple[str, ...] = ()
    chapter_titles: dict = field(default_factory=dict, hash=False)   # old title -> new
    labels: dict = field(default_factory=dict, hash=False)   # the course's own book labels
    strict: bool = False
    exports: tuple[str, ...] = ()     # LMS files beside the book: moodle, gift, qti, anki
    keep_html: bool = False           # also write the PDF's HTML (for the benchmark and layout work)


def with_overrides(base: Settings, **overrides) -> Settings:
    """`base` with every override that is not None applied (CLI > file)."""
    known = {f.name for f in fields(Settings)}
    return replace(base, **{k: v for k, v in overrides.items() if k in known and v is not None})
