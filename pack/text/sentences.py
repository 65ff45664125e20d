"""Text analysis: the one sentence splitter every extractor uses.

Stage: extract (shared). Inputs: a paragraph's text and the language's
abbreviations (`abbreviations` in `pack/lang/<code>/text.toml`). Outputs:
the (start, end) offsets of the paragraph's sentences, without the
spaces between them, so that each extractor can cut the sentence's exact
text and still point into the paragraph. A sentence ends at . ! ?
(closed by any quotes or brackets) before a space and a capital, a digit
or an opening quote; never at the dot of an initial ("Franklin D.
Roosevelt") or of a listed abbreviation ("No. 270", "c. 1900"), nor after
initials run together ("D.G. Champernowne") before a word the paragraph
never writes in lower case ("Washington, D.C. The city" still ends at
"D.C.": "the" is written so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(\s+)[\"“‘'(\[]?(?=[^\W_])")
NEXT_WORD = re.compile(r"\w+")
LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")     # "D", "No", "U.S" before a dot
INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")               # "D.G", "G.A.J" before a dot
BEFORE_INITIAL = " \t\n([\"“‘'"                                  # what may stand before an initial
END_WINDOW = 48


@lru_cache(maxsize=None)
def abbreviations(code: str) -> frozenset[str]:
    """The language's abbreviations, case-folded, without their last dot."""
    return frozenset(a.casefold().rstrip(".") for a in langdata.load(code, "text").get("abbreviations", []))


def sentence_spans(text: str, abbreviated: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; `abbreviated` from `abbreviations`."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in SENTENCE_END.finditer(text):
        if not _opens_sentence(text, match.end()) or \
                text[match.start()] == "." and (_abbreviation(text, start, match.start(), abbreviated)
                                                 or _initials_before_name(text, start, match)):
            continue
        spans.append((start, match.start(1)))
        start = match.end(1)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [span for span in spans if span[0] < span[1]]


def split_sentences(text: str, abbreviated: frozenset[str]) -> list[str]:
    """The sentences of `text`, each exactly as written."""
    return [text[start:end] for start, end in sentence_spans(text, abbreviated)]


def _opens_sentence(text: str, at: int) -> bool:
    """A word that can open a sentence: not in lower case, unless it has a
    capital inside ("mRNA is ..."); a digit, a capital, any other letter."""
    word = NEXT_WORD.match(text, at).group()
    return not word[0].islower() or any(c.isupper() for c in word)


def _abbreviation(text: str, start: int, dot: int, abbreviated: frozenset[str]) -> bool:
    """The dot at `dot` ends an initial ("D.") or a listed abbreviation ("No.")."""
    last = search_back(LAST_WORD, text, start, dot)
    if not last:
        return False
    word = last.group(1)
    if len(word) == 1 and word.isupper():
        return last.start() == 0 or text[last.start() - 1] in BEFORE_INITIAL   # not "0.74 °C."
    return word.casefold() in abbreviated


def _initials_before_name(text: str, start: int, match: re.Match) -> bool:
    """"D.G. Champernowne": capital initials run together, then a word that
    the paragraph never writes in lower case (a name, not "The")."""
    last = search_back(LAST_WORD, text, start, match.start())
    if not last or not INITIALS.fullmatch(last.group(1)) or not last.group(1).isupper() \
            or (last.start() > 0 and text[last.start() - 1] not in BEFORE_INITIAL):
        return False
    word = NEXT_WORD.match(text, match.end()).group()
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is None


def search_back(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """`pattern.search` in text[start:end] for a pattern anchored at the end
    (`X+$`, `L+(?:\\.L+)*$`), trying the last END_WINDOW characters first.

    Such a search tries every start position, so over a whole paragraph it
    costs time in proportion to the paragraph, and it runs at every full
    stop. A match in the window that starts at its first or second
    character may reach further back: only then is the whole range searched.
    """
    window = max(start, end - END_WINDOW)
    match = pattern.search(text, window, end)
    if match and window > start and match.start() <= window + 1:
        match = pattern.search(text, start, end)
    return match
