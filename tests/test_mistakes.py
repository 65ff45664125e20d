"""Every user mistake is one message with its documented exit status —
never a traceback, never a hang, never a wrong book without a word."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EPOCH
from coursekit import ARTICLE_EN, ARTICLE_ID, fast, make_course, write  # noqa: F401
from pack.cli import main

COURSE = '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n'


def _run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], env={"SOURCE_DATE_EPOCH": EPOCH, **(env or {})})


def _one_message(result, status: int, *words: str) -> None:
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output and result.exc_info[0] is SystemExit
    assert [line[:6] for line in result.output.splitlines()].count("Error:") == 1, result.output
    for word in words:
        assert word in result.output, result.output


# ------------------------------------------------------------ options and environment


@pytest.mark.parametrize("value", ["nan", "inf", "1e308"])
def test_a_size_limit_that_is_no_size(tmp_path, value):
    article = write(tmp_path / "a.txt", ARTICLE_EN)
    _one_message(_run("build", article, "--max-size", value, "--out", tmp_path), 2, "--max-size")


@pytest.mark.parametrize("value", ["1e308", "nan", "inf"])
def test_a_size_limit_in_the_course_that_is_no_size(tmp_path, value):
    course = make_course(tmp_path / "c", COURSE.replace('files = ["a.txt"]',
                                                        f'files = ["a.txt"]\nmax_size_mb = {value}'))
    _one_message(_run("build", course), 4, "sources.max_size_mb")


@pytest.mark.parametrize("name", ["undefined", "rot13", "base64"])
def test_an_encoding_that_decodes_no_text(tmp_path, fast, name):
    article = write(tmp_path / "a.txt", ARTICLE_EN)
    _one_message(_run("build", article, "--encoding", name, "--out", tmp_path), 3, repr(name))
    course = make_course(tmp_path / "c", COURSE.replace('files = ["a.txt"]',
                                                        f'files = ["a.txt"]\nencoding = "{name}"'))
    _one_message(_run("build", course), 4, "sources.encoding")


@pytest.mark.parametrize("epoch", ["99999999999999999999", "4102444800000", "-5", "soon"])
def test_a_build_time_out_of_range(tmp_path, fast, epoch):
    article = write(tmp_path / "a.txt", ARTICLE_EN)
    result = CliRunner().invoke(main, ["build", str(article), "--out", str(tmp_path / "o")],
                                env={"SOURCE_DATE_EPOCH": epoch})
    _one_message(result, 2, "SOURCE_DATE_EPOCH")
    assert not (tmp_path / "o").exists()


def test_strict_prints_the_warnings_it_asks_to_fix(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE + '[chapters]\nexclude = ["No such chapter"]\n')
    result = _run("build", course, "--strict")
    _one_message(result, 7, "--strict", "warning: course.toml: chapters.exclude: no chapter called 'No such chapter'")
    assert not (course / "output").exists()


# ------------------------------------------------------------ course files


def test_toml_nested_too_deeply(tmp_path):
    course = make_course(tmp_path / "c", COURSE + "x = " + "[" * 50000 + "]" * 50000 + "\n")
    _one_message(_run("build", course), 4, "course.toml", "nests")


def test_extract_when_review_is_a_file(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    (course / "review").write_text("not a folder")
    _one_message(_run("extract", course), 4, "review", "folder")
    assert (course / "review").read_text() == "not a folder"


def test_init_onto_a_file_or_under_one(tmp_path):
    blocker = write(tmp_path / "file", "x")
    _one_message(_run("init", blocker), 4, str(blocker), "not a folder")
    _one_message(_run("init", blocker / "sub"), 4, str(blocker / "sub"))
    assert blocker.read_text() == "x"


def test_excluding_every_chapter_is_a_mistake(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE + '[chapters]\nexclude = ["ch0", "ch1", "ch2"]\n')
    _one_message(_run("build", course), 4, "chapters", "no chapter")
    assert not (course / "output").exists()


# ------------------------------------------------------------ layouts, styles, fonts


@pytest.mark.parametrize("body, words", [
    ("{{ 1/0 }}", ("line 2", "ZeroDivisionError")),
    ("{{ 'a' + 1 }}", ("line 2", "TypeError")),
    ("{% for i in range(10**9) %}{% endfor %}", ("line 2", "Range too big")),
    ('{% include "partials/title.html" %}', ("includes itself",)),
    ('{% extends "partials/title.html" %}', ("includes itself",)),
])
def test_a_layout_that_fails_while_it_runs(tmp_path, fast, body, words):
    course = make_course(tmp_path / "c", COURSE)
    write(course / "layouts" / "partials" / "title.html", f"<section>\n{body}\n</section>\n")
    _one_message(_run("build", course), 5, *words)


@pytest.mark.parametrize("name", ["course.css", "styles/themes/mine.css", "layouts/partials/title.html"])
def test_a_course_file_not_in_utf8(tmp_path, fast, name):
    course = make_course(tmp_path / "c", COURSE + '[look]\ntheme = "mine"\n')
    write(course / "styles" / "themes" / "mine.css", "/* my theme */\n")
    (course / name).parent.mkdir(parents=True, exist_ok=True)
    (course / name).write_bytes("h1 { content: 'caf\u00e9'; }\n".encode("utf-16"))
    _one_message(_run("build", course), 5, name, "UTF-8")


def test_a_course_font_that_is_not_a_font(tmp_path):
    course = make_course(tmp_path / "c", COURSE + '[appendices]\ninclude = []\n')
    write(course / "assets" / "fonts" / "bad.ttf", "not a font at all")
    write(course / "styles" / "fonts.css", '@font-face { font-family: "Ours"; src: url(../assets/fonts/bad.ttf); }\n')
    write(course / "course.css", 'h1 { font-family: "Ours", serif; }\n')
    _one_message(_run("build", course), 5, "bad.ttf", "not a font")


# ------------------------------------------------------------ unreadable files


def _as_another_user(work) -> dict:
    """Run `work()` where the permissions of files count: as root, in a
    child process that has given up root (files are chmod 000 there)."""
    if os.geteuid() != 0:
        return work()
    import jinja2.debug  # noqa: F401  - loaded here: the child cannot read the installed packages
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                         # the child: nobody, then the command
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            data = json.dumps(work()).encode()
        except BaseException as exc:     # noqa: BLE001 - reported to the parent
            data = json.dumps({"status": -1, "output": repr(exc)}).encode()
        os.write(write_end, data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.fixture
def open_folder():
    """A folder every user may enter (pytest's own are its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="teachpack-perm-"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("name, status", [("course.toml", 4), ("review/glossary.toml", 4),
                                          ("layouts/partials/title.html", 5), ("course.css", 5),
                                          ("a.txt", 3)])
