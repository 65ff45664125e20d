"""Text analysis: what the extractors know about a language, loaded once.

Stage: extract (shared by every extractor). Inputs: the language files
`pack/lang/<code>/glossary.toml`, `people.toml`, `core.toml`,
`questions.toml` and `text.toml`'s [names] (through `pack.lang.load`), plus the `wordfreq` word
frequencies (`pack.text.frequency`). Outputs: one `Language` per code (`language(code)`), with
the word lists as ready-made sets, cue phrases as token tuples (the kin
nouns also as a `PhraseTable` of every shape they are read in), regular
expressions built from word lists, and small word tests (is this word
rare in general usage? does it have the shape of a verb?). No extraction
logic and no word of any language lives here, only lookups, so the
pattern code stays language-neutral.

Two word lists share a linguistic name and keep their own purpose:
`function_words` (glossary.toml and core.toml stopwords: words that never
begin or end a term or a name) and `question_function_words`
(questions.toml: the small words a question's clause is read around).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pack import lang as langdata
from pack.text.frequency import zipf
from pack.text.tokens import possessive_endings

NEVER = r"(?!x)x"          # a pattern that never matches: an empty word list

# The word tests and lists of a `Language` are asked for at nearly every
# word of an article (some 130,000 times) and always give the same answer:
# each is computed on its first call only. There is one `Language` per code
# (`language`), kept for the whole run, so the caches keep nothing alive
# that would otherwise go.
_memoised = lru_cache(maxsize=None)


def _fold(words) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _phrases(words) -> tuple[tuple[str, ...], ...]:
    """Multi-word cues as token tuples, longest first so they win. A full
    stop splits words as the tokenizer does ("i.e" is the tokens "i", "e")."""
    tuples = {tuple(w.casefold().replace(".", " ").split()) for w in words}
    return tuple(sorted(tuples, key=lambda t: (-len(t), t)))


WORD_START = r"(?<![\w-])"       # phrase_pattern's usual prefix: a phrase starts a word

# What a case-insensitive pattern takes for each ASCII letter: its two cases,
# and for "i", "k" and "s" also "İ" and "ı", the Kelvin sign "K" and the long
# "ſ" (test_language's scan of every Unicode character checks this table).
CASES = {c: c + c.upper() for c in "abcdefghijklmnopqrstuvwxyz"} | {"i": "iIİı", "k": "kKK", "s": "sSſ"}


def ends_in(word: str, endings: tuple[str, ...], spare: int) -> bool:
    """`word` ends in one of `endings` with more than `spare` characters before it."""
    # (One C-level test first: most words end in none of them.)
    return word.endswith(endings) and any(word.endswith(e) and len(word) - len(e) > spare for e in endings)


def concept_ending(word: str, lex: "Language") -> bool:
    """The word ends like an abstract noun (glossary.toml `concept_endings`:
    "-isme", "-ism", "-ation"), with more than two letters before the ending:
    a concept's word, never a given name."""
    return ends_in(word, tuple(lex.candidates.get("concept_endings", ())), 2)


def starts_with(word: str, prefixes: tuple[str, ...], spare: int) -> bool:
    """`word` starts with one of `prefixes` with more than `spare` characters after it."""
    return word.startswith(prefixes) and any(word.startswith(p) and len(word) - len(p) > spare for p in prefixes)


def phrase_pattern(phrases, prefix: str = WORD_START, suffix: str = r"(?![\w-])") -> re.Pattern:
    """One case-insensitive pattern matching any phrase as whole words.

    Longest phrases first, so "dikenal dengan sebutan" wins over "dikenal".
    A list with no phrases gives a pattern that never matches.
    """
    words = _in_order(phrases)
    if not words:
        return re.compile(NEVER)
    if prefix == WORD_START:
        return re.compile(word_start_phrases(words) + suffix, re.IGNORECASE)
    return re.compile(f"{prefix}(?:{_alternation(words)}){suffix}", re.IGNORECASE)


def word_start_phrases(phrases) -> str:
    """`WORD_START(?:a b|c)`, the phrases longest first where a word starts,
    to compile case-insensitively (alone or at the start of a larger
    pattern); `NEVER` for none. Written by first letter when every phrase
    opens with an ASCII letter (`_by_first_letter`)."""
    words = _in_order(phrases)
    if not words:
        return NEVER
    if opens_with_ascii_letters(words):
        return _by_first_letter(words)
    return f"{WORD_START}(?:{_alternation(words)})"


