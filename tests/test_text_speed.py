"""Shortcuts taken for speed give what the plain form gives.

Each test compares a faster form with the plain one it replaced, over
made-up texts built from the pieces that matter (white space of every
kind, the words a pattern looks for in every case a case-insensitive
pattern accepts, punctuation): the extraction's output must not change.
"""

from __future__ import annotations

import random
from collections import Counter
import re
import sys

import pytest

from pack.extract.questions.sentences import STOP_IN_QUOTE, EDITORIAL, SPACES, strip_end, tidy
from pack.extract.timeline.condense import (FINAL_STOP, SORT_KEY, _data, _may_end_in, _may_end_with,
                                            _single_spaces, without_marks)
from pack.text.firstnames import _dictionary_path, _names_text
from pack.text.language import language

WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_white_space_of_str_split_is_that_of_the_pattern():
    # `_single_spaces` (and `read/limits`) rely on it.
    assert all(re.fullmatch(r"\s", c) for c in WHITE)
    assert sum(1 for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))) == len(WHITE)


def test_single_spaces_is_the_white_space_pattern():
    rng = random.Random(3)
    pieces = WHITE + ["a", "b", ",", "(", ")", "x y", ""]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert _single_spaces(text) == re.sub(r"\s+", " ", text), repr(text)


def _variants(word: str, rng: random.Random) -> str:
    """The word with its letters in cases a case-insensitive pattern also takes."""
    other = {"i": "Iİı", "k": "KK", "s": "Sſ"}
    return "".join(rng.choice(other.get(c, c.upper()) + c) if c.isalpha() else c for c in word)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_dangling_word_is_looked_for_only_where_one_can_end_the_text(lang):
    data = _data(lang)
    rng = random.Random(7)
    words = list(data.get("dangling", [])) + ["mandi", "Kelvin", "ends"]
    pieces = [" ", ", ", ",", "\n", "\t", "x", "."] + words
    for _ in range(20000):
        text = "".join(rng.choice(pieces) if rng.random() < 0.5 else _variants(rng.choice(words), rng)
                       for _ in range(rng.randint(1, 6)))
        if data["_dangling"].search(text):
            assert _may_end_in(text, data["_dangling_ends"]), repr(text)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_dangling_word_is_looked_for_only_where_the_texts_last_word_is_one(lang):
    # The condensing's gate: wherever the pattern matches, the last word is listed (or not ASCII).
    data = _data(lang)
    assert data["_dangling_last"], "the shipped lists are plain words: the gate is on"
    rng = random.Random(17)
    words = list(data.get("dangling", [])) + ["mandi", "Kelvin", "ends", "lagi", "dan lagi"]
    pieces = [" ", ", ", ",", "\n", "\t", "\u00a0", "x", ".", "-", "é"] + words
    matched = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) if rng.random() < 0.5 else _variants(rng.choice(words), rng)
                       for _ in range(rng.randint(1, 6)))
        if data["_dangling"].search(text):
            matched += 1
            assert _may_end_with(text, data["_dangling_last"]), repr(text)
    assert matched > 1000


@pytest.mark.parametrize("lang", ["en", "id"])
def test_marks_are_taken_out_as_by_both_patterns(lang):
    rng = random.Random(11)
    pieces = [" ", "\n", "x", "[", "]", "♠", "7002273890000000000", "0.74 °C"] + list(_data(lang).get("markup", []))
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert without_marks(text, lang) == SORT_KEY.sub("", _data(lang)["_markup"].sub("", text)), repr(text)


def test_the_final_stop_and_the_quoted_stop_as_the_patterns_take_them():
    rng = random.Random(13)
    pieces = [" ", "\n", "word", ".", "!", "?", ";", ":", ",", '"', "”", "’", "'", ")", "]", "[...]", "[…]", "  "]
    ql = language("id")
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        assert strip_end(text) == STOP_IN_QUOTE.sub(r"\1", text.strip()).rstrip(" .!?;:,").strip(), repr(text)
        plain = EDITORIAL.sub("", ql.date_note.sub("", text) if ql.date_note else text)
        plain = SPACES.sub(" ", plain).strip().replace(" ,", ",").replace(" .", ".")
        assert tidy(text, ql) == plain, repr(text)
        out = text.strip()
        if out.endswith(('"', "”", "’", "'", ")", "]")):
            assert FINAL_STOP.sub(r"\1", out) is not None
        else:
            assert FINAL_STOP.search(out) is None, repr(out)


