"""Render stage, hyphenation: where the PDF may break a word.

Inputs: the PDF's HTML, the book's language and the names it lists (the
who's-who's people, the glossary's capitalised terms). Outputs: the HTML
with soft hyphens (U+00AD) at the places a word may be broken; print.css
sets `hyphens: manual`, so WeasyPrint breaks words there and nowhere else.

Doing it ourselves, not with WeasyPrint's `hyphens: auto`, is what lets
the rules below hold: the bundled Indonesian patterns break against the
language's syllables ("deng-an", "kesal-ahan"), and CSS has no way to
say "not in a name" or "not in a paragraph's last word". Never broken:
a name, a paragraph's (or list item's) last word, a word of a compound
(it breaks at its own hyphen), a short word (pack/lang/<code>/typography.toml:
`min_word`, `left`, `right`). Indonesian is broken by its syllable rules
(the data file says which letters are vowels and which pairs are one
consonant); English by Pyphen's dictionary. At most two hyphenated lines
in a row is seen to after layout (render.hyphenruns).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

from pack import lang as langdata
from pack.model import Book
from pack.render.textruns import Piece, Run, inside, rewrite

SOFT_HYPHEN = "\u00ad"
WORD = re.compile(r"[^\W\d_]+")
# Text in these is never hyphenated (headings keep hyphens: manual for their own soft hyphens).
KEEP_WHOLE_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "dt", "time", "svg", "title", "nav", "header"}
KEEP_WHOLE_CLASSES = {"pn", "refs", "bloom", "ref-label", "name"}
HYPHENATED_BLOCKS = {"p", "dd", "li"}
# No soft hyphen between letters the fonts join in a ligature ("dif-ferent"):
# HarfBuzz still joins them, and WeasyPrint then maps the ligature's glyph to
# the text with the soft hyphen in it, so copying or reading aloud the PDF
# loses "ff" in every word that has it ("dierent").
LIGATURES = {"ff", "fi", "fl"}


def book_names(book: Book) -> frozenset[str]:
    """Every word of a who's-who name (and its variants), and of a capitalised glossary term."""
    texts = [p.name for p in book.people] + [v for p in book.people for v in p.variants]
    texts += [t for g in book.glossary for t in [g.term, *g.variants] if t[:1].isupper()]
    return frozenset(word for text in texts for word in WORD.findall(text))


def hyphenate_html(html: str, lang: str, names: frozenset[str]) -> str:
    rules = _rules(lang)
    if not rules:
        return html
    breaker = _breaker(lang)
    return rewrite(html, lambda run: _hyphenate_run(run, rules, breaker, names))


def _hyphenate_run(run: Run, rules: dict, breaker, names: frozenset[str]) -> None:
    text = run.text
    words = list(WORD.finditer(text))
    if not words:
        return
    last = words[-1].start()
    offset = 0
    for piece in run.pieces:
        length = len(piece.text)
        if _hyphenates(piece):
            piece.text = _hyphenate_piece(piece.text, text, offset, last, rules, breaker, names)
        offset += length


def _hyphenates(piece: Piece) -> bool:
    return (inside(piece, HYPHENATED_BLOCKS)
            and not inside(piece, KEEP_WHOLE_TAGS, KEEP_WHOLE_CLASSES))


def _hyphenate_piece(piece_text: str, run_text: str, offset: int, last: int, rules: dict,
                     breaker, names: frozenset[str]) -> str:
    def word(match: re.Match) -> str:
        start, end = offset + match.start(), offset + match.end()
        before = run_text[start - 1] if start else " "
        after = run_text[end] if end < len(run_text) else " "
        whole = match.group(0)
        # A word longer than `longest_whole` letters is broken even where a word is
        # kept whole (a name, a paragraph's last word): with `overflow-wrap: normal`
        # (styles/print.css) nothing else would keep it inside the page.
        long = len(whole) > rules["longest_whole"]
        if not long and (start >= last or whole in names or len(whole) < rules["min_word"]
                         or before in "-&" or after == "-" or before.isdigit() or after.isdigit()):
            return whole
        cuts = [c for c in breaker(whole) if rules["left"] <= c <= len(whole) - rules["right"]
                and whole[c - 1:c + 1].lower() not in LIGATURES]
        return SOFT_HYPHEN.join(whole[a:b] for a, b in zip([0, *cuts], [*cuts, len(whole)]))
    return WORD.sub(word, piece_text)


@lru_cache(maxsize=None)
def _rules(lang: str) -> dict:
    return langdata.load(lang, "typography").get("hyphenation", {})


@lru_cache(maxsize=None)
def _breaker(lang: str):
    """word -> the offsets where it may break, by the language's method."""
    rules = _rules(lang)
    if rules["method"] == "dictionary":
        dictionary = pyphen.Pyphen(lang=rules["dictionary"])
        return lambda word: dictionary.positions(word)
    return lambda word: syllable_breaks(word, rules["vowels"], tuple(rules["consonant_digraphs"]))


def syllable_breaks(word: str, vowels: str, digraphs: tuple[str, ...]) -> list[int]:
    """Offsets between syllables by the rules in pack/lang/id/typography.toml:
    a lone consonant between vowels goes with the next syllable, of two or
    more consonants the first stays behind; vowels are never split."""
    units = _units(word, vowels, digraphs)          # (start, is_vowel)
    breaks = []
    index = 0
    while index < len(units):
        if not units[index][1]:
            index += 1
            continue
        # A nucleus: a run of vowel units; then the consonants up to the next nucleus.
        end = index
        while end + 1 < len(units) and units[end + 1][1]:
            end += 1
        following = end + 1
        while following < len(units) and not units[following][1]:
            following += 1
        consonants = following - end - 1
        if following < len(units) and consonants:
            breaks.append(units[end + 1][0] if consonants == 1 else units[end + 2][0])
        index = following
    return breaks


def _units(word: str, vowels: str, digraphs: tuple[str, ...]) -> list[tuple[int, bool]]:
    units, position, lower = [], 0, word.lower()
    while position < len(word):
        if any(lower.startswith(d, position) for d in digraphs):
            units.append((position, False))
            position += 2
        else:
            units.append((position, word[position] in vowels))
            position += 1
    return units
