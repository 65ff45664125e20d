"""Text, support: one line of a bibliography told from a line of text.

Stage: read and extract (shared). Input: a paragraph's text and the
language code. Output: whether it is a bibliographic entry or footnote
(`is_reference`: authors, titles, years, ISBNs, publishers, page numbers;
a reading list's "Title by Author; Publisher, 2008"), and the stricter
`is_citation`, a line no extractor takes a term, person, event or
question from. `pack.read.backmatter` drops whole sections and an
article's closing list with the first; the text layer (`tokens`), the
timeline and the questions skip the lines the second finds in the text
kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata

# An entry opens on its author, surname first: "Ricklefs, M.C. (", "Taylor,
# Jean Gelman.", a surname with its particles ("Ramón y Cajal, Santiago;",
# "van der Kroef, J."; two capitalised words are a first name and a surname,
# "John Bardeen, Leon N. Cooper (1972)", a prose list of prize winners), or
# the dash a list repeats the previous entry's author with ("—— (1909).").
AUTHOR = re.compile(r"^(?:(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+){1,2}[A-Z][\w'’-]+)?,\s+"
                    r"(?:[A-Z][\w'’-]*\.?\s*){1,3}[(.;]"
                    r"|\s*(?:—{1,3}|–{2,3}|-{2,3}|_{2,})\s*[(.,])")

# A work's catalogue number: only a citation carries one.
IDENTIFIER = re.compile(r"\bISBN\b|\bISSN\b|\bdoi:|\bOCLC\b", re.I)
# The imprint that closes an entry, place, publisher and year: "Tokyo:
# Bungeishunjū, 1980.", "Cambridge: MIT Press, 1999."
IMPRINT = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?:\s+[^:;.]{2,60},\s+\d{4}\.?\s*$")

# Signs of a bibliographic entry, each counted once per paragraph.
SIGNS = (
    IDENTIFIER,
    re.compile(r"\((?:[^()]{0,25}\s)?\d{4}[a-z]?\)|\(\d{4}[-–]\d{2,4}\)"),   # (1991), (May 2005), (1999–2000)
    re.compile(r"\bpp?\.\s*\d|\bhlm\.\s*\d|\bhal\.\s*\d"),             # p. 27, pp. 3–4, hlm. 12
    re.compile(r"^\^|^\s*\d+\.\s+[A-Z]"),                               # a footnote mark
    AUTHOR,
    re.compile(r"https?://|www\."),
    IMPRINT,
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
CITATION_LONGEST = 60       # words: a citation line the extractors skip is one entry
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


@lru_cache(maxsize=4096)     # asked of every paragraph by the glossary's sentences, the timeline and the questions
def is_citation(text: str, lang: str) -> bool:
    """A line of a bibliography left in the text (a section too short to be
    dropped as a list, "My Life (1975). Putnam, ISBN 0-399-11669-9."): no
    extractor takes a term, a person, an event or a question from it.

    Stricter than `is_reference`, which a paragraph of prose meets with a
    "(1873–1947)" and a "London": a citation also opens on its author
    (`AUTHOR`), carries a catalogue number or closes on its imprint."""
    # `is_reference` first: memoised, it answers the extractors' every
    # paragraph without splitting its words again.
    return (is_reference(text, lang) and len(text.split()) <= CITATION_LONGEST
            and bool(AUTHOR.search(text) or IDENTIFIER.search(text) or IMPRINT.search(text)))


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
