"""Render stage, helpers for the layouts: labels and groupings of items.

Inputs: a `Book`. Outputs: the small functions templates call to label a
chapter ("Bab 3"), to group glossary entries by letter, events by period
and questions by chapter. Kept out of the templates so that a course's
own layouts get the same groupings for free.
"""

from __future__ import annotations

import unicodedata
from itertools import groupby

from pack import lang as langdata
from pack.extract.timeline import date_values as dv
from pack.model import Book, Page


def groupings(book: Book) -> dict:
    labels = langdata.labels(book.lang, book.settings.get("labels"))
    pages = {p.chapter.id: p for p in book.pages if p.chapter}

    def page_label(page: Page) -> str:
        return f"{page.number}. {page.title}" if page.kind == "chapter" and page.number else page.title

    def chapter_label(chapter_id: str) -> str:
        page = pages.get(chapter_id)
        if page is None:
            return labels["whole_book"]
        return f"{labels['chapter']} {page.number}" if page.number else page.title

    def chapter_title(chapter_id: str) -> str:
        page = pages.get(chapter_id)
        return page_label(page) if page else labels["whole_book"]

    def question_groups(questions) -> list:
        order = {cid: i for i, cid in enumerate(pages)}
        ranked = sorted(questions, key=lambda q: order.get(q.chapter_id, len(order)))
        return [(cid, list(items)) for cid, items in groupby(ranked, key=lambda q: q.chapter_id)]

    def sensitive_groups(notes) -> list:
        """[(topic label, passages)] in the order topics first appear."""
        order: dict[str, list] = {}
        for note in notes:
            order.setdefault(note.label, []).append(note)
        return list(order.items())

    return {"sensitive_groups": sensitive_groups, "book_author": lambda: book_author(book, labels), "page_label": page_label, "chapter_label": chapter_label,
            "chapter_title": chapter_title, "question_groups": question_groups,
            "letter_groups": letter_groups, "timeline_groups": timeline_groups(labels, book.lang)}


def book_author(book: Book, labels: dict) -> str:
    """The teacher or school; else the article's authors where known."""
    if book.author:
        return book.author
    if any("wikipedia.org" in a.source_url for a in book.articles):
        return labels["wikipedia_contributors"]
    return labels["made_with"]


def letter_groups(entries) -> list:
    """[(letter, entries)] alphabetically, accents and case ignored; people
    by their `sort_key` (surname first where the language sorts so)."""
    def key(entry) -> str:
        name = getattr(entry, "sort_key", "") or getattr(entry, "term", None) or getattr(entry, "name", "")
        return _fold(name)
    ranked = sorted(entries, key=key)
    return [(letter, list(items)) for letter, items in
            groupby(ranked, key=lambda e: (key(e)[:1].upper() if key(e)[:1].isalpha() else "#"))]


def timeline_groups(labels: dict, lang: str):
    """Events by decade ("1930–1939"), before the common era by century
    ("13th century BC": ancient dates lie far apart), in the order given
    (already sorted)."""
    def group(events) -> list:
        def decade(event) -> str:
            key = event.sort_key or event.iso
            # A key's year: "1878-12-18", "1930", "-8720-00-00" (BC, see date_values.sort_key).
            if not key.lstrip("-")[:4].isdigit():
                return labels["other_events"]
            year = dv.key_year(key)
            if key.startswith("-"):      # before the common era (the 1st century BC's key is year 0)
                # A century's key is its first year counted as in the common
                # era (400 for the 5th century BC); a year's, the year itself
                # (400 BC lies in the 4th century BC).
                century = -year // 100 + 1 if event.precision == "century" else (-year - 1) // 100 + 1
                return dv.text(dv.DateValue(century=century, bce=True), lang)
            start = year // 10 * 10
            return f"{start}–{start + 9}"
        return [(period, list(items)) for period, items in groupby(events, key=decade)]
    return group


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
