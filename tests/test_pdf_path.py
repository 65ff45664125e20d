"""The PDF path (render/pdf/): the same book with any number of processes,
whatever the course does; one document where only one document can be
right; the plain CSS path when WeasyPrint's internals are not the
expected ones."""

from __future__ import annotations

import re
import shutil

import pytest
from pypdf import PdfReader

from pack.render import jobs
from pack.render.pdf import compat, features
from pack.render.pdf.stitch import stitch
from pack.render.pdf.parts import NotDivisible, number_book
from pack.messages import PartLayout
from pack.theme import load_theme

from conftest import SAMPLES, run_build
from coursekit import write

ARTICLE = SAMPLES / "en-history-of-aluminium.txt"      # the smallest sample with every appendix

# A course's own page references, with CSS (the case: printed
# "[tc " in parts): the glossary's references into the chapters.
TARGET_COUNTER_CSS = 'a.pageref::after { content: " [" target-counter(attr(href url), page) "]"; }\n'

# A course's own book layout: the built-in one with a line of its own.
BOOK_LAYOUT = """<!DOCTYPE html>
<html lang="{{ book.lang }}">
<head><meta charset="utf-8"/><title>{{ book.title }}</title>
{% include "partials/meta.html" %}
{% for sheet in stylesheets %}<link rel="stylesheet" href="{{ sheet }}"/>{% endfor %}
</head>
<body class="edition-{{ edition }}">
{% for page in pages %}{% include "partials/" ~ page.kind ~ ".html" %}{% endfor %}
<p class="colophon">Printed for Riverside High School.</p>
</body>
</html>
"""


def _course(folder, files: dict[str, str]):
    shutil.copy(ARTICLE, folder / "article.txt")
    write(folder / "course.toml", '[sources]\nfiles = ["article.txt"]\n')
    for name, text in files.items():
        write(folder / name, text)
    return folder


# The appendices' right-hand start is a choice of style: here they start on the next page.
ANY_SIDE_CSS = ":not(.appendix) + .appendix { break-before: page; }\n"

COURSES = {
    "sample": {},
    "appendices-any-side": {"course.css": ANY_SIDE_CSS},
    "target-counter": {"course.css": TARGET_COUNTER_CSS},
    "book-layout": {"layouts/pdf/book.html": BOOK_LAYOUT},
}


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """Each course's PDF built with 1, 2 and 4 processes: {(course, workers): PdfReader},
    and which of them were joined from parts: {(course, workers)}."""
    built, joined = {}, set()
    patch = pytest.MonkeyPatch()
    try:
        for name, files in COURSES.items():
            course = _course(tmp_path_factory.mktemp(name), files)
            for workers in ("1", "2", "4"):
                patch.setenv("TEACHPACK_WORKERS", workers)
                # The parent joins a book's parts: note when it does.
                patch.setattr(jobs, "stitch", lambda pieces, key=(name, workers): joined.add(key) or stitch(pieces))
                out = tmp_path_factory.mktemp(f"{name}-{workers}")
                run_build(out, str(course), "--format", "pdf")
                built[name, workers] = PdfReader(next(out.rglob("*.pdf")))
    finally:
        patch.undo()
    return built, joined


def _book(reader: PdfReader) -> dict:
    """What a reader meets: every page's text (page numbers, references and
    running heads included), the bookmarks, and where every link lands."""
    destinations = {name: reader.get_destination_page_number(dest)
                    for name, dest in reader.named_destinations.items()}
    links = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if "/Dest" in annotation:
                target = str(annotation["/Dest"])
                links.append((number, target, destinations.get(target)))
    return {"text": [page.extract_text() for page in reader.pages],
            "bookmarks": _outline(reader, reader.outline), "links": links}


def _outline(reader, outline) -> list:
    return [_outline(reader, item) if isinstance(item, list)
            else (item.title, reader.get_destination_page_number(item)) for item in outline]


@pytest.mark.parametrize("course", COURSES)
def test_the_same_book_with_one_two_and_four_processes(books, course):
    built, _ = books
    one = _book(built[course, "1"])
    assert len(one["links"]) >= 100 and all(page is not None for _, _, page in one["links"])
    for workers in ("2", "4"):
        assert _book(built[course, workers]) == one, f"{course} with {workers} processes"


def test_parts_where_they_make_the_same_book_one_document_elsewhere(books):
    _, joined = books
    assert {("sample", "2"), ("sample", "4")} <= joined
    assert not {key for key in joined if key[0] in ("target-counter", "book-layout") or key[1] == "1"}


def test_css_page_references_resolve_everywhere(books):
    built, _ = books
    for workers in ("1", "2", "4"):
        text = "\n".join(_book(built["target-counter", workers])["text"])
        assert "[tc" not in text
        assert text.count(" [") >= 100        # every reference of the glossary and the who's who