def test_the_given_names_are_the_name_column_of_every_entry():
    # The plain reading: every line that is no comment, split at white space, its second column.
    lines = _dictionary_path().read_bytes().split(b"\n")
    plain = [line.split(None, 2)[1].decode("utf-8") for line in lines if line and line[:1] not in (b"#", b"=")]
    assert _names_text(_dictionary_path()).split("\n") == plain


def test_the_years_are_found_as_by_the_plain_pattern():
    from pack.text.tokens import YEAR
    plain = re.compile(r"(?<![\w.,])(1[0-9]{3}|20[0-9]{2})(?![\w.,]?\d)")
    # (One pattern, pack/text/tokens.YEAR, for the timeline's key features and the questions.)
    for seed in (17, 23):
        rng = random.Random(seed)
        pieces = ["1", "2", "0", "9", "5", ".", ",", "/", "x", " ", "_", "20", "19", "1917", "2024", "2100", "%",
                  "١٢"]
        for _ in range(50000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            assert [m.span(1) for m in YEAR.finditer(text)] == [m.span(1) for m in plain.finditer(text)], text


def test_keyness_counts_every_word_case_folded():
    from types import SimpleNamespace

    from pack.extract.questions.keyness import _counts
    from pack.extract.questions.sentences import WORD
    texts = ["Stalin dan STALIN, stalin-stalin.", "İstanbul ıstanbul Straße STRASSE", "", "1917 dan 1917"]
    ctx = SimpleNamespace(sentences=[SimpleNamespace(text=t) for t in texts])
    words = [w.casefold() for t in texts for w in WORD.findall(t)]
    counts, total = _counts(ctx)
    assert (counts, total) == (Counter(words), len(words)) and list(counts) == list(Counter(words))


def test_the_figures_of_a_sentence_are_found_as_by_the_plain_pattern():
    from pack.extract.glossary.context import NUMBER
    plain = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*")
    rng = random.Random(19)
    pieces = ["1", "23", ".", ",", "x", "CH", " ", "_", "é", "١٢", "-"]
    for _ in range(50000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in NUMBER.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_iso_lists_are_the_fields_of_pycountrys_objects():
    import pycountry
    from pack.text.places import LOCALES, iso_entries
    assert LOCALES == pycountry.LOCALES_DIR
    for standard, database in (("3166-1", pycountry.countries), ("3166-2", pycountry.subdivisions),
                               ("3166-3", pycountry.historic_countries)):
        rows = iso_entries(standard)
        assert len(rows) == len(database) > 30
        for row, entry in zip(rows, database):
            for field in ("name", "common_name", "official_name"):     # the fields read
                assert row.get(field) == getattr(entry, field, None)


def test_the_kept_place_and_country_names_are_the_made_ones():
    # Kept beside the language files (pack.derived): a build reads them back.
    from pack.extract.questions.names import _country_names, country_names
    from pack.text.places import _names, place_names
    for code in ("en", "id"):
        places = place_names(code)
        assert (places.fixed, places.subdivisions) == _names(code)
        assert country_names(code) == _country_names(code)


def test_an_extraction_does_not_import_pycountry():
    # Its import brings importlib.metadata, and its first use indexes every entry.
    import subprocess
    code = ("import sys; from pack.read import read_article; from pack.extract.run import extract_all; "
            "from pack.text.places import place_names; from pack.extract.questions.names import country_names; "
            "place_names('en'); country_names('id'); print('pycountry' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_extraction_modules_do_not_import_numpy():
    # numpy's import is some 0.26 G instructions (a third of a G with OpenBLAS's threads):
    # the modules that need it import it where they use it (segment.cohesion, boundaries, boost).
    import subprocess
    code = ("import sys; from pack.read import read_article; from pack.extract.run import extract_all; "
            "import pack.read.segment.titles, pack.read.segment.cohesion; print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_glued_sentence_ends_are_found_as_by_the_plain_patterns():
    # The shared splitter's patterns open with the stop or capital, not with the look-behind.
    from pack.text.sentences import GLUED_END, GLUED_INITIALS
    plain_end = re.compile(r"(?:(?<=[a-z\u00e0-\u00ff0-9%])|(?<=[)\]\"”’']))[.!?][\"”’)]*(?=[A-Z][a-z]|[AI] [a-z])")
    plain_initials = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?=[A-Z][a-z]{2,})")
    rng = random.Random(5)
    pieces = ["A", "I", "U", "S", ".", "a", "z", "0", "%", ")", "]", '"', "”", "’", "'", " ", "!", "?",
              "Lo", "ab", "É", "_", "-", "\n", "x."]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for fast, plain in ((GLUED_END, plain_end), (GLUED_INITIALS, plain_initials)):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


def test_the_quoted_phrases_are_found_as_by_the_plain_pattern():
    from pack.text.candidates import QUOTED
    plain = re.compile(r"[\"“”]([^\"“”]{2,80})[\"“”]|(?<!\w)['‘]([^'‘’]{2,60})['’](?!\w)")
    rng = random.Random(7)
    pieces = ['"', "“", "”", "'", "‘", "’", "a", "b c", " ", "x", ".", "1", "_", "é"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [(m.span(), m.groups()) for m in QUOTED.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], repr(text)


def test_the_caller_dir_is_what_locate_answers():
    import locate

    from pack.text.shortstack import caller_dir
    assert caller_dir() == locate.this_dir()


def test_wordfreq_is_imported_without_walking_the_call_stack():
    # `inspect.stack()` made to fail: the start-up import must not need it,
    # and wordfreq must still find its own data folder.
    import subprocess
    code = ("import inspect\n"
            "def walked(*args, **kwargs): raise AssertionError('stack walked')\n"
            "inspect.stack = walked\n"
            "from pack.text.shortstack import import_wordfreq\n"
            "import_wordfreq()\n"
            "import pathlib, wordfreq, wordfreq.util\n"
            "print(wordfreq.DATA_PATH == pathlib.Path(wordfreq.util.__file__).parent / 'data',"
            " sorted(wordfreq.available_languages())[:1])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[0] == "True"


def test_the_timeline_asks_for_the_name_analysis_once(monkeypatch):
    # `analyse` keys its analyses by the article's whole text: the reader
    # keeps the one it got instead of asking again for every name.
    from pack.extract.timeline import events
    from pack.model import Article, Paragraph, Section
    calls = []
    real = events.analyse
    monkeypatch.setattr(events, "analyse", lambda a: calls.append(a) or real(a))
    texts = ["In 1901 John Smith moved to Paris with Mary Jones. In 1905 he married Mary Jones in Berlin.",
             "In 1910 Smith founded the Acme Company in London. Peter Brown joined it in 1912, and Smith left in 1920."]
    paragraphs = [Paragraph(f"p{i}", text) for i, text in enumerate(texts)]
    events.dated_events(Article(title="John Smith", lang="en", chapters=[Section("s1", "Life", 1, paragraphs)]))
    assert len(calls) == 1


def test_a_bare_gap_drops_the_quotes_as_the_character_loop_did():
    from pack.text.phrases import QUOTES, bare_gap
    from pack.text.tokens import text_sentence
    rng = random.Random(5)
    pieces = list(QUOTES) + WHITE[:4] + [",", ".", ":", "-", "–", "[", "]", "«", "»", "„"]
    for _ in range(5000):
        gap = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        sentence = text_sentence(f"alpha {gap} beta", "en")      # spaced: no mark joins the two words
        assert bare_gap(sentence, 0, 1) == "".join(c for c in f" {gap} " if c not in QUOTES), repr(gap)
