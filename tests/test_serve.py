"""`teachpack review`: the review pages in a real browser (the system's
headless Chromium, driven by Playwright), the review files they write,
the preview refreshing itself, the build button, accessibility (axe-core
in the page), the guard against other sites, and a clean Ctrl-C.

The server runs as the user runs it (`python -m pack review DIR
--no-browser`, a real HTTP server on 127.0.0.1); one browser and one
server of the sample course serve the whole module.
"""

from __future__ import annotations

import http.client
import io
import os
import re
import signal
import socket
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import ROOT
from coursekit import ARTICLE_EN

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "tests" / ".node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
LISTS = ("glossary", "people", "timeline", "questions", "quiz")
SLOW = 120_000            # ms: a wait that ends when the thing happens (extraction, a build)


def need(path: Path, how: str) -> None:
    """Missing on a developer's machine: skipped; missing in CI: a failure."""
    if not path.exists():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"{path} is missing: {how} (see .ci/run)")


class Server:
    """`teachpack review TARGET --no-browser` in a child process."""

    def __init__(self, target: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pack", "review", str(target), "--no-browser"], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = []
        for line in self.process.stdout:          # "wrote ..." when it made a course first
            self.lines.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:(\d+)/)", line)
            if found:
                self.url, self.port = found.group(1), int(found.group(2))
                return
        raise AssertionError(f"the server did not start: {''.join(self.lines)}{self.process.stderr.read()}")

    def request(self, method: str, path: str, headers: dict | None = None, body: str = ""):
        """A raw request: the path is sent exactly as given, Host as given."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request(method, path, body=body or None,
                           headers={"Host": f"127.0.0.1:{self.port}", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")

    def token(self) -> str:
        _, page = self.request("GET", "/list/glossary")
        return re.search(r'"X-CSRF-Token": "([^"]+)"', page).group(1)

    def stop(self) -> tuple[int, str]:
        if self.process.returncode is not None:        # stopped by a test already
            return self.process.returncode, ""
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=60)
        return self.process.returncode, "".join(self.lines) + out + err


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """The bundled sample as a course that makes only the EPUB (a quick build)."""
    folder = tmp_path_factory.mktemp("review") / "stalin"
    subprocess.run([sys.executable, "-m", "pack", "init", str(folder)], cwd=ROOT, check=True,
                   capture_output=True)
    toml = folder / "course.toml"
    text = toml.read_text(encoding="utf-8")
    assert '# formats = ["pdf", "epub"]' in text and '# theme = "classroom"' in text
    toml.write_text(text.replace('# formats = ["pdf", "epub"]', 'formats = ["epub"]'), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(course):
    running = Server(course)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    need(CHROMIUM, "apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser, server):
    # bypass_csp: the test injects axe-core into the page, which the page's own policy forbids
    context = browser.new_context(viewport={"width": 1366, "height": 900}, bypass_csp=True)
    opened = context.new_page()
    opened.set_default_timeout(SLOW)
    from playwright.sync_api import expect
    expect.set_options(timeout=SLOW)
    yield opened
    context.close()


def entries(course: Path, name: str) -> dict:
    return tomllib.loads((course / "review" / f"{name}.toml").read_text(encoding="utf-8"))


def frame(page):
    return page.frame_locator("#preview")


def saved(page, name: str) -> None:
    """Wait for the status line to say the list was saved."""
    page.locator("#status", has_text=f"review/{name}.toml").wait_for()


# ------------------------------------------------------------------ the teacher's review


def test_review_edits_are_saved_previewed_and_built(page, server, course):
    from playwright.sync_api import expect
    before = {name: entries(course, name) for name in ("glossary", "questions", "people")}

    # Drop a glossary entry with the keyboard: Tab to its tick, Space.
    page.goto(server.url + "list/glossary")
    first = page.locator("#entries > li").first
    key = first.get_attribute("id").removeprefix("entry-")
    term = before["glossary"][key]["term"]
    expect(frame(page).locator("dt", has_text=term).first).to_be_visible()
    page.locator(f"#keep-{key}").focus()
    page.keyboard.press("Space")
    saved(page, "glossary")
    expect(page.locator(f"#entry-{key}")).to_have_class(re.compile(r"\bdropped\b"))
    assert page.evaluate("document.activeElement.id") == f"keep-{key}"      # the keyboard keeps its place
    after = entries(course, "glossary")
    assert after == {k: v for k, v in before["glossary"].items() if k != key}
    expect(frame(page).locator("dt", has_text=re.compile(rf"^{re.escape(term)}\b"))).to_have_count(0)

    # Edit a question in place.
    page.goto(server.url + "list/questions")
    question = page.locator("#entries > li").nth(1)
    qkey = question.get_attribute("id").removeprefix("entry-")
    asked = "Mengapa Stalin memindahkan ibu kota partai ke Moskwa? (diubah oleh guru)"
    question.locator("textarea[name=text]").fill(asked)
    question.locator("textarea[name=text]").press("Tab")
    saved(page, "questions")
    changed = {**before["questions"][qkey], "text": asked}
    assert entries(course, "questions") == {**before["questions"], qkey: changed}
    expect(frame(page).get_by_text(asked)).to_be_visible()

    # Add a person of the article that teachpack did not find.
    assert "pelageya-onufrieva" not in before["people"]
    page.goto(server.url + "list/people")
    page.locator("details.add summary").click()
    page.locator("#add-name").fill("Pelageya Onufrieva")
    page.locator("#add-role").fill("kekasih Stalin di Vologda")
    page.locator("form.add-form button[type=submit]").click()
    saved(page, "people")
    people = entries(course, "people")
    assert people == {"pelageya-onufrieva": {"name": "Pelageya Onufrieva", "role": "kekasih Stalin di Vologda",
                                              "variants": [], "refs": []}, **before["people"]}
    expect(frame(page).locator("dt", has_text="Pelageya Onufrieva")).to_be_visible()

    # The build button runs `teachpack build` on the course; its book has the three edits.
    page.locator("#make").click()
    link = page.locator("#build-result a", has_text=".epub")
    link.wait_for()
    assert "epub" in page.locator("#build-log").inner_text()          # its progress, as it ran
    response = page.request.get(server.url + link.get_attribute("href").lstrip("/"))
    assert response.ok
    with zipfile.ZipFile(io.BytesIO(response.body())) as book:
        text = {n: book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xhtml")}
    assert f'id="gl-{key}"' not in text["EPUB/text/glossary.xhtml"]
    assert asked in text["EPUB/text/questions.xhtml"]
    assert ">Pelageya Onufrieva</dt>" in text["EPUB/text/people.xhtml"]


def new_count(page) -> int:
    label = page.locator("label", has=page.locator("input[value=new]")).inner_text()
    return int(re.search(r"\((\d+)\)", label).group(1))


def test_new_since_last_review_filter(page, server, course):
    page.goto(server.url + "list/timeline?show=new")
    total = len(entries(course, "timeline"))
    assert new_count(page) == total > 0                 # nothing looked at yet: all new
    assert page.locator("#entries > li.new").count() == page.locator("#entries > li").count() > 0
    page.locator("#entries > li").first.locator("input[name=keep]").uncheck()
    saved(page, "timeline")
    page.goto(server.url + "list/timeline?show=new")
    assert new_count(page) == total - 1
    with page.expect_navigation():          # the page reloads itself after marking
        page.get_by_role("button", name="Tandai daftar ini sudah ditinjau").click()
    assert new_count(page) == 0 and page.locator("#entries > li").count() == 0
    assert (course / "review" / ".seen.toml").is_file()


def test_course_css_layout_and_theme_changes_show_in_the_preview(page, server, course):
    page.goto(server.url + "preview")
    page.select_option("#page", label="Pendahuluan")
    frame(page).locator("body").wait_for()
    layout = course / "layouts" / "partials" / "chapter.html"
    toml = course / "course.toml"
    original = toml.read_text(encoding="utf-8")
    try:
        (course / "course.css").write_text("body { border-top: 7px solid rgb(1, 2, 3); }\n",
                                           encoding="utf-8")
        # Waits until the change shows (the page's default wait), not for a fixed time: how fast
        # the preview follows a save is for bench/, and a loaded machine must not fail the test.
        page.wait_for_function("""() => { const doc = document.getElementById('preview').contentDocument;
            return doc && doc.body && getComputedStyle(doc.body).borderTopColor === 'rgb(1, 2, 3)'; }""")
        layout.parent.mkdir(parents=True)
        layout.write_text('{% extends "builtin/partials/chapter.html" %}{% block chapter_end %}'
                          '<p class="homework">Pekerjaan rumah</p>{% endblock %}', encoding="utf-8")
        frame(page).locator("p.homework").wait_for()
        for theme in ("large-print", "ereader", "classroom"):
            toml.write_text(original.replace('# theme = "classroom"', f'theme = "{theme}"'),
                            encoding="utf-8")
            frame(page).locator(f'link[href$="themes/{theme}.css"]').wait_for(state="attached")
    finally:                    # the course goes back as it was for the module's later tests
        toml.write_text(original, encoding="utf-8")
        (course / "course.css").unlink(missing_ok=True)
        layout.unlink(missing_ok=True)


def test_review_pages_have_no_serious_accessibility_violations(page, server):
    need(AXE, "npm install axe-core into tests/.node")
    problems = {}
    laptop = [f"list/{name}" for name in LISTS] + ["preview"]
    for (width, height), paths in (((1366, 900), laptop), ((768, 1024), ["list/glossary", "preview"])):
        page.set_viewport_size({"width": width, "height": height})          # a laptop, a tablet
        for path in paths:
            page.goto(server.url + path)
            page.add_script_tag(path=str(AXE))
            found = page.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, iframes: false})).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.nodes.length)""")
            if found:
                problems[f"{path} at {width}px"] = found
    page.set_viewport_size({"width": 1366, "height": 900})
    assert problems == {}


