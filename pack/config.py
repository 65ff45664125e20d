"""Configuration stage: build settings, with their defaults in one place.

Inputs: command-line options (and, for a course, its `course.toml`).
Outputs: a frozen `Settings`. Precedence: command line > course file >
the defaults below. Every default is documented here and in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

APPENDICES = ("glossary", "people", "timeline", "questions")
FORMATS = ("pdf", "epub")
EDITIONS = ("student", "teacher")
PAPERS = ("A4", "Letter", "A5")


@dataclass(frozen=True)
class Settings:
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
    booklet: bool = False
    appendices: tuple[str, ...] = APPENDICES
    glossary_entries: int = 60
    people_entries: int = 40
    timeline_events: str = "key"      # "key" or "all"
    questions_per_chapter: int = 6
    chapter_questions: bool = False   # also print each chapter's questions at its end
    include_chapters: tuple[str, ...] = ()   # chapter titles or ids; empty = all
    exclude_chapters: tuple[str, ...] = ()
    chapter_titles: dict = field(default_factory=dict, hash=False)   # old title -> new
    strict: bool = False


def with_overrides(base: Settings, **overrides) -> Settings:
    """`base` with every override that is not None applied (CLI > file)."""
    known = {f.name for f in fields(Settings)}
    return replace(base, **{k: v for k, v in overrides.items() if k in known and v is not None})
