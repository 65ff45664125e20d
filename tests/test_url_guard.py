"""Nothing a course writes makes the machine look up a name or a reader
fetch from the network: `file:` URLs with a host are refused before any
library sees them (the build runs with a resolver that records every
query), layouts never see a path of the machine, and the EPUB carries no
remote reference. Where a title, a heading or a review key meets markup
it is escaped, and every hostile EPUB passes EPUBCheck (one run for all)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from click.testing import CliRunner
from lxml import etree

from conftest import EPOCH, ROOT, epubcheck_many
from coursekit import ARTICLE_ID, fake_extract, fast, make_course, write  # noqa: F401
from pack.cli import main

# Runs `teachpack ARGS` with every name lookup of the process (and of the
# workers it forks) recorded in RECORD and failed, as a resolver that
# logs its queries would see them.
RECORDING_RESOLVER = """
import json, socket, sys
record = sys.argv[1]
def lookup(name, *args, **kwargs):
    with open(record, "a") as out:
        out.write(json.dumps(str(name)) + "\\n")
    raise socket.gaierror(socket.EAI_NONAME, "recorded and refused")
for function in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, function, lookup)
if sys.argv[2] == "probe":
    import urllib.request
    try:
        urllib.request.urlopen("file://probe.example/etc/hostname")
    except Exception:
        pass
    sys.exit(0)
from pack.cli import main
sys.argv = ["teachpack", *sys.argv[2:]]
main()
"""


def _with_recording_resolver(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    record = tmp_path / "lookups.jsonl"
    record.touch()
    run = subprocess.run([sys.executable, "-c", RECORDING_RESOLVER, str(record), *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TEACHPACK_CACHE": "off"})
    return run, [json.loads(line) for line in record.read_text().splitlines()]


def test_the_recording_resolver_sees_what_urllib_looks_up(tmp_path):
    """The old way (urllib opening a file: URL with a host) is caught."""
    _, lookups = _with_recording_resolver(tmp_path, "probe")
    assert "probe.example" in lookups


def test_a_file_url_with_a_host_is_never_looked_up(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[appendices]\ninclude = []\n',
                         {"a.txt": ARTICLE_ID})
    write(course / "layouts" / "partials" / "title.html",
          '<section class="title-page" id="{{ page.id }}"><h1 class="book-title">{{ book.title }}</h1>'
          '<img src="file://leak-{{ book.title|replace(" ", "-") }}.example/x.png" alt=""/>'
          '<img src="file://localhost/etc/hostname" alt=""/></section>')
    write(course / "course.css", ".chapter-title { background: url(file://css-leak.example/a.png); }\n")
    run, lookups = _with_recording_resolver(tmp_path, "build", str(course))
    assert run.returncode == 0, run.stderr
    assert lookups == []
    assert "Traceback" not in run.stderr
    assert "file://css-leak.example/a.png" in run.stderr
    assert "look that name up" in run.stderr
    assert "leak-" in run.stderr and "/etc/hostname" in run.stderr


def test_layouts_never_see_a_path_of_the_machine(tmp_path, fast):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n')
    write(course / "layouts" / "partials" / "title.html",
          '<section id="{{ page.id }}">{{ book.articles[0].source_path }}</section>')
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 5, result.output
    # An article no longer carries its path at all; a layout asking for it is
    # one message, and the path is nowhere in what it printed.
    assert "source_path" in result.output and (
        "not allowed in a layout" in result.output or "does not provide" in result.output)
    assert str(tmp_path) not in result.output.replace(str(course / "layouts"), "")


def test_the_pdf_names_its_stylesheets_without_a_machine_path(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["pdf"]\n'
                         '[appendices]\ninclude = []\n', {"a.txt": ARTICLE_ID})
    write(course / "course.css", "h1 { color: #123456; }\n")
    write(course / "layouts" / "partials" / "title.html",
          '<section class="title-page" id="{{ page.id }}"><p id="sheets">{{ stylesheets|join(" ") }}</p></section>')
    result = CliRunner().invoke(main, ["build", str(course), "--keep-html"], env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exit_code == 0, result.output
    html = next((course / "output").rglob("*.html")).read_text()
    shown = html.split('<p id="sheets">', 1)[1].split("</p>", 1)[0]
    assert "course.css" in shown and "styles/base.css" in shown
    assert str(ROOT) not in shown and str(tmp_path) not in shown
    # The kept HTML still renders on its own: its links are real files.
    assert (course / "course.css").as_uri() in html


REMOTE_LAYOUT = """<section class="title-page" id="{{ page.id }}" epub:type="titlepage">
<h1 class="book-title">{{ book.title }}</h1>
<p>Before <img src="http://track.example/pixel.png" alt="x"/> after.</p>
<iframe src="https://frame.example/"></iframe>
<p><a href="http://link.example/page">a link</a> and
<span style="background: url(http://style.example/bg.png)">styled</span></p>
<img srcset="a.png 1x, //cdn.example/b.png 2x" src="../images/cover.png" alt="y"/>
</section>"""
COURSE = '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n'


@dataclass
class Hostile:
    epub: Path
    output: str
    epubcheck: list[str] = field(default_factory=list)


def _hostile_remote(folder: Path) -> list[str]:
    course = make_course(folder, COURSE, {"a.txt": ARTICLE_ID})
    write(course / "layouts" / "partials" / "title.html", REMOTE_LAYOUT)
    return ["build", str(course)]


def _hostile_title(folder: Path) -> list[str]:
    article = write(folder / "a.md", "# A ]]> B & <C>\n\nSome text of the lead here.\n\n# Part\n\nMore text.\n")
    return ["build", str(article), "--out", str(folder / "output"), "--format", "epub", "--title", "A ]]> B & <C>"]


def _hostile_review_key(folder: Path) -> list[str]:
    course = make_course(folder, COURSE, {"a.txt": ARTICLE_ID})
    write(course / "review" / "glossary.toml",
          '[\'x" onmouseover="alert(1)\']\nterm = "Alpha"\ndefinition = "added by the teacher"\n')
    return ["build", str(course)]


def _hostile_headings(folder: Path) -> list[str]:
    article = write(folder / "a.txt", "Lead text of the article.\n\n== = ==\nText one.\n\n"
                    "== Real ==\nText two.\n\n======\nText three.\n")
    return ["build", str(article), "--out", str(folder / "output"), "--format", "epub"]


HOSTILE = {"remote": _hostile_remote, "title": _hostile_title, "review key": _hostile_review_key,
           "headings": _hostile_headings}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Hostile]:
    """An EPUB of each hostile input, built with the stand-in extractor, and
    EPUBCheck's verdict on all of them in one run."""
    built = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pack.build.extract_all", fake_extract)
        patch.setattr("pack.render.epub.packed_fonts", lambda *args: [])
        for name, make in HOSTILE.items():
            folder = tmp_path_factory.mktemp(name.replace(" ", "-"))
            result = CliRunner().invoke(main, make(folder), env={"SOURCE_DATE_EPOCH": EPOCH})
            assert result.exit_code == 0, result.output
            built[name] = Hostile(next(folder.rglob("*.epub")), result.output)
    verdicts = epubcheck_many([b.epub for b in built.values()])
    for item in built.values():
        item.epubcheck = verdicts[item.epub]
    return built


