"""Assemble stage, the anchors: where in the text each reference points.

Inputs: a `Book` with its glossary, people, timeline and questions.
Outputs: `Mark`s per paragraph id. A page reference printed in an
appendix (`target-counter()`) names the page of its target; if the target
were the paragraph, a paragraph that starts at the foot of one page would
send the reader to a page without the term. So every reference gets an
anchor at the very words it is about:

- a glossary term or person: a span around its use (the first use also
  links to the entry, for the EPUB reader);
- a timeline event: an empty anchor where its sentence starts;
- a question: an empty anchor where its focus (the words it asks about)
  starts.

Words that open their paragraph get no anchor of their own: the
paragraph's id names the same page (its box starts with its first line)
and `anchor_for` falls back to it. An empty `<span>` is an element like
any other to WeasyPrint, styled seven times over (issue 18's per-page
cost); about half of the books' empty anchors opened their paragraph.

`anchor_for()` gives the id to link to, falling back to the paragraph.
"""

from __future__ import annotations

from pack.text.termmatch import forms_pattern
from pack.text.tokens import possessive_endings
from pack.model import Book, GlossaryEntry, Mark


def place_anchors(book: Book) -> dict[str, list[Mark]]:
    text_of = {p.id: p.text for a in book.articles for _, p in a.paragraphs()}
    marks: dict[str, list[Mark]] = {}
    possessives = possessive_endings(book.lang)
    for entry in list(book.glossary) + list(book.people):
        _anchor_uses(entry, text_of, marks, possessives)
    for event in book.timeline:
        _anchor_at(event.ref, f"{event.id}-at", getattr(event, "sentence", "")[:60], text_of, marks)
    for question in book.questions:
        _anchor_at(question.ref, f"{question.id}-at", getattr(question, "focus", ""), text_of, marks)
    for found in marks.values():
        found.sort(key=lambda m: (m.start, m.end))
    return marks


def anchor_for(book: Book, anchor: str, paragraph_id: str) -> str:
    """`anchor` if it was placed in the paragraph, else the paragraph itself."""
    if any(m.anchor == anchor for m in book.marks.get(paragraph_id, [])):
        return anchor
    return paragraph_id


def use_anchor(book: Book, entry, index: int) -> str:
    """The id a page reference should point at for an entry's index-th ref."""
    return anchor_for(book, f"{entry.id}-u{index}", entry.refs[index].paragraph_id)


def _anchor_uses(entry, text_of: dict[str, str], marks: dict[str, list[Mark]],
                 possessives: tuple[str, ...]) -> None:
    names = [getattr(entry, "term", None) or entry.name] + list(entry.variants)
    is_term = isinstance(entry, GlossaryEntry)
    for index, ref in enumerate(entry.refs):
        span = find_term(text_of.get(ref.paragraph_id, ""), names, possessives)
        if not span or _overlaps(marks.get(ref.paragraph_id, []), span):
            continue
        marks.setdefault(ref.paragraph_id, []).append(
            Mark(span[0], span[1], anchor=f"{entry.id}-u{index}",
                 target=entry.id if index == 0 else "", css_class="term" if is_term else "person"))


def _anchor_at(ref, anchor: str, words: str, text_of: dict[str, str], marks: dict[str, list[Mark]]) -> None:
    """An empty anchor where `words` start in the ref's paragraph (if they do)."""
    if ref is None or not words.strip():
        return
    start = text_of.get(ref.paragraph_id, "").find(words.strip())
    if start <= 0:              # not found, or the paragraph's own start: its id is the anchor
        return
    existing = marks.setdefault(ref.paragraph_id, [])
    # Inside a term's span the anchor moves to the span's start: spans never nest.
    start = next((m.start for m in existing if m.start < start < m.end), start)
    existing.append(Mark(start, start, anchor=anchor))


def find_term(text: str, names: list[str], possessives: tuple[str, ...]) -> tuple[int, int] | None:
    """The earliest use of any of `names` in `text` (a possessive ending of
    the language may follow), matched as `pack.text.termmatch` does."""
    if not any(names):
        return None
    match = forms_pattern(names, possessives).search(text)
    return (match.start(), match.end()) if match else None


def _overlaps(marks: list[Mark], span: tuple[int, int]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in marks)
