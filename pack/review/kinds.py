"""Review stage, the four lists a teacher reviews and how each is written.

Inputs: extracted items (GlossaryEntry, Person, TimelineEvent, Question)
and the articles they point into. Outputs: for each item a stable key
(the same item gets the same key after the article or the extractor
changed) and its reviewable fields as plain TOML values; and back: an
item from (possibly edited) fields. Paragraph ids in a file become
`Reference`s again; an unknown id is dropped with a warning, and an
added glossary term or person without `refs` gets the paragraphs that
use it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Callable

from pack.anchors import find_term
from pack.extract.timeline import date_values as dv
from pack.text.tokens import possessive_endings
from pack.model import Article, GlossaryEntry, Person, Question, QuizItem, Reference, TimelineEvent
from pack.config.schema import Field

BLOOM = ("remember", "understand", "apply", "analyze", "evaluate", "create")
AUTO_REFS = 5          # an added term links to its first use in at most this many chapters


class ReviewContext:
    """What converting fields back to items needs to know about the articles."""

    def __init__(self, articles: list[Article], warnings: list[str], where: str = "") -> None:
        self.chapter_of = {p.id: ch.id for a in articles for ch, p in a.paragraphs()}
        self.texts = [(p.id, ch.id, p.text, possessive_endings(a.lang)) for a in articles for ch, p in a.paragraphs()]
        self.chapters = {ch.id for a in articles for ch in a.chapters}
        self.warnings = warnings
        self.where = where            # "review/glossary.toml", for messages

    def ref(self, key: str, paragraph_id: str) -> Reference | None:
        if not paragraph_id:
            return None
        chapter = self.chapter_of.get(paragraph_id)
        if chapter is None:
            self.warnings.append(f"{self.where}: {key}: no paragraph '{paragraph_id}' "
                                 "in the article; the reference is left out")
            return None
        return Reference(paragraph_id, chapter)

    def refs(self, key: str, paragraph_ids: list[str], names: list[str]) -> list[Reference]:
        """The listed paragraphs, or where the names are used when none are listed."""
        if paragraph_ids:
            found = [self.ref(key, pid) for pid in paragraph_ids]
            return [r for r in found if r is not None]
        uses: dict[str, Reference] = {}
        for pid, chapter, text, possessives in self.texts:
            if chapter not in uses and find_term(text, names, possessives):
                uses[chapter] = Reference(pid, chapter)     # the first use in each chapter
        if not uses:
            self.warnings.append(f"{self.where}: {key}: '{names[0]}' is not used in the "
                                 "article; add refs = [\"<paragraph id>\"] to place it")
        return list(uses.values())[:AUTO_REFS]

    def chapter(self, key: str, chapter_id: str) -> str:
        if chapter_id and chapter_id not in self.chapters:
            self.warnings.append(f"{self.where}: {key}: no chapter '{chapter_id}'; "
                                 "the question goes with the whole book")
            return ""
        return chapter_id


@dataclass(frozen=True)
class Kind:
    name: str                                   # file name and Extracted attribute
    id_prefix: str                              # ids of items a teacher adds
    fields: dict[str, Field]                    # the reviewable fields, in file order
    key_of: Callable[[Any], str]
    to_fields: Callable[[Any], dict]
    from_fields: Callable[[str, dict, Any, ReviewContext], Any]
    appendix: str = ""                          # the appendix it prints in, when not `name`

    def prints_in(self, appendices: tuple[str, ...]) -> bool:
        return (self.appendix or self.name) in appendices


# ------------------------------------------------------------------ keys


def slug_key(text: str) -> str:
    """'Partai Buruh' -> 'partai-buruh'; a name without Latin letters gets a hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or f"x-{short_hash(text)}"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def added_id(prefix: str, key: str) -> str:
    """The id of an entry the teacher added: the key as a slug, so a key
    with quotes or spaces can never break out of an id attribute."""
    return prefix + slug_key(key)


