"""The text layer's shared lookups: the kin-noun table of a `Language`
(one table for every shape the who's-who reads it in) and the name runs
of the `TextIndex` by their edges; the one acronym matcher, `spells`."""

from __future__ import annotations

from pack.text.candidates import TextIndex
from pack.text.language import PhraseTable, language
from pack.text.phrases import spells
from pack.text.tokens import text_sentence


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


def _index(*texts: str, code: str = "en") -> TextIndex:
    sentences = [text_sentence(text, code) for text in texts]
    for number, sentence in enumerate(sentences):
        sentence.index = number
    return TextIndex(sentences, language(code))


def test_the_index_finds_a_name_run_by_either_edge():
    # Shaped like a list of names in the tuning text ("Soetomo, Gunawan Mangunkusumo, dan ...").
    index = _index("The meeting was led by Anna Koval, Pieter de Boer and Maria Santos in 1901.")
    for first, last in index.runs[0]:
        assert index.run_ending_at(0, last) == first and index.run_starting_at(0, first) == last
    keys = index.keys[0]
    assert index.run_starting_at(0, keys.index("anna")) == keys.index("koval")
    assert index.run_ending_at(0, keys.index("santos")) == keys.index("maria")
    assert index.run_starting_at(0, keys.index("koval")) is None       # inside a run, no edge
    assert index.run_ending_at(0, -1) is None and index.run_starting_at(0, len(keys)) is None


def test_one_acronym_matcher_whose_callers_differ_only_in_where_further_letters_come_from():
    # Shaped like the tuning text's bracketed acronyms ("Poesat Tenaga Rakjat (POETERA)",
    # "adenosine triphosphate (ATP)", "Government Code and Cypher School (GC&CS)").
    lowercase = ["adenosine", "triphosphate"]
    assert spells("atp", lowercase) and not spells("atp", lowercase, rest="start")   # "p" from inside
    syllables = ["poesat", "tenaga", "rakjat"]
    assert spells("poetera", syllables, rest="start") and not spells("poetera", syllables, rest="none")
    assert spells("pstr", syllables) and not spells("pstr", syllables, rest="start")   # "s" not in a row
    school = ["Government", "Code", "Cypher", "School"]
    assert spells("GCCS", school, rest="none") and not spells("GCS", school, rest="none")
    assert spells("kmt", ["kuomintang"]) and not spells("kmt", ["kuomintang"], rest="start")
    assert not spells("tpa", lowercase) and not spells("atpx", lowercase) and not spells("at", lowercase + ["x"])
    assert spells("", []) and not spells("a", []) and not spells("", ["a"])


def test_the_given_names_list_answers_as_the_set_of_its_names():
    """`NameList` (one string per two-letter opening, asked by a search)
    against the set it is made of: every name in, made-up words, a word
    across two names, one letter, the empty word and a non-word out."""
    import random

    from pack.text.firstnames import NameList, _dictionary_path, _read_names
    names = _read_names(_dictionary_path())
    listed = NameList(NameList.group(names))
    assert all(name in listed for name in names) and len(listed) == len(names)
    assert frozenset(listed) == names
    rng = random.Random(12)
    made_up = ["".join(rng.choice("aeilmnorst -'") for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    made_up += ["maria\nmarie", "a", "", "x", "jean-", ("maria",), None]
    assert [w for w in made_up if (w in listed) != (isinstance(w, str) and w in names)] == []
