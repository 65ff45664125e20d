"""Sentences and clauses: the units questions are built from.

Stage: extract (shared helper). Inputs: paragraph text and a `Language`.
Outputs: `QuestionSentence`s that keep their exact text and position, so every
question can quote and point at its paragraph, and small clause tools:
drop a fronted date or adverbial ("Pada Maret 1908, ..."), cut a clause at
the next clause break, tidy notes and punctuation, and put a capitalised
first word back into lower case when the article writes it that way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from wordfreq import zipf_frequency

from pack.text.language import Language
from pack.model import Reference

WORD = re.compile(r"[^\W_][\w'’-]*")     # a word or a number, as questions count them
EDITORIAL = re.compile(r"\s*\[(?:\.\.\.|…)\]")
SPACES = re.compile(r"\s{2,}")


@dataclass(frozen=True)
class QuestionSentence:
    """One sentence of a paragraph, verbatim, with where it stands."""

    text: str
    ref: Reference
    index: int          # position in its paragraph, from 0


class CaseStats:
    """How the article writes each word in mid-sentence: "Pemerintahan" or "pemerintahan"?

    A clause lifted from the start of a sentence keeps its capital only
    when the article capitalises that word elsewhere too (a name).
    """

    def __init__(self, texts: list[str], code: str):
        self.code = code
        self.lower: Counter = Counter()
        self.upper: Counter = Counter()
        self.name_pairs: set[tuple[str, str]] = set()   # "Perang Saudara" mid-sentence
        upper, lower = [], []          # counted at the end, in one go (Counter.update is fast)
        for text in texts:
            found = WORD.findall(text)
            for i in range(1, len(found)):
                word = found[i]
                if word[0].isupper():
                    upper.append(word.casefold())
                    if i + 1 < len(found) and found[i + 1][0].isupper():
                        self.name_pairs.add((word, found[i + 1]))
                else:
                    lower.append(word.casefold())
        self.upper.update(upper)
        self.lower.update(lower)

    def is_name_word(self, word: str) -> bool:
        """Capitalised in mid-sentence at least as often as not."""
        key = word.casefold()
        return self.upper[key] > 0 and self.upper[key] >= self.lower[key]

    def lowered(self, clause: str, guess: bool = True) -> str:
        """The clause with its first word in lower case when the article does so.

        A word the article never writes in mid-sentence is lowered only if
        it is a common word of the language, and only when `guess` is on.
        """
        match = WORD.match(clause)
        if not match or not clause[:1].isupper():
            return clause
        word = match.group(0)
        if self.is_name_word(word) or (word.isupper() and len(word) > 1):
            return clause
        following = WORD.findall(clause[match.end():])[:1]
        if following and (word, following[0]) in self.name_pairs:
            return clause      # the start of a name: "Perang Saudara Rusia"
        if self.lower[word.casefold()] == 0 and self.upper[word.casefold()] == 0:
            # Never seen mid-sentence: a common word of the language is lowered.
            if not guess or zipf_frequency(word.casefold(), self.code) < 1.5:
                return clause
        return clause[:1].lower() + clause[1:]


# ------------------------------------------------------------ clause tools


def tidy(text: str, ql: Language) -> str:
    """Remove calendar notes and editorial "[...]", normalise spaces."""
    if ql.date_note:
        text = ql.date_note.sub("", text)
    text = EDITORIAL.sub("", text)
    text = SPACES.sub(" ", text).strip()
    return text.replace(" ,", ",").replace(" .", ".")


def strip_end(text: str) -> str:
    """Without the closing punctuation of a sentence (also inside a closing quote: '... mata-mata."')."""
    text = re.sub(r"[.!?;:,]+([\"”’])$", r"\1", text.strip())
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
    dash = re.search(r"\s[—–]\s|—", text)
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