def test_the_course_book_layout_is_used(books):
    built, _ = books
    assert "Printed for Riverside High School." in _book(built["book-layout", "2"])["text"][-1]


def test_the_sample_is_laid_out_in_parts_and_page_dependent_courses_as_one_document(tmp_path):
    assert features.page_dependent(load_theme("classroom")) is None
    for name, files in COURSES.items():
        (tmp_path / name).mkdir()
        course = _course(tmp_path / name, files)
        found = features.page_dependent(load_theme("classroom", course))
        assert (found is None) == (name in ("sample", "appendices-any-side")), (name, found)


@pytest.mark.parametrize("css, found", [
    ("@page { @bottom-center { content: counter(page) ' / ' counter(pages); } }", None),
    ("p::after { content: counter(page); }", "counter(page"),
    ("h2 { counter-increment: section; }", "counter-increment"),
    ("@page :nth(3) { margin: 0; }", "@page :nth("),
    ("h1 { string-set: chapter content(); }", "string-set"),
    ("/* target-counter( in a comment */ p { color: red; }", None),
    ("a::after { content: target-text(attr(href url)); }", "target-text"),
])
def test_page_dependent_features_in_a_course_stylesheet(tmp_path, css, found):
    course = _course(tmp_path, {"course.css": css})
    result = features.page_dependent(load_theme("classroom", course))
    assert (result is None) if found is None else (found in result)


def test_the_appendices_start_where_their_style_puts_them():
    """Laid out behind the title page: on the side their style gives them,
    after its blank page when the book's next page is on the other side."""
    chapters = PartLayout(55, {"ch1": 4})
    right_start = PartLayout(30, {"title": 0, "glossary": 2, "g1": 3}, content_start=2, blank_before=True)
    book = number_book([chapters, right_start])
    assert book.keep_from == [0, 1] and book.first_pages == [1, 56] and book.total == 84
    assert book.numbers == {"ch1": 5, "glossary": 57, "g1": 58}     # after the blank page 56
    even = number_book([PartLayout(54, {}), right_start])
    assert even.keep_from == [0, 2] and even.numbers["glossary"] == 55 and even.total == 82
    any_side = PartLayout(29, {"glossary": 1}, content_start=1)
    assert number_book([chapters, any_side]).numbers["glossary"] == 56
    with pytest.raises(NotDivisible):          # laid out on a left-hand page, due on a right-hand one
        number_book([PartLayout(54, {}), any_side])


def test_the_fallback_when_weasyprint_internals_differ(tmp_path, monkeypatch):
    """Internals not as expected: one line on stderr, and the same book
    with CSS target-counter() instead of numbers written in: the same
    words and numbers, bookmarks and links. (Lines may break elsewhere: a
    placeholder is as wide as the book's longest number, a CSS number as
    its own; the contents' leader dots differ in count.)"""
    monkeypatch.setenv("TEACHPACK_WORKERS", "1")
    run_build(tmp_path / "usual", str(ARTICLE), "--format", "pdf")
    monkeypatch.setattr(compat, "_internals", _changed_internals)
    monkeypatch.setattr(compat, "_warned", [])
    compat.usable.cache_clear()
    try:
        monkeypatch.setenv("TEACHPACK_WORKERS", "2")
        output = run_build(tmp_path / "plain", str(ARTICLE), "--format", "pdf")
        assert not compat.usable()
    finally:
        compat.usable.cache_clear()
    warned = [line for line in output.splitlines() if "target-counter()" in line]
    assert len(warned) == 1 and "UA_COUNTER_STYLE" in warned[0], output
    usual = _book(PdfReader(next((tmp_path / "usual").rglob("*.pdf"))))
    plain = _book(PdfReader(next((tmp_path / "plain").rglob("*.pdf"))))
    assert len(plain["text"]) == len(usual["text"])
    assert _words(plain["text"]) == _words(usual["text"])
    assert plain["bookmarks"] == usual["bookmarks"]
    # The same targets, every one found (WeasyPrint writes a link for each
    # box of an <a>, and a CSS number is a box of its own: more links; and
    # a glossary entry may have moved to the next page).
    assert {link[1] for link in plain["links"]} == {link[1] for link in usual["links"]}
    assert all(page is not None for _, _, page in plain["links"])


def _words(pages: list[str]) -> list[str]:
    """Every word and number of the book (sorted: a running foot falls
    elsewhere among the words when an entry moves to the next page),
    leader dots and hyphenated line ends aside."""
    return sorted(re.sub(r"\.{3,}", " ", "\n".join(pages).replace("\u2010\n", "")).split())


def _changed_internals():
    """As a WeasyPrint release that renamed its user-agent counter style would be."""
    raise ImportError("cannot import name 'UA_COUNTER_STYLE' from 'weasyprint.html'")