def _by_first_letter(words: list[str]) -> str:
    """`WORD_START(?:words)` for phrases that all open with an ASCII letter,
    written so that it matches the same places, faster.

    A case-insensitive alternation gives the regular-expression engine no
    first character to look for: it tries every phrase at every place of
    the text. Here the pattern opens with a class of the phrases' first
    letters in both cases (not case-insensitive, so the engine skips every
    place where none stands), then checks the word start behind that
    letter, then tries only the phrases that open with it, in their order.
    """
    groups = first_letter_groups(words)
    first = "".join(CASES[c] for c in groups)
    if len(groups) == 1:
        rests = "|".join(next(iter(groups.values())))
    else:
        rests = behind_first_letter(groups)
    return f"(?:(?-i:[{first}])(?<![\\w-].)(?:{rests}))"


def opens_with_ascii_letters(words) -> bool:
    """Every phrase opens with an ASCII letter: `first_letter_groups` can write them."""
    return all(w[:1].lower() in CASES for w in words)


def first_letter_groups(words) -> dict[str, list[str]]:
    """Phrases that all open with an ASCII letter, by that letter (lower
    case), each group the escaped rests of its phrases (after the letter)
    in the phrases' order: the pieces of a pattern that scans for a class
    of first letters (`CASES`) and tries a phrase only behind its own."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(_alternation([w[1:]]) if w[1:] else "")
    return groups


def behind_first_letter(groups: dict[str, list[str]]) -> str:
    """`(?<=a)(?:rest|rest)|(?<=b)(?:rest)`: after one character, each
    group's phrases tried only behind their letter, to compile
    case-insensitively. (A case-insensitive letter behind: exactly the
    letter's `CASES`, and far cheaper to compile than a class of them
    beyond Latin-1.)"""
    return "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in groups.items())


def phrase_alternation(phrases) -> str:
    """The phrases as one regular-expression alternation ("a b|c"), longest
    first, escaped, a space as any run of white space; `NEVER` for none."""
    return _alternation(_in_order(phrases)) or NEVER


def _in_order(phrases) -> list[str]:
    """The distinct phrases, stripped, longest first."""
    return sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def time_anchor(months: list[str]) -> str:
    """A date of the text, to compile case-insensitively: an optional day, a
    month (or two joined by a dash) and an optional year, not inside a word
    or a number; or a year, a span of years or a decade ("1930-an", "1930s")."""
    names = "|".join(re.escape(m) for m in months) or NEVER
    tail = rf"(?:\s*[-–]\s*(?:{names}))?(?:\s+\d{{4}})?(?![\w])"
    span = rf"(?:\s*[-–]\s*\d{{2,4}})?(?:-an|s)?(?![\w.,]\d)"        # after a year's four digits
    if not months or not all(m[:1].lower() in CASES for m in months):
        return rf"(?<![\w.,])(?:\d{{1,2}}\s+)?(?:{names}){tail}|(?<![\w.,$])\d{{4}}{span}"
    # The same, opened by the first character (a digit or a month's first
    # letter, in every form a case-insensitive pattern takes) as a class sre
    # can scan for: the checks before it are made behind it, and a month
    # is tried only where its own first letter stands (see `_by_first_letter`).
    first = "".join(dict.fromkeys(CASES[m[0].lower()] for m in months))
    by_letter = "|".join(f"(?<={re.escape(m[0])}){re.escape(m[1:])}" for m in months)
    return (rf"(?-i:[\d{first}])(?:(?<![\w.,].)(?:(?<=\d)\d?\s+(?:{names})|{by_letter}){tail}"
            rf"|(?<![\w.,$].)(?<=\d)\d{{3}}{span})")


@dataclass(frozen=True)
class PhraseTable:
    """One list of cue phrases in every shape its readers ask for, built
    once (`Language.kin`): the phrases as token tuples, longest first; the
    whole phrases as a set; the last word of each; the one-word phrases."""

    phrases: tuple[tuple[str, ...], ...]
    whole: frozenset[tuple[str, ...]]
    last_words: frozenset[str]
    one_word: frozenset[str]

    @classmethod
    def of(cls, phrases: tuple[tuple[str, ...], ...]) -> PhraseTable:
        return cls(phrases, frozenset(phrases), frozenset(p[-1] for p in phrases),
                   frozenset(p[0] for p in phrases if len(p) == 1))

    def opens(self, words) -> bool:
        """`words` (a sequence of keys) start with one of the phrases."""
        return any(tuple(words[:len(p)]) == p for p in self.phrases)

    def closes(self, words) -> bool:
        """`words` end with one of the phrases."""
        return any(tuple(words[-len(p):]) == p for p in self.phrases)

    def inside(self, words) -> bool:
        """One of the phrases stands somewhere in `words`."""
        # (A phrase is compared only where its first word stands: a slice at every place cost more.)
        for p in self.phrases:
            if not p:
                if len(words):
                    return True
                continue
            for i, word in enumerate(words):
                if word == p[0] and tuple(words[i:i + len(p)]) == p:
                    return True
        return False


class Language:
    """The language data of one code, ready to use (see the module docstring)."""

    def __reduce__(self):
        # Pickled by its code: a `QuestionContext` made in another process comes back
        # with this process's own `Language`, not a copy to rebuild.
        return language, (self.code,)

    def __init__(self, code: str):
        self.code = code
        self.memo: dict = {}           # the tables of `once`, filled on first use
        self._glossary_and_people(code)
        self._questions(code)

    # ------------------------------------------------------------ loading

    def _glossary_and_people(self, code: str) -> None:
        glossary = langdata.load(code, "glossary")
        people = langdata.load(code, "people")
        self.text = glossary.get("text", {})
        self.candidates = glossary.get("candidates", {})
        self.definitions = glossary.get("definitions", {})
        self.people = people.get("people", {})
        self.places = people.get("places", {})
        self.shared = langdata.load(code, "text")      # text.toml: words every extractor reads (`copulas`)
        self.names = self.shared.get("names", {})     # the subject's other names
        stopwords = langdata.load(code, "core").get("stopwords", [])
        self.function_words = _fold([*self.text.get("function_words", []), *stopwords])
        self.connectors = _fold(self.text.get("name_connectors", []))
        self.not_terms = _fold(self.text.get("not_terms", []))
        self.not_verbs = _fold(self.candidates.get("not_verbs", []))
        self.finite_verbs = _fold(self.definitions.get("finite_verbs", []))
        self.verb_shapes = tuple(prefix for prefix, _ in self.candidates.get("verb_prefixes", []))
        self.possessive_endings = possessive_endings(code)

    def _questions(self, code: str) -> None:
        self.questions = langdata.load(code, "questions")
        words = self.questions.get("words", {})
        self.question_words = words
        self.markers = self.questions.get("markers", {})
        self.templates = self.questions.get("templates", {})
        self.first_person = frozenset(self.questions.get("sentences", {}).get("first_person", []))
        self.person_pronouns = frozenset(words.get("person_pronouns", []))
        self.other_pronouns = frozenset(words.get("other_pronouns", []))
        self.question_function_words = frozenset(words.get("function_words", []))
        self.determiners = frozenset(words.get("determiners", []))
        self.demonstratives = frozenset(words.get("demonstratives", []))
        self.verbs = frozenset(words.get("verbs", []))
        self.auxiliary_verbs = frozenset(words.get("auxiliary_verbs", []))
        self.verb_prefixes = tuple(words.get("verb_prefixes", []))
        self.verb_suffixes = tuple(words.get("verb_suffixes", []))
        self.active_prefixes = tuple(words.get("active_prefixes", []))
        self.anaphoric_suffixes = tuple(words.get("anaphoric_suffixes", []))
        self.and_words = frozenset(words.get("and_words", []))
        self.place_prepositions = frozenset(words.get("place_prepositions", []))
        self.thing_heads = frozenset(words.get("thing_heads", []))
        self.person_titles = frozenset(words.get("person_titles", []))
        self.month_names = frozenset(self.questions.get("dates", {}).get("months", []))
        self.anaphora = phrase_pattern(words.get("anaphora", []))
        self.anaphora_allowed = phrase_pattern(words.get("anaphora_allowed", []))
        self.clause_break = phrase_pattern(words.get("clause_breaks", []), prefix=r"[,;]\s+")
        self.fronted = phrase_pattern(words.get("fronted", []), prefix=r"^")
        self.historian = phrase_pattern(words.get("historian_titles", []))
        self.evaluative = phrase_pattern(self.markers.get("evaluative", []))
        self._dates()

    def _dates(self) -> None:
        dates = self.questions.get("dates", {})
        # One time anchor: "18 Desember 1878", "Maret 1908", "1932–1933", "1930-an".
        self.time_anchor = re.compile(time_anchor(dates.get("months", [])), re.IGNORECASE)
        lead = "|".join(re.escape(w) for w in dates.get("lead_words", [])) or NEVER
        # A date phrase at the start of a sentence, with its comma.
        self.fronted_date = re.compile(
            rf"^(?:(?:{lead})\s+)*(?:{self.time_anchor.pattern})(?:\s+(?:{lead}))*\s*,\s*",
            re.IGNORECASE)
        self.relative_date = phrase_pattern(dates.get("relative", []))
        self.date_note = re.compile(r"\s*" + dates["note"]) if dates.get("note") else None

    # ------------------------------------------------------------ general words

    @_memoised
    def zipf(self, word: str) -> float:
        """How common a word is in general usage (0 = unknown, 7 = "the")."""
        return zipf(word.casefold(), self.code)

    def once(self, name: str, compute):
        """`compute(self)`, computed on first use only: tables that extractors
        derive from the word lists ("origin verbs and their passives")."""
        if name not in self.memo:
            self.memo[name] = compute(self)
        return self.memo[name]

    # ------------------------------------------------------------ glossary and who's-who

    def is_function(self, key: str) -> bool:
        """A word that never begins or ends a term (`key` case-folded)."""
        return key in self.function_words

    @_memoised
    def looks_like_verb(self, key: str) -> bool:
        """True for words with a verb prefix ("memimpin", "dipimpin").

        Only languages that mark verbs with prefixes list them; English
        lists finite verbs instead (`finite_verbs`).
        """
        return self._verb_shape(key)

    def _verb_shape(self, key: str) -> bool:
        if key in self.not_verbs:
            return False
        if key in self.finite_verbs:
            return True
        if not key.startswith(self.verb_shapes):
            return False          # (most words: no verb prefix at all)
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
        return ends_in(key, self.affixes("inflection_suffixes"), 2)

    @_memoised
    def affixes(self, name: str) -> tuple[str, ...]:
        """A list of glossary.toml's [candidates] (endings, prefixes) as a tuple,
        for `ends_in` and `starts_with`."""
        return tuple(self.candidates.get(name, []))

    def other_numbers(self, word: str) -> list[str]:
        """The word in the other number, by the language's plural endings
        ("concentrations" -> "concentration"; none in Indonesian)."""
        endings = self.candidates.get("plural_suffixes", [])
        return [word + e for e in endings] + [word[:-len(e)] for e in endings
                                              if word.endswith(e) and len(word) > len(e) + 3]

    @_memoised
    def phrases(self, section: str, name: str) -> tuple[tuple[str, ...], ...]:
        """A list of cue phrases from a glossary or people section, or text.toml's
        ("shared": `copulas`), as token tuples, longest first."""
        return _phrases(self._listed(section, name))

    @_memoised
    def words(self, section: str, name: str) -> frozenset[str]:
        """A word list from a glossary or people section, or text.toml's [names]
        or its own lists ("shared"), case-folded."""
        return _fold(self._listed(section, name))

    @property
    def kin(self) -> PhraseTable:
        """people.toml `kin_nouns` ("son", "kakak ipar"), in all its shapes, built once."""
        return self.once("kin nouns", lambda lex: PhraseTable.of(lex.phrases("people", "kin_nouns")))

    def _listed(self, section: str, name: str) -> list:
        return self._section(section).get(name, [])

    def _section(self, section: str) -> dict:
        return {"definitions": self.definitions, "people": self.people,
                "places": self.places, "candidates": self.candidates,
                "text": self.text, "names": self.names, "shared": self.shared}[section]

    # ------------------------------------------------------------ questions

    def is_question_function(self, word: str) -> bool:
        """A small word a question's clause is read around (questions.toml)."""
        return word.casefold() in self.question_function_words

    @_memoised
    def is_verb(self, word: str) -> bool:
        """A lower-case word that looks like a verb in this language (questions.toml)."""
        # Memoised: the generators ask it of the same words again and again.
        return self._looks_like_verb(word)

    def _looks_like_verb(self, word: str) -> bool:
        if not word or not word[0].islower() or self.is_question_function(word):
            return False
        low = word.casefold()
        if low in self.verbs:
            return True
        if starts_with(low, self.verb_prefixes, 3):
            return True
        return ends_in(low, self.verb_suffixes, 3)

    def is_active_verb(self, word: str) -> bool:
        low = word.casefold()
        if low in self.other_pronouns or low in self.person_pronouns or self.is_question_function(word):
            return False
        if self.active_prefixes:
            return word[:1].islower() and any(low.startswith(p) and len(low) > len(p) + 3
                                               for p in self.active_prefixes)
        return self.is_verb(word) and low not in self.auxiliary_verbs

    @_memoised
    def words_in(self, section: str, key: str) -> frozenset[str]:
        """A word list of a questions.toml section, as written."""
        return frozenset(self._question_list(section, key))

    @_memoised
    def pattern(self, section: str, key: str, prefix: str = r"(?<![\w-])") -> re.Pattern:
        """A questions.toml word list as one whole-word pattern (`phrase_pattern`)."""
        return phrase_pattern(self._question_list(section, key), prefix=prefix)

    def _question_list(self, section: str, key: str) -> list:
        return self.questions.get(section, {}).get(key, [])

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
        return f"{', '.join(items[:-1])} {self.template('list_and')} {items[-1]}"


def load_frequencies(code: str) -> None:
    """Load the language's word frequencies now (`pack.text.frequency` reads its kept
    list at the first lookup; wordfreq itself is imported only if a word needs it)."""
    zipf("a", code)


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The one `Language` of a code, made on first use."""
    return Language(code)
