"""Themes and overrides: which file wins, extending built-in layouts, the
sandbox around course layouts and stylesheets, labels and dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coursekit import ARTICLE_EN, ARTICLE_ID, epub_file, epub_names, fast, make_course, write  # noqa: F401
from pack.assemble import assemble
from pack.build import build, read_articles
from pack.cli import main
from pack.config import Settings
from pack.errors import LayoutError
from pack.lang.format import format_date, format_number
from pack.model import Extracted
from pack.render.html import render_epub_pages, render_pdf_html
from pack.theme import load_theme, themes_available

NO_APPENDIX = Settings(appendices=())
ROOT = Path(__file__).resolve().parent.parent


def book_of(tmp_path, text=ARTICLE_ID, settings=NO_APPENDIX):
    articles = read_articles([write(tmp_path / "a.txt", text)], settings)
    return assemble(articles, Extracted(), settings, "student", "2026-11-29")


def page_html(book, theme, kind: str) -> str:
    return next(r.html for r in render_epub_pages(book, theme) if r.page.kind == kind)


# ------------------------------------------------------------------ themes


def test_three_built_in_themes_with_a_description():
    found = themes_available()
    assert {"classroom", "ereader", "large-print"} <= set(found)
    assert all(found[name] for name in found)
    output = CliRunner().invoke(main, ["themes"]).output
    assert "large-print    Large print: Andika" in output


def test_each_theme_sheet_comes_after_the_shared_ones():
    theme = load_theme("large-print")
    assert theme.stylesheets("pdf", "A5") == ["styles/fonts.css", "styles/base.css", "styles/print.css",
                                              "styles/paper/A5.css", "styles/themes/large-print.css"]
    assert theme.stylesheets("epub")[-1] == "styles/themes/large-print.css"


# ------------------------------------------------------------------ overrides


def test_a_course_file_beats_the_built_in_file_of_the_same_name(tmp_path):
    course = tmp_path / "c"
    write(course / "layouts" / "partials" / "title.html", '<section id="{{ page.id }}">OUR TITLE PAGE</section>')
    write(course / "styles" / "base.css", "p { color: red; }")
    write(course / "course.css", "p { color: blue; }")
    theme = load_theme("classroom", course)
    assert theme.resolve("styles/base.css") == (course / "styles" / "base.css").resolve()
    assert theme.winners("layouts")["layouts/partials/title.html"].is_relative_to(course.resolve())
    assert theme.stylesheets("epub")[-1] == "course.css"
    html = page_html(book_of(tmp_path), theme, "title")
    assert "OUR TITLE PAGE" in html
    output = CliRunner().invoke(main, ["layouts", str(course)]).output.splitlines()
    assert "layouts/partials/title.html                      course" in output
    assert "layouts/partials/chapter.html                    built-in" in output
    assert "styles/base.css                                  course" in output
    assert output[-1] == "course.css                                       course"


def test_a_course_layout_extends_the_built_in_one(tmp_path):
    course = tmp_path / "c"
    write(course / "layouts" / "partials" / "chapter.html",
          '{% extends "builtin/partials/chapter.html" %}\n'
          '{% block chapter_head %}<p class="unit">Unit {{ page.number }}</p>{{ super() }}{% endblock %}\n'
          '{% block chapter_end %}<p class="homework">Homework</p>{% endblock %}')
    html = page_html(book_of(tmp_path), load_theme("classroom", course), "chapter")
    assert '<p class="unit">Unit 0</p>' in html
    assert 'class="chapter-title"' in html                   # super(): the built-in heading
    assert "Alpha adalah istilah pertama" in html            # the built-in body
    assert html.index('class="homework"') > html.index("Alpha adalah")


def test_a_course_layout_deleted_after_use_gives_way_to_the_built_in_one(tmp_path):
    """`teachpack review` keeps one environment: a course that deletes its
    override while the preview runs gets the built-in layout, not an error."""
    course = tmp_path / "c"
    layout = course / "layouts" / "partials" / "chapter.html"
    write(layout, '{% extends "builtin/partials/chapter.html" %}')
    theme = load_theme("classroom", course)
    env = theme.environment()
    assert env.get_template("partials/chapter.html").filename == str(layout.resolve())
    layout.unlink()
    built_in = (theme.roots[-1] / "layouts" / "partials" / "chapter.html").resolve()
    assert env.get_template("partials/chapter.html").filename == str(built_in)


# ------------------------------------------------------------------ sandbox


@pytest.mark.parametrize("template, message", [
    ('{% include "../../etc/passwd" %}',
     "layouts: refused to load template '../../etc/passwd': layouts may only use files inside "
     "the course's layouts/ and the built-in layouts"),
    ('{% include "/etc/passwd" %}', "refused to load template '/etc/passwd'"),
    ('{% extends "builtin/../../../etc/passwd" %}', "refused to load template 'builtin/../../../etc/passwd'"),
    ("{{ book.__class__.__mro__ }}", "not allowed in a layout: access to attribute '__class__' of 'Book' object is unsafe."),
    ("{{ ''.__class__ }}", "not allowed in a layout: access to attribute '__class__' of 'str' object is unsafe."),
    ("{{ book.pages.append(1) }}", "not allowed in a layout: access to attribute 'append' of 'list' object is unsafe."),
])
def test_course_layouts_cannot_reach_outside(tmp_path, template, message):
    course = tmp_path / "c"
    write(course / "layouts" / "partials" / "title.html", template)
    with pytest.raises(LayoutError) as caught:
        render_pdf_html(book_of(tmp_path), load_theme("classroom", course))
    assert message in caught.value.message
    assert caught.value.exit_code == 5


def test_a_link_out_of_the_course_layouts_is_not_followed(tmp_path):
    secret = write(tmp_path / "secret.html", "SECRET")
    course = tmp_path / "c"
    (course / "layouts" / "partials").mkdir(parents=True)
    (course / "layouts" / "partials" / "title.html").symlink_to(secret)
    html = page_html(book_of(tmp_path), load_theme("classroom", course), "title")
    assert "SECRET" not in html and 'class="book-title"' in html      # the built-in one


CSS_OUTSIDE = """@import url("http://example.com/track.css");
.cover-band { background-image: url(file:///etc/passwd); }
.chapter-head { background: url(../../../outside.png) no-repeat; }
.book-title { background-image: url(https://example.com/pixel.png); color: #123456; }
.book-subtitle::before { content: url(assets/img/dot.png); }
@font-face { font-family: "Ours"; src: url(assets/fonts/ours.ttf) format("truetype"); }
.book-author { font-family: "Ours", serif; }
"""


def test_course_stylesheets_cannot_reach_outside_but_the_build_succeeds(tmp_path, fast):
    write(tmp_path / "outside.png", "not really a png")
    course = make_course(tmp_path / "a" / "b" / "c", '[sources]\nfiles = ["a.txt"]\n'
                         '[appendices]\ninclude = []\n')
    write(course / "course.css", CSS_OUTSIDE)
    (course / "assets" / "img").mkdir(parents=True)
    (course / "assets" / "img" / "dot.png").write_bytes(_tiny_png())
    (course / "assets" / "fonts").mkdir()
    font = ROOT / "assets" / "fonts" / "noto" / "NotoSerifGeorgian-Regular.ttf"
    (course / "assets" / "fonts" / "ours.ttf").write_bytes(font.read_bytes())
    result = CliRunner().invoke(main, ["build", str(course), "-q"])
    assert result.exit_code == 0, result.output
    refusals = [line for line in result.output.splitlines() if "refused" in line]
    outside = "file:///outside.png"     # ../../../ from course.css, joined on the search path
    # The PDF and the EPUB refuse the same files with the same words: one warning each.
    assert sorted(refusals) == [
        "warning: refused to load file:///etc/passwd: it lies outside the course and the built-in files",
        f"warning: refused to load {outside}: it lies outside the course and the built-in files",
        "warning: refused to load http://example.com/track.css: layouts and stylesheets never use the network",
        "warning: refused to load https://example.com/pixel.png: layouts and stylesheets never use the network",
    ]
    book = course / "output" / "a" / "a.epub"
    css = epub_file(book, "course.css")
    assert "passwd" not in css and "outside" not in css and "example.com" not in css
    assert "color: #123456" in css and "url(assets/img/dot.png)" in css
    assert {"EPUB/assets/img/dot.png", "EPUB/assets/fonts/ours.ttf"} <= set(epub_names(book))
    assert (course / "output" / "a" / "a.pdf").is_file()


def _tiny_png() -> bytes:
    import io
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (2, 2), "black").save(out, format="PNG")
    return out.getvalue()


# ------------------------------------------------------------------ labels and dates


def test_labels_in_both_languages_and_a_course_may_change_them(tmp_path):
    indonesian = page_html(book_of(tmp_path), load_theme("classroom"), "about")
    assert "Tentang paket ini" in indonesian and "Sumber" in indonesian
    english = page_html(book_of(tmp_path, ARTICLE_EN), load_theme("classroom"), "about")
    assert "About this pack" in english and "Source" in english
    own = Settings(appendices=(), labels={"about": "Tentang buku ini", "chapter": "Unit"})
    changed = book_of(tmp_path, settings=own)
    assert "Tentang buku ini" in page_html(changed, load_theme("classroom"), "about")
    chapter = [r.html for r in render_epub_pages(changed, load_theme("classroom")) if r.page.number == 1][0]
    assert '<p class="chapter-number">Unit 1</p>' in chapter


def test_the_title_page_date_in_the_books_language(tmp_path):
    theme = load_theme("classroom")
    assert '<time datetime="2026-11-29">29 November 2026</time>' in page_html(book_of(tmp_path), theme, "title")
    english = book_of(tmp_path, ARTICLE_EN)
    assert '<time datetime="2026-11-29">29 November 2026</time>' in page_html(english, theme, "title")


@pytest.mark.parametrize("iso, code, text", [
    ("2026-08-01", "id", "1 Agustus 2026"), ("2026-08-01", "en", "1 August 2026"),
    ("1953-03", "id", "Maret 1953"), ("1953", "en", "1953"), ("1932/1933", "id", "1932/1933"),
])
def test_dates_use_the_languages_month_names(iso, code, text):
    assert format_date(iso, code) == text


def test_numbers_use_the_languages_separators():
    assert format_number(2775700, "id") == "2.775.700"
    assert format_number(2775700, "en") == "2,775,700"
    assert format_number(1.6, "id", 1) == "1,6"
    assert format_number(-1234.5, "en", 1) == "-1,234.5"


def test_a_build_writes_labels_into_the_epub(tmp_path, fast):
    source = write(tmp_path / "a.txt", ARTICLE_EN)
    result = build([source], Settings(appendices=(), formats=("epub",), labels={"contents": "In this pack"}),
                   tmp_path / "out")
    nav = epub_file(result.files[0], "nav.xhtml")
    assert "<h1>In this pack</h1>" in nav


@pytest.mark.parametrize("css, kept", [
    ("a { color: red; background: url(http://x/y.png) no-repeat; margin: 0 }",
     "a { color: red; margin: 0 }"),
    ("a { background: url(http://x/y.png) }\n@import url(http://x/z.css);\nb { color: red }",
     "a {}\nb { color: red }"),
    ("b { color: red; }\n@import 'http://x/z.css';\n", "b { color: red; }\n"),
])
def test_a_refused_reference_takes_only_its_own_declaration(tmp_path, css, kept):
    from pack.render.sheetfiles import sheet_files
    write(tmp_path / "c" / "course.css", css)
    warnings: list[str] = []
    packed, files = sheet_files(load_theme("classroom", tmp_path / "c"), "course.css", css, warnings)
    assert packed == kept and files == [] and all("refused" in w for w in warnings)
