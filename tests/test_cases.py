"""The text layer's case statistics (`pack.text.cases`), the one count of
how an article writes each word, on Indonesian sentences in the manner
of the Stalin sample: a capital that opens a sentence is not counted, a
name word keeps its capital, a clause lifted from a sentence's start is
put into lower case only as the article writes that word."""

from __future__ import annotations

from pack.text.cases import CaseStats, normal_key
from pack.text.language import language
from pack.text.tokens import text_sentence

TEXTS = [
    "Pemerintahan Soviet runtuh pada tahun itu.",
    "Ia memimpin pemerintahan baru di Moskwa.",
    "Perang Saudara Rusia pecah setelah revolusi.",
    "Setelah itu Perang Saudara berakhir.",
]


def stats() -> CaseStats:
    lex = language("id")
    sentences = [text_sentence(text, "id") for text in TEXTS]
    return CaseStats(sentences, [[normal_key(t.text, lex) for t in s.tokens] for s in sentences], lex)


def test_counts_leave_out_a_sentence_opening_capital():
    cases = stats()
    assert cases.upper["pemerintahan"] == 0 and cases.lower["pemerintahan"] == 1
    assert cases.upper["soviet"] == 1 and cases.uses("Soviet") == 1
    assert "setelah" in cases.lowercase and "setelah" not in cases.capitalised
    assert cases.is_name_word("Moskwa") and not cases.is_name_word("Pemerintahan")
    assert cases.mostly_capitalised("saudara") and not cases.mostly_capitalised("pemerintahan")


def test_lowered_follows_the_article():
    cases = stats()
    assert cases.lowered("Pemerintahan itu runtuh") == "pemerintahan itu runtuh"
    assert cases.lowered("Soviet runtuh") == "Soviet runtuh"                  # a name word
    assert cases.lowered("Perang Saudara Rusia pecah") == "Perang Saudara Rusia pecah"  # a name's start
    assert cases.lowered("NKVD menangkapnya") == "NKVD menangkapnya"         # an acronym
    # A word the article never writes mid-sentence: lowered when common, kept without guessing.
    assert cases.lowered("Kemudian ia pergi") == "kemudian ia pergi"
    assert cases.lowered("Kemudian ia pergi", guess=False) == "Kemudian ia pergi"
