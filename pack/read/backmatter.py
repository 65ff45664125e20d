"""Read stage, support: back matter recognised by what it is, not by its heading.

Inputs: paragraph texts and the language code. Outputs: whether a section
is a list of references (authors, titles, years, ISBNs, publishers, page
numbers, footnote marks; a reading list of "Title by Author; Publisher,
2008" lines), and where such a list begins at the end of an article
without headings, and the sentences of text such a list holds beside its
entries (`told_beside`). `parse` drops such a section like one headed
"References", all but those sentences; `segment` cuts such a tail off a
headingless article; the attribution page lists both. One entry is told
by `pack.text.citations`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.text.citations import is_reference
from pack.text.sentences import abbreviations, glued_ends, split_sentences

LIST_SHARE = 0.6            # a section is a reference list when this share of its paragraphs are
LIST_LEAST = 3              # ... and it has at least this many
TOLD_LEAST = 6              # words: a sentence about the works, not a title
WORD = re.compile(r"\w+")
TOLD_END = LazyPattern(r"[.!?][\"”’')]*\s*$")     # a sentence's stop, no list's colon


def is_reference_list(texts: list[str], lang: str) -> bool:
    """A section that is mostly references: dropped like "References"."""
    if len(texts) < LIST_LEAST:
        return False
    found = sum(1 for text in texts if is_reference(text, lang))
    return found >= LIST_SHARE * len(texts)


def told_beside(texts: list[str], lang: str) -> list[str]:
    """The sentences of text in a list of references dropped: what a lead-in
    says of the works ("He published more than 100 scientific works ...")
    and a paragraph the export glued onto an entry's end ("... ISBN
    84-206-2290-7.In 1905, he published five science-fiction stories ...").
    Not a lead-in's colon ("Among his works were:"), nor a title (`_told`)."""
    abbreviated = abbreviations(lang)
    told = []
    for text in texts:
        if is_reference(text, lang):
            ends = glued_ends(text, abbreviated)
            text = text[ends[-1]:] if ends else ""      # only what was glued on after the entry
        told += [s.strip() for s in split_sentences(text, abbreviated) if _told(s, lang)]
    return told


def _told(sentence: str, lang: str) -> bool:
    """A sentence told of a person by the pronoun ("He published ..."; the
    language's person pronouns, questions.toml): the pieces of a reading
    list's entries end in a stop too ("Translated from the German by Douglas
    Martin, Scolar Press, 1996.", "Mythological subjects in Francisco Goya's
    work.") but never say "he"."""
    if len(sentence.split()) < TOLD_LEAST or not TOLD_END.search(sentence) or is_reference(sentence, lang):
        return False
    return not _person_pronouns(lang).isdisjoint(WORD.findall(sentence.casefold()))


@lru_cache(maxsize=None)
def _person_pronouns(lang: str) -> frozenset[str]:
    words = langdata.load(lang, "questions").get("words", {})
    return frozenset(w.casefold() for w in words.get("person_pronouns", []))


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
