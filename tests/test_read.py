"""The read stage: layouts, encodings, language, ids and refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pack.errors import SourceError
from pack.read import read_article
from pack.model import is_lead
from pack.read.detect import detect_language

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "assets" / "samples"

WIKI = """Ini adalah paragraf pembuka tentang topik yang dibahas dalam artikel ini.
Paragraf kedua dari bagian pembuka juga ada di sini.

== Riwayat awal ==

=== Masa kecil: 1878–1899 ===
Ia lahir di kota Gori pada tahun 1878 dan tumbuh di sana.

=== Kosong ===


== Lihat pula ==
Artikel lain

== Referensi ==


== Karier ==
Paragraf langsung di bawah bab.
==== Terlalu dalam ====
Subbagian yang melompati satu tingkat.
"""


def write(tmp_path: Path, text: str | bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_wiki_layout_makes_introduction_chapters_and_sections(tmp_path):
    article = read_article(write(tmp_path, WIKI))
    assert article.lang == "id"
    assert [c.title for c in article.chapters] == ["Pendahuluan", "Riwayat awal", "Karier"]
    intro, early, career = article.chapters
    assert [p.text for p in intro.paragraphs][1] == "Paragraf kedua dari bagian pembuka juga ada di sini."
    assert [s.title for s in early.sections] == ["Masa kecil: 1878–1899"]
    assert career.sections[0].title == "Terlalu dalam" and career.sections[0].level == 2
    assert "Kosong" in article.dropped_sections and "Referensi" in article.dropped_sections
    assert article.related == ["Artikel lain"]


def test_ids_are_stable_and_unique(tmp_path):
    first = read_article(write(tmp_path, WIKI))
    second = read_article(write(tmp_path, WIKI, "b.txt"))
    ids = [p.id for _, p in first.paragraphs()]
    assert ids == [p.id for _, p in second.paragraphs()]
    assert len(ids) == len(set(ids))
    assert ids[:3] == ["ch0-p1", "ch0-p2", "ch1-p1"]
    assert first.chapters[1].sections[0].id == "ch1-s1"


def test_the_lead_is_known_as_the_lead_with_or_without_a_course_prefix(tmp_path):
    """A course binding several articles prefixes their ids ("a2-ch0"): every
    stage that treats the lead apart (assemble, timeline, questions) asks
    model.is_lead, which must know it either way and never take "ch10" for it."""
    for prefix in ("", "a2-"):
        article = read_article(write(tmp_path, WIKI), id_prefix=prefix)
        assert [is_lead(c.id) for c in article.chapters] == [True, False, False]
    assert not is_lead("ch10") and not is_lead("a1-ch10")


def test_bundled_sample_has_introduction_and_eight_chapters():
    article = read_article(SAMPLES / "id-stalin.txt")
    titles = [c.title for c in article.chapters]
    assert titles[0] == "Pendahuluan" and len(titles) == 9
    assert not {"Catatan", "Referensi", "Pranala luar"} & set(titles)
    assert article.title == "Josef Stalin"
    assert article.source_url == "https://id.wikipedia.org/wiki/Josef_Stalin"


def test_every_source_line_is_a_paragraph():
    source = (SAMPLES / "id-stalin.txt").read_text(encoding="utf-8").splitlines()
    # Text is kept exactly, only runs of white space are collapsed.
    body = [" ".join(line.split()) for line in source if line.strip() and not line.startswith("=")]
    article = read_article(SAMPLES / "id-stalin.txt")
    assert [p.text for _, p in article.paragraphs()] == body


def test_english_samples_are_detected_and_titled():
    aluminium = read_article(SAMPLES / "en-history-of-aluminium.txt")
    assert aluminium.lang == "en" and aluminium.title == "History of aluminium"
    toronto = read_article(SAMPLES / "en-toronto.txt")
    assert toronto.title == "Toronto" and toronto.chapters[0].title == "Introduction"
    assert any("ran together" in r for r in toronto.repairs)


GALILEO = """Galileo di Vincenzo Bonaiuti de' Galilei (15 February 1564 – 8 January 1642) was an Italian astronomer.
Galileo Galilei studied speed and velocity. Later writers praised Galileo Galilei, and the galileo galilei crater is named after him.

