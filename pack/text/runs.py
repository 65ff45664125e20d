"""Text analysis: runs of capitalised words that make one name.

Inputs: a `Sentence`, its normalised keys and the `TextIndex` (which knows
the words seen capitalised in mid-sentence). Outputs: (first, last) token
spans of names: "Partai Buruh Demokrat Sosial Rusia", "Joachim von
Ribbentrop", 'Besarion "Beso" Jughashvili', "Franklin D. Roosevelt". A
capital that only opens a sentence ("Setelah Lenin ...") is trimmed.
"""

from __future__ import annotations

import re

from pack.text.firstnames import first_names
from pack.text.language import Language
from pack.text.phrases import spells
from pack.text.sentences import abbreviations
from pack.text.tokens import Sentence


WORD_CHAR = re.compile(r"\w")
INITIALS = re.compile(r"(?:[^\W\d_]\.)+")     # "D.G.", "G.A.J.", "U.S."
ELIDED = ("' ", "’ ")          # the gap after a particle that lost its vowel ("de' Medici")
UNKNOWN_WORD_ZIPF = 2.0      # rarer than this in general usage: a name, not a word


def is_initial(sentence: Sentence, index: int) -> bool:
    """The first word of a sentence (after any opening quote or bracket)."""
    # Every token starts with a word character, so a later token never opens
    # the sentence: only the text before the first token needs a look.
    if index != 0:
        return False
    start = sentence.tokens[0].start
    return start == 0 or not WORD_CHAR.search(sentence.text, 0, start)


