"""Language data for the question, teaching and quiz extractors.

Stage: extract (shared helper). Inputs: `pack/lang/<code>/questions.toml`
through `pack.lang.load`. Outputs: a `QLang` holding the word lists and the
regular expressions built from them, plus small word tests (is this a verb?
a function word?) that every generator asks. Nothing here knows a word of
any language: it only turns data into patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata

WORD = re.compile(r"[^\W_][\w'’-]*")


def phrase_pattern(phrases, prefix: str = r"(?<![\w-])", suffix: str = r"(?![\w-])") -> re.Pattern:
    """One case-insensitive pattern matching any phrase as whole words.

    Longest phrases first, so "dikenal dengan sebutan" wins over "dikenal".
    A list with no phrases gives a pattern that never matches.
    """
    words = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not words:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(f"{prefix}(?:{body}){suffix}", re.IGNORECASE)


class QLang:
    """The question data of one language, ready to use."""

    def __reduce__(self):
        # Pickled by its language code: a Context made in another process
        # comes back with this process's own QLang, not a copy to rebuild.
        return qlang, (self.code,)

    def __init__(self, code: str):
        self.code = code
        self.data = langdata.load(code, "questions")
        words = self.data.get("words", {})
        self.words = words
        self.markers = self.data.get("markers", {})
        self.templates = self.data.get("templates", {})
        self.definitions = self.data.get("definitions", {})
        sentences = self.data.get("sentences", {})
        self.first_person = frozenset(sentences.get("first_person", []))
        self.person_pronouns = frozenset(words.get("person_pronouns", []))
        self.other_pronouns = frozenset(words.get("other_pronouns", []))
        self.function_words = frozenset(words.get("function_words", []))
        self.determiners = frozenset(words.get("determiners", []))
        self.demonstratives = frozenset(words.get("demonstratives", []))
        self.verbs = frozenset(words.get("verbs", []))
        self.verb_prefixes = tuple(words.get("verb_prefixes", []))
        self.verb_suffixes = tuple(words.get("verb_suffixes", []))
        self.active_prefixes = tuple(words.get("active_prefixes", []))
        self.anaphoric_suffixes = tuple(words.get("anaphoric_suffixes", []))
        self.and_words = frozenset(words.get("and_words", []))
        self.place_prepositions = frozenset(words.get("place_prepositions", []))
        self.thing_heads = frozenset(words.get("thing_heads", []))
        self.person_titles = frozenset(words.get("person_titles", []))
        self.name_connectors = frozenset(words.get("name_connectors", []))
        self.month_names = frozenset(self.data.get("dates", {}).get("months", []))
        self.anaphora = phrase_pattern(words.get("anaphora", []))
        self.anaphora_allowed = phrase_pattern(words.get("anaphora_allowed", []))
        self.clause_break = phrase_pattern(words.get("clause_breaks", []), prefix=r"[,;]\s+")
        self.fronted = phrase_pattern(words.get("fronted", []), prefix=r"^")
        self.historian = phrase_pattern(words.get("historian_titles", []))
        self.evaluative = phrase_pattern(self.markers.get("evaluative", []))
        self._word_sets: dict[tuple[str, str], frozenset[str]] = {}
        self._verbs_seen: dict[str, bool] = {}
        self._dates()

    def _dates(self) -> None:
        dates = self.data.get("dates", {})
        months = "|".join(re.escape(m) for m in dates.get("months", [])) or "(?!x)x"
        # One time anchor: "18 Desember 1878", "Maret 1908", "1932–1933", "1930-an".
        self.time_anchor = re.compile(
            rf"(?<![\w.,])(?:\d{{1,2}}\s+)?(?:{months})(?:\s*[-–]\s*(?:{months}))?(?:\s+\d{{4}})?(?![\w])"
            rf"|(?<![\w.,$])\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?(?:-an|s)?(?![\w.,]\d)",
            re.IGNORECASE)
        lead = "|".join(re.escape(w) for w in dates.get("lead_words", [])) or "(?!x)x"
        # A date phrase at the start of a sentence, with its comma.
        self.fronted_date = re.compile(
            rf"^(?:(?:{lead})\s+)*(?:{self.time_anchor.pattern})(?:\s+(?:{lead}))*\s*,\s*",
            re.IGNORECASE)
        self.date_phrase = re.compile(
            rf"(?:(?:{lead})\s+)*(?:{self.time_anchor.pattern})", re.IGNORECASE)
        self.relative_date = phrase_pattern(dates.get("relative", []))
        self.date_note = re.compile(r"\s*" + dates["note"]) if dates.get("note") else None

    # ------------------------------------------------------------ words

    def is_function(self, word: str) -> bool:
        return word.casefold() in self.function_words

    def is_verb(self, word: str) -> bool:
        """A lower-case word that looks like a verb in this language."""
        # Memoised: the generators ask it of the same words again and again.
        if word not in self._verbs_seen:
            self._verbs_seen[word] = self._looks_like_verb(word)
        return self._verbs_seen[word]

    def _looks_like_verb(self, word: str) -> bool:
        if not word or not word[0].islower() or self.is_function(word):
            return False
        low = word.casefold()
        if low in self.verbs:
            return True
        if any(low.startswith(p) and len(low) > len(p) + 3 for p in self.verb_prefixes):
            return True
        return any(low.endswith(s) and len(low) > len(s) + 3 for s in self.verb_suffixes)

    def is_active_verb(self, word: str) -> bool:
        low = word.casefold()
        if low in self.other_pronouns or low in self.person_pronouns or self.is_function(word):
            return False
        if self.active_prefixes:
            return word[:1].islower() and any(low.startswith(p) and len(low) > len(p) + 3
                                               for p in self.active_prefixes)
        return self.is_verb(word) and low not in {"was", "were", "is", "are", "had", "has", "have"}

    def words_in(self, section: str, key: str) -> frozenset[str]:
        # Kept once made: generators ask for the same lists for every sentence.
        if (section, key) not in self._word_sets:
            self._word_sets[section, key] = frozenset(self.data.get(section, {}).get(key, []))
        return self._word_sets[section, key]

    def pattern(self, section: str, key: str, prefix: str = r"(?<![\w-])") -> re.Pattern:
        return _pattern(self.code, section, key, prefix)

    def template(self, key: str) -> str:
        return self.templates.get(key, "")

    def as_phrase(self, term: str) -> str:
        """A term in mid-sentence: "Bayer process" -> "the Bayer process" in English."""
        article = self.template("definite_article")
        words = term.split()
        if article and len(words) > 1 and words[0][:1].isupper() and words[-1][:1].islower():
            return f"{article} {term}"
        return term

    def join(self, items: list[str]) -> str:
        """"A, B dan C" / "A, B and C"."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.templates.get('list_and', 'and')} {items[-1]}"


@lru_cache(maxsize=None)
def _pattern(code: str, section: str, key: str, prefix: str) -> re.Pattern:
    return phrase_pattern(qlang(code).data.get(section, {}).get(key, []), prefix=prefix)


@lru_cache(maxsize=None)
def qlang(code: str) -> QLang:
    """The question data for a language code (English when it has none)."""
    if not langdata.load(code, "questions"):
        code = "en"
    return QLang(code)

