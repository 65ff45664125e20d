"""Extract stage, shared: the language knowledge the glossary and who's-who use.

Inputs: `pack/lang/<code>/glossary.toml`, `people.toml` and `core.toml`,
plus the `wordfreq` word frequencies for the language. Outputs: a
`Lexicon` with ready-made sets and small word tests (is this word rare in
general usage? does it have the shape of a verb?). No extraction logic
lives here, only lookups, so the pattern code stays language-neutral.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from pack import lang as langdata


def _fold(words) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _phrases(words) -> tuple[tuple[str, ...], ...]:
    """Multi-word cues as token tuples, longest first so they win."""
    tuples = {tuple(w.casefold().split()) for w in words}
    return tuple(sorted(tuples, key=lambda t: (-len(t), t)))


@dataclass(frozen=True)
class Lexicon:
    code: str
    text: dict
    candidates: dict
    definitions: dict
    people: dict
    places: dict
    function_words: frozenset[str]
    connectors: frozenset[str]
    not_terms: frozenset[str]
    not_verbs: frozenset[str]
    finite_verbs: frozenset[str]
    # Memo of computed lists and word tests; filled on first use.
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def zipf(self, word: str) -> float:
        """How common a word is in general usage (0 = unknown, 7 = "the")."""
        key = ("zipf", word)
        if key not in self.memo:
            self.memo[key] = zipf_frequency(word.casefold(), self.code)
        return self.memo[key]

    def is_function(self, key: str) -> bool:
        return key in self.function_words

    def looks_like_verb(self, key: str) -> bool:
        """True for words with a verb prefix ("memimpin", "dipimpin").

        Only languages that mark verbs with prefixes list them; English
        lists finite verbs instead (`finite_verbs`).
        """
        memo = ("verb", key)
        if memo not in self.memo:
            self.memo[memo] = self._verb_shape(key)
        return self.memo[memo]

    def _verb_shape(self, key: str) -> bool:
        if key in self.not_verbs:
            return False
        if key in self.finite_verbs:
            return True
        for prefix, next_letters in self.candidates.get("verb_prefixes", []):
            rest = key[len(prefix):]
            if key.startswith(prefix) and len(rest) >= 3 and (not next_letters or rest[0] in next_letters):
                return True
        return False

    def is_derived(self, key: str) -> bool:
        """A derived form of an ordinary word ("pengecaman", "berkelakar")."""
        for prefix, suffix in self.candidates.get("derived_affixes", []):
            if key.startswith(prefix) and key.endswith(suffix) and len(key) - len(prefix) - len(suffix) >= 3:
                return True
        return False

    def is_inflected(self, key: str) -> bool:
        """An inflected form ("gengnya", "sejawatnya")."""
        return any(key.endswith(s) and len(key) - len(s) >= 3
                   for s in self.candidates.get("inflection_suffixes", []))

    def phrases(self, section: str, name: str) -> tuple[tuple[str, ...], ...]:
        """A list of cue phrases from a section, as token tuples, longest first."""
        memo = ("phrases", section, name)
        if memo not in self.memo:
            self.memo[memo] = _phrases(self._section(section).get(name, []))
        return self.memo[memo]

    def once(self, name: str, compute):
        """`compute(self)`, computed on first use only: tables that extractors
        derive from the word lists ("origin verbs and their passives")."""
        memo = ("once", name)
        if memo not in self.memo:
            self.memo[memo] = compute(self)
        return self.memo[memo]

    def words(self, section: str, name: str) -> frozenset[str]:
        memo = ("words", section, name)
        if memo not in self.memo:
            self.memo[memo] = _fold(self._section(section).get(name, []))
        return self.memo[memo]

    def _section(self, section: str) -> dict:
        return {"definitions": self.definitions, "people": self.people,
                "places": self.places, "candidates": self.candidates,
                "text": self.text}[section]


def load_frequencies(code: str) -> None:
    """Load the language's word frequencies now (wordfreq reads them at its first lookup)."""
    zipf_frequency("a", code)


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    glossary = langdata.load(code, "glossary")
    people = langdata.load(code, "people")
    core = langdata.load(code, "core")
    text = glossary.get("text", {})
    function = set(text.get("function_words", [])) | set(core.get("stopwords", []))
    return Lexicon(
        code=code,
        text=text,
        candidates=glossary.get("candidates", {}),
        definitions=glossary.get("definitions", {}),
        people=people.get("people", {}),
        places=people.get("places", {}),
        function_words=_fold(function),
        connectors=_fold(text.get("name_connectors", [])),
        not_terms=_fold(text.get("not_terms", [])),
        not_verbs=_fold(glossary.get("candidates", {}).get("not_verbs", [])),
        finite_verbs=_fold(glossary.get("definitions", {}).get("finite_verbs", [])),
    )