def test_an_unreadable_course_file(open_folder, fast, name, status):
    course = make_course(open_folder / "c", COURSE + '[appendices]\ninclude = ["glossary"]\n')
    write(course / "review" / "glossary.toml", '[alpha]\nterm = "Alpha"\n')
    write(course / "layouts" / "partials" / "title.html", "<section></section>")
    write(course / "course.css", "h1 { color: red; }")
    for path in [course, *course.rglob("*")]:
        os.chmod(path, 0o777 if path.is_dir() else 0o666)
    os.chmod(course / name, 0o000)

    def build() -> dict:
        result = _run("build", course, env={"TEACHPACK_CACHE": "off", "TEACHPACK_WORKERS": "1"})
        return {"status": result.exit_code, "output": result.output,
                "clean": result.exc_info[0] is SystemExit, "exception": repr(result.exception)}
    found = _as_another_user(build)
    assert found["status"] == status, found
    assert found["clean"] and "Traceback" not in found["output"]
    assert [line[:6] for line in found["output"].splitlines()].count("Error:") == 1
    assert "cannot read" in found["output"] and Path(name).name in found["output"]


# ------------------------------------------------------------ articles


def test_utf8_with_one_stray_byte_stays_utf8_and_says_so(tmp_path, fast):
    article = tmp_path / "a.txt"
    data = ARTICLE_ID.replace("Alpha adalah", "Alpha — adalah").encode("utf-8").replace(b"Omega", b"Om\xe9ga")
    article.write_bytes(data)
    line = data[:data.index(b"\xe9")].count(b"\n") + 1
    result = _run("build", article, "--format", "epub", "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert "warning: a.txt: not UTF-8 throughout: 1 byte(s)" in result.output
    assert f"first on line {line})" in result.output
    with zipfile.ZipFile(next((tmp_path / "o").rglob("*.epub"))) as archive:
        text = " ".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml"))
    assert "— adalah" in text and "â€”" not in text


def test_headings_only_builds_the_outline_and_warns(tmp_path, fast):
    article = write(tmp_path / "a.txt", "== First ==\n=== Inner ===\n== Second ==\n")
    result = _run("build", article, "--format", "epub", "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert "warning: a.txt: the article has headings but no text" in result.output
    assert _run("build", article, "--format", "epub", "--out", tmp_path / "s", "--strict").exit_code == 7


def test_a_title_of_250_characters_builds(tmp_path, fast):
    article = write(tmp_path / "a.txt", ARTICLE_EN)
    title = "A very long title " * 14
    result = _run("build", article, "--format", "epub", "--out", tmp_path / "o", "--title", title)
    assert result.exit_code == 0, result.output
    epub = next((tmp_path / "o").rglob("*.epub"))
    assert len(epub.name) < 100 and epub.name.startswith("a-very-long-title")


@pytest.mark.parametrize("make", ["fifo", "device"])
def test_special_files_are_refused_at_once(tmp_path, make):
    if make == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    _one_message(_run("build", path, "--out", tmp_path), 3, str(path), "a device, a pipe or a socket")


def test_a_special_file_in_a_course(tmp_path):
    course = make_course(tmp_path / "c", COURSE, {})
    os.mkfifo(course / "a.txt")
    _one_message(_run("build", course), 3, "a device, a pipe or a socket")


def test_thousands_of_headings_are_refused(tmp_path):
    article = write(tmp_path / "a.txt", "Lead.\n\n" + "== H ==\n" * 20000 + "== Last ==\nText.\n")
    _one_message(_run("build", article, "--out", tmp_path), 3, "20,001 headings")


def test_a_word_with_nowhere_to_break_is_refused(tmp_path):
    article = write(tmp_path / "a.txt", "Lead text.\n\n== A ==\nStart " + "x" * 150000 + " end.\n")
    _one_message(_run("build", article, "--out", tmp_path), 3, "line 4", "150,000 characters")


def test_init_into_a_folder_that_cannot_be_written(open_folder):
    locked = open_folder / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)

    def init(target: Path):
        def run() -> dict:
            result = _run("init", target)
            return {"status": result.exit_code, "output": result.output,
                    "clean": result.exc_info[0] is SystemExit}
        return _as_another_user(run)
    for target, words in ((locked, "not writable"), (locked / "course", "cannot make the folder")):
        found = init(target)
        assert found["status"] == 4 and found["clean"], found
        assert words in found["output"] and str(target) in found["output"]
    assert list(locked.iterdir()) == []
