"""The document model: plain dataclasses shared by every stage.

Stage: none (data only). Inputs: nothing. Outputs: the types that `read`
produces (Article, Section, Paragraph), that `extract/` produces
(GlossaryEntry, Person, TimelineEvent, Question, QuizItem) and that
`assemble` produces (Book). No I/O and no behaviour beyond small
navigation helpers, so every stage can be tested with inline data.

Ids are stable: they depend only on the position of a chapter, section or
paragraph in the article, never on timing or on other articles, so a
glossary entry or a question can point at a paragraph and keep pointing at
it across rebuilds. Every id is a valid XML id (starts with a letter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Paragraph:
    """One paragraph of running text, exactly as the article has it, and
    the display formulas that follow it (their LaTeX source, printed as
    formulas; no extractor reads them)."""

    id: str
    text: str
    formulas: tuple[str, ...] = ()


@dataclass
class Section:
    """A chapter (level 1), section (2) or subsection (3 and deeper)."""

    id: str
    title: str
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list["Section"] = field(default_factory=list)

    def walk(self) -> Iterator["Section"]:
        """This section and all its descendants, in reading order."""
        yield self
        for child in self.sections:
            yield from child.walk()

    def all_paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in this section and below, in reading order."""
        for section in self.walk():
            yield from section.paragraphs

    def has_text(self) -> bool:
        return any(True for _ in self.all_paragraphs())


@dataclass
class Picture:
    """A picture printed with an article (a wiki article's lead picture) and its credit."""

    data: bytes
    media_type: str                # "image/jpeg" | "image/png"
    title: str                     # "File:Stalin 1937.jpg"
    author: str
    licence: str
    licence_url: str = ""
    page_url: str = ""             # the file's description page
    description: str = ""          # its caption on the wiki, for alt text


@dataclass
class Article:
    """A whole source article: its chapters and what we know about it."""

    title: str
    lang: str
    chapters: list[Section]
    source_name: str = ""          # file name, for messages and attribution
    source_url: str = ""           # where the article came from, if known
    licence: str = ""              # e.g. "CC BY-SA 4.0" when known
    licence_url: str = ""          # the licence's text, when known
    revision_url: str = ""         # a fetched article: the exact revision's permanent link
    revision_date: str = ""        # ... and its ISO date
    history_url: str = ""          # ... and its authors (the page history)
    picture: Picture | None = None # a fetched article's lead picture, when its licence is free
    dropped_sections: list[str] = field(default_factory=list)
    dropped_references: list[str] = field(default_factory=list)   # sections left out as lists of references
    related: list[str] = field(default_factory=list)   # "See also" lines
    repairs: list[str] = field(default_factory=list)   # what the reader fixed

    def paragraphs(self) -> Iterator[tuple[Section, Paragraph]]:
        """(chapter, paragraph) pairs for every paragraph, in order."""
        for chapter in self.chapters:
            for paragraph in chapter.all_paragraphs():
                yield chapter, paragraph

    def paragraph_index(self) -> dict[str, Paragraph]:
        return {p.id: p for _, p in self.paragraphs()}

    def chapter_of(self) -> dict[str, Section]:
        """Paragraph id -> the chapter that holds it."""
        return {p.id: ch for ch, p in self.paragraphs()}

    def section_of(self) -> dict[str, Section]:
        """Paragraph id -> the innermost section that holds it."""
        found: dict[str, Section] = {}
        for chapter in self.chapters:
            for section in chapter.walk():
                for paragraph in section.paragraphs:
                    found[paragraph.id] = section
        return found


# ---------------------------------------------------------------- extracted


@dataclass
class Reference:
    """A place in the text: a paragraph id and the chapter it is in."""

    paragraph_id: str
    chapter_id: str


@dataclass
class GlossaryEntry:
    """A glossary entry: a term, what it means, and where the article uses it."""

    term: str
    definition: str                # condensed phrase, or the context sentence
    kind: str                      # "definition" | "context"
    refs: list[Reference] = field(default_factory=list)  # first use first
    variants: list[str] = field(default_factory=list)
    score: float = 0.0
    id: str = ""                   # e.g. "gl-politbiro"


@dataclass
class Person:
    """A who's-who entry: a person, their role, and where the article names them."""

    name: str
    role: str
    refs: list[Reference] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    score: float = 0.0
    id: str = ""                   # e.g. "who-vladimir-lenin"
    # "role": `role` says who they are; "context": the article never says,
    # `role` is a sentence that names them (or, for a name met only on a
    # list line, the line's label and section), shown marked as context;
    # "none": `role` is empty, the sentence of first mention said nothing.
    role_kind: str = "role"
    sort_key: str = ""             # what the who's-who is sorted by ("hooke robert")


