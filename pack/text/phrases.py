"""Text analysis: noun phrases next to a cue, read without a parser.

Inputs: a `Sentence`, its normalised keys and the `Language`. Outputs:
token spans (first, last) of the noun phrase that ends just before a
token (`np_before`) or starts at a token (`np_after`), and the text of a
span with leading determiners dropped (`phrase_text`). Also the one
acronym matcher (`spells`), the lowercase words a bracketed acronym
abbreviates (`spelled_out_before`), the long form a text gives an acronym
in brackets beside it (`long_form_beside`), and whether a capitalised
word goes on a name begun before it (`after_name_word`). The rules are
shallow on purpose: a phrase stops at clause punctuation, at a boundary
word (prepositions, conjunctions) and at a verb, except a verb inside a
relative clause ("yang dipimpin oleh ...", "which ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pack import lang as langdata
from pack.text.language import Language
from pack.text.tokens import Sentence

QUOTES = "\"“”'‘’()"
WITHOUT_QUOTES = str.maketrans("", "", QUOTES)     # `str.translate` drops them in one call
CLAUSE = re.compile(r"[,;:()\[\]—–\"“”!?]|\s-\s|\.\s|\.$")
RELATIVE_REACH = 3     # a verb this close after "yang"/"which" belongs to the phrase


def clause_break(sentence: Sentence, left: int, right: int) -> bool:
    """Is there clause punctuation between token `left` and token `right`?"""
    gap = sentence.gap(left, right)
    if gap == " ":
        return False          # most gaps: CLAUSE needs a mark or a dash between spaces
    if gap == ". " and len(sentence.tokens[left].text) == 1:
        return False          # an initial
    return bool(CLAUSE.search(gap))


def foreign_words(sentences: list[Sentence], keys: list[list[str]], lex: Language) -> frozenset[str]:
    """Keys of the words the article writes after a language cue ("in
    Italian: Dialogo sopra i due massimi ...", `foreign_cues`) up to the end
    of the bracket or clause: another language's words, not the article's."""
    cues = lex.words("candidates", "foreign_cues")
    found: set[str] = set()
    for sentence, words in zip(sentences, keys):
        for i in range(len(words) - 2):
            if words[i] in cues and sentence.tokens[i + 1].cap and sentence.gap(i + 1, i + 2).strip() == ":":
                found.update(_until_break(sentence, words, i + 2))
    return frozenset(found)


def _until_break(sentence: Sentence, words: list[str], start: int) -> list[str]:
    """The keys from token `start` up to a bracket, semicolon or clause end."""
    out = [words[start]]
    for j in range(start + 1, len(words)):
        if any(c in sentence.gap(j - 1, j) for c in "()[];"):
            break
        out.append(words[j])
    return out


def bare_gap(sentence: Sentence, left: int, right: int) -> str:
    """The gap between two tokens with quotation marks and brackets removed."""
    return sentence.gap(left, right).translate(WITHOUT_QUOTES)


def after_name_word(sentence: Sentence, keys: list[str], first: int, lex: Language) -> bool:
    """A capitalised content word right before the capitalised token `first`,
    one space between: the token goes on a longer name ("Westlake | Center
    shopping mall", "Electronic | Stability Programme"); a function word
    before it ("the Cathedral") leaves it a name's start."""
    if first == 0 or not sentence.tokens[first].cap or sentence.gap(first - 1, first) != " ":
        return False
    return sentence.tokens[first - 1].cap and not lex.is_function(keys[first - 1])


def ends_clause(sentence: Sentence, last: int) -> bool:
    """Token `last` is the last of its clause (or of the sentence)."""
    return last + 1 >= len(sentence.tokens) or clause_break(sentence, last, last + 1)


def cue_before(keys: list[str], first: int, phrases) -> int:
    """Length of the cue phrase that ends just before token `first` (0: none).

    Of several, the one listed first in `phrases` (longest first, for a
    list from the `Language`).
    """
    found = phrase_before(keys, first, phrases)
    return found[1] if found else 0


def cue_after(keys: list[str], start: int, phrases) -> int:
    """Length of the cue phrase that starts at token `start` (0: none); of several, the one listed first."""
    found = phrase_after(keys, start, phrases)
    return found[1] if found else 0


def phrase_before(keys, first: int, phrases) -> tuple[int, int] | None:
    """(place in `phrases`, length) of the first-listed phrase that ends just before token `first`."""
    index = _indexed(phrases)
    if first < 0:
        return None
    if 0 < first <= len(keys):
        for place, phrase in index.by_last.get(keys[first - 1], ()):
            size = len(phrase)
            if size <= first and tuple(keys[first - size:first]) == phrase:
                return _first_listed(index.empty, place, size)
    return index.none_found


def phrase_after(keys, start: int, phrases) -> tuple[int, int] | None:
    """(place in `phrases`, length) of the first-listed phrase that starts at token `start`."""
    index = _indexed(phrases)
    if start < 0:         # as a slice reads it: counted from the end, and cut short at the end
        return phrase_after(keys[:-1], start + len(keys), phrases) if start >= -len(keys) else index.none_found
    if start < len(keys):
        for place, phrase in index.by_first.get(keys[start], ()):
            size = len(phrase)
            if tuple(keys[start:start + size]) == phrase:
                return _first_listed(index.empty, place, size)
    return index.none_found


def _first_listed(empty: int | None, place: int | None = None, size: int = 0) -> tuple[int, int] | None:
    """The phrase found, or the empty phrase (which every place has) if a
    language lists one before it."""
    if empty is not None and (place is None or empty < place):
        return empty, 0
    return (place, size) if place is not None else None


class _Index(NamedTuple):
    """A cue list arranged for lookups at a token: each phrase with its
    first place in the list, under its last word (`by_last`) and its first
    word (`by_first`), in list order; and the place of the empty phrase."""

    phrases: tuple
    by_last: dict[str, tuple[tuple[int, tuple], ...]]
    by_first: dict[str, tuple[tuple[int, tuple], ...]]
    empty: int | None
    none_found: tuple[int, int] | None      # the answer where no phrase is found (`_first_listed`)


# id(list) -> its index. The list is kept in the index, so its id stays
# its own; by identity, since hashing a list of hundreds of phrases on
# every call would cost what the index saves. Lists come from the
# `Language`, which hands out the same object every time.
_INDEXES: dict[int, _Index] = {}
MAX_INDEXES = 256


def _indexed(phrases) -> _Index:
    """`_phrase_index(tuple(phrases))`, looked up here first: the cue
    functions are asked some 45,000 times an article, nearly always about
    a tuple whose index is made (a list is made a new tuple each time)."""
    index = _INDEXES.get(id(phrases))
    if index is not None and index.phrases is phrases:
        return index
    return _phrase_index(tuple(phrases))


def _phrase_index(phrases: tuple) -> _Index:
    """The list's index (see `_Index`), made on its first use.

    Cue lists run to hundreds of phrases and are asked about at nearly
    every token: one lookup of the token's word replaces a comparison per
    phrase (or a lookup per phrase length).
    """
    index = _INDEXES.get(id(phrases))
    if index is None or index.phrases is not phrases:
        places: dict[tuple, int] = {}
        for place, phrase in enumerate(phrases):
            places.setdefault(phrase, place)
        by_last: dict[str, list] = {}
        by_first: dict[str, list] = {}
        for phrase, place in places.items():           # in list order
            if phrase:
                by_last.setdefault(phrase[-1], []).append((place, phrase))
                by_first.setdefault(phrase[0], []).append((place, phrase))
        index = _Index(phrases, {k: tuple(v) for k, v in by_last.items()},
                       {k: tuple(v) for k, v in by_first.items()}, places.get(()),
                       _first_listed(places.get(())))
        if len(_INDEXES) >= MAX_INDEXES:
            _INDEXES.clear()
        _INDEXES[id(phrases)] = index
    return index


def np_before(sentence: Sentence, keys: list[str], end: int, lex: Language,
              max_tokens: int = 12, through_relative: bool = False) -> tuple[int, int] | None:
    """The noun phrase that ends just before token `end`.

    With `through_relative`, a phrase ending in a relative clause is read
    whole ("penulis dan seniman yang sebelumnya ditindas").
    """
    adverbs = lex.words("definitions", "skip_adverbs")
    boundary = lex.words("definitions", "boundary_words")
    relative = lex.words("definitions", "relative_words")
    last = end - 1
    while last >= 0 and keys[last] in adverbs and not clause_break(sentence, last, last + 1):
        last -= 1
    i = last
    while i >= 0 and last - i < max_tokens:
        if i < last and clause_break(sentence, i, i + 1):
            break
        key = keys[i]
        if key in boundary:
            break
        if lex.looks_like_verb(key) and not (through_relative and _in_relative(keys, i, relative)):
            break
        i -= 1
    first = i + 1
    return (first, last) if first <= last else None


def _in_relative(keys: list[str], index: int, relative: frozenset[str]) -> bool:
    return any(k in relative for k in keys[max(0, index - RELATIVE_REACH):index])


def np_after(sentence: Sentence, keys: list[str], start: int, lex: Language,
             max_tokens: int = 25) -> tuple[int, int] | None:
    """The phrase from token `start` to the end of its clause."""
    if start >= len(keys):
        return None
    i = start
    while i + 1 < len(keys) and i + 1 - start < max_tokens and not clause_break(sentence, i, i + 1):
        i += 1
    if i + 1 < len(keys) and not clause_break(sentence, i, i + 1):
        return None           # ran past the limit: too long to be a definition
    while i > start and lex.is_function(keys[i]) and not _number_follows(sentence, i):
        i -= 1
    return start, i


def _number_follows(sentence: Sentence, index: int) -> bool:
    """"pada tahun 1898": the year belongs to the phrase."""
    end = sentence.tokens[index + 1].start if index + 1 < len(sentence.tokens) else len(sentence.text)
    return bool(re.match(r"\s*\d", sentence.text[sentence.tokens[index].end:end]))


def has_verb(keys: list[str], first: int, last: int, lex: Language, definition: bool = False) -> bool:
    """A verb outside any relative clause in the span.

    A verb form followed by a participle cue is a participle, not a verb
    ("potassium used by Wöhler": the agent "by" marks a passive participle);
    in a `definition`, one followed by a preposition of `participle_prepositions`
    too ("a structure built over a burial chamber").
    """
    relative = lex.words("definitions", "relative_words")
    participle = participle_cues(lex, definition)
    for i in range(first, last + 1):
        if keys[i] in relative:
            return False
        if lex.looks_like_verb(keys[i]) and not (i + 1 < len(keys) and keys[i + 1] in participle):
            return True
    return False


def participle_cues(lex: Language, definition: bool = False) -> frozenset[str]:
    """The words after which a verb form is a participle: `participle_cues`,
    and in a definition `participle_prepositions` too."""
    cues = lex.words("definitions", "participle_cues")
    return cues | lex.words("definitions", "participle_prepositions") if definition else cues


def phrase_text(sentence: Sentence, keys: list[str], first: int, last: int, lex: Language) -> str:
    """The span's text without a leading determiner ("sebuah", "a").

    Numbers right after the last word stay ("sampai November 1938").
    """
    for det in lex.phrases("definitions", "determiners"):
        if tuple(keys[first:first + len(det)]) == det and first + len(det) <= last:
            first += len(det)
            break
    start = sentence.tokens[first].start
    lead = re.search(r"\d[\d.,]*-?$", sentence.text[:start])       # "a 13-|year-old son"
    if lead and (first == 0 or lead.start() >= sentence.tokens[first - 1].end):
        start = lead.start()          # "a 19th-century manor"
    end = sentence.tokens[last].end
    digits = re.match(r"(?:\s?[\d][\d.,–-]*\d|\s?\d)+", sentence.text[end:])
    if digits:
        end += len(digits.group().rstrip(".,"))
    text = sentence.text[start:end].strip(" ,;:")
    return _balance_quotes(text, lex.code)


QUOTE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")


@lru_cache(maxsize=None)
def _plural_possessive(code: str) -> re.Pattern:
    """A plural possessive before the next word ("the Greenbaums' daughter"),
    from `plural_possessive_endings` of the language's text.toml."""
    endings = langdata.load(code, "text").get("plural_possessive_endings", [])
    if not endings:
        return re.compile("(?!x)x")
    return re.compile(rf"(?<=[^\W\d_])(?:{'|'.join(map(re.escape, endings))})(?= [^\W\d_])")


def _balance_quotes(text: str, code: str) -> str:
    if text.count('"') % 2:
        text = text.replace('"', "")
    # A single quote between letters is an apostrophe ("world's"), not a
    # quote; so is the quote of a plural possessive ("the Greenbaums' daughter").
    quotes = QUOTE.findall(text)
    if len(quotes) % 2 and len(quotes) == len(_plural_possessive(code).findall(text)):
        return _balance_brackets(text)
    if len(quotes) % 2:
        text = QUOTE.sub("", text)
    return _balance_brackets(text)


def _balance_brackets(text: str) -> str:
    for left, right in (("“", "”"), ("(", ")")):
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    return text.strip()


def spelled_out_before(sentence: Sentence, keys: list[str], position: int, lex: Language,
                       opening: bool = False) -> tuple[int, int] | None:
    """(first, last) of the lowercase words that the bracketed acronym at
    `position` abbreviates: "census metropolitan area (CMA)", "adenosine
    triphosphate (ATP)", "deoxyribonucleic acid (DNA)". Two words or more,
    each opening with the next letter of the acronym, whose other letters may
    come from inside a word; the longest such run. Capitalised long forms
    are names, which `runs` already finds; None where nothing spells it out.
    With `opening`, the sentence's first word may carry its capital ("Direct
    current (DC) is ...": the capital is the sentence's, not a name's)."""
    tokens = sentence.tokens
    if not tokens[position].acronym or position < 2 or not sentence.gap(position - 1, position).endswith("("):
        return None
    if position + 1 < len(tokens) and not sentence.gap(position, position + 1).startswith(")"):
        return None
    letters = tokens[position].text.casefold()
    for size in range(min(len(letters), position), 1, -1):
        first = position - size
        words = [keys[i] for i in range(first, position)]
        if any((tokens[i].cap and not (opening and i == 0)) or not tokens[i].text.replace("-", "").isalpha()
               or lex.is_function(keys[i])
               for i in range(first, position)):
            continue
        if any(sentence.gap(i, i + 1) != " " for i in range(first, position - 1)):
            continue
        if spells(letters, words):
            return first, position - 1
    return None


def spells(acronym: str, words, rest: str = "inside") -> bool:
    """The one acronym matcher: the words, in order, give all the letters
    of `acronym`, each word opening with the next letter (compared as
    given: callers fold case). Its callers' rules differ only in `rest`,
    where a word's further letters may come from:

    - "inside": in order from anywhere later in the word ("atp" /
      adenosine triphosphate; a whole long name passed as one word,
      "kmt" / "kuomintang");
    - "start": the letters that open the word, in a row ("poetera" /
      poesat tenaga rakjat: syllables);
    - "none": none, one letter a word ("GCCS" / Government Code Cypher School).
    """
    if not words:
        return not acronym
    return any(spells(acronym[n:], words[1:], rest) for n in _letters_given(words[0], acronym, rest))


def _letters_given(word: str, acronym: str, rest: str):
    """Each number of `acronym`'s first letters that `word` can give (see `spells`), fewest first."""
    if not word or not acronym or word[0] != acronym[0]:
        return
    yield 1
    if rest == "start":
        n = 1
        while n < min(len(word), len(acronym)) and word[n] == acronym[n]:
            n += 1
            yield n
    elif rest == "inside":
        at = 1
        for n in range(1, len(acronym)):
            at = word.find(acronym[n], at)
            if at < 0:
                return
            at += 1
            yield n + 1


def long_form_beside(text: str, acronym: str, longest: int) -> tuple[str, bool]:
    """The long form `text` gives `acronym` in brackets beside it, read from
    the plain text (for a long form no candidate holds: said once, or a
    name with lowercase words inside): after the acronym, "KLB (Kereta Luar
    Biasa)" — (the bracket's words, True) — or before it, "School tot
    Opleiding van Inlandsche Artsen (STOVIA)" — (the capitalised run of
    words that spells it, False). Two words or more, each opening with the
    acronym's next letter (`spells`), at most `longest` characters;
    ("", False) when the text gives none."""
    short = re.escape(acronym)
    after = re.compile(rf"(?<!\w){short}\s*\(([^()]{{3,{longest}}})\)")
    before = re.compile(rf"([^().,;:]{{3,{longest}}})\(\s*{short}\s*\)")
    for found in after.finditer(text):
        if _spells_all(acronym, found.group(1).split()):
            return found.group(1).strip(), True
    for found in before.finditer(text):
        words = found.group(1).split()
        for size in range(min(len(words), len(acronym)), 1, -1):
            if words[-size][:1].isupper() and _spells_all(acronym, words[-size:]):
                return " ".join(words[-size:]), False
    return "", False


def _spells_all(acronym: str, words: list[str]) -> bool:
    """Do two words or more, each opening with the acronym's next letter, spell it?"""
    return len(words) > 1 and spells(acronym.casefold(), [w.casefold() for w in words])
