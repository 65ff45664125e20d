"""Export stage: the book's quiz and glossary as files a school's tools import.

Inputs: the assembled `Book` (its quiz items, glossary, title, slug and
language), the formats asked for (`--export`, or `output.exports` in
course.toml) and the build time. Outputs: (file name, bytes) pairs that
the write stage puts beside the book, atomically like every output:

    moodle  <slug>-quiz.moodle.xml   Moodle XML (multichoice, shortanswer)
    gift    <slug>-quiz.gift.txt     GIFT (Moodle, and other LMSs read it)
    qti     <slug>-quiz.qti.zip      an IMS QTI 2.1 content package (Canvas and others)
    anki    <slug>-glossary.apkg     an Anki flashcard deck: term -> definition

One module per format; `passages` holds what they share. Each writer is a
pure function of the book, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pack.config import EXPORTS
from pack.export import anki, gift, moodle, qti
from pack.model import Book, QuizItem

# format -> (what it is made of, the file's name after the slug, the writer);
# every writer is called as writer(book, build time) and returns the file's bytes.
WRITERS = {
    "moodle": ("quiz", "-quiz.moodle.xml", moodle.quiz_xml),
    "gift": ("quiz", "-quiz.gift.txt", gift.quiz_gift),
    "qti": ("quiz", "-quiz.qti.zip", qti.quiz_package),
    "anki": ("glossary", "-glossary.apkg", anki.glossary_deck),
}


def export_files(book: Book, formats: tuple[str, ...], when: dt.datetime) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The export files of `book` in `formats`, and a warning for each that
    has nothing to hold (no quiz, no glossary) and so is not written."""
    files, warnings = [], []
    broken = [item for item in book.quiz if not _answerable(item)]
    if broken and formats:
        warnings.append(f"--export: {len(broken)} quiz item(s) left out of the exports: a multiple choice "
                        f"needs distinct options with its answer among them ({', '.join(i.id for i in broken)})")
        book = replace(book, quiz=[item for item in book.quiz if _answerable(item)])
    for name in dict.fromkeys(formats):            # each format once, in the order given
        part, suffix, writer = WRITERS[name]
        if not getattr(book, part):
            warnings.append(f"--export {name}: the book has no {part} (is the "
                            f"{'questions' if part == 'quiz' else part} appendix left out?); "
                            f"{book.slug}{suffix} was not written")
            continue
        files.append((book.slug + suffix, writer(book, when)))
    return files, warnings


def _answerable(item: QuizItem) -> bool:
    """An LMS scores a multiple choice by its one right option: it must be there, once."""
    if item.kind != "choice":
        return bool(item.answer)
    return item.options.count(item.answer) == 1 and len(set(item.options)) == len(item.options)