def test_screenshots_of_the_review_and_preview_pages(page, server, tmp_path):
    """The README's pictures, taken from the running pages: written into
    docs/ when TEACHPACK_SCREENSHOTS=docs is set, else into a temporary folder."""
    folder = ROOT / "docs" if os.environ.get("TEACHPACK_SCREENSHOTS") == "docs" else tmp_path
    page.goto(server.url + "list/glossary")
    page.screenshot(path=str(folder / "review.png"))
    page.goto(server.url + "preview?page=EPUB/text/people.xhtml")
    frame(page).locator("dt").first.wait_for()
    page.screenshot(path=str(folder / "preview.png"))
    assert (folder / "review.png").stat().st_size > 10_000 and (folder / "preview.png").stat().st_size > 10_000


def post(server: Server, path: str, body: str):
    return server.request("POST", path, {"X-CSRF-Token": server.token(),
                                         "Content-Type": "application/x-www-form-urlencoded"}, body)


def test_edits_are_checked_like_the_file_and_a_hand_edited_file_is_backed_up(server, course):
    timeline = course / "review" / "timeline.toml"
    key = next(iter(entries(course, "timeline")))
    before = timeline.read_bytes()
    status, body = post(server, f"/api/timeline/{key}/edit", "iso=sometime")
    assert status == 200 and "Tidak tersimpan" in body and "iso" in body
    assert timeline.read_bytes() == before
    people = course / "review" / "people.toml"
    before, name = people.read_bytes(), next(iter(entries(course, "people").values()))["name"]
    status, body = post(server, "/api/people/add", urlencode({"name": name, "role": "twice"}))
    assert status == 200 and "Tidak tersimpan" in body and "already" in body
    assert people.read_bytes() == before
    glossary = course / "review" / "glossary.toml"
    key = next(iter(entries(course, "glossary")))
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n# my own note\n", encoding="utf-8")
    status, body = post(server, f"/api/glossary/{key}/edit", urlencode({"definition": "kata-kata guru"}))
    assert status == 200 and "Tersimpan di review/glossary.toml" in body
    assert entries(course, "glossary")[key]["definition"] == "kata-kata guru"
    assert "# my own note" in (course / "review" / "glossary.toml.bak").read_text(encoding="utf-8")


