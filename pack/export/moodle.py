"""Export stage, Moodle XML: the quiz as a file Moodle's question bank imports.

Inputs: a `Book` (its quiz, title, slug, language). Output: the bytes of
a Moodle XML `<quiz>` file (UTF-8): a category named after the book, then
one question per quiz item, in the book's order:

- a "choice" item is a `multichoice` question, one answer right: the
  answer at fraction 100, every distractor at 0;
- a "fill" item is a `shortanswer` question, the answer at fraction 100,
  not case sensitive.

The general feedback of each shows where the answer is: the chapter and
its paragraph. Texts go in as HTML (Moodle's `format="html"`), so they are
HTML-escaped and then XML-escaped by ElementTree; a short answer is plain
text, as Moodle's importer reads it. The format is documented at
docs.moodle.org ("Moodle XML format"); tests/moodle_quiz.xsd checks it.
"""

from __future__ import annotations

import datetime as dt
import html
import xml.etree.ElementTree as ET

from pack.export.passages import as_html, feedback_html, labels, question_name
from pack.model import Book, QuizItem

PENALTY = "0.3333333"     # Moodle's default for a four-option question


def quiz_xml(book: Book, when: dt.datetime | None = None) -> bytes:
    quiz = ET.Element("quiz")
    quiz.append(_category(book))
    words = labels(book)
    for number, item in enumerate(book.quiz, start=1):
        quiz.append(_question(book, item, number, words))
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n"


def _category(book: Book) -> ET.Element:
    """Imported questions land in a category named after the book ("/" is
    Moodle's path separator, so a "/" in the title is written "//")."""
    question = ET.Element("question", type="category")
    _text(question, "category", f"$course$/top/{book.title.replace('/', '//')}", fmt=None)
    return question


def _question(book: Book, item: QuizItem, number: int, words: dict) -> ET.Element:
    kind = "multichoice" if item.kind == "choice" else "shortanswer"
    question = ET.Element("question", type=kind)
    _text(question, "name", question_name(item, number), fmt=None)
    _text(question, "questiontext", as_html(item.prompt))
    _text(question, "generalfeedback", feedback_html(book, item, words))
    for tag, value in (("defaultgrade", "1"), ("penalty", PENALTY), ("hidden", "0"),
                       ("idnumber", f"{book.slug}-{item.id or number}")):
        ET.SubElement(question, tag).text = value
    if kind == "multichoice":
        _choices(question, item)
    else:
        ET.SubElement(question, "usecase").text = "0"      # "PBDSR" = "pbdsr"
        _answer(question, item.answer, 100, fmt="moodle_auto_format", rich=False)
    return question


def _choices(question: ET.Element, item: QuizItem) -> None:
    for tag, value in (("single", "true"), ("shuffleanswers", "true"), ("answernumbering", "abc"),
                       ("showstandardinstruction", "0")):
        ET.SubElement(question, tag).text = value
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(question, tag, "")
    for option in item.options:
        _answer(question, option, 100 if option == item.answer else 0)


def _answer(question: ET.Element, text: str, fraction: int, fmt: str = "html", rich: bool = True) -> None:
    answer = ET.SubElement(question, "answer", fraction=str(fraction), format=fmt)
    ET.SubElement(answer, "text").text = html.escape(text, quote=False) if rich else text
    _text(answer, "feedback", "")


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> None:
    """<tag format="html"><text>…</text></tag>: how Moodle XML holds every text."""
    element = ET.SubElement(parent, tag, format=fmt) if fmt else ET.SubElement(parent, tag)
    ET.SubElement(element, "text").text = text
