"""Shared pieces of the course, theme, review and booklet tests.

Small inline articles in both languages, a course folder maker, a
stand-in extractor (the real ones live on other branches; the review
code only needs deterministic lists that point into the article) and a
switch that skips font subsetting so an EPUB builds in well under a
second.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from pack.model import Extracted, GlossaryEntry, Person, Question, Reference, TimelineEvent

ARTICLE_ID = """Alpha adalah istilah pertama dalam artikel ini. Paragraf pembuka juga menyebut Beta.

== Riwayat awal ==
Pada tahun 1917 Alpha dan Gamma dibahas oleh Ivan Petrov.

Paragraf kedua menyebut Delta dan Beta.

== Referensi ==
Sumber lain.

== Masa akhir ==
Pada tahun 1953 Gamma berakhir. Omega juga muncul di sini.
"""

ARTICLE_EN = """Alpha is the first term of this article. The lead also names Beta.

== Early life ==
In 1917 Alpha and Gamma were discussed by Ivan Petrov.

A second paragraph names Delta and Beta.

== Later life ==
In 1953 Gamma ended. Omega appears here too.
"""

TERMS = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")


def make_course(folder: Path, toml: str, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles if articles is not None else {"a.txt": ARTICLE_ID}).items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "course.toml").write_text(toml, encoding="utf-8")
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fake_extract(articles, settings) -> Extracted:
    """Glossary: the TERMS used; people: Ivan Petrov; timeline: each year;
    questions: one per chapter. Refs point where each is used."""
    found = Extracted()
    for article in articles:
        for chapter, paragraph in article.paragraphs():
            ref = Reference(paragraph.id, chapter.id)
            for term in TERMS:
                if term in paragraph.text:
                    _add_glossary(found, term, ref)
            if "Ivan Petrov" in paragraph.text and not found.people:
                found.people.append(Person("Ivan Petrov", "a historian", [ref], id="who-ivan-petrov"))
            for year in re.findall(r"\b1\d{3}\b", paragraph.text):
                found.timeline.append(TimelineEvent(year, "year", year, f"events of {year}", ref,
                                                    sort_key=year, key=True, id=f"ev-{year}"))
        for chapter in article.chapters:
            found.questions.append(Question(f"What happens in {chapter.title}?", "understand", "recall",
                                            chapter.id, id=f"q-{chapter.id}"))
    return found


def _add_glossary(found: Extracted, term: str, ref: Reference) -> None:
    for entry in found.glossary:
        if entry.term == term:
            entry.refs.append(ref)
            return
    found.glossary.append(GlossaryEntry(term, f"{term} as the article defines it", "definition",
                                        [ref], id=f"gl-{term.lower()}"))


@pytest.fixture
def fast(monkeypatch):
    """Use the stand-in extractor and skip EPUB font subsetting (slow)."""
    monkeypatch.setattr("pack.build.extract_all", fake_extract)
    monkeypatch.setattr("pack.render.epub.packed_fonts", lambda *args: [])


def epub_file(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"EPUB/{name}").decode("utf-8")


def epub_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()
