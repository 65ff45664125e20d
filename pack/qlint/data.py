"""The question linter's language data: `pack/lang/<code>/lint.toml`, compiled.

Stage: quality check. Input: a language code. Output: a `LintWords` with
the word lists as sets and the frames and patterns as compiled regular
expressions (cached: the linter runs over thousands of questions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pack import lang as langdata
from pack.text.language import NEVER
from pack.text.sentences import abbreviations


@dataclass(frozen=True)
class Frame:
    """A question template (lint.toml `frames`) and the checks it asks for."""

    pattern: re.Pattern
    checks: tuple[str, ...]
    unfit: frozenset[str]          # kinds of article the template does not fit


@dataclass(frozen=True)
class Pattern:
    """A lint rule written as a pattern (lint.toml `patterns`) and its message."""

    rule: str
    pattern: re.Pattern
    message: str


@dataclass(frozen=True)
class LintWords:
    """One language's lint data (lint.toml), read once."""

    interrogatives: tuple[str, ...]
    asking: re.Pattern              # any of them at the start, as a whole word
    doubled_ok: frozenset[str]
    trailing_words: frozenset[str]
    determiners: frozenset[str]
    relation_nouns: frozenset[str]
    not_owned: frozenset[str]
    contractions: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    adjective_ok: frozenset[str]
    bound: frozenset[str]
    name_heads: frozenset[str]
    irregular_plurals: frozenset[str]
    not_plural: frozenset[str]
    plural_name_suffixes: tuple[str, ...]
    not_person: frozenset[str]
    history_ok: frozenset[str]
    frames: tuple[Frame, ...]
    patterns: tuple[Pattern, ...]
    abbreviated: frozenset[str]     # the language's abbreviations, for the one sentence splitter


@lru_cache(maxsize=None)
def lint_data(code: str) -> LintWords:
    raw = langdata.load(code, "lint")
    noun, person, owner = raw.get("noun", {}), raw.get("person", {}), raw.get("possessive", {})
    low = lambda words: frozenset(w.casefold() for w in words)
    asks = tuple(w.casefold() for w in raw.get("interrogatives", []))
    return LintWords(
        abbreviated=abbreviations(code),
        interrogatives=asks,
        asking=_asking(asks),
        doubled_ok=low(raw.get("doubled_ok", [])),
        trailing_words=low(raw.get("trailing_words", [])),
        determiners=low(raw.get("determiners", [])),
        relation_nouns=low(raw.get("relation_nouns", [])),
        not_owned=low(owner.get("not_owned", [])),
        contractions=low(owner.get("contractions", [])),
        adjective_suffixes=tuple(noun.get("adjective_suffixes", [])),
        adjective_ok=low(noun.get("adjective_ok", [])),
        bound=low(noun.get("bound", [])),
        name_heads=frozenset(noun.get("name_heads", [])),
        irregular_plurals=low(noun.get("irregular_plurals", [])),
        not_plural=low(noun.get("not_plural", [])),
        plural_name_suffixes=tuple(noun.get("plural_name_suffixes", [])),
        not_person=low(person.get("not_person", [])),
        history_ok=low(person.get("history_ok", [])),
        frames=tuple(Frame(re.compile(f["pattern"]), tuple(f["checks"]), frozenset(f.get("unfit", ()))) for f in raw.get("frames", [])),
        patterns=tuple(Pattern(p["rule"], re.compile(p["pattern"], re.IGNORECASE if p.get("ignore_case") else 0),
                               p["message"]) for p in raw.get("patterns", [])),
    )


def _asking(interrogatives) -> re.Pattern:
    """Any of the interrogatives, each a whole word: one pattern per language."""
    return re.compile("|".join(rf"{re.escape(word)}\b" for word in interrogatives) or NEVER)