def test_a_quiz_answer_edited_in_a_choice_item_is_among_its_options(server, course):
    key, item = next((k, v) for k, v in entries(course, "quiz").items() if v["kind"] == "choice")
    status, body = post(server, f"/api/quiz/{key}/edit", urlencode({"answer": "Jawaban guru"}))
    assert status == 200 and "Tersimpan di review/quiz.toml" in body
    options = [("Jawaban guru" if o == item["answer"] else o) for o in item["options"]]
    assert entries(course, "quiz")[key] == {**item, "answer": "Jawaban guru", "options": options}


# ------------------------------------------------------------------ safety


def test_other_hosts_origins_and_missing_tokens_are_refused(server, course):
    before = (course / "review" / "glossary.toml").read_bytes()
    key = next(iter(entries(course, "glossary")))
    keep = f"/api/glossary/{key}/keep"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    token = {"X-CSRF-Token": server.token(), **form}
    assert server.request("GET", "/list/glossary", {"Host": "evil.example"})[0] == 403
    assert server.request("GET", "/list/glossary", {"Host": f"evil.example:{server.port}"})[0] == 403
    assert server.request("GET", "/events", {"Origin": "http://evil.example"})[0] == 403
    assert server.request("POST", keep, {**token, "Origin": "http://evil.example"})[0] == 403
    assert server.request("POST", keep, {**token, "Sec-Fetch-Site": "cross-site"})[0] == 403
    assert server.request("POST", keep, form)[0] == 403                         # no token
    assert server.request("POST", keep, {**form, "X-CSRF-Token": "guess"})[0] == 403
    assert (course / "review" / "glossary.toml").read_bytes() == before        # nothing dropped
    status, _ = server.request("POST", keep, {**token, "Origin": server.url.rstrip("/")})
    assert status == 200 and key not in entries(course, "glossary")           # the page's own request