def unique_keys(keys: list[str]) -> list[str]:
    """Repeated keys get -2, -3 ... in order, so every entry has its own."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return out


# ------------------------------------------------------------------ glossary


def _glossary_fields(entry: GlossaryEntry) -> dict:
    return {"term": entry.term, "definition": entry.definition, "kind": entry.kind,
            "variants": list(entry.variants), "refs": [r.paragraph_id for r in entry.refs]}


def _glossary_item(key: str, f: dict, fresh: GlossaryEntry | None, ctx: ReviewContext) -> GlossaryEntry:
    base = fresh or GlossaryEntry(term="", definition="", kind="definition", id=added_id("gl-", key))
    variants = list(f.get("variants", []))
    return replace(base, term=f["term"], definition=f.get("definition", ""),
                   kind=f.get("kind", "definition"), variants=variants,
                   refs=ctx.refs(key, f.get("refs", []), [f["term"]] + variants))


# ------------------------------------------------------------------ people


def _person_fields(person: Person) -> dict:
    return {"name": person.name, "role": person.role, "variants": list(person.variants),
            "refs": [r.paragraph_id for r in person.refs]}


def _person_item(key: str, f: dict, fresh: Person | None, ctx: ReviewContext) -> Person:
    base = fresh or Person(name="", role="", id=added_id("who-", key))
    variants = list(f.get("variants", []))
    role = f.get("role", "")
    kind = base.role_kind if role == base.role else "role"     # a teacher's own words are a role
    return replace(base, name=f["name"], role=role, role_kind=kind, variants=variants,
                   refs=ctx.refs(key, f.get("refs", []), [f["name"]] + variants))


# ------------------------------------------------------------------ timeline


def _event_key(event: TimelineEvent) -> str:
    return f"{slug_key(event.iso)}-{short_hash(event.text)}"


def _event_fields(event: TimelineEvent) -> dict:
    return {"date": event.date_text, "iso": event.iso, "text": event.text, "note": event.note,
            "key_event": event.key, "ref": event.ref.paragraph_id if event.ref else ""}


def _event_item(key: str, f: dict, fresh: TimelineEvent | None, ctx: ReviewContext) -> TimelineEvent:
    base = fresh or TimelineEvent(iso="", precision="", date_text="", text="", id=added_id("ev-", key))
    event = replace(base, date_text=f["date"], text=f["text"], note=f.get("note", ""),
                    key=f.get("key_event", True), ref=ctx.ref(key, f.get("ref", "")))
    if f["iso"] != base.iso:
        # A date the teacher typed: its sort key, HTML dates and precision
        # follow from it (the scheme of pack/extract/timeline/date_values.py).
        start, _, end = f["iso"].partition("/")
        event = replace(event, iso=f["iso"], sort_key=_iso_sort_key(start),
                        datetime=_html_date(start), end_datetime=_html_date(end) if end else "",
                        precision=precision_of(f["iso"]))
    return event


# An ISO/EDTF date as the timeline writes it: 1917, 1917-10, 1917-10-25,
# 193X (a decade), 18XX (a century), 1932-24 (a season), and start/end spans;
# a year before the common era in astronomical numbering: -1278 is 1279 BC.
ISO_DATE = r"-?\d{2}[\dX]{2}(-\d{2}(-\d{2})?)?(/-?\d{2}[\dX]{2}(-\d{2}(-\d{2})?)?)?"


def precision_of(iso: str) -> str:
    if "/" in iso:
        return "range"
    if "X" in iso:
        return "decade"
    parts = iso.lstrip("-").split("-")
    if len(parts) == 2 and int(parts[1]) > 12:
        return "season"
    return {3: "day", 2: "month"}.get(len(parts), "year")


def _iso_sort_key(start: str) -> str:
    """The timeline's sort key of an ISO start; "-1278" (1279 BC) as date_values writes it."""
    if not start.startswith("-"):
        return _padded(_html_date(start))
    year, *rest = start[1:].split("-")
    first = int(year.replace("X", "9"))         # "-04XX" starts at -499, which is 500 BC
    month = int(rest[0]) if rest and int(rest[0]) <= 12 else None
    return dv.sort_key(dv.DateValue(year=first + 1, month=month, bce=True))


