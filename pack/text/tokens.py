"""Text analysis: word tokens of the article's sentences.

Stage: extract (shared by glossary and who's-who). Inputs: an `Article`
and the language's abbreviations (see `sentences`, which splits).
Outputs: `Sentence` objects in reading order, each with its word tokens
(character offsets into the sentence) and the `Reference` of the
paragraph it came from. Every later step (candidate terms, definition
patterns, roles of people) works on these. `YEAR` is the one pattern of
a year written in running text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pack import lang as langdata
from pack.model import Article, Reference
from pack.text.citations import is_citation
from pack.text.sentences import split_sentences
from pack.text.wordscan import NAME_WORDS

# The text layer's word (`wordscan.NAME_WORDS`, where it is described).
WORD = NAME_WORDS.pattern
# A year of 1000-2099 written as a word of its own: not part of a number
# ("10000", "1.500", "3.1415") nor glued to letters ("Rp1000", "M1917"). The one
# year pattern of the extractors (the timeline's key features, the questions'
# kinds of text, facts and terms). (The
# check before it is made behind its first digit: a pattern that opens with
# a digit is scanned for in C.)
YEAR = re.compile(r"(1(?<![\w.,]1)[0-9]{3}|2(?<![\w.,]2)0[0-9]{2})(?![\w.,]?\d)")
ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$")


class Token(NamedTuple):
    """One word of a sentence; `start`/`end` are offsets into the sentence.

    Every field is filled when the token is made (`tokenize`): nearly every
    one is read for every token, and an article has some 20,000 tokens.
    """

    text: str
    start: int
    end: int
    cap: bool         # capitalised, or a name particle before a capital ("d'Alais", "al-Mujahid")
    acronym: bool     # all capitals, two letters or more, not a roman numeral ("NKVD", "PBB")
    roman: bool
    key: str          # case-folded form used for matching ("Wöhler's" -> "wöhler")


def _is_cap(text: str, particle: re.Pattern) -> bool:
    """A capital first letter, or one of the language's name particles glued
    to a capital ("d'Alais", "al-Mujahid"): the name's own first letter is
    the capital one. The capital must follow the particle at once: "de-"
    before a lower-case word ("de-Stalinisasi") opens no name."""
    if text[:1].isupper():
        return True
    glued = particle.match(text)
    return glued is not None and text[glued.end():glued.end() + 1].isupper()


def _is_acronym(text: str) -> bool:
    if text[0].isalpha() and not text[0].isupper():
        return False          # most words: a lowercase first letter settles it
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not ROMAN.match(text)


def _is_roman(text: str) -> bool:
    return text[0] in "IVX" and ROMAN.match(text) is not None


def _key(text: str, possessives: tuple[str, ...]) -> str:
    return without_possessive(text, possessives).casefold()


def without_possessive(word: str, possessives: tuple[str, ...]) -> str:
    """"Wöhler's" -> "Wöhler" with the language's possessive endings."""
    for ending in possessives:
        if word.endswith(ending):
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=None)
def possessive_endings(code: str) -> tuple[str, ...]:
    """`possessive_endings` of `pack/lang/<code>/text.toml`."""
    return tuple(langdata.load(code, "text")["possessive_endings"])


@lru_cache(maxsize=None)
def glued_name_particles(code: str) -> tuple[str, ...]:
    """`glued_name_particles` of `pack/lang/<code>/text.toml`, each with both
    apostrophes ("d'" and "d’"): texts write either."""
    written = langdata.load(code, "text")["glued_name_particles"]
    both = {p.replace("’", "'") for p in written} | {p.replace("'", "’") for p in written}
    return tuple(sorted(both))


@lru_cache(maxsize=None)
def _particle_pattern(code: str) -> re.Pattern:
    """One pattern of the language's glued name particles, the longest
    tried first (no particle: a pattern that never matches)."""
    particles = sorted(glued_name_particles(code), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, particles)) if particles else "(?!)")


@lru_cache(maxsize=None)
def pronoun_genders(code: str) -> dict[str, str]:
    """`pronoun_genders` of `pack/lang/<code>/text.toml`, casefolded: the gender
    each person pronoun marks (read by the timeline and the who's-who alike)."""
    return {w.casefold(): g for w, g in langdata.load(code, "text")["pronoun_genders"].items()}


