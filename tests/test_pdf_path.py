"""The PDF path (render/pdf/): the same book with any number of processes,
whatever the course does; one document where only one document can be
right; the plain CSS path when WeasyPrint's internals are not the
expected ones."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

import pytest
from lxml import etree
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
    which of them were joined from parts: {(course, workers)}, and the HTML
    `--keep-html` wrote: {(course, workers): str}."""
    built, joined, kept, readers = {}, set(), {}, {}
    patch = pytest.MonkeyPatch()
    try:
        for name, files in COURSES.items():
            course = _course(tmp_path_factory.mktemp(name), files)
            for workers in ("1", "2", "4"):
                patch.setenv("TEACHPACK_WORKERS", workers)
                # The parent joins a book's parts: note when it does.
                patch.setattr(jobs, "stitch", lambda pieces, key=(name, workers): joined.add(key) or stitch(pieces))
                out = tmp_path_factory.mktemp(f"{name}-{workers}")
                run_build(out, str(course), "--format", "pdf", "--keep-html")
                # A file the same to the byte as one built before shares its reader (and
                # so `_book`'s reading of it): the same bytes are the same book.
                data = next(out.rglob("*.pdf")).read_bytes()
                built[name, workers] = readers.setdefault(hashlib.sha256(data).digest(), PdfReader(io.BytesIO(data)))
                kept[name, workers] = next(out.rglob("*.html")).read_text(encoding="utf-8")
    finally:
        patch.undo()
    return built, joined, kept


@lru_cache(maxsize=None)
def _book(reader: PdfReader) -> dict:
    """What a reader meets: every page's text (page numbers, references and
    running heads included), the bookmarks, and where every link lands.
    Read once per book (the module's books are never rewritten): pypdf's
    text of a 56-page book costs about 2.5 CPU s, and three tests read
    the target-counter and book-layout courses' books again."""
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
    built, _, _ = books
    one = _book(built[course, "1"])
    assert len(one["links"]) >= 100 and all(page is not None for _, _, page in one["links"])
    for workers in ("2", "4"):
        assert _book(built[course, workers]) == one, f"{course} with {workers} processes"


@pytest.mark.parametrize("course", COURSES)
def test_the_kept_html_is_the_books_with_any_number_of_processes(books, course):
    """`--keep-html` writes the HTML the book was laid out from, the
    hyphenation rounds' corrections included, also when the book was laid
    out in parts (each part corrects its own paragraphs)."""
    _, _, kept = books
    assert kept[course, "1"].count("\u00ad") > 1000              # soft hyphens, some taken out again
    for workers in ("2", "4"):
        assert kept[course, workers] == kept[course, "1"], f"{course} with {workers} processes"


def test_parts_where_they_make_the_same_book_one_document_elsewhere(books):
    _, joined, _ = books
    assert {("sample", "2"), ("sample", "4")} <= joined
    assert not {key for key in joined if key[0] in ("target-counter", "book-layout") or key[1] == "1"}


def test_css_page_references_resolve_everywhere(books):
    built, _, _ = books
    for workers in ("1", "2", "4"):
        text = "\n".join(_book(built["target-counter", workers])["text"])
        assert "[tc" not in text
        assert text.count(" [") >= 100        # every reference of the glossary and the who's who


def test_the_course_book_layout_is_used(books):
    built, _, _ = books
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
    """Internals not as expected (here: the user-agent counter style
    renamed, as in WeasyPrint 69.0): one line on stderr, and page numbers
    from CSS target-counter() instead of numbers written in after layout.
    The fallback book is checked on its own terms: every printed page
    reference is the page its target is on, every link lands, every
    bookmark points at the page its heading is on, and it has the usual
    book's words, bookmarks and link targets.

    It is not the usual book page by page, and cannot be from CSS alone:
    the usual path lays out a placeholder as wide as the book's longest
    number ("000") and closes the line up after layout, while a CSS number
    is laid out at its own width ("7"). So a line with a page reference
    can hold a word or the reference more in the fallback: in the
    aluminium sample, the glossary's "… did not have time” for.” → 10" and
    the timeline's "… by Greek historian Herodotus p. 7" fit one line
    there, and two in the usual book; the timeline takes a page less (41
    pages against 42), and the discussion questions and quiz, and the
    contents' numbers for them, come a page earlier. Laying each number
    out at its own width needs the pages to be known before the layout
    that makes them: the passes of target-counter() that the placeholders
    save. Both paths run the same hyphenation rounds (the plain path still
    reads its laid-out lines, render.pdf.compat.readable), so the
    chapters break their lines alike."""
    monkeypatch.setenv("TEACHPACK_WORKERS", "1")
    run_build(tmp_path / "usual", str(ARTICLE), "--format", "pdf")
    monkeypatch.setattr(compat, "_writing", _changed_writing)
    monkeypatch.setattr(compat, "_warned", [])
    compat.usable.cache_clear()
    try:
        monkeypatch.setenv("TEACHPACK_WORKERS", "2")
        output = run_build(tmp_path / "plain", str(ARTICLE), "--format", "pdf")
        assert not compat.usable() and compat.readable()
    finally:
        compat.usable.cache_clear()
    warned = [line for line in output.splitlines() if "target-counter()" in line]
    assert len(warned) == 1 and "UA_COUNTER_STYLE" in warned[0], output
    usual_path, plain_path = (next((tmp_path / name).rglob("*.pdf")) for name in ("usual", "plain"))
    usual, plain = _book(PdfReader(usual_path)), _book(PdfReader(plain_path))
    plain_refs, usual_refs = _printed_references(plain_path), _printed_references(usual_path)
    assert not plain_refs.wrong, plain_refs.wrong[:5]
    assert not usual_refs.wrong, usual_refs.wrong[:5]      # its links closed up with their numbers
    assert len(plain_refs.targets) >= 100 and plain_refs.targets == usual_refs.targets
    assert all(page is not None for _, _, page in plain["links"])
    assert {link[1] for link in plain["links"]} == {link[1] for link in usual["links"]}
    assert _titles(plain["bookmarks"]) == _titles(usual["bookmarks"])
    assert _misplaced_bookmarks(plain["bookmarks"], plain["text"]) == []
    assert _words(plain_path) == _words(usual_path)
    # The chapters (the first bookmark up to the glossary) are the same pages, page by page.
    first, glossary = usual["bookmarks"][0][1], next(page for title, page in usual["bookmarks"] if title == "Glossary")
    assert plain["text"][first:glossary] == usual["text"][first:glossary]


