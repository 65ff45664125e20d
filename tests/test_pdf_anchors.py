"""Where page references point (pack.anchors): an empty anchor only where
the paragraph's own id would not name the same place."""

from __future__ import annotations

from types import SimpleNamespace as NS

from pack.anchors import anchor_for, place_anchors

TEXT = "The mill was built in 1771. Arkwright used water power at Cromford."


def _book(sentence: str) -> NS:
    paragraph = NS(id="ch1-p1", text=TEXT)
    article = NS(paragraphs=lambda: [(None, paragraph)])
    event = NS(id="ev-1", ref=NS(paragraph_id="ch1-p1"), sentence=sentence)
    book = NS(articles=[article], glossary=[], people=[], timeline=[event], questions=[], lang="en")
    book.marks = place_anchors(book)
    return book


def test_words_inside_a_paragraph_get_their_own_anchor():
    book = _book("Arkwright used water power at Cromford.")
    assert [(m.start, m.anchor) for m in book.marks["ch1-p1"]] == [(TEXT.index("Arkwright"), "ev-1-at")]
    assert anchor_for(book, "ev-1-at", "ch1-p1") == "ev-1-at"


def test_words_that_open_the_paragraph_point_at_the_paragraph():
    """No empty <span> for WeasyPrint to style: the paragraph's id names the same page."""
    book = _book("The mill was built in 1771.")
    assert book.marks.get("ch1-p1", []) == []
    assert anchor_for(book, "ev-1-at", "ch1-p1") == "ch1-p1"
