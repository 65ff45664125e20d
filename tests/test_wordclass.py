"""The lexicon's word classes (`pack.text.wordclass`, its table derived from
lemminflect) and what they change: words that are never nouns are no term
and head no term phrase; an irregular plural joins its singular's entry;
without a table (a language that has none) the rules decide alone; the
table answers as lemminflect does, for every word it knows."""

from __future__ import annotations

import pytest

from pack import cache
from pack.config import Settings
from pack.extract.glossary.variants import group_variants
from pack.read import read_article
from pack.text import wordclass
from pack.text.candidates import TextIndex, collect
from pack.text.language import language
from pack.text.tokens import text_sentence

TEXTS = ["The decade was the warmest on record, and cryolite was mined.",
         "Projections suggest more warming; projections suggest drought.",
         "Cryolite was the warmest mineral to govern, they said.",
         "The ships sailed eastward along the coast, eastward again.",
         "The Church explicitly contradicts the claim; it explicitly contradicts it."]


def _clear() -> None:
    wordclass._table.cache_clear()
    wordclass.classes.cache_clear()
    wordclass.noun_lemma.cache_clear()
    language.cache_clear()          # its memo holds word tests made with the lexicon


@pytest.fixture
def no_lexicon(monkeypatch):
    """The state `wordclass` is in for a language without a table."""
    _clear()
    monkeypatch.setattr(wordclass, "_table", lambda code: None)
    yield
    monkeypatch.undo()
    _clear()


def _candidate_keys(code: str = "en") -> list[tuple[str, ...]]:
    sentences = [text_sentence(text, code) for text in TEXTS]
    for number, sentence in enumerate(sentences):
        sentence.index = number
    return sorted(c.key for c in collect(TextIndex(sentences, language(code)), frozenset()))


@pytest.mark.parametrize("word, never", [
    ("warmest", True), ("abrupt", True), ("suggest", True), ("explicitly", True),
    ("puddling", False),      # a verb's -ing form is a noun too
    ("cell", False), ("suspect", False),
    ("eukaryotic", False),    # unknown to the lexicon: the ending rules decide
])
def test_never_noun(word, never):
    assert wordclass.never_noun(word, "en") is never


def test_other_languages_and_shapes_get_no_answer():
    assert not wordclass.available("id")
    assert not wordclass.never_noun("suggest", "id") and wordclass.noun_lemma("factories", "id") is None
    assert not wordclass.never_noun("non-ferrous", "en")


def test_adverbs_and_plurals():
    assert wordclass.adverb_only("vehemently", "en") and not wordclass.adverb_only("suspect", "en")
    assert wordclass.noun_lemma("factories", "en") == "factory"
    assert wordclass.noun_lemma("nuclei", "en") == "nucleus"
    assert wordclass.noun_lemma("suggest", "en") is None


def test_candidates_lose_words_that_are_never_nouns():
    assert _candidate_keys() == [("church",), ("cryolite",), ("projections",)]


def test_without_the_lexicon_the_rules_decide_as_before(no_lexicon):
    assert wordclass.lexicon() == "" and not wordclass.available("en")
    keys = _candidate_keys()
    assert ("warmest",) in keys and ("projections", "suggest") in keys and ("explicitly", "contradicts") in keys


def test_irregular_plural_joins_its_singular():
    keys = [("factories",), ("factory",), ("nuclei",), ("nucleus",), ("cell",)]
    assert group_variants(keys, [], language("en")) == [[("cell",)], [("factories",), ("factory",)],
                                                         [("nuclei",), ("nucleus",)]]


def test_indonesian_grouping_is_the_rules_alone():
    keys = [("factories",), ("factory",)]
    assert group_variants(keys, [], language("id")) == [[("factories",)], [("factory",)]]


def test_a_missing_table_is_no_error(tmp_path, monkeypatch):
    # A language folder without the table file.
    (tmp_path / "en").mkdir()
    monkeypatch.setattr(wordclass, "LANG_DIR", tmp_path)
    _clear()
    try:
        assert not wordclass.available("en") and wordclass.lexicon("en") == ""
        assert not wordclass.never_noun("suggest", "en") and wordclass.noun_lemma("nuclei", "en") is None
    finally:
        monkeypatch.undo()
        _clear()


def test_the_table_rows_are_sorted_for_bisection():
    """`_Table.answers` finds a row by bisection: the rows must be in
    Python's string order, one per word (a word's row then sorts before any
    longer word's, since the tab sorts before every letter)."""
    _clear()
    rows = wordclass._table("en").rows
    words = [row.split("\t", 1)[0] for row in rows]
    assert rows == sorted(rows) and len(set(words)) == len(words)
    assert wordclass.noun_lemma("abaci", "en") == "abacus" and wordclass.classes("abac", "en") == frozenset()


def test_the_table_answers_as_lemminflect_for_every_word():
    """Every word lemminflect's lemma look-up knows, through its public
    functions, against the table (`quality/wordclass_table.py` made it)."""
    import lemminflect
    from quality.wordclass_table import lexicon_words
    _clear()
    words = lexicon_words()
    assert len(words) > 50_000 and wordclass.lexicon("en").startswith(f"lemminflect {lemminflect.__version__} ")
    differ = []
    for word in words:
        lemmas = lemminflect.getAllLemmas(word)
        verbs = lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ())
        adjectives = lemminflect.getAllLemmas(word, upos="ADJ").get("ADJ", ())
        nouns = lemminflect.getAllLemmas(word, upos="NOUN").get("NOUN", ())
        gerund = any(word in lemminflect.getAllInflections(v, upos="VERB").get("VBG", ()) for v in verbs)
        expected = (frozenset(lemmas), nouns[0] if nouns else None,
                    word.endswith("est") and any(a != word for a in adjectives), bool(lemmas) and gerund)
        if (wordclass.classes(word, "en"), wordclass.noun_lemma(word, "en"),
                wordclass.superlative(word, "en"), wordclass._gerund(word, "en")) != expected:
            differ.append(word)
    assert differ == []
    _clear()


def test_the_lexicon_is_part_of_the_cache_key(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("A town founded in 1850 by traders.\n", encoding="utf-8")
    article = read_article(path, lang="en")
    with_lexicon = cache.cache_key(article, Settings())
    monkeypatch.setattr(wordclass, "lexicon", lambda code: "")
    assert cache.cache_key(article, Settings()) != with_lexicon
