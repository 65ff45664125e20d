"""The question linter, whole-text rules: debris anywhere in a question.

Stage: quality check. Inputs: one question's text and its language's
`LintWords`. Outputs: `Hit`s for brackets and quotes that do not pair, a
dotted abbreviation cut short ("U.S", "[O.S"), sentences glued together
("Abe".Lincoln), doubled or stray punctuation, a lowercase start, a
question word without its question mark, a word said twice ("the the"),
a function word before the last mark ("… from?"), a possessive that owns
nothing ("Stalin's in the life of") and the language's own patterns.
"""

from __future__ import annotations

import re

from pack.qlint.data import LintWords
from pack.qlint.hit import Hit
from pack.text.sentences import split_sentences

PAIRS = ("()", "[]", "{}", "“”", "«»")
CUT_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z](?![\w.])")
GLUED = re.compile(r"[a-z\"”)]\.[A-Z][a-z]")
STRAY_PUNCTUATION = re.compile(r"\s[?.,;:!](?!\d)|[?!,;:][?!.,;:]|\.[?!,;]|“\s*”|\(\s*\)")
DOUBLED = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
TOKEN = re.compile(r"[^\W\d_]+|_+|\d+")      # a blank ("____") and a number are words here
ENDS = ".?!…"
CLOSERS = "\"”’')]»"


def check(text: str, words: LintWords) -> list[Hit]:
    hits = _unpaired(text) + _doubled(text, words) + _possessive(text, words) + \
        _ending(text, words) + _punctuation(text)
    for pattern in words.patterns:
        hits += [Hit(pattern.rule, pattern.message, m.group(0)) for m in pattern.pattern.finditer(text)]
    return hits


def _unpaired(text: str) -> list[Hit]:
    hits = []
    for opening, closing in PAIRS:
        if text.count(opening) != text.count(closing) or _closes_first(text, opening, closing):
            hits.append(Hit("unpaired", f"'{opening}' and '{closing}' do not pair", _around(text, opening, closing)))
    if text.count('"') % 2:
        hits.append(Hit("unpaired", "an odd number of '\"'", _around(text, '"', '"')))
    return hits


def _closes_first(text: str, opening: str, closing: str) -> bool:
    if closing not in text:
        return False         # most questions: nothing to walk through
    depth = 0
    for char in text:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return True
    return False


def _around(text: str, *marks: str) -> str:
    at = min((text.find(m) for m in marks if m in text), default=0)
    return text[max(0, at - 20):at + 20]


def _doubled(text: str, words: LintWords) -> list[Hit]:
    return [Hit("doubled", "a word twice in a row", m.group(0)) for m in DOUBLED.finditer(text)
            if m.group(1).casefold() not in words.doubled_ok]


def _possessive(text: str, words: LintWords) -> list[Hit]:
    """"X's" followed by a word that cannot be owned, or by the end."""
    if not words.not_owned:
        return []
    hits = []
    for match in re.finditer(r"\b([^\W\d_]+)['’]s\b\s*(\w+|[?.,;:]|$)", text):
        owner, after = match.group(1).casefold(), match.group(2).casefold()
        if owner not in words.contractions and (after in words.not_owned or not after[:1].isalnum()):
            hits.append(Hit("possessive", "a possessive with nothing owned", match.group(0)))
    return hits


def _ending(text: str, words: LintWords) -> list[Hit]:
    hits = []
    body = text.rstrip().rstrip(CLOSERS)
    if not body or body[-1] not in ENDS:
        hits.append(Hit("ending", "the question does not end with a full stop or question mark", text[-25:]))
    for sentence in split_sentences(body, words.abbreviated):
        last = TOKEN.findall(sentence)[-1:]
        if last and last[0].casefold() in words.trailing_words:
            hits.append(Hit("ending", f"a sentence ends on '{last[0]}', a word that needs something after it",
                            sentence[-25:]))
    if _asks(text, words) and "?" not in text:
        hits.append(Hit("ending", "a question word without its question mark", text[-25:]))
    return hits


def _asks(text: str, words: LintWords) -> bool:
    start = text.lstrip("“\"'(").casefold()
    return words.asking.match(start) is not None


def _punctuation(text: str) -> list[Hit]:
    hits = [Hit("punctuation", "stray or doubled punctuation", m.group(0)) for m in STRAY_PUNCTUATION.finditer(text)]
    hits += [Hit("glued", "two sentences glued together", m.group(0)) for m in GLUED.finditer(text)]
    hits += [Hit("cut", "an abbreviation cut short (its last full stop is missing)", m.group(0))
             for m in CUT_ABBREVIATION.finditer(text)]
    first = text.lstrip("“\"'([")[:1]
    if first.islower():
        hits.append(Hit("capital", "the question starts in lower case", text[:25]))
    return hits