@pytest.mark.parametrize("path", [
    "/book/../course.toml", "/book/%2e%2e/course.toml", "/book/EPUB/../../course.toml",
    "/book//etc/passwd", "/files/course.toml", "/files/..%2fcourse.toml", "/static/../store.py",
    "/static/%2e%2e/store.py", "/list/..%2f..%2fcourse.toml", "/api/..%2fcourse/x/edit"])
def test_paths_outside_the_course_are_refused(server, path):
    status, body = server.request("GET", path)
    assert status in (403, 404, 405) and "[sources]" not in body and "import" not in body


def test_it_listens_on_127_0_0_1_only(server):
    assert server.request("GET", "/list/glossary")[0] == 200
    for family, address in ((socket.AF_INET, "127.0.0.2"), (socket.AF_INET6, "::1")):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(5)
            with pytest.raises(OSError):
                probe.connect((address, server.port))


def test_a_taken_port_or_a_link_is_one_clear_message(course):
    from click.testing import CliRunner
    from pack.cli import main
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        run = CliRunner().invoke(main, ["review", str(course), "--no-browser",
                                        "--port", str(taken.getsockname()[1])])
    assert run.exit_code == 2 and "Address already in use" in run.output and run.exception.__class__ is SystemExit
    with socket.socket() as closed:          # a wiki that does not answer: nothing listens there
        closed.bind(("127.0.0.1", 0))
        api = f"http://127.0.0.1:{closed.getsockname()[1]}/w/api.php"
    run = CliRunner().invoke(main, ["review", "https://id.wikipedia.org/wiki/Stalin", "--no-browser",
                                    "--mediawiki-api", api])
    assert run.exit_code == 3 and "cannot reach" in run.output and run.exception.__class__ is SystemExit


def test_an_article_file_makes_a_course_and_english_pages(tmp_path):
    from pack.serve.pages import Pages
    from pack.serve.preview import Preview
    from pack.serve.run import course_folder
    from pack.serve.store import Store
    article = tmp_path / "early-life.txt"
    article.write_text(ARTICLE_EN, encoding="utf-8")
    said = []
    course = course_folder(str(article), said.append)
    assert course == tmp_path / "early-life" and said[0].startswith("wrote ")
    store = Store(course.resolve())
    preview = Preview(store)
    preview.rebuild()
    page = Pages(store, preview, "token").list_page(store.kind("questions"), False, 1)
    assert '<html lang="en">' in page and "Keep in the book" in page and "Preview of the book" in page
    assert course_folder(str(article), said.append) == course and len(said) == 2    # made once


def test_ctrl_c_stops_cleanly_keeping_the_last_edit(server, course):
    """The last test of the module: it stops the module's server."""
    key = next(iter(entries(course, "questions")))
    status, _ = post(server, f"/api/questions/{key}/edit", urlencode({"text": "The last edit before Ctrl-C?"}))
    assert status == 200
    code, said = server.stop()
    assert code == 0 and "stopped" in said and "Traceback" not in said
    assert entries(course, "questions")[key]["text"] == "The last edit before Ctrl-C?"
    assert not list((course / "review").glob(".*.part"))
