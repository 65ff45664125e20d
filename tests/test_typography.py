"""Typography at render time: quotes, ranges, hyphenation (render.typography,
render.hyphenate, render.hyphenruns) on small pieces of HTML."""

from __future__ import annotations

import pytest
import weasyprint

from conftest import ROOT
from pack import lang as langdata
from pack.render.hyphenate import SOFT_HYPHEN, hyphenate_html, syllable_breaks
from pack.render.hyphenruns import keep_whole
from pack.render.pdf import compat
from pack.render.typography import set_typography

ID_RULES = langdata.load("id", "typography")["hyphenation"]


def _syllables(word: str) -> str:
    cuts = syllable_breaks(word, ID_RULES["vowels"], tuple(ID_RULES["consonant_digraphs"]))
    return "-".join(word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)]))


@pytest.mark.parametrize("word, expected", [
    ("dengan", "de-ngan"), ("militan", "mi-li-tan"), ("pengasingan", "pe-nga-si-ngan"),
    ("kesalahan", "ke-sa-la-han"), ("Metalurgi", "Me-ta-lur-gi"), ("menyanyikan", "me-nya-nyi-kan"),
    ("masyarakat", "ma-sya-ra-kat"), ("tinggal", "ting-gal"), ("instrumen", "in-stru-men"),
    ("akhir", "a-khir"), ("pantai", "pan-tai")])
def test_indonesian_syllables(word, expected):
    assert _syllables(word) == expected


def _soft(html: str) -> str:
    return html.replace(SOFT_HYPHEN, "~")


def test_hyphenation_spares_names_compounds_and_the_last_word():
    html = ('<p id="p1">Pemerintahan Stalinisme menjalankan kebijakan-kebijakan '
            '<a class="term">pengasingan</a> pemerintahan</p><h2>pemerintahan</h2>')
    out = _soft(hyphenate_html(html, "id", frozenset({"Stalinisme"})))
    # At least three letters either side of a break (typography.toml).
    assert "Peme~rin~ta~han Stalinisme men~ja~lan~kan" in out      # a name stays whole
    assert "kebijakan-kebijakan" in out                               # a compound breaks at its hyphen only
    assert ">penga~si~ngan</a>" in out                                # inside a link, too
    assert out.endswith(" pemerintahan</p><h2>pemerintahan</h2>")    # the last word, and headings


def test_english_hyphenation_uses_the_dictionary():
    out = _soft(hyphenate_html("<p>aluminium production increased dramatically</p>", "en", frozenset()))
    assert "pro~duc~tion" in out and out.endswith("dramatically</p>")


def test_no_break_inside_a_ligature():
    out = _soft(hyphenate_html("<p>a different experiment, then another</p>", "en", frozenset()))
    assert "differ~ent" in out


def test_quotes_per_language_without_changing_a_word():
    html = ('<p>Ia menyebut &#34;<a class="term" href="#x">kolektivisasi</a>&#34; sebagai '
            '&#39;revolusi kedua&#39;, 1932–1939. Stalin&#39;s "plan".</p>')
    for lang in ("id", "en"):
        out = set_typography(html, lang)
        assert out == ('<p>Ia menyebut “<a class="term" href="#x">kolektivisasi</a>” sebagai '
                       '‘revolusi kedua’, <span class="range">1932–1939</span>. Stalin’s “plan”.</p>')
    # Attributes are left alone; no markup goes where it cannot be.
    assert set_typography('<p title="a &#34;b&#34;">x</p>', "id") == '<p title="a &#34;b&#34;">x</p>'
    assert set_typography("<title>1932–1939</title>", "id") == "<title>1932–1939</title>"
    # A navigation document's labels stay plain text; the printed contents is a page like any other.
    assert set_typography('<nav id="toc"><a>1905–1912</a></nav>', "id") == '<nav id="toc"><a>1905–1912</a></nav>'
    assert (set_typography('<nav class="toc"><a>Revolusi: 1905–1912</a></nav>', "id")
            == '<nav class="toc"><a>Revolusi: <span class="range">1905–1912</span></a></nav>')


def test_a_third_hyphenated_line_keeps_its_word_whole_in_its_paragraph_only():
    html = (f'<p id="a">peme{SOFT_HYPHEN}rin{SOFT_HYPHEN}tahan <a>x</a></p>'
            f'<p id="b">peme{SOFT_HYPHEN}rin{SOFT_HYPHEN}tahan</p>')
    out = keep_whole(html, [("a", "pemerintahan")])
    assert out == f'<p id="a">pemerintahan <a>x</a></p><p id="b">peme{SOFT_HYPHEN}rin{SOFT_HYPHEN}tahan</p>'
    # The word is kept whole all through its element, past a same-named element inside it
    # (the glossary appendix is a section that holds sections).
    html = (f'<section id="glossary"><section>x</section><dd>pro{SOFT_HYPHEN}le{SOFT_HYPHEN}ta{SOFT_HYPHEN}riat</dd>'
            f'</section><p>pro{SOFT_HYPHEN}le{SOFT_HYPHEN}ta{SOFT_HYPHEN}riat</p>')
    assert keep_whole(html, [("glossary", "proletariat")]) == (
        f'<section id="glossary"><section>x</section><dd>proletariat</dd>'
        f'</section><p>pro{SOFT_HYPHEN}le{SOFT_HYPHEN}ta{SOFT_HYPHEN}riat</p>')


def test_a_word_broken_at_a_page_foot_is_joined_with_its_rest_not_the_running_head():
    from pack.render.hyphenruns import _broken_word
    lines = [("p1", "dan ter‐", "‐"), (None, "Josef Stalin", ""), ("p1", "jadi pada", "")]
    assert _broken_word(lines, 0) == "terjadi"


# Issue 18: the sample's own paragraph, with the soft hyphens render.hyphenate
# puts in, at the book's measure in its stylesheets. Pango breaks the first line
# at "dike\xad" measured without its hyphen (557.0 px of 559.4); with the hyphen
# it no longer fits, and WeasyPrint 70 falls back to the previous soft hyphen in
# the line: "pada Desember 1926 dan Desem-", five words over the whole measure.
LOOSE = ("pada Desem\u00adber 1926 dan Desem\u00adber 1927. Pada Oktober 1927, Zinoviev dan Trotsky "
         "dike\u00adluar\u00adkan dari Komite Pusat; Trotsky dia\u00adsing\u00adkan ke Kazakh\u00adstan "
         "dan kemu\u00addian dide\u00adpor\u00adtasi dari Uni Soviet pada tahun 1929.")


def test_a_line_broken_at_a_soft_hyphen_is_measured_with_its_hyphen():
    """print.css: `overflow-wrap: normal` where soft hyphens are (WeasyPrint
    lets Pango measure the hyphen only then)."""
    sheets = "".join(f'<link rel="stylesheet" href="{(ROOT / "styles" / name).as_uri()}"/>'
                     for name in ("fonts.css", "base.css", "print.css"))
    html = (f'<html lang="id"><head>{sheets}</head><body>'
            f'<p id="p" style="width: 559.4px">{LOOSE}</p></body></html>')
    lines = ["".join(leaf.text for leaf in leaves).replace(SOFT_HYPHEN, "")
             for page in weasyprint.HTML(string=html).render().pages for _, leaves in compat.lines(page)]
    assert lines[0] == "pada Desember 1926 dan Desember 1927. Pada Oktober 1927, Zinoviev dan Trotsky"