def _changed_writing():
    """As a WeasyPrint release that renamed its user-agent counter style would be."""
    raise ImportError("cannot import name 'UA_COUNTER_STYLE' from 'weasyprint.html'")


# ---------------------------------------------------------------- a book on its own terms

# print.css's @page margins, top and foot, in points: the running heads and
# page numbers are drawn there.
TOP_MARGIN, FOOT_MARGIN = 24 / 25.4 * 72, 26 / 25.4 * 72


@dataclass
class Word:
    x1: float
    y1: float             # from the top of the page, in points (as poppler gives them)
    x2: float
    y2: float
    text: str

    def within(self, rect: tuple[float, float, float, float]) -> bool:
        x, y = (self.x1 + self.x2) / 2, (self.y1 + self.y2) / 2
        return rect[0] <= x <= rect[2] and rect[1] <= y <= rect[3]


def _page_words(path) -> list[tuple[float, list[Word]]]:
    """(page height, its words with their boxes) of every page (poppler's `pdftotext -bbox`)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True, huge_tree=True))
    return [(float(page.get("height")),
             [Word(*(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")), word.text or "")
              for word in page.iter(f"{XHTML}word")])
            for page in root.iter(f"{XHTML}page")]


XHTML = "{http://www.w3.org/1999/xhtml}"


def _links(path) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    """Every page's internal links: (target id, rectangle from the top of the page, in points)."""
    pages = []
    for page in PdfReader(path).pages:
        height, found = float(page.mediabox.height), []
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if "/Dest" in annotation:
                xs, ys = sorted(float(v) for v in annotation["/Rect"][0::2]), \
                    sorted(float(v) for v in annotation["/Rect"][1::2])
                found.append((str(annotation["/Dest"]), (xs[0], height - ys[1], xs[1], height - ys[0])))
        pages.append(found)
    return pages


@dataclass
class References:
    targets: set[str]      # the ids whose links print a page number
    wrong: list[tuple]     # (page, target, printed, where the target is)


def _printed_references(path) -> References:
    """Each link whose last word is a number (a page reference, a contents
    line) against the page its target is on (pages printed from 1)."""
    reader = PdfReader(path)
    landing = {name: reader.get_destination_page_number(dest) + 1 for name, dest in reader.named_destinations.items()}
    found = References(set(), [])
    for number, ((_, words), links) in enumerate(zip(_page_words(path), _links(path)), start=1):
        for target, rect in links:
            inside = sorted((w for w in words if w.within(rect)), key=lambda w: (round(w.y1), w.x1))
            if inside and inside[-1].text.isdigit():
                found.targets.add(target)
                if int(inside[-1].text) != landing.get(target):
                    found.wrong.append((number, target, inside[-1].text, landing.get(target)))
    return found


def _words(path) -> list[str]:
    """Every word and number of the book but its page numbers (the running
    heads and feet, and the numbers of page references), sorted: a page
    reference or a page turn falls elsewhere among the words when lines
    break differently. Leader dots and hyphenated line ends aside."""
    kept = []
    for (height, words), links in zip(_page_words(path), _links(path)):
        for word in words:
            margin = word.y2 <= TOP_MARGIN or word.y1 >= height - FOOT_MARGIN
            reference = word.text.isdigit() and any(word.within(rect) for _, rect in links)
            if not (margin or reference):
                kept.append(word.text)
    text = " ".join(kept).replace("\u2010 ", "")
    return sorted(word for word in text.split() if word.strip("."))


def _titles(outline: list) -> list:
    return [_titles(item) if isinstance(item, list) else item[0] for item in outline]


def _misplaced_bookmarks(outline: list, texts: list[str]) -> list[tuple[str, int]]:
    """Bookmarks whose title is not on the page they point at."""
    flat = lambda text: re.sub(r"\s+", "", text.replace("\u2010\n", ""))
    wrong = []
    for item in outline:
        if isinstance(item, list):
            wrong += _misplaced_bookmarks(item, texts)
        elif flat(item[0]) not in flat(texts[item[1]]):
            wrong.append(item)
    return wrong
