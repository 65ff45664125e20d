"""The text layer's shared lookups: the kin-noun table of a `Language`
(one table for every shape the who's-who reads it in)."""

from __future__ import annotations

from pack.text.language import PhraseTable, language


def test_one_kin_table_serves_every_shape():
    table = PhraseTable.of((("kakak", "ipar"), ("putra",), ("ibu",)))
    assert table.whole == {("kakak", "ipar"), ("putra",), ("ibu",)}
    assert table.last_words == {"ipar", "putra", "ibu"}
    assert table.one_word == {"putra", "ibu"}          # "kakak" only opens a longer phrase
    assert table.opens(["kakak", "ipar", "Stalin"]) and not table.opens(["kakak", "Stalin"])
    assert table.closes(("putra", "kedua", "ibu")) and not table.closes(("ibu", "kedua"))
    assert table.inside(["sang", "kakak", "ipar", "dari"]) and not table.inside(["sang", "ipar"])


def test_the_language_builds_its_kin_table_once_from_people_toml():
    lex = language("en")
    assert lex.kin is lex.kin
    assert lex.kin.phrases == lex.phrases("people", "kin_nouns")
    assert "son" in lex.kin.one_word and ("son",) in lex.kin.whole
