"""Course folders: init, precedence, validation messages, several articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coursekit import ARTICLE_EN, ARTICLE_ID, epub_file, fast, make_course  # noqa: F401
from pack.cli import main
from pack.config import Settings
from pack.config.course import chapter_warnings, load_course, plan_build
from pack.build import read_articles
from pack.errors import ConfigError

MINIMAL = '[sources]\nfiles = ["a.txt"]\n'


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# ------------------------------------------------------------------ init


def test_init_writes_a_course_that_loads(tmp_path):
    result = run("init", str(tmp_path / "c"))
    assert result.exit_code == 0
    assert (tmp_path / "c" / "id-stalin.txt").is_file()
    assert f"teachpack build {tmp_path / 'c'}" in result.output
    course = load_course(tmp_path / "c")
    assert course.sources == (tmp_path / "c" / "id-stalin.txt",)
    assert course.settings == Settings()          # every setting in the template is commented
    assert course.out_dir == tmp_path / "c" / "output"


def test_init_with_own_article_and_never_over_an_existing_course(tmp_path):
    article = tmp_path / "mine.txt"
    article.write_text(ARTICLE_EN, encoding="utf-8")
    assert run("init", str(tmp_path / "c"), "--article", str(article)).exit_code == 0
    assert load_course(tmp_path / "c").sources == (tmp_path / "c" / "mine.txt",)
    again = CliRunner().invoke(main, ["init", str(tmp_path / "c")])
    assert again.exit_code == 4
    assert "there is already a course.toml here; nothing was changed" in again.output


# ------------------------------------------------------------------ precedence


COURSE = """[course]
title = "From the file"
teacher = "Ibu Sari"
school = "SMA 3"
[sources]
files = ["a.txt"]
[look]
theme = "ereader"
paper = "A5"
[appendices]
glossary_entries = 10
[labels]
contents = "Isi buku"
"""


def test_precedence_command_line_over_file_over_defaults(tmp_path):
    course = make_course(tmp_path / "c", COURSE)
    plan = plan_build([course], {"paper": "Letter"}, None)
    settings = plan.settings
    assert settings.paper == "Letter"                  # command line beats the file
    assert settings.theme == "ereader"                 # the file beats the default
    assert settings.glossary_entries == 10
    assert settings.people_entries == 60               # the default
    assert settings.author == "Ibu Sari, SMA 3"
    assert settings.labels == {"contents": "Isi buku"}
    assert plan.out_dir == course.resolve() / "output"
    assert plan.sources == [course.resolve() / "a.txt"]


def test_precedence_through_the_command_line(tmp_path, monkeypatch):
    course = make_course(tmp_path / "c", COURSE)
    seen = {}

    def fake_build(sources, settings, out_dir, course_dir=None, report=None, edits=None, progress=None,
                   out_root=None):
        seen.update(settings=settings, out_dir=out_dir, course_dir=course_dir)
        from pack.build import BuildResult
        return BuildResult()

    monkeypatch.setattr("pack.build.build", fake_build)
    result = run("build", str(course), "--theme", "large-print", "--out", str(tmp_path / "o"), "-q")
    assert result.exit_code == 0
    assert seen["settings"].theme == "large-print"
    assert seen["settings"].paper == "A5"
    assert seen["settings"].title == "From the file"
    assert seen["out_dir"] == tmp_path / "o"
    assert seen["course_dir"] == course.resolve()


def test_article_files_without_a_course_use_the_defaults():
    plan = plan_build([], {"booklet": True}, None)
    assert plan.settings == Settings(booklet=True)
    assert plan.out_dir == Path("output") and plan.course_dir is None


# ------------------------------------------------------------------ validation


BAD = """title = "x"
[course]
language = "fr"
[sources]
files = ["a.txt", "missing.txt"]
[look]
papr = "A5"
theme = "clasroom"
booklet = "yes"
[output]
formats = ["pdf", "docx"]
editions = []
[appendices]
glossary_entries = -3
timeline = "some"
questions_per_chapter = 2.5
[chapters]
titles = { ch1 = 3 }
[labels]
contens = "Isi"
[lookk]
"""


def test_every_problem_is_listed_verbatim_with_exit_status_4(tmp_path):
    course = make_course(tmp_path / "c", BAD)
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 4
    assert "Traceback" not in result.output
    assert result.output == f"""Error: 14 problems in {course.resolve() / 'course.toml'}:
  course.toml: title: unknown key (did you mean 'course.title'?)
  course.toml: course.language: unknown language 'fr' (choose from en, id)
  course.toml: look.papr: unknown key (did you mean 'paper'?)
  course.toml: look.theme: unknown theme 'clasroom' (did you mean 'classroom'?)
  course.toml: look.booklet: expected true or false, got "yes"
  course.toml: output.formats[1]: unknown format 'docx' (choose from pdf, epub)
  course.toml: output.editions: list at least one edition
  course.toml: appendices.glossary_entries: must be at least 0, got -3
  course.toml: appendices.timeline: unknown timeline choice 'some' (choose from key, all)
  course.toml: appendices.questions_per_chapter: expected a whole number, got 2.5
  course.toml: chapters.titles: expected a table of texts, got a table
  course.toml: labels.contens: unknown key (did you mean 'contents'?)
  course.toml: lookk: unknown key (did you mean 'look'?)
  course.toml: sources.files[1]: file 'missing.txt' not found (paths are relative to the course folder)
  Fix these in course.toml; docs/courses.md lists every key.
