"""Read stage, support: back matter recognised by what it is, not by its heading.

Inputs: paragraph texts and the language code. Outputs: whether a section
is a list of references (authors, titles, years, ISBNs, publishers, page
numbers, footnote marks; a reading list of "Title by Author; Publisher,
2008" lines), and where such a list begins at the end of an article
without headings. `parse` drops such a section like one headed
"References"; `segment` cuts such a tail off a headingless article; the
attribution page lists both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata

# Signs of a bibliographic entry, each counted once per paragraph.
SIGNS = (
    re.compile(r"\bISBN\b|\bISSN\b|\bdoi:|\bOCLC\b", re.I),
    re.compile(r"\((?:[^()]{0,25}\s)?\d{4}[a-z]?\)|\(\d{4}[-–]\d{2,4}\)"),   # (1991), (May 2005), (1999–2000)
    re.compile(r"\bpp?\.\s*\d|\bhlm\.\s*\d|\bhal\.\s*\d"),             # p. 27, pp. 3–4, hlm. 12
    re.compile(r"^\^|^\s*\d+\.\s+[A-Z]"),                               # a footnote mark
    re.compile(r"^[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’-]*\.?\s*){1,3}[(.,;]"),  # "Ricklefs, M.C. (", "Taylor, Jean Gelman."
    re.compile(r"https?://|www\."),
)
# A reading list credits each title to its author before the publisher:
# "Wings of Fire by A P J Abdul Kalam, Arun Tiwari; Universities Press, 1999".
# The credit word comes from the language data (people.toml `author_cues`); the names
# after it run to a semicolon or a bracketed year with no sentence end (a
# full stop only after an initial or a title: "P. Dhanapal", "Dr.").
CREDIT = r"(?<!\w){word}\s+(?=[A-Z])(?:\b[A-Z][a-z]?\.|[^.;!?]){{1,80}}?(?:;|\(\d{{4}}\))"
# ... and closes on its year after a comma: ", 1999." (a sentence of text
# says "in 1999.").
CLOSING_YEAR = re.compile(r"[,;]\s*(?:[A-Z][a-z]+\s+)?\d{4}\.?\s*$")
# A line of names and a year and nothing else has no title: a sister city
# ("Cologne, Germany (1963)", "Xi'an, Shaanxi, China (1974) (Friendship
# City)"), not a reference, however much it looks like "Vickers, Adrian (2005)".
UNTITLED = re.compile(r"[A-Z][\w'’-]*(?:[ ,]+[A-Z][\w'’-]*)*\s*"
                      r"\((?:[^()]{0,25}\s)?\d{4}\)(?:\s*\([^()]*\))?\.?")
CREDIT_LONGEST = 40         # words: a credit line is one short entry, not a paragraph of text
REFERENCE_SIGNS = 2         # a paragraph with this many signs is a reference
LIST_SHARE = 0.6            # a section is a reference list when this share of its paragraphs are
LIST_LEAST = 3              # ... and it has at least this many
LONGEST_ENTRY = 120         # words: a longer paragraph is text, whatever it cites


@lru_cache(maxsize=4096)
def is_reference(text: str, lang: str) -> bool:
    """One bibliographic entry or footnote, not a paragraph of text.

    Memoised: the reader asks of a paragraph once for every section it is
    inside (`is_reference_list`), and again for the article's end."""
    if len(text.split()) > LONGEST_ENTRY or UNTITLED.fullmatch(text.strip()):
        return False
    signs = sum(1 for sign in SIGNS if sign.search(text)) + _credit_signs(text, lang)
    # A reference word as a word of its own: "ed." is not the end of "replaced.".
    # The pattern tries every word at every place of the text (most of the
    # read stage's time); a text that holds none of the words anywhere
    # cannot match, and `in` tells that in one pass per word.
    words, pattern = _reference_words(lang)
    signs += any(word in text for word in words) and bool(pattern.search(text))
    return signs >= REFERENCE_SIGNS


def _credit_signs(text: str, lang: str) -> int:
    """The signs of a credited title: a credit, and a year closing it."""
    credit = _credit(lang)
    if credit is None or len(text.split()) > CREDIT_LONGEST or not credit.search(text):
        return 0
    return 1 + bool(CLOSING_YEAR.search(text))


@lru_cache(maxsize=None)
def _credit(lang: str) -> re.Pattern | None:
    words = langdata.load(lang, "people")["people"].get("author_cues", [])
    return re.compile("|".join(CREDIT.format(word=re.escape(w)) for w in words)) if words else None


@lru_cache(maxsize=None)
def _reference_words(lang: str) -> tuple[tuple[str, ...], re.Pattern | None]:
    words = tuple(langdata.load(lang, "chapters").get("reference_words", []))
    return words, re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words)) if words else None


def is_reference_list(texts: list[str], lang: str) -> bool:
    """A section that is mostly references: dropped like "References"."""
    if len(texts) < LIST_LEAST:
        return False
    found = sum(1 for text in texts if is_reference(text, lang))
    return found >= LIST_SHARE * len(texts)


def reference_tail(texts: list[str], lang: str) -> int:
    """Where a trailing list of references begins (len(texts): there is none).

    The references that close the text, and before them any stretch that
    is still mostly references (a list with a few notes in it); the text
    before it stays the larger part of the article.
    """
    marks = [is_reference(text, lang) for text in texts]
    words = [len(text.split()) for text in texts]
    half = sum(words) / 2
    begin = len(texts)
    while begin > 1 and marks[begin - 1] and sum(words[:begin - 1]) >= half:
        begin -= 1          # the run of references at the very end
    found_after = 0
    for i in range(len(texts) - 1, 0, -1):
        found_after += marks[i]
        rest = len(texts) - i
        if sum(words[:i]) < half:
            break
        if marks[i] and rest >= LIST_LEAST and found_after >= LIST_SHARE * rest:
            begin = min(begin, i)
    return begin
