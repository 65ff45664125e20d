"""Export stage, Anki: the glossary as a flashcard deck (`.apkg`).

Inputs: a `Book` (its glossary, title, slug, language) and the build
time. Output: the bytes of an Anki package made with genanki: one note
per glossary entry, the term on the front, its definition on the back
(an entry that has only the sentence of its first use says so with the
book's "In context" label), and the chapter it comes from.

Rebuilds are reproducible: the deck and note-type ids are numbers derived
from the book's slug, each note's guid from the slug and the term, and
every time genanki writes is the build time (SOURCE_DATE_EPOCH when set).
genanki always stamps its zip entries with the current clock, so the
package it writes is unpacked and zipped again with the build time
(`archive.zip_bytes`); the SQLite collection inside is already the same
bytes for the same notes and time.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
import zipfile

import genanki

from pack.export.archive import zip_bytes
from pack.export.passages import labels, passage, stable_number
from pack.model import Book, GlossaryEntry

FIELDS = ("Term", "Definition", "Source")
CARD_CSS = ".card { font-family: serif; font-size: 22px; text-align: center; }\n" \
           ".source { font-size: 14px; color: #666; margin-top: 1em; }\n"


def glossary_deck(book: Book, when: dt.datetime) -> bytes:
    words = labels(book)
    model = _model(book)
    deck = genanki.Deck(stable_number(book.slug, "deck"), f"{book.title} — {words['glossary']}")
    for entry in book.glossary:
        deck.add_note(genanki.Note(model=model, fields=_fields(book, entry, words),
                                   guid=genanki.guid_for(book.slug, entry.term), sort_field=entry.term))
    return _package_bytes(genanki.Package(deck), when)


def _model(book: Book) -> genanki.Model:
    """The note type: one card, term -> definition and where it comes from."""
    return genanki.Model(
        stable_number(book.slug, "model"), "teachpack glossary",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Term → definition", "qfmt": "{{Term}}",
                    "afmt": '{{FrontSide}}<hr id="answer">{{Definition}}<div class="source">{{Source}}</div>'}],
        css=CARD_CSS)


def _fields(book: Book, entry: GlossaryEntry, words: dict) -> list[str]:
    """The note's fields as Anki holds them: HTML, so the text is escaped."""
    definition = entry.definition
    if entry.kind == "context":
        definition = f"{words['context_label']}: {definition}"
    chapter, _ = passage(book, entry.refs[0] if entry.refs else None)
    return [html.escape(text, quote=False) for text in (entry.term, definition, chapter)]


def _package_bytes(package: genanki.Package, when: dt.datetime) -> bytes:
    """The .apkg's bytes, its zip entries stamped with the build time."""
    handle, path = tempfile.mkstemp(suffix=".apkg")
    os.close(handle)
    try:
        package.write_to_file(path, timestamp=when.timestamp())
        with zipfile.ZipFile(path) as written:
            entries = [(info.filename, written.read(info)) for info in written.infolist()]
    finally:
        os.unlink(path)
    return zip_bytes(entries, when)
