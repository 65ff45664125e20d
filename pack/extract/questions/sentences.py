"""Sentences and clauses: the units questions are built from.

Stage: extract (shared helper). Inputs: paragraph text and a `Language`.
Outputs: `QuestionSentence`s that keep their exact text and position, so every
question can quote and point at its paragraph, and small clause tools:
drop a fronted date or adverbial ("Pada Maret 1908, ..."), cut a clause at
the next clause break, tidy notes and punctuation. (How the article writes
a word, capitalised or not, is the text layer's `pack.text.cases`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pack.text.language import Language
from pack.text.wordscan import COUNTED_WORDS
from pack.model import Reference

WORD = COUNTED_WORDS      # a word or a number, as questions count them (findall remembered)
EDITORIAL = re.compile(r"\s*\[(?:\.\.\.|…)\]")
SPACES = re.compile(r"\s{2,}")
STOP_IN_QUOTE = re.compile(r"[.!?;:,]+([\"”’])$")
QUOTE_ENDS = ('"', "”", "’")        # what STOP_IN_QUOTE's text ends with
DASH = re.compile(r"\s[—–]\s|—")


@dataclass(frozen=True)
class QuestionSentence:
    """One sentence of a paragraph, verbatim, with where it stands."""

    text: str
    ref: Reference
    index: int          # position in its paragraph, from 0


# ------------------------------------------------------------ clause tools


def tidy(text: str, ql: Language) -> str:
    """Remove calendar notes and editorial "[...]", normalise spaces."""
    if ql.date_note:
        text = ql.date_note.sub("", text)
    if "[" in text:                     # (every editorial mark opens with one)
        text = EDITORIAL.sub("", text)
    text = SPACES.sub(" ", text).strip()
    return text.replace(" ,", ",").replace(" .", ".")


def strip_end(text: str) -> str:
    """Without the closing punctuation of a sentence (also inside a closing quote: '... mata-mata."')."""
    text = text.strip()
    if text.endswith(QUOTE_ENDS):       # (the pattern ends in one: elsewhere it cannot match)
        text = STOP_IN_QUOTE.sub(r"\1", text)
    return text.rstrip(" .!?;:,").strip()


def strip_fronted_date(text: str, ql: Language) -> tuple[str, str]:
    """("Stalin ditangkap ...", "Pada Maret 1908") from "Pada Maret 1908, Stalin ditangkap ..."."""
    match = ql.fronted_date.match(text)
    if not match:
        return text, ""
    return text[match.end():], text[: match.end()].strip().rstrip(",").strip()


def strip_fronted(text: str, ql: Language) -> tuple[str, str]:
    """Drop a fronted adverbial phrase that ends in a comma, if there is one.

    Returns (rest, fronted). A fronted phrase with a verb of its own
    ("Setelah Lenin wafat, ...") is dropped just the same: the clause after
    it carries the subject.
    """
    rest, date = strip_fronted_date(text, ql)
    if date:
        return rest, date
    if not ql.fronted.match(text):
        return text, ""
    comma = text.find(", ")
    if comma < 0 or len(WORD.findall(text[:comma])) > 14:
        return text, ""
    return text[comma + 2:], text[:comma]


def cut_clause(text: str, ql: Language) -> str:
    """The clause up to the next clause break (";", ", tetapi", ", but" ...)."""
    semicolon = text.find(";")
    if semicolon >= 0:
        text = text[:semicolon]
    dash = DASH.search(text)
    if dash:
        text = text[: dash.start()]
    match = ql.clause_break.search(text)
    if match:
        text = text[: match.start()]
    return strip_end(text)


def count_dates(text: str, ql: Language) -> int:
    return len(ql.time_anchor.findall(text))


def first_word(text: str) -> str:
    match = WORD.match(text.lstrip("\"“‘( "))
    return match.group(0) if match else ""


def shorten(text: str, limit: int = 40) -> str:
    """At most `limit` words, cut at a word boundary with an ellipsis."""
    found = list(WORD.finditer(text))
    if len(found) <= limit:
        return text
    return text[: found[limit - 1].end()].rstrip(" ,;:") + " …"
