"""Text analysis: the one sentence splitter every extractor uses.

Stage: extract (shared), and read (`glued_ends`). Inputs: a paragraph's
text and the language's abbreviations (`abbreviations` in
`pack/lang/<code>/text.toml`). Outputs: the (start, end) offsets of the paragraph's sentences, without the
spaces between them, so that each extractor can cut the sentence's exact
text and still point into the paragraph. A sentence ends at . ! ?
(closed by any quotes or brackets) before a space and a capital, a digit
or an opening quote; never at the dot of an initial ("Franklin D.
Roosevelt") or of a listed abbreviation ("No. 270", "c. 1900").
Text copied without its reference marks often runs two sentences together
("... of the region.Toronto is ..."): a stop after a lower-case letter
("Bogotá.The" too), a number ("in 2021.At", "by 40%.Atlanta"), a closing
bracket or quote ("(14.2 per cent).On", '"Honest Abe".Lincoln') and before a capitalised
word, or before "A" or "I" and a lower-case word ("on campus.A
shipbuilding"), ends a sentence there too, unless it is a listed
abbreviation's; so does the last dot of capital initials before a
capitalised word of three letters or more ("in the U.S.Logging was": a
name's initials are written with spaces).
A page mark left after the stop where a reference was removed ("... of
change.:71 Emissions ...") ends the sentence with it. `glued_ends` tells
where sentences were run together; the reader (pack/read/parse.py) splits
paragraphs at some of them, as the export runs paragraphs together too.
`ends_without_stop` tells a paragraph that ends in no sentence's stop: a
line of a list or a caption, or a paragraph that lost its stop with a
reference mark (the timeline tells them apart by length; the questions read
a chapter mostly of such lines as a list).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?::[\d–-]+)?(\s+)[\"“‘'(\[]?(?=[^\W_])")
NEXT_WORD = re.compile(r"\w+")
OPENERS = "([\"“‘'"          # what may open a word: "(D. Roosevelt", '"No. 270'
# 'region.Toronto', 'views."On', '2021.At', '28%.Atlanta', 'cent).On', 'Abe".Lincoln', 'campus.A shipbuilding'
# (Both open with the stop or the capital, the checks before it made behind
# it: a pattern that opens with a look-behind is tried at every place.)
GLUED_END = re.compile(r"[.!?](?:(?<=[a-z\u00e0-\u00ff0-9%][.!?])|(?<=[)\]\"”’'][.!?]))[\"”’)]*(?=[A-Z][a-z]|[AI] [a-z])")
GLUED_INITIALS = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)+(?=[A-Z][a-z]{2,})")   # 'the U.S.Logging'
INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")   # "D.G", "G.A.J" before a dot
# A sentence's last stop, closed by any quotes or brackets, with nothing but space after it.
STOP_AT_END = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")


@lru_cache(maxsize=None)
def abbreviations(code: str) -> frozenset[str]:
    """The language's abbreviations, case-folded, without their last dot."""
    return frozenset(a.casefold().rstrip(".") for a in langdata.load(code, "text").get("abbreviations", []))


def sentence_spans(text: str, abbreviated: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; `abbreviated` from `abbreviations`."""
    return list(_spans(text, frozenset(abbreviated)))     # (a frozenset is itself: no copy)


@lru_cache(maxsize=1 << 12)
def _spans(text: str, abbreviated: frozenset[str]) -> tuple[tuple[int, int], ...]:
    # Remembered: the text layer, the timeline, the question context and the
    # passages that need care each split the same paragraphs, and the
    # timeline's process (forked after the text layer split them) inherits them.
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    ends = (*SENTENCE_END.finditer(text), *GLUED_END.finditer(text), *GLUED_INITIALS.finditer(text))
    for match in sorted(ends, key=lambda m: m.start()):
        if match.start() < start:
            continue
        if match.re is not SENTENCE_END:
            # Glued: no space to leave out. "U.S." is listed, yet glued to a
            # capitalised word its last dot ends a sentence.
            if match.re is GLUED_INITIALS or \
                    _word_before(text, start, match.start()).casefold() not in abbreviated:
                spans.append((start, match.end()))
                start = match.end()
            continue
        if not _opens_sentence(text, match.end()) or \
                text[match.start()] == "." and (_abbreviation(text, start, match.start(), abbreviated)
                                                 or _initials_before_name(text, start, match)):
            continue
        spans.append((start, match.start(1)))
        start = match.end(1)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(span for span in spans if span[0] < span[1])


def glued_ends(text: str, abbreviated: frozenset[str]) -> list[int]:
    """Where a sentence of `text` ends glued to the next one, with no space
    between ("of the region.Toronto is"); the reader takes some of these
    as paragraph breaks."""
    spans = sentence_spans(text, abbreviated)
    return [end for (_, end), (start, _) in zip(spans, spans[1:]) if end == start]


def split_sentences(text: str, abbreviated: frozenset[str]) -> list[str]:
    """The sentences of `text`, each exactly as written."""
    return [text[start:end] for start, end in sentence_spans(text, abbreviated)]


def ends_without_stop(text: str) -> bool:
    """The paragraph `text` ends in no sentence's stop (. ! ? … : ; closed by any quotes or
    brackets, then only space), in any language: a line of a list, a caption or a heading run
    into the text ("Paul Bracq – major designer of automobiles", "Tomsk Oblast, Russia (since
    May 2015)"), or a paragraph that lost its stop with a reference mark ("... entered into
    legal effect in 2005")."""
    return not STOP_AT_END.search(text)


def _opens_sentence(text: str, at: int) -> bool:
    """A word that can open a sentence: not in lower case, unless it has a
    capital inside ("mRNA is ..."); a digit, a capital, any other letter."""
    word = NEXT_WORD.match(text, at).group()
    return not word[0].islower() or any(c.isupper() for c in word)


def _abbreviation(text: str, start: int, dot: int, abbreviated: frozenset[str]) -> bool:
    """The dot at `dot` ends an initial ("D.") or a listed abbreviation ("No.").

    The word is what stands between the last space and the dot, without
    opening quotes or brackets: "°C" of "0.74 °C." is no initial.
    """
    word = _word_before(text, start, dot)
    return len(word) == 1 and word.isupper() or word.casefold() in abbreviated


def _initials_before_name(text: str, start: int, match: re.Match) -> bool:
    """"D.G. Champernowne": capital initials run together, then a word that
    the paragraph never writes in lower case (a name, not "The")."""
    word = _word_before(text, start, match.start())
    if not INITIALS.fullmatch(word) or not word.isupper():
        return False
    following = NEXT_WORD.match(text, match.end()).group()
    return re.search(rf"(?<!\w){re.escape(following.lower())}(?!\w)", text) is None


def _word_before(text: str, start: int, dot: int) -> str:
    """What stands between the last space and the dot, without opening
    quotes or brackets."""
    space = max(text.rfind(" ", start, dot), text.rfind("\n", start, dot))
    return text[max(space + 1, start):dot].lstrip(OPENERS)