"""


@pytest.mark.parametrize("toml, message", [
    ("[course]\n", "sources.files: required, but missing (or links to fetch: wikipedia = [\"https://id.wikipedia.org/wiki/…\"])"),
    ('[sources]\nfiles = []\n', "sources.files: list at least one article file"),
    ('[sources]\nfiles = ["."]\n', "sources.files[0]: '.' is a folder, not an article file"),
    (MINIMAL + '[sources2]\n', "sources2: unknown key (did you mean 'sources'?)"),
    (MINIMAL + '[look]\npaper = "A3"\n', "look.paper: unknown paper size 'A3' (choose from A4, Letter, A5)"),
    (MINIMAL + '[output]\neditions = ["teachr"]\n', "output.editions[0]: unknown edition 'teachr' (did you mean 'teacher'?)"),
    (MINIMAL + '[appendices]\ninclude = ["glosary"]\n', "appendices.include[0]: unknown appendix 'glosary' (did you mean 'glossary'?)"),
    (MINIMAL + '[look]\ntheme = 3\n', "look.theme: expected a text in quotes, got 3"),
    ('look = "A5"\n' + MINIMAL, "look: expected a [look] section, got \"A5\""),
    ('[sources]\nfiles = ["a.txt"]\nencoding = "utf-9"\n',
     "sources.encoding: unknown encoding 'utf-9' (e.g. 'utf-8', 'windows-1252')"),
    (MINIMAL + '[course]\nwho = "x"\n', "course.who: unknown key (known keys: title, subtitle, teacher, school, language)"),
])
def test_each_validation_message(tmp_path, toml, message):
    course = make_course(tmp_path / "c", toml)
    with pytest.raises(ConfigError) as caught:
        load_course(course)
    assert f"  course.toml: {message}\n" in caught.value.message
    assert caught.value.exit_code == 4


def test_invalid_toml_names_line_and_column(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"\n[look]\n')
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 4
    assert result.output.startswith("Error: course.toml: invalid TOML: line 3, column 1: Unclosed array\n")


def test_a_folder_without_course_toml(tmp_path):
    (tmp_path / "c").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c")])
    assert result.exit_code == 4
    assert f"no course.toml in {tmp_path / 'c'}" in result.output


def test_a_course_may_add_its_own_theme(tmp_path):
    course = make_course(tmp_path / "c", MINIMAL + '[look]\ntheme = "school"\n')
    (course / "styles" / "themes").mkdir(parents=True)
    (course / "styles" / "themes" / "school.css").write_text("/* Our school's colours. */\n")
    assert load_course(course).settings.theme == "school"
    assert "school         (this course)" in run("themes", str(course)).output


# ------------------------------------------------------------------ chapters


def test_chapter_names_that_match_nothing_are_warned_about(tmp_path):
    course = make_course(tmp_path / "c", MINIMAL + '[chapters]\nexclude = ["Masa akir", "ch1"]\n'
                         '[chapters.titles]\n"Riwayat awal" = "Masa muda"\n')
    plan = plan_build([course], {}, None)
    articles = read_articles(plan.sources, plan.settings)
    assert chapter_warnings(articles, plan.settings) == [
        "course.toml: chapters.exclude: no chapter called 'Masa akir' (did you mean 'Masa akhir'?)"]


# ------------------------------------------------------------------ several articles


def test_two_articles_make_one_book_with_a_part_each(tmp_path, fast):
    course = make_course(tmp_path / "c", '[course]\ntitle = "Dua artikel"\n[sources]\n'
                         'files = ["a.txt", "b.txt"]\n[output]\nformats = ["epub"]\n'
                         '[appendices]\ninclude = ["glossary"]\n',
                         {"a.txt": ARTICLE_ID, "b.txt": ARTICLE_ID.replace("Alpha", "Epsilon")})
    result = run("build", str(course), "-q")
    assert result.exit_code == 0, result.output
    book = course / "output" / "dua-artikel" / "dua-artikel.epub"
    nav = epub_file(book, "nav.xhtml")
    assert nav.index("text/part01.xhtml") < nav.index("text/a1-ch1.xhtml") \
        < nav.index("text/part02.xhtml") < nav.index("text/a2-ch1.xhtml")
    glossary = epub_file(book, "text/glossary.xhtml")
    # Combined appendix: terms of both articles, each linked into its own part.
    assert 'id="gl-alpha"' in glossary and 'id="gl-epsilon"' in glossary
    assert "a1-ch0.xhtml#" in glossary and "a2-ch0.xhtml#" in glossary


def test_the_course_title_names_the_book_not_the_article(tmp_path):
    from pack.assemble import assemble
    from pack.model import Extracted
    course = make_course(tmp_path / "c", '[course]\ntitle = "Kursus kami"\n' + MINIMAL)
    plan = plan_build([course], {}, None)
    articles = read_articles(plan.sources, plan.settings)
    book = assemble(articles, Extracted(), plan.settings)
    assert book.title == "Kursus kami" and book.slug == "kursus-kami"
    assert articles[0].title != "Kursus kami"          # the source keeps its own title (and URL)


def test_items_of_two_articles_keep_their_own_ids(tmp_path):
    """Events, questions and quiz items are numbered per article; in one
    book their ids must still be unique, or links land in the wrong article."""
    import re
    import zipfile
    from conftest import SAMPLES
    out = tmp_path / "out"
    result = run("build", str(SAMPLES / "en-history-of-aluminium.txt"), str(SAMPLES / "en-toronto.txt"),
                 "--title", "Two", "--format", "epub", "--edition", "teacher", "--out", str(out))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(next(out.rglob("*.epub"))) as book:
        pages = [n for n in book.namelist() if n.endswith(".xhtml")]
        ids = {n: re.findall(r'\bid="([^"]+)"', book.read(n).decode()) for n in pages}
    for name, found in ids.items():
        assert len(found) == len(set(found)), (name, sorted({i for i in found if found.count(i) > 1})[:5])
    every = [i for found in ids.values() for i in found]
    assert any(i.startswith("a1-ev-") for i in every) and any(i.startswith("a2-ev-") for i in every)
    assert any(i.startswith("a2-quiz-") for i in every)


# ------------------------------------------------------------------ several courses at once


def _epub_course(folder: Path, title: str, article: str = ARTICLE_ID) -> Path:
    return make_course(folder, f'[course]\ntitle = "{title}"\n[sources]\nfiles = ["a.txt"]\n'
                               '[output]\nformats = ["epub"]\n', {"a.txt": article})


def test_several_courses_are_built_in_one_command(tmp_path):
    one, two = _epub_course(tmp_path / "one", "Kursus satu"), _epub_course(tmp_path / "two", "Kursus dua")
    result = run("build", str(one), str(two))
    assert result.exit_code == 0, result.output
    assert (one / "output" / "kursus-satu" / "kursus-satu.epub").is_file()
    assert (two / "output" / "kursus-dua" / "kursus-dua.epub").is_file()


def test_a_failing_course_does_not_stop_the_others(tmp_path):
    good = _epub_course(tmp_path / "good", "Kursus baik")
    bad = _epub_course(tmp_path / "bad", "Kursus rusak", article="")
    result = CliRunner().invoke(main, ["build", str(bad), str(good)])
    assert result.exit_code == 3                        # the source error's status
    assert "bad: failed:" in result.output and "empty" in result.output
    assert (good / "output" / "kursus-baik" / "kursus-baik.epub").is_file()


def test_an_invalid_course_stops_the_batch_before_any_work(tmp_path):
    good = _epub_course(tmp_path / "good", "Kursus baik")
    bad = make_course(tmp_path / "bad", '[course]\ntitle = "X"\n[sources]\nfiles = ["a.txt"]\n[look]\npapr = "A5"\n',
                      {"a.txt": ARTICLE_ID})
    result = CliRunner().invoke(main, ["build", str(good), str(bad)])
    assert result.exit_code == 4 and "papr" in result.output
    assert not (good / "output").exists()