@dataclass
class TimelineEvent:
    """A timeline entry: a date as the book prints it and what happened then."""

    iso: str                       # "1878-12-18", "1930", "1932/1933" ...
    precision: str                 # "day" | "month" | "season" | "year" | "decade" | "range"
    date_text: str                 # the date as the book prints it
    text: str                      # the event, condensed from its sentence
    ref: Reference | None = None
    note: str = ""                 # e.g. a Julian-calendar date
    sort_key: str = ""             # ISO start used for sorting
    score: float = 0.0
    key: bool = False              # among the key events
    id: str = ""
    # Added by the timeline extractor (see pack/extract/timeline/date_values.py for the scheme):
    datetime: str = ""             # valid HTML <time datetime>: the START ("1932", "1935-07")
    end_datetime: str = ""         # the end of a span, same format ("" if not a span)
    qualifier: str = ""            # "early" | "mid" | "late" | ""
    approximate: bool = False      # the text gives the date as approximate ("around 1470": printed "c. 1470")
    inferred: str = ""             # year taken from "context" | "heading" | "anaphor" | ""
    sentence: str = ""             # the whole source sentence, for the teacher's check
    repeats: list[Reference] = field(default_factory=list)  # other paragraphs telling the same event


@dataclass
class Question:
    """A discussion question: its text, its level (Bloom) and kind, and its chapter."""

    text: str
    bloom: str                     # remember|understand|apply|analyze|evaluate|create
    kind: str                      # e.g. "define", "cause", "compare", "evaluate"
    chapter_id: str                # "" for whole-book questions
    ref: Reference | None = None
    answer_passage: str = ""       # teacher edition: where the answer is
    answer_points: list[str] = field(default_factory=list)
    score: float = 0.0
    id: str = ""
    focus: str = ""                # what it asks about, verbatim from the ref paragraph


@dataclass
class QuizItem:
    """A quiz item: a multiple-choice or fill-in prompt and its answer."""

    kind: str                      # "choice" | "fill"
    prompt: str
    options: list[str] = field(default_factory=list)
    answer: str = ""
    ref: Reference | None = None
    id: str = ""
    source: str = ""               # "glossary" | "timeline" | "people": what it tests


@dataclass
class SensitivePassage:
    """A passage a teacher should read before class (suicide, abuse, mass killing ...)."""

    ref: Reference
    topic: str                     # stable key from the language data: "suicide"
    label: str                     # in the book's language: "bunuh diri"
    excerpt: str                   # the sentence that triggered it


# The lead (the introduction before the first heading) is chapter 0 of every
# article: "ch0", or "<prefix>ch0" when a course binds several articles.
LEAD_CHAPTER = "ch0"


def is_lead(chapter_id: str) -> bool:
    """Is this chapter (or part) id the lead of its article, prefixed or not?"""
    return chapter_id.endswith(LEAD_CHAPTER)


# The appendices a book may have, in the order it prints them; each is a
# field of `Extracted` (the quiz and the teacher's answer key come with the questions).
APPENDICES = ("glossary", "people", "timeline", "questions")


@dataclass
class Extracted:
    """What the extract stage found in the articles (or a course's edits of it)."""

    glossary: list[GlossaryEntry] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    quiz: list[QuizItem] = field(default_factory=list)
    objectives: dict[str, list[str]] = field(default_factory=dict)
    sensitive: list[SensitivePassage] = field(default_factory=list)
    periods: list[tuple[str, str, int, int]] = field(default_factory=list)  # (chapter id, title, from, to)


# ---------------------------------------------------------------- the book


@dataclass
class Mark:
    """A span of a paragraph's text that the renderer wraps.

    `anchor` gives the span an id (a place a page reference can point at);
    `target` makes it a link to an id elsewhere in the book (a glossary
    entry, say). Offsets are character offsets into the paragraph text.
    """

    start: int
    end: int
    anchor: str = ""
    target: str = ""
    css_class: str = ""


@dataclass
class Page:
    """One unit of the book: a page in the EPUB, a run of pages in the PDF."""

    kind: str            # cover | title | about | toc | part | chapter | glossary | people | timeline | questions | quiz | key
    id: str              # id of the page's heading: the target of links to it
    title: str
    file: str            # the EPUB file that holds it
    chapter: Section | None = None
    number: int = 0      # chapter number shown in the book (0 = none)
    article: Article | None = None
    in_pdf: bool = True
    in_epub: bool = True


@dataclass(kw_only=True)
class Book(Extracted):
    """Everything the renderers need, computed before anything is written:
    the appendices' items (the fields of `Extracted`, as this edition
    prints them) and the following."""

    title: str
    subtitle: str
    lang: str
    edition: str                     # "student" | "teacher"
    slug: str
    articles: list[Article]
    pages: list[Page] = field(default_factory=list)
    marks: dict[str, list[Mark]] = field(default_factory=dict)
    author: str = ""                 # teacher / school, when a course names one
    date: str = ""                   # ISO date printed on the title page
    settings: dict = field(default_factory=dict)

    def chapters(self) -> list[Page]:
        return [p for p in self.pages if p.kind == "chapter"]