== Early life ==
Galileo was born in Pisa.
"""


def test_a_title_from_the_file_name_is_cased_as_the_text_writes_it(tmp_path):
    # The file name has lost the case of the page's title; the text writes
    # the phrase "Galileo Galilei" twice and "galileo galilei" once.
    article = read_article(write(tmp_path, GALILEO, "en-galileo-galilei.txt"))
    assert article.title == "Galileo Galilei"
    assert article.source_url == "https://en.wikipedia.org/wiki/Galileo_Galilei"
    # Words the text never writes as a phrase are cased one by one.
    words = read_article(write(tmp_path, GALILEO, "en-pisa-galilei.txt"))
    assert words.source_url == "https://en.wikipedia.org/wiki/Pisa_Galilei"


def test_a_one_word_file_name_is_a_shortening_of_the_lead_subject(tmp_path):
    text = GALILEO.replace("Galileo di Vincenzo Bonaiuti de' Galilei", "Galileo Galilei", 1)
    article = read_article(write(tmp_path, text, "en-galilei.txt"))
    assert article.title == "Galileo Galilei"
    assert article.source_url == "https://en.wikipedia.org/wiki/Galileo_Galilei"


def test_the_lead_subject_ends_at_any_of_the_languages_copulas(tmp_path):
    # text.toml `copulas` (one list, read by the glossary and the questions too):
    # a plural subject ("... were ...") is the lead's subject as well.
    text = "The Wright Brothers were American aviation pioneers.\n\nThe Wright Brothers built a plane. Wright flew it."
    article = read_article(write(tmp_path, text, "en-wright.txt"))
    assert article.title == "The Wright Brothers"


def test_glued_sentences_are_split_into_paragraphs(tmp_path):
    article = read_article(write(tmp_path, "The city grew fast in the world.Indigenous peoples lived here. The U.S. Army came."))
    assert [p.text for p in article.chapters[0].paragraphs] == [
        "The city grew fast in the world.", "Indigenous peoples lived here. The U.S. Army came."]


def test_paragraphs_are_split_only_at_the_one_splitters_glued_ends(tmp_path):
    # The reader splits a paragraph where the sentence splitter ends a glued
    # sentence, before a word of three letters or more: not after a listed
    # abbreviation ("St.Petersburg", "Dr.Smith": the splitter's rule), nor
    # before a short word ("in 2021.At", kept one paragraph).
    text = "He sailed to St.Petersburg in May.Nothing followed. It rained in Bogotá.Doctor Dr.Smith came in 2021.At last."
    article = read_article(write(tmp_path, text))
    assert [p.text for p in article.chapters[0].paragraphs] == [
        "He sailed to St.Petersburg in May.", "Nothing followed. It rained in Bogotá.",
        "Doctor Dr.Smith came in 2021.At last."]


def test_brackets_emptied_of_a_pronunciation_are_mended(tmp_path):
    # Made up, shaped like the leads of en-abraham-lincoln, en-lisbon and
    # en-james-watt: the text-extract service leaves "(; " where a pronunciation was.
    text = ("Ann Lee (; February 12, 1809 – 1865) was a lawyer (and a judge; briefly).\n"
            "Porto (; Portuguese: Porto [ˈpoɾtu] ) is a city. Bo Kay ( ; ) was born (; 3 May 1736 (OS) – 1819).")
    article = read_article(write(tmp_path, text))
    assert [p.text for p in article.chapters[0].paragraphs] == [
        "Ann Lee (February 12, 1809 – 1865) was a lawyer (and a judge; briefly).",
        "Porto (Portuguese: Porto [ˈpoɾtu]) is a city. Bo Kay was born (3 May 1736 (OS) – 1819)."]
    assert any("mended 4 brackets" in r for r in article.repairs)


def test_markdown_headings(tmp_path):
    text = "# My Topic\n\nLead text that is\nwrapped over lines.\n\n## First\n\nA [linked](http://x) word.\n\n- item one\n- item two\n"
    article = read_article(write(tmp_path, text, "t.md"), lang="en")
    assert article.title == "My Topic"
    assert [c.title for c in article.chapters] == ["Introduction", "First"]
    assert article.chapters[0].paragraphs[0].text == "Lead text that is wrapped over lines."
    assert [p.text for p in article.chapters[1].paragraphs] == ["A linked word.", "- item one", "- item two"]


def test_plain_text_without_headings_is_one_chapter(tmp_path):
    text = "First paragraph line one\nline two.\n\nSecond paragraph.\n"
    article = read_article(write(tmp_path, text), lang="en")
    assert len(article.chapters) == 1
    assert [p.text for p in article.chapters[0].paragraphs] == ["First paragraph line one line two.", "Second paragraph."]


@pytest.mark.parametrize("encode", [
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),                       # with BOM
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.replace("\n", "\r").encode("utf-8"),
    lambda t: t.encode("cp1252"),
])
def test_encodings_and_line_ends(tmp_path, encode):
    text = "Café society in the town.\n\n== History ==\nThe “first” settlers arrived – early.\n"
    article = read_article(write(tmp_path, encode(text)), lang="en")
    assert [p.text for _, p in article.paragraphs()] == [
        "Café society in the town.", "The “first” settlers arrived – early."]


def test_latin1_named_explicitly(tmp_path):
    article = read_article(write(tmp_path, "Ça va très bien.".encode("latin-1")), lang="en", encoding="latin-1")
    assert article.chapters[0].paragraphs[0].text == "Ça va très bien."


def test_control_characters_are_removed(tmp_path):
    article = read_article(write(tmp_path, "Bad\x07 text\x0b here.\x1b"), lang="en")
    assert article.chapters[0].paragraphs[0].text == "Bad text here."
    assert "removed control characters" in article.repairs


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"  \n\t \n", "the file is empty"),
    (b"%PDF-1.7\n...", "a PDF document"),
    (b"PK\x03\x04rest", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"abc\x00\x01\x02def", "binary file"),
])
def test_refusals(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(SourceError) as error:
        read_article(path)
    assert message in error.value.message and str(path) in error.value.message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="folder, not an article"):
        read_article(tmp_path)


def test_undecodable_with_named_encoding(tmp_path):
    with pytest.raises(SourceError, match="line 2: the bytes are not valid utf-8"):
        read_article(write(tmp_path, b"ok\n\xff\xfe bad"), encoding="utf-8")


def test_unknown_encoding_and_language(tmp_path):
    path = write(tmp_path, "Some text.")
    with pytest.raises(SourceError, match="unknown encoding"):
        read_article(path, encoding="klingon-8")
    with pytest.raises(SourceError, match="no language data for 'xx'"):
        read_article(path, lang="xx")


def test_size_limit(tmp_path):
    with pytest.raises(SourceError, match="over the 1 MB limit"):
        read_article(write(tmp_path, "word " * 300_000), max_bytes=1024 * 1024)


def test_an_outline_of_headings_only_is_kept(tmp_path):
    article = read_article(write(tmp_path, "== A ==\n=== A1 ===\n== B ==\n== References ==\n"), lang="en")
    assert [c.title for c in article.chapters] == ["A", "B"]
    assert article.chapters[0].sections[0].title == "A1"
    assert "the book shows its outline" in article.repairs[0]


def test_only_back_matter_headings_is_refused(tmp_path):
    with pytest.raises(SourceError, match="no paragraphs"):
        read_article(write(tmp_path, "== References ==\n\n== External links ==\n"), lang="en")


def test_heading_levels_and_unbalanced_signs(tmp_path):
    text = "= Top =\nLead.\n== Two =\nUnder two.\n====== Six ======\nDeep.\n"
    article = read_article(write(tmp_path, text), lang="en")
    top = article.chapters[0]
    assert top.title == "Top"
    assert top.sections[0].title == "Two" and top.sections[0].sections[0].title == "Six"


def test_language_detection():
    assert detect_language("Ia lahir di kota Gori dan tumbuh dengan keluarga yang miskin.") == "id"
    assert detect_language("He was born in the town of Gori and grew up with his family.") == "en"


def test_the_long_word_check_skips_the_scan_only_where_it_finds_nothing():
    # `limits._longest_word` splits at white space as `str.split` does; the
    # pattern stops at `\s`: the same characters, so no run of the pattern
    # is longer than the longest word the split gives.
    import random
    import re

    from pack.read import limits
    everything = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    assert [c for c in everything if c.isspace() != bool(re.fullmatch(r"\s", c))] == []
    rng = random.Random(3)
    pieces = ["x" * 700, "\u2028", "\xa0", " ", "中", "\u3000", "y" * 1301, "\u0085", "\u200b"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if limits._unbroken().search(text):
            assert limits._longest_word(text) > limits.MAX_WORD, [len(p) for p in text.split()]
