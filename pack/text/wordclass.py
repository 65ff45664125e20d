"""Text analysis: which word classes a word can have, from a lexicon.

Stage: extract (asked by the candidate readers in `candidates` and
`nounphrases`). Input: a lowercase word and a language code. Output: a
yes/no answer from the English lexicon that the `lemminflect` package
ships inside itself (read offline, no download): can this word be a noun
at all? The rules of `glossary.toml` guess that from endings ("-ic",
"-ous", "-ed"); the lexicon knows words no ending gives away ("warmest",
"abrupt", "suggest" in "projections suggest", "explicitly"). It also gives the singular of a plural no ending rule
makes ("factories" -> "factory", "nuclei" -> "nucleus"), so that the
glossary groups both forms into one entry.

This is the only module that imports `lemminflect`. Without it (not
installed), for a language it has no lexicon of (Indonesian), and for a
word the lexicon does not know ("eukaryotic", "kulak"), every answer is
"don't know" and the rules decide alone, as they did before.
"""

from __future__ import annotations

from functools import lru_cache

# The lexicon covers English only.
LANGUAGES = frozenset({"en"})


@lru_cache(maxsize=None)
def _lemminflect():
    """The `lemminflect` module, or None when it is not installed (an optional
    help: the rules work without it). Imported at the first question, not with
    this module: it imports numpy (0.07 s of CPU), which an article in a
    language the lexicon does not cover never needs."""
    try:
        import lemminflect
    except ImportError:
        return None
    return lemminflect


def lexicon() -> str:
    """The lexicon answering here, with its version ("" for none): part of
    the extraction cache's key, since its answers change what is extracted."""
    if _lemminflect() is None:
        return ""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"lemminflect {version('lemminflect')}"
    except PackageNotFoundError:       # importable but not installed as a distribution
        return "lemminflect"


def available(code: str) -> bool:
    """Whether a lexicon answers for this language here."""
    return code in LANGUAGES and _lemminflect() is not None


@lru_cache(maxsize=1 << 15)
def classes(word: str, code: str) -> frozenset[str]:
    """The word classes the lexicon gives a lowercase word ("NOUN",
    "VERB", "ADJ", "ADV", ...); empty when unknown or no lexicon answers."""
    if not available(code) or not word.isalpha():
        return frozenset()
    return frozenset(_lemminflect().getAllLemmas(word))


def never_noun(word: str, code: str) -> bool:
    """The lexicon knows the word and never as a noun: an adjective
    ("warmest"), an adverb ("explicitly") or a verb form ("suggest"). A
    verb's -ing form is a noun as well ("puddling", "weaving"), so it is
    never refused here."""
    found = classes(word, code)
    if not found or "NOUN" in found:
        return False
    return not _gerund(word, code)


def superlative(word: str, code: str) -> bool:
    """The lexicon knows the word as an adjective form in -est of another
    adjective ("largest" of "large", "brightest" of "bright")."""
    if not available(code) or not word.isalpha() or not word.endswith("est"):
        return False
    lemmas = _lemminflect().getAllLemmas(word, upos="ADJ").get("ADJ", ())
    return any(lemma != word for lemma in lemmas)


def adverb_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as an adverb ("vehemently")."""
    return classes(word, code) == frozenset({"ADV"})


def verb_only(word: str, code: str) -> bool:
    """The lexicon knows the word only as a verb, and not as an -ing form
    (a noun as well): "joined", not "leading"."""
    return classes(word, code) == frozenset({"VERB"}) and not _gerund(word, code)


@lru_cache(maxsize=1 << 15)
def noun_lemma(word: str, code: str) -> str | None:
    """The noun a lowercase word is a form of, when the lexicon knows it as
    one: "factories" -> "factory", "nuclei" -> "nucleus"; None otherwise.
    Of several spellings the lexicon lists, the first (its commonest)."""
    if not available(code) or not word.isalpha():
        return None
    found = _lemminflect().getAllLemmas(word, upos="NOUN").get("NOUN", ())
    return found[0] if found else None


def _gerund(word: str, code: str) -> bool:
    """The word is the -ing form (Penn tag VBG) of a verb it is a form of."""
    lexicon = _lemminflect()
    for lemma in lexicon.getAllLemmas(word, upos="VERB").get("VERB", ()):
        if word in lexicon.getAllInflections(lemma, upos="VERB").get("VBG", ()):
            return True
    return False
