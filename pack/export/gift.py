"""Export stage, GIFT: the quiz as Moodle's plain-text question format.

Inputs: a `Book` (its quiz, title, slug, language). Output: the bytes of
a GIFT file (UTF-8), one question per quiz item, separated by a blank
line:

    // quiz-1
    ::01 What is meant by …?::[html]What is meant by …?{
    \t~a distractor
    \t=the answer
    \t####<p><strong>Where the answer is: …</strong></p><p>…</p>
    }

A "choice" item is a multiple choice (one `=` answer, `~` distractors);
a "fill" item is a short answer: the `{=answer}` stands in the prompt
where its blank was ("The term for … is {=X}."), or after it. The
passage the answer is in is the general feedback (`####`).

Escaping follows Moodle's own GIFT writer: a backslash and the reserved
characters ~ = # { } : get a backslash in front, line ends become `\\n`.
Texts are HTML (`[html]`), so they are HTML-escaped first (& < >; quotes
stay as they are, since `&#39;` would carry a reserved `#`).
"""

from __future__ import annotations

import datetime as dt
import html

from pack.export.passages import feedback_html, labels, question_name, split_blank
from pack.model import Book, QuizItem

RESERVED = "\\~=#{}:"


def escape(text: str) -> str:
    """`text` safe inside GIFT: reserved characters backslashed, no line ends."""
    out = "".join("\\" + c if c in RESERVED else c for c in text)
    return out.replace("\r", "").replace("\n", "\\n")


def quiz_gift(book: Book, when: dt.datetime | None = None) -> bytes:
    words = labels(book)
    blocks = [f"// {book.title}: {words['quiz']}".replace("\n", " ")]
    blocks += [_question(book, item, number, words) for number, item in enumerate(book.quiz, start=1)]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _question(book: Book, item: QuizItem, number: int, words: dict) -> str:
    head = f"// {item.id or number}\n::{escape(question_name(item, number))}::[html]"
    feedback = feedback_html(book, item, words)
    general = f"\t####{escape(feedback)}\n" if feedback else ""
    if item.kind == "choice":
        answers = "".join(f"\t{'=' if option == item.answer else '~'}{_html(option)}\n" for option in item.options)
        return f"{head}{_html(item.prompt)}{{\n{answers}{general}}}"
    answer = f"{{\n\t={_plain(item.answer)}\n{general}}}"
    blank = split_blank(item)
    if blank is None:
        return f"{head}{_html(item.prompt)}{answer}"
    before, after = blank
    return f"{head}{_html(before)}{answer}{_html(after)}"


def _html(text: str) -> str:
    return escape(html.escape(text, quote=False))


def _plain(text: str) -> str:
    """A short answer is compared with what the student types: no HTML."""
    return escape(text)