def _html_date(part: str) -> str:
    """'193X' -> '1930', '1932-24' (a season) -> '1932', '1917-10' stays;
    '' before the common era ('-1278'): HTML has no such datetime."""
    if part.startswith("-"):
        return ""
    year, *rest = part.split("-")
    if rest and int(rest[0]) > 12:
        rest = []
    return "-".join([year.replace("X", "0")] + rest)


def _padded(date: str) -> str:
    return "-".join((date.split("-") + ["00", "00"])[:3])


# ------------------------------------------------------------------ questions


def _question_key(question: Question) -> str:
    return f"{question.chapter_id or 'book'}-{short_hash(question.text)}"


def _question_fields(question: Question) -> dict:
    return {"text": question.text, "bloom": question.bloom, "kind": question.kind,
            "chapter": question.chapter_id, "ref": question.ref.paragraph_id if question.ref else "",
            "answer_passage": question.answer_passage, "answer_points": list(question.answer_points)}


def _question_item(key: str, f: dict, fresh: Question | None, ctx: ReviewContext) -> Question:
    base = fresh or Question(text="", bloom="understand", kind="teacher", chapter_id="", id=added_id("q-", key))
    return replace(base, text=f["text"], bloom=f.get("bloom", "understand"),
                   kind=f.get("kind", "teacher"), chapter_id=ctx.chapter(key, f.get("chapter", "")),
                   ref=ctx.ref(key, f.get("ref", "")), answer_passage=f.get("answer_passage", ""),
                   answer_points=list(f.get("answer_points", [])))


# ------------------------------------------------------------------ quiz


def _quiz_key(item: QuizItem) -> str:
    return f"{item.source or 'quiz'}-{short_hash(item.prompt)}"


def _quiz_fields(item: QuizItem) -> dict:
    return {"prompt": item.prompt, "kind": item.kind, "options": list(item.options),
            "answer": item.answer, "ref": item.ref.paragraph_id if item.ref else ""}


def _quiz_item(key: str, f: dict, fresh: QuizItem | None, ctx: ReviewContext) -> QuizItem:
    base = fresh or QuizItem(kind="fill", prompt="", id=f"quiz-{key}")
    return replace(base, prompt=f["prompt"], kind=f.get("kind", "fill"), options=list(f.get("options", [])),
                   answer=f.get("answer", ""), ref=ctx.ref(key, f.get("ref", "")))


KINDS = (
    Kind("glossary", "gl-", {
        "term": Field("text", required=True), "definition": Field("text"),
        "kind": Field("text", choices=("definition", "context"), noun="kind"),
        "variants": Field("texts"), "refs": Field("texts")},
        lambda e: slug_key(e.term), _glossary_fields, _glossary_item),
    Kind("people", "who-", {
        "name": Field("text", required=True), "role": Field("text"),
        "variants": Field("texts"), "refs": Field("texts")},
        lambda p: slug_key(p.name), _person_fields, _person_item),
    Kind("timeline", "ev-", {
        "date": Field("text", required=True),
        "iso": Field("text", required=True, pattern=ISO_DATE,
                     noun="date such as 1917, 1917-10, 1917-10-25 or 1932/1933"),
        "text": Field("text", required=True), "note": Field("text"), "key_event": Field("flag"),
        "ref": Field("text")},
        _event_key, _event_fields, _event_item),
    Kind("questions", "q-", {
        "text": Field("text", required=True), "bloom": Field("text", choices=BLOOM, noun="Bloom level"),
        "kind": Field("text"), "chapter": Field("text"), "ref": Field("text"),
        "answer_passage": Field("text"), "answer_points": Field("texts")},
        _question_key, _question_fields, _question_item),
    Kind("quiz", "quiz-", {
        "prompt": Field("text", required=True),
        "kind": Field("text", choices=("choice", "fill"), noun="quiz kind"),
        "options": Field("texts"), "answer": Field("text"), "ref": Field("text")},
        _quiz_key, _quiz_fields, _quiz_item, appendix="questions"),
)