def name_runs(sentence: Sentence, keys: list[str], index) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, trimmed of sentence-start words."""
    tokens = sentence.tokens
    runs = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cap or tokens[i].roman and i == 0:
            i += 1
            continue
        j = _extend_run(sentence, keys, i, index.lex)
        first, last = _trim_run(sentence, keys, i, j, index)
        if first <= last:
            runs.append((first, last))
        i = j + 1
    return runs


def _plain(sentence: Sentence, left: int, right: int) -> bool:
    gap = sentence.gap(left, right)
    if gap == " ":
        return True
    # An initial: "Franklin D. Roosevelt", "H. G. Wells".
    return gap == ". " and len(sentence.tokens[left].text) == 1


def _initials(sentence: Sentence, left: int, right: int, lex: Language) -> bool:
    """"D.G. Champernowne": single capitals joined by a dot without a space
    are one person's initials, unless they spell a listed abbreviation
    ("U.S. Navy")."""
    tokens = sentence.tokens
    if sentence.gap(left, right) != "." or len(tokens[left].text) != 1 or len(tokens[right].text) != 1:
        return False
    written = INITIALS.match(sentence.text, tokens[left].start)
    return written is not None and written.group().rstrip(".").casefold() not in abbreviations(lex.code)


def _honorific(sentence: Sentence, keys: list[str], left: int, lex: Language) -> bool:
    """"Mr. Assaat", "Drs. Mohammad Hatta", "Dr. Dee": a form of address
    written short (people.toml `honorifics`) belongs to the name after it."""
    return sentence.gap(left, left + 1) == ". " and keys[left] in lex.words("people", "honorifics")


def _extend_run(sentence: Sentence, keys: list[str], i: int, lex: Language) -> int:
    tokens = sentence.tokens
    j = i
    while j + 1 < len(tokens):
        if tokens[j].text.endswith(lex.possessive_endings):
            break                                   # "Hall's Pittsburgh ..."
        nxt = tokens[j + 1]
        if (_plain(sentence, j, j + 1) or _initials(sentence, j, j + 1, lex) or _honorific(sentence, keys, j, lex)) \
                and (nxt.cap or nxt.roman):
            j += 1
            continue
        # A nickname in quotes: 'Besarion "Beso" Jughashvili'.
        if j + 2 < len(tokens) and sentence.gap(j, j + 1) in (' "', " “") and nxt.cap \
                and sentence.gap(j + 1, j + 2) in ('" ', "” ") and tokens[j + 2].cap:
            j += 2
            continue
        # A connector between two capitalised words: "Joachim von Ribbentrop".
        k = j + 1
        while k < len(tokens) and keys[k] in lex.connectors and _plain(sentence, k - 1, k):
            k += 1
        if k > j + 1 and k < len(tokens) and tokens[k].cap and (
                _plain(sentence, k - 1, k) or sentence.gap(k - 1, k) in ELIDED):
            j = k             # (also an elided particle: "Cosimo II de' Medici")
            continue
        break
    return _spelled_out_across(sentence, keys, i, j, lex)


def _spelled_out_across(sentence: Sentence, keys: list[str], i: int, j: int, lex: Language) -> int:
    """The end of a name that holds "and", when the acronym in brackets right
    after it spells out the whole ("Government Code and Cypher School
    (GC&CS)"); else `j`. Without the acronym "A and B" is two names."""
    tokens = sentence.tokens
    k = j + 1
    if k + 1 >= len(tokens) or keys[k] not in lex.text.get("name_conjunctions", []) \
            or not _plain(sentence, j, k) or not tokens[k + 1].cap or not _plain(sentence, k, k + 1):
        return j
    end = k + 1
    while end + 1 < len(tokens) and tokens[end + 1].cap and _plain(sentence, end, end + 1):
        end += 1
    after = sentence.text[tokens[end].end:]
    if not after.startswith(" ("):
        return j
    letters = "".join(ch for ch in after[2:after.find(")")] if ch.isupper())
    return end if spells(letters, [tokens[x].text for x in range(i, end + 1) if tokens[x].cap], rest="none") else j


def _trim_run(sentence, keys, first, last, index) -> tuple[int, int]:
    lex = index.lex
    tokens = sentence.tokens
    while first <= last:
        key = keys[first]
        initial = is_initial(sentence, first)
        # A given name, or a word general usage does not know, opening a
        # sentence before another capital still opens a name ("Daniel
        # Libeskind's addition ...", "Noto Soeroto, salah seorang ..."),
        # unless the article also writes it in lowercase ("Will", "Mark").
        # (An index that does not know the lowercase words gets no such exception.)
        lowercase = getattr(index, "lowercase", None)
        initial_only = initial and key not in index.capitalised and not (
            lowercase is not None and first < last and key not in lowercase
            and (key in first_names() or lex.zipf(key) < UNKNOWN_WORD_ZIPF))
        # A function word capitalised in mid-sentence opens a name ("the New
        # Kingdom", "in New York"); at a sentence start it is only a capital.
        function = key in lex.function_words and (initial or key not in index.capitalised)
        # "Bung Karno berpidato", "Sir William Cecil ...": a form of address
        # opening a sentence before a name opens the name.
        if initial_only and first < last and key in lex.words("people", "honorifics"):
            initial_only = False
        # "Perjanjian Renville, demikian ...": a term's head noun opening a
        # sentence before a capital opens the term's name.
        if initial_only and first < last and lex.candidates.get("phrase_head_first") \
                and key in lex.words("candidates", "concept_name_heads") | lex.words("definitions", "term_heads"):
            initial_only = False
        if initial_only or function or key in lex.not_terms \
                or key in lex.connectors or tokens[first].roman:
            first += 1
        else:
            break
    final = lex.text.get("name_final_words", [])     # "Rencana Lima Tahun": a name may end in one
    while last >= first and (keys[last] in lex.function_words or keys[last] in lex.connectors
                             or keys[last] in index.abbreviations) and not (
                                 last > first and keys[last] in final and tokens[last].cap):
        if tokens[last].roman and last > first and (keys[last - 1] in first_names()
                                                    or numbered_elsewhere(keys[last - 1], index)):
            break             # "Mary I", "Psamtik I" beside "Psamtik III": a regnal number, not the pronoun
        last -= 1
    if first == last and keys[first] in lex.not_terms:
        return first, first - 1
    return first, last


def numbered_elsewhere(key: str, index) -> bool:
    """The article writes this name with a regnal number of more than one
    letter somewhere ("Psamtik III"), so a following "I" is a number too;
    not a word also written in lowercase ("World Wars I and II")."""
    where = getattr(index, "where", {})
    if key in getattr(index, "lowercase", {key}):
        return False
    for number, position in where.get(key, []):
        tokens = index.sentences[number].tokens
        if position + 1 < len(tokens) and tokens[position + 1].roman and len(tokens[position + 1].text) > 1:
            return True
    return False