@dataclass
class Sentence:
    """One sentence of the article: its text, its tokens and their keys, and where it stands."""

    text: str
    tokens: list[Token]
    ref: Reference
    index: int                 # position in the whole article (reading order)
    chapter: int               # index of the chapter in `article.chapters`
    section_id: str            # innermost section, for "spread" counts
    keys: list[str] = field(default_factory=list)

    def gap(self, left: int, right: int) -> str:
        """The text between token `left` and token `right` (exclusive)."""
        return self.text[self.tokens[left].end:self.tokens[right].start]

    def before(self, index: int) -> str:
        """Text before token `index` back to the previous token."""
        start = self.tokens[index - 1].end if index > 0 else 0
        return self.text[start:self.tokens[index].start]

    def after(self, index: int) -> str:
        """Text after token `index` up to the next token."""
        end = self.tokens[index + 1].start if index + 1 < len(self.tokens) else len(self.text)
        return self.text[self.tokens[index].end:end]

    def span_text(self, first: int, last: int) -> str:
        """Exact text from token `first` to token `last` (inclusive)."""
        return self.text[self.tokens[first].start:self.tokens[last].end]


def bracket_depth(text: str, depth: int = 0) -> int:
    """How deep inside round or square brackets the text after `text` is,
    `text` starting at `depth` (a stray closing bracket never goes below 0)."""
    return max(0, depth + text.count("(") + text.count("[") - text.count(")") - text.count("]"))


def tokenize(text: str, code: str) -> list[Token]:
    """The word tokens of `text` in the language `code`."""
    fields = _fields_of(code)
    tokens = []
    end = 0
    new = tuple.__new__         # what Token._make calls, without a method call per token
    for word in NAME_WORDS.of(text).findall(text):     # (not remembered: few texts are asked twice)
        # Where the word stands: its first place after the last token. It
        # opens with a letter, and the search for WORD tries every place
        # after the last token, so it can stand nowhere earlier (cheaper than
        # a match object per token, some 20,000 an article).
        start = text.find(word, end)
        end = start + len(word)
        tail = fields.get(word)
        if tail is None:
            tail = _new_fields(word, code, fields)
        tokens.append(new(Token, (word, start, end) + tail))
    return tokens


MAX_WORDS = 1 << 16      # a language's remembered words, forgotten all at once past this
_FIELDS: dict[str, dict[str, tuple[bool, bool, bool, str]]] = {}


def _fields_of(code: str) -> dict[str, tuple[bool, bool, bool, str]]:
    """The remembered `_word_fields` of the language `code`'s words: an
    article repeats most of its words, and a dictionary of the word alone
    is read without making a key of the word and the code for each token."""
    fields = _FIELDS.get(code)
    if fields is None:
        fields = _FIELDS[code] = {}
    return fields


def _new_fields(word: str, code: str, fields: dict) -> tuple[bool, bool, bool, str]:
    if len(fields) >= MAX_WORDS:
        fields.clear()
    found = fields[word] = _word_fields(word, code)
    return found


def _word_fields(word: str, code: str) -> tuple[bool, bool, bool, str]:
    """cap, acronym, roman and key of a word in the language `code`."""
    return (_is_cap(word, _particle_pattern(code)), _is_acronym(word), _is_roman(word),
            _key(word, possessive_endings(code)))


def text_sentence(text: str, code: str) -> Sentence:
    """A piece of text as a `Sentence` of its own (no place in an article)."""
    tokens = tokenize(text, code)
    return Sentence(text, tokens, Reference("", ""), 0, 0, "", keys=[t.key for t in tokens])


def article_sentences(article: Article, abbreviated: frozenset[str]) -> list[Sentence]:
    """Every sentence of the article, in reading order, with its reference."""
    sections = article.section_of()
    out: list[Sentence] = []
    for number, chapter in enumerate(article.chapters):
        for paragraph in chapter.all_paragraphs():
            if is_citation(paragraph.text, article.lang):
                continue        # a bibliography's line: no term or person comes from it
            ref = Reference(paragraph.id, chapter.id)
            for text in split_sentences(paragraph.text, abbreviated):
                tokens = tokenize(text, article.lang)
                if not tokens:
                    continue
                out.append(Sentence(text, tokens, ref, len(out), number,
                                    sections[paragraph.id].id, [t.key for t in tokens]))
    return out


def most_used_gender(written: Counter, genders: dict[str, str]) -> str:
    """The gender of most of the text's gendered pronouns, when it has at least
    twice as many as the other: whom a life story tells of ("" when unclear;
    shared by the timeline and the who's-who).
    `written`: the text's words as written, each counted once (`Counter`)."""
    counts: dict[str, int] = {}
    for word, uses in written.items():
        if (g := genders.get(word.casefold())):
            counts[g] = counts.get(g, 0) + uses
    ranked = sorted(counts.values(), reverse=True) + [0, 0]
    return max(counts, key=counts.__getitem__) if ranked[0] >= 2 * ranked[1] and ranked[0] else ""
