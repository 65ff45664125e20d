"""A course from a colleague names only its own files: every path a course
names (articles, layouts, styles, assets, review files, output), links
followed, must lie inside the course; anything else is exit 4, one
message naming the key and the path, and nothing read or written."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from coursekit import ARTICLE_ID, fast, make_course, write  # noqa: F401
from pack.cli import main

COURSE = '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n'
SECRET = "SECRET-LINE-FROM-OUTSIDE the course folder appears here.\n"


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _refused(result, key: str, name: str) -> None:
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    assert key in result.output and name in result.output
    assert "outside the course folder" in result.output
    assert "SECRET" not in result.output


def _outside(tmp_path: Path) -> Path:
    return write(tmp_path / "elsewhere" / "secret.txt", SECRET)


def _nothing_built(course: Path) -> None:
    assert not (course / "output").exists()


def test_an_absolute_article_path_in_the_course_is_refused(tmp_path, fast):
    secret = _outside(tmp_path)
    course = make_course(tmp_path / "c", f'[sources]\nfiles = ["a.txt", "{secret}"]\n')
    _refused(_run("build", str(course)), "sources.files[1]", str(secret))
    _nothing_built(course)


def test_a_dotdot_article_path_in_the_course_is_refused(tmp_path, fast):
    _outside(tmp_path)
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["../elsewhere/secret.txt"]\n')
    _refused(_run("build", str(course)), "sources.files[0]", "../elsewhere/secret.txt")
    _nothing_built(course)


def test_an_article_link_that_leads_out_of_the_course_is_refused(tmp_path, fast):
    secret = _outside(tmp_path)
    course = make_course(tmp_path / "c", COURSE.replace("a.txt", "link.txt"), {})
    os.symlink(secret, course / "link.txt")
    _refused(_run("build", str(course)), "sources.files[0]", "link.txt")
    _nothing_built(course)


def test_an_article_named_on_the_command_line_may_lie_anywhere(tmp_path, fast):
    article = write(tmp_path / "elsewhere" / "a.txt", ARTICLE_ID)
    result = _run("build", str(article), "--out", str(tmp_path / "out"), "--format", "epub")
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "out").rglob("*.epub"))


def test_extract_never_writes_through_a_linked_review_folder(tmp_path, fast):
    outside = tmp_path / "elsewhere"
    kept = write(outside / "glossary.toml", "# someone else's file\n")
    course = make_course(tmp_path / "c", COURSE)
    (course / "review").mkdir()
    os.symlink(outside, course / "review" / ".extracted")
    _refused(_run("extract", str(course)), "review", ".extracted")
    assert kept.read_text() == "# someone else's file\n"
    assert sorted(p.name for p in outside.iterdir()) == ["glossary.toml"]


def test_a_linked_review_file_is_neither_read_nor_backed_up(tmp_path, fast):
    secret = write(tmp_path / "elsewhere" / "x.toml", '[SECRET]\ndefinition = "SECRET"\n')
    course = make_course(tmp_path / "c", COURSE)
    (course / "review").mkdir()
    os.symlink(secret, course / "review" / "glossary.toml")
    _refused(_run("build", str(course)), "review", "glossary.toml")
    _refused(_run("extract", str(course)), "review", "glossary.toml")
    assert sorted(p.name for p in (course / "review").iterdir()) == ["glossary.toml"]
    _nothing_built(course)


def test_a_linked_layouts_folder_is_refused(tmp_path, fast):
    outside = tmp_path / "elsewhere"
    write(outside / "partials" / "title.html", "SECRET {{ book.title }}")
    course = make_course(tmp_path / "c", COURSE)
    os.symlink(outside, course / "layouts")
    _refused(_run("build", str(course)), "layouts", str(outside))
    _nothing_built(course)


def test_a_linked_stylesheet_or_asset_is_refused(tmp_path, fast):
    secret = _outside(tmp_path)
    for part in ("course.css", "styles/base.css", "assets/x.png"):
        course = make_course(tmp_path / part.replace("/", "-"), COURSE)
        (course / part).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(secret, course / part)
        _refused(_run("build", str(course)), part.split("/")[0], part)
        _nothing_built(course)


def test_an_absolute_output_folder_in_the_course_is_refused(tmp_path, fast):
    target = tmp_path / "elsewhere"
    course = make_course(tmp_path / "c", COURSE + f'folder = "{target}"\n')
    _refused(_run("build", str(course)), "output.folder", str(target))
    assert not target.exists()


def test_a_linked_output_folder_is_refused(tmp_path, fast):
    target = tmp_path / "elsewhere"
    target.mkdir()
    course = make_course(tmp_path / "c", COURSE)
    os.symlink(target, course / "output")
    _refused(_run("build", str(course)), "output.folder", "output")
    assert list(target.iterdir()) == []


def test_a_linked_book_folder_inside_the_output_is_refused(tmp_path, fast):
    target = tmp_path / "elsewhere"
    target.mkdir()
    course = make_course(tmp_path / "c", COURSE + '[course]\ntitle = "Book"\n')
    (course / "output").mkdir()
    os.symlink(target, course / "output" / "book")
    _refused(_run("build", str(course)), "output.folder", "book")
    assert list(target.iterdir()) == []


def test_out_on_the_command_line_may_lie_anywhere(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    result = _run("build", str(course), "--out", str(tmp_path / "elsewhere"))
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "elsewhere").rglob("*.epub"))


def test_a_linked_course_file_is_not_read(tmp_path, fast):
    secret = write(tmp_path / "elsewhere" / "course.toml", '[sources]\nfiles = ["a.txt"]\n')
    course = make_course(tmp_path / "c", "", {"a.txt": ARTICLE_ID})
    (course / "course.toml").unlink()
    os.symlink(secret, course / "course.toml")
    _refused(_run("build", str(course)), "course.toml", str(secret))
    _nothing_built(course)