def _pages(epub: Path) -> str:
    with zipfile.ZipFile(epub) as archive:
        return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                        if n.endswith((".xhtml", ".css", ".opf", ".ncx")))


def test_the_epub_carries_no_remote_reference(hostile):
    remote = hostile["remote"]
    text = _pages(remote.epub)
    for host in ("track", "frame", "link", "style", "cdn"):
        assert f"{host}.example" not in text
        assert f"{host}.example" in remote.output          # the warning names what was dropped
    assert "Before  after." in text and "a link" in text    # the text around stays
    assert remote.epubcheck == []


def test_the_articles_own_source_link_stays_in_the_epub(tmp_path, fast):
    article = write(tmp_path / "id-alpha.txt", ARTICLE_ID)
    result = CliRunner().invoke(main, ["build", str(article), "--format", "epub", "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(next((tmp_path / "o").rglob("*.epub"))) as archive:
        about = archive.read("EPUB/text/about.xhtml").decode("utf-8")
    assert 'href="https://id.wikipedia.org/wiki/' in about
    assert "left out of the EPUB" not in result.output


def test_a_title_with_a_cdata_end_keeps_the_cover_well_formed(hostile):
    with zipfile.ZipFile(hostile["title"].epub) as archive:
        for name in archive.namelist():
            if name.endswith(".xhtml"):
                etree.fromstring(archive.read(name))          # raises if not well-formed
        assert "A ]]&gt; B &amp; &lt;C&gt;" in archive.read("EPUB/text/cover.xhtml").decode()
    assert hostile["title"].epubcheck == []


def test_a_review_key_with_quotes_stays_inside_its_id(hostile):
    pages = _pages(hostile["review key"].epub)
    assert "onmouseover" not in pages.replace("x-onmouseover-alert-1", "")
    assert 'id="gl-x-onmouseover-alert-1"' in pages
    assert hostile["review key"].epubcheck == []


def test_headings_of_only_equals_signs_give_no_empty_title(hostile):
    with zipfile.ZipFile(hostile["headings"].epub) as archive:
        nav = archive.read("EPUB/nav.xhtml").decode()
    assert "></a>" not in nav and "Real" in nav
    assert hostile["headings"].epubcheck == []
