"""Timeline: the lines of a list written as sentences, which tell no event.

Stage: extract (asked by `events._collect` once per article, before it reads
the paragraphs). Input: the article's paragraph texts and its language.
Output: the indices of the paragraphs that are lines of such a list.

A list the plain text keeps as short paragraphs with their stops ("Paul Huson
in the 1955 film version, alongside Laurence Olivier as Richard.", "Françoise
Giroud, Marie Curie: A Life, 1987.") names things, one a line: an actor and a
film, an author and a book. Dated, each line printed as an event ("1955 · Paul
Huson in the 1955 film version") says nothing a reader can follow (fresh-15's
readers failed all ten such lines of Edward V's cast list). A list line that
lost its stop is told by `events._list_line` already; this module tells the
ones that kept it, by their run: at least LIST_RUN_LINES short one-sentence
paragraphs in a row, most of them without a word that may be a finite verb.
A run of short sentences that say something ("In 2007, a metro station in
Paris was renamed ...") has verbs and stays.

The verb test is `verb_forms` and `verb_endings` of the timeline file,
read on lower-case words only (a capitalised word of a list line is a name or
a title: "Janes", "Kings"), and an ending is no verb where the lexicon knows
the word and never as a verb ("series"). A language without `verb_forms`
finds no run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata
from pack.lang.schema import tunables_of
from pack.text.sentences import abbreviations, sentence_spans
from pack.text.wordclass import classes

LIST_RUN_LINES, LIST_RUN_LINE_WORDS, VERB_ENDING_MIN = tunables_of(__name__)

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*")


def list_run_lines(paragraphs: list[tuple[str, str]], lang: str) -> set[int]:
    """The indices of `paragraphs` ((chapter id, text) pairs, in order) that are lines
    of a list run (module docstring). A run ends with its chapter: a heading starts
    another part ("Portrayals" is no list of "Honours")."""
    verbs, endings = _verb_words(lang)
    if not verbs:
        return set()
    texts = [text for _, text in paragraphs]
    found: set[int] = set()
    run: list[int] = []
    for n, (chapter, text) in enumerate(paragraphs + [("", "")]):
        if run and chapter != paragraphs[run[0]][0]:
            found.update(_list(run, texts, verbs, endings, lang))
            run = []
        if text and _short_line(text, lang):
            run.append(n)
            continue
        found.update(_list(run, texts, verbs, endings, lang))
        run = []
    return found


def _list(run: list[int], texts: list[str], verbs: frozenset, endings: tuple, lang: str) -> list[int]:
    """The run's lines if it is a list: LIST_RUN_LINES or more, most without a verb."""
    if len(run) < LIST_RUN_LINES:
        return []
    verbless = sum(not _has_verb(texts[i], verbs, endings, lang) for i in run)
    return run if 2 * verbless > len(run) else []


def _short_line(text: str, lang: str) -> bool:
    """A paragraph of one short sentence that ends with its stop."""
    text = text.strip()
    if len(text.split()) > LIST_RUN_LINE_WORDS or not text.endswith("."):
        return False
    return len(sentence_spans(text, abbreviations(lang))) == 1


def _has_verb(text: str, verbs: frozenset, endings: tuple, lang: str) -> bool:
    """Has the line a lower-case word that may be a finite verb?"""
    for word in LOWER_WORD.findall(text):
        w = word.casefold()
        if w in verbs:
            return True
        if len(w) > VERB_ENDING_MIN and w.endswith(endings):
            known = classes(w, lang)
            if not known or "VERB" in known:
                return True
    return False


@lru_cache(maxsize=None)
def _verb_words(lang: str) -> tuple[frozenset, tuple]:
    data = langdata.load(lang, "timeline")
    return frozenset(w.casefold() for w in data.get("verb_forms", [])), tuple(data.get("verb_endings", []))
