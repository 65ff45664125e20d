"""The question linter: debris in generated questions, found by rules and language data.

Stage: quality check, after extract (it reads no files but the language
data). Inputs: question texts (discussion questions, quiz prompts), their
language code and, when known, the article's people (names a "life of"
template may take) and its kind (a history task does not fit a process). Outputs: `Hit`s, each naming its rule, a message and
the stretch of text that tripped it. Used by the tests and by
`quality/lint_questions.py`, which runs it over every article's questions.

Rules that need no words live in `rules.py` (brackets and quotes that do
not pair, a cut abbreviation, sentences glued together, a question
without its question mark, doubled words, a trailing function word, a
possessive with nothing owned) and `slots.py` (what a template's slot
holds: an adjective or a fragment for a noun, a plural after "was", a
name without its article, a history template on a non-person or a
process). The words and patterns are in `pack/lang/<code>/lint.toml`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from pack.qlint import rules, slots
from pack.qlint.data import lint_data
from pack.qlint.hit import Hit

__all__ = ["Hit", "lint_question", "lint_questions"]


def lint_question(text: str, lang: str, people: Iterable[str] = (), kind: str = "") -> list[Hit]:
    """Every piece of debris in one question (an empty list: it can be printed).
    `kind`: the article's kind (person, event, process, concept, place,
    organisation), when the caller knows it; "" skips the kind checks."""
    words = lint_data(lang)
    return rules.check(text, words) + slots.check(text, words, frozenset(people), kind)


def lint_questions(texts: Iterable[str], lang: str, people: Iterable[str] = (),
                   kind: str = "") -> dict[str, list[Hit]]:
    """Hits per question text, and the same question asked twice (compared
    without case, punctuation and spacing) as a hit on its second asking."""
    people = frozenset(people)
    found: dict[str, list[Hit]] = defaultdict(list)
    seen: set[str] = set()
    for text in texts:
        key = " ".join(re.findall(r"\w+", text.casefold()))
        if key in seen:
            found[text].append(Hit("duplicate", "the same question is asked twice", text[:60]))
            continue
        seen.add(key)
        hits = lint_question(text, lang, people, kind)
        if hits:
            found[text] += hits
    return dict(found)
