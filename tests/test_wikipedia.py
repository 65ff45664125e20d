"""Building from a wiki link, against a MediaWiki API on 127.0.0.1.

Every test drives the real client (requests, retries, timeouts) through
`teachpack build` against tests/wikiserver.py, which answers like the
Action API with formatversion=2. Nothing here reaches the internet: every
link goes through --mediawiki-api or a course's mediawiki_api.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from conftest import EPOCH, epub_files, epubcheck_many
from coursekit import write
from pack.cli import main
from pack.errors import SourceError
from pack.wiki.links import parse_lang_title, parse_link
from wikiserver import BUSY, SLOW, FakeWiki, WikiFile, WikiPage, picture_bytes, sample_text

LINK = "https://id.wikipedia.org/wiki/Stalin"          # a redirect to "Josef Stalin"


def stocked_wiki() -> FakeWiki:
    """A wiki with the two articles the tests fetch (its server not yet started)."""
    fake = FakeWiki()
    fake.add(WikiPage("Josef Stalin", sample_text("id-stalin.txt", 500), revid=4242,
                      image="Stalin_1937.jpg"))
    fake.redirects["Stalin"] = "Josef Stalin"
    fake.files["Stalin_1937.jpg"] = WikiFile(picture_bytes("#8a4b2a"), "CC BY-SA 4.0", "cc-by-sa-4.0")
    fake.add(WikiPage("Toronto", sample_text("en-toronto.txt", 500), lang="en", revid=777,
                      image="Toronto_logo.jpg"))
    fake.files["Toronto_logo.jpg"] = WikiFile(picture_bytes("#224488"), "Fair use", "",
                                              non_free=True)
    return fake


@pytest.fixture
def wiki():
    with stocked_wiki() as fake:
        yield fake


@dataclass
class Linked:
    """Built once for the module: a book from a link, a course of two links
    (its wiki stopped afterwards: the network is gone)."""

    wiki: FakeWiki
    out: Path
    course: Path
    first_course_epub: str


@pytest.fixture(scope="module")
def linked(tmp_path_factory) -> Linked:
    out, course = tmp_path_factory.mktemp("link"), tmp_path_factory.mktemp("course")
    with stocked_wiki() as wiki:
        result = build(LINK, "--mediawiki-api", wiki.api, "--out", str(out))
        assert result.exit_code == 0, result.output
        write(course / "course.toml", '[sources]\nwikipedia = ["https://id.wikipedia.org/wiki/Josef_Stalin", '
                                      f'"en:Toronto"]\nmediawiki_api = "{wiki.api}"\n'
                                      '[output]\nformats = ["epub"]\n')
        result = build(str(course))
        assert result.exit_code == 0, result.output
    return Linked(wiki, out, course, epub_text(next((course / "output").rglob("*.epub"))))


def build(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["build", *args], env={"SOURCE_DATE_EPOCH": EPOCH, **(env or {})})


def epub_text(path) -> str:
    return "\n".join(data.decode("utf-8", "replace") for name, data in epub_files(path).items()
                     if name.endswith(".xhtml"))


# ---------------------------------------------------------------- links


@pytest.mark.parametrize("link, title, pageid", [
    ("https://id.wikipedia.org/wiki/Josef_Stalin", "Josef Stalin", 0),
    ("https://id.m.wikipedia.org/wiki/Josef_Stalin#Masa_muda", "Josef Stalin", 0),
    ("https://en.wikipedia.org/w/index.php?title=Toronto&oldid=1", "Toronto", 0),
    ("https://id.wikipedia.org/?curid=12345", "", 12345),
    ("https://ru.wikipedia.org/wiki/%D0%A1%D1%82%D0%B0%D0%BB%D0%B8%D0%BD", "Сталин", 0),
])
def test_link_forms(link, title, pageid):
    ref = parse_link(link)
    assert (ref.title, ref.pageid) == (title, pageid)
    assert ref.api == f"https://{ref.host}/w/api.php" and ref.host.endswith(".wikipedia.org")


def test_lang_title_and_bad_links():
    ref = parse_lang_title("en:History_of aluminium")
    assert (ref.host, ref.title, ref.lang) == ("en.wikipedia.org", "History of aluminium", "en")
    for bad in ("Stalin", "id:", "https://id.wikipedia.org/"):
        with pytest.raises(SourceError):
            parse_link(bad) if bad.startswith("http") else parse_lang_title(bad)


# ---------------------------------------------------------------- a book from a link


def test_link_builds_the_book_with_its_revision_and_free_picture(linked):
    wiki, book, saved = linked.wiki, linked.out / "josef-stalin", linked.out / "wikipedia"
    record = json.loads((saved / "id-Josef_Stalin.json").read_text(encoding="utf-8"))
    assert (record["title"], record["revision"], record["lang"]) == ("Josef Stalin", 4242, "id")
    assert (saved / "id-Josef_Stalin.txt").read_text(encoding="utf-8") == wiki.pages["Josef Stalin"].text
    assert (saved / "id-Josef_Stalin.jpg").read_bytes() == wiki.files["Stalin_1937.jpg"].data
    # What was asked, and how: formatversion=2, the picture at print width, a descriptive agent.
    queries = wiki.api_requests()
    assert all(q["formatversion"] == "2" and q["format"] == "json" for q in queries)
    assert queries[0]["titles"] == "Stalin" and queries[0]["redirects"] == "1"
    assert queries[1]["iiurlwidth"] == "1600"
    assert all(h["User-Agent"].startswith("teachpack/") for _, _, h in wiki.requests)
    # The attribution cites the exact revision, the authors' history and the licence.
    files = epub_files(book / "josef-stalin.epub")
    text = epub_text(book / "josef-stalin.epub")
    assert "https://id.wikipedia.org/w/index.php?title=Josef_Stalin&amp;oldid=4242" in text
    assert "https://id.wikipedia.org/w/index.php?title=Josef_Stalin&amp;action=history" in text
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in text and "CC BY-SA 4.0" in text
    assert "“File:Stalin 1937.jpg” oleh Ana Photographer" in text
    assert files["EPUB/images/lead.jpg"] == wiki.files["Stalin_1937.jpg"].data
    assert 'src="../images/lead.jpg"' in text
    # The PDF shows the picture on the cover and the title page.
    pdf = pypdf.PdfReader(book / "josef-stalin.pdf")
    front = pdf.pages[:6]        # cover, title page (on a right-hand page), attribution
    assert len(front[0].images) == 1
    title_page = next(p for p in front[1:] if "EDISI SISWA" in p.extract_text())
    assert len(title_page.images) == 1
    assert any("oldid=4242" in p.extract_text().replace("\n", "") for p in front)


def test_books_from_links_pass_epubcheck(linked):
    epubs = [linked.out / "josef-stalin" / "josef-stalin.epub", next((linked.course / "output").rglob("*.epub"))]
    assert epubcheck_many(epubs) == {epub: [] for epub in epubs}


def test_non_free_picture_is_left_out(wiki, tmp_path):
    result = build("--wikipedia", "en:Toronto", "--mediawiki-api", wiki.api, "--out", str(tmp_path),
                   "--format", "epub")
    assert result.exit_code == 0, result.output
    assert "File:Toronto logo.jpg: its file is marked non-free" in result.output
    files = epub_files(tmp_path / "toronto" / "toronto.epub")
    assert not any(name.startswith("EPUB/images/lead") for name in files)
    assert not list((tmp_path / "wikipedia").glob("*.jpg"))
    assert [q for q in wiki.requests if q[0].startswith("/images/")] == []   # never downloaded


def test_saved_revision_is_used_until_refresh(wiki, tmp_path):
    args = ("https://en.wikipedia.org/wiki/Toronto", "--mediawiki-api", wiki.api,
            "--out", str(tmp_path), "--format", "epub")
    assert build(*args).exit_code == 0
    wiki.pages["Toronto"].revid = 778
    wiki.pages["Toronto"].text += "\nA new paragraph written after the first fetch.\n"
    asked = len(wiki.requests)
    assert build(*args).exit_code == 0
    assert len(wiki.requests) == asked                   # the saved copy, no request
    saved = tmp_path / "wikipedia"
    assert "new paragraph" not in (saved / "en-Toronto.txt").read_text(encoding="utf-8")
    result = build(*args, "--refresh")
    assert result.exit_code == 0, result.output
    assert "revision 778" in result.output
    assert "new paragraph" in (saved / "en-Toronto.txt").read_text(encoding="utf-8")
    assert "new paragraph" not in (saved / "en-Toronto@777.txt").read_text(encoding="utf-8")


def test_page_id_link_and_its_saved_copy(wiki, tmp_path):
    toronto = wiki.pages["Toronto"]
    args = (f"https://en.wikipedia.org/?curid={toronto.pageid}", "--mediawiki-api", wiki.api,
            "--out", str(tmp_path), "--format", "epub")
    result = build(*args)
    assert result.exit_code == 0, result.output
    assert wiki.api_requests()[0]["pageids"] == str(toronto.pageid)
    text = epub_text(tmp_path / "toronto" / "toronto.epub")
    assert 'lang="en"' in text and "Licence" in text          # the page's language, English labels
    asked = len(wiki.requests)
    assert build(*args).exit_code == 0 and len(wiki.requests) == asked


def test_429_is_retried_after_the_time_the_server_asks(wiki, tmp_path):
    wiki.add(WikiPage(BUSY, sample_text("en-toronto.txt", 400), lang="en"))
    result = build(f"https://en.wikipedia.org/wiki/{BUSY.replace(' ', '_')}", "--mediawiki-api",
                   wiki.api, "--out", str(tmp_path), "--format", "epub")
    assert result.exit_code == 0, result.output
    asked = [q.get("titles") for q in wiki.api_requests()]
    assert asked == [BUSY, BUSY] and wiki.busy_left == 0


# ---------------------------------------------------------------- refusals: exit 3, nothing written


def refused(tmp_path, *args: str, env: dict | None = None) -> str:
    result = build(*args, "--out", str(tmp_path / "out"), env=env)
    assert result.exit_code == 3, result.output
    assert not (tmp_path / "out").exists()
    assert "Traceback" not in result.output
    return result.output


def test_missing_page_names_the_closest_titles(wiki, tmp_path):
    message = refused(tmp_path, "https://id.wikipedia.org/wiki/Josef_Stallin", "--mediawiki-api", wiki.api)
    assert "no article called “Josef Stallin” on id.wikipedia.org" in message
    assert "Closest titles: Josef Stalin." in message
    assert [q.get("list") for q in wiki.api_requests()] == [None, "search"]


def test_missing_page_id(wiki, tmp_path):
    message = refused(tmp_path, "https://id.wikipedia.org/?curid=999", "--mediawiki-api", wiki.api)
    assert "no article called “page id 999”" in message


def test_disambiguation_page_lists_its_links(wiki, tmp_path):
    wiki.add(WikiPage("Merkurius", "Merkurius dapat merujuk pada:\n", links=["Merkurius (planet)",
                                                                             "Merkurius (mitologi)"]))
    message = refused(tmp_path, "--wikipedia", "id:Merkurius", "--mediawiki-api", wiki.api)
    assert "“Merkurius” is a disambiguation page" in message
    assert "Merkurius (planet); Merkurius (mitologi)" in message


def test_page_too_short(wiki, tmp_path):
    wiki.add(WikiPage("Rintisan", "Rintisan adalah artikel pendek.\n"))
    message = refused(tmp_path, "--wikipedia", "id:Rintisan", "--mediawiki-api", wiki.api)
    assert "“Rintisan” has only 4 words of text" in message


def test_no_network(tmp_path):
    with socket.socket() as spare:                     # a port nobody listens on
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    message = refused(tmp_path, LINK, "--mediawiki-api", f"http://127.0.0.1:{port}/w/api.php")
    assert f"cannot reach 127.0.0.1:{port}: the connection was refused" in message


def test_timeout(wiki, tmp_path):
    wiki.add(WikiPage(SLOW, sample_text("en-toronto.txt", 400), lang="en"))
    message = refused(tmp_path, "--wikipedia", f"en:{SLOW}", "--mediawiki-api", wiki.api,
                      env={"TEACHPACK_TIMEOUT": "0.5"})
    assert "no answer in time (timed out)" in message
    assert [q.get("titles") for q in wiki.api_requests()] == [SLOW, SLOW]    # retried once


# ---------------------------------------------------------------- a course of two links


def test_course_of_two_links_rebuilds_offline(linked):
    course = linked.course
    assert sorted(p.name for p in (course / "wikipedia").glob("*.txt")) == ["en-Toronto.txt",
                                                                          "id-Josef_Stalin.txt"]
    assert "oldid=4242" in linked.first_course_epub and "oldid=777" in linked.first_course_epub
    again = build(str(course))                        # the fixture's wiki is stopped: no network
    assert again.exit_code == 0, again.output
    assert epub_text(next((course / "output").rglob("*.epub"))) == linked.first_course_epub
    refreshed = build(str(course), "--refresh")       # asks, cannot reach: saved copies untouched
    assert refreshed.exit_code == 3 and "cannot reach 127.0.0.1" in refreshed.output
    assert len(list((course / "wikipedia").glob("*.txt"))) == 2


def test_course_link_mistakes_are_listed(tmp_path):
    course = tmp_path / "course"
    write(course / "course.toml", '[sources]\nwikipedia = ["Stalin", "https://id.wikipedia.org/"]\n'
                                  'mediawiki_api = "ftp://mirror"\n')
    result = build(str(course))
    assert result.exit_code == 4
    for line in ("sources.wikipedia[0]: 'Stalin' is not a wiki link or LANG:TITLE",
                 "sources.wikipedia[1]: 'https://id.wikipedia.org/' is not a wiki link",
                 "sources.mediawiki_api: 'ftp://mirror' is not a http(s) address of an api.php"):
        assert line in result.output


def test_review_of_a_link_makes_a_course_that_cites_the_revision(wiki, tmp_path, monkeypatch):
    """`teachpack review LINK`: the article fetched, a course made for it
    beside the saved copy, with the revision record, asking nothing."""
    from pack.config.course import load_course
    from pack.serve.run import course_folder

    monkeypatch.chdir(tmp_path)
    said = []
    folder = course_folder(LINK, said.append, wiki.api)
    course = load_course(folder)
    assert [p.name for p in course.sources] == ["id-Josef_Stalin.txt"]
    record = json.loads((folder / "id-Josef_Stalin.json").read_text(encoding="utf-8"))
    assert "4242" in json.dumps(record)
    assert any(line.startswith("wrote") for line in said)
    again = []
    assert course_folder(LINK, again.append, wiki.api) == folder and not any(s.startswith("wrote") for s in again)
