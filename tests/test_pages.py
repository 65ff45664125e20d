"""The printed page as a typographer checks it, over built PDFs: no page
ending in a heading or a lone paragraph number, no run of more than two
hyphenated line ends, no hyphen inside a who's-who name, no straight
double quote in running text, no running head on a page that opens a
chapter or an appendix.

Every sample in every theme and paper size: 27 cases. What makes a
build expensive is WeasyPrint's layout (the hyphenation pass lays a book
out again, render/hyphenruns.py) and then drawing and reading the PDF; so
the builds here make the PDFs only (the EPUBs' page list and roles are
checked on the shared sample builds of tests/conftest.py, and the
who's-who names come from those), the five builds the other tests share
are used as they are (both editions), the extraction cache of the session
serves every build of a sample, and the PDFs are read with poppler
(tests/pdflines.py), once each.

The 22 cases beyond the shared five make one edition each, not both: the
student's and the teacher's alternate (`edition_of`), so every theme and
paper is still checked in both editions (on different samples) and every
sample in both editions (in different looks), on real PDFs, at half the
layout. The teacher's edition is not the student's with pages added
(learning objectives open each chapter, so its pages break elsewhere), so
what is given up is a second set of page breaks of the same sample and
look, not a kind of page: every look still has the teacher's own pages
(objectives, answers) and the student's pages on at least one sample.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import SAMPLES, _built
from pdflines import HYPHEN, Page, opening_pages, read_pages

SAMPLE_FILES = {"stalin": "id-stalin.txt", "aluminium": "en-history-of-aluminium.txt", "toronto": "en-toronto.txt"}
THEMES = ("classroom", "ereader", "large-print")
PAPERS = ("A4", "A5", "Letter")


# Builds the shared fixtures in tests/conftest.py already make.
_SHARED = {("stalin", "classroom", "A4"): "stalin", ("stalin", "ereader", "A4"): "stalin_ereader",
           ("stalin", "large-print", "A5"): "stalin_large_print", ("aluminium", "classroom", "A4"): "aluminium",
           ("toronto", "classroom", "A4"): "toronto"}


EDITIONS = ("student", "teacher")


def edition_of(case) -> str:
    """The one edition a case beyond the shared five is built in: the two
    alternate (by sample, theme and paper), so that every look has both
    editions among its three samples, and every sample has both among its
    looks (test_every_look_and_every_sample_has_both_editions)."""
    sample, theme, paper = case
    return EDITIONS[(list(SAMPLE_FILES).index(sample) + THEMES.index(theme) + PAPERS.index(paper)) % 2]


class _Books:
    """Builds on demand, once per session, and their PDFs read once."""

    def __init__(self, request, factory) -> None:
        self.request, self.factory = request, factory
        self.built, self.read = {}, {}

    def pdfs(self, case) -> list[Path]:
        if case not in self.built:
            if case in _SHARED:
                self.built[case] = self.request.getfixturevalue(_SHARED[case])
            else:
                sample, theme, paper = case
                self.built[case] = _built(self.factory, "-".join(case), str(SAMPLES / SAMPLE_FILES[sample]),
                                          "--theme", theme, "--paper", paper, "--format", "pdf",
                                          "--edition", edition_of(case))
        built = self.built[case]
        pdfs = [p for p in (built.pdf, built.teacher_pdf) if p and p.exists()]
        assert len(pdfs) == (2 if case in _SHARED else 1), pdfs
        return pdfs

    def pages(self, pdf: Path) -> list[Page]:
        if pdf not in self.read:
            self.read[pdf] = read_pages(pdf)
        return self.read[pdf]

    def names(self, sample: str) -> set[str]:
        """Every word of every name the who's-who lists (from the sample's EPUB: the
        same people in every theme and paper)."""
        with zipfile.ZipFile(self.request.getfixturevalue(sample).epub) as archive:
            people = [n for n in archive.namelist() if n.endswith("people.xhtml")]
            words = set()
            for name in people:
                for dt in etree.fromstring(archive.read(name)).iter("{http://www.w3.org/1999/xhtml}dt"):
                    words.update(w for w in re.findall(r"\w+", "".join(dt.itertext())) if len(w) > 3)
        return words


@pytest.fixture(scope="session")
def books(request, tmp_path_factory) -> _Books:
    return _Books(request, tmp_path_factory)


CASES = [(s, t, p) for s in SAMPLE_FILES for t in THEMES for p in PAPERS]
IDS = ["-".join(c) for c in CASES]


def test_every_look_and_every_sample_has_both_editions():
    """What the one-edition builds still check: each theme and paper in
    both editions (among its samples), each sample in both editions (among
    its looks)."""
    editions = {case: set(EDITIONS) if case in _SHARED else {edition_of(case)} for case in CASES}
    for theme in THEMES:
        for paper in PAPERS:
            assert set().union(*(editions[s, theme, paper] for s in SAMPLE_FILES)) == set(EDITIONS)
    for sample in SAMPLE_FILES:
        assert set().union(*(editions[sample, t, p] for t in THEMES for p in PAPERS)) == set(EDITIONS)
        assert {edition_of(c) for c in CASES if c[0] == sample and c not in _SHARED} == set(EDITIONS)


def _body_lines(pages: list[Page]):
    """(page, line) of every line of running matter, in reading order."""
    for page in pages:
        for line in page.body():
            yield page, line


def _wrapped_cell(body) -> bool:
    """The last line is the second line of a cell that starts in the same
    column just above ("14–17 August" / "2003": a timeline date too wide
    for its column in large print; the event's text beside it sits on its
    own baseline), not a paragraph number in the margin, whose column holds
    nothing just above but another paragraph's number."""
    last = min(body[-1].runs, key=lambda r: r.x)
    for line in body[-3:-1]:
        first = min(line.runs, key=lambda r: r.x)
        if abs(first.x - last.x) < 1 and line.y - body[-1].y < 2.5 * last.size:
            return not first.text.strip().isdigit()
    return False


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_page_ends_in_a_heading_or_a_lone_paragraph_number(books, case):
    stranded = []
    for pdf in books.pdfs(case):
        for page in books.pages(pdf):
            body = page.body()
            if not body:
                continue
            last = body[-1]
            lone_number = last.text.isdigit() and last.size < page.text_size() and not _wrapped_cell(body)
            # A heading over the timeline drawing is the drawing's heading.
            heading = last.all_fonts("Bold", "Semi") and not last.text.isdigit() and not page.drawing
            if lone_number or heading:
                stranded.append(f"{pdf.name} p. {page.number}: {last.text!r}")
    assert not stranded


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_at_most_two_hyphenated_lines_in_a_row(books, case):
    runs = []
    for pdf in books.pdfs(case):
        run = []
        for page, line in _body_lines(books.pages(pdf)):
            if line.text.endswith((HYPHEN, "-")):
                run.append(line.text[-20:])
                if len(run) == 3:
                    runs.append(f"{pdf.name} p. {page.number}: {run}")
            else:
                run = []
    assert not runs


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_name_is_hyphenated(books, case):
    names = books.names(case[0])
    assert names, "the who's-who lists nobody: nothing was checked"
    broken = []
    for pdf in books.pdfs(case):
        lines = list(_body_lines(books.pages(pdf)))
        for (page, line), (_, following) in zip(lines, lines[1:]):
            if line.text.endswith(HYPHEN) and following.text:
                head = re.findall(r"\w+$", line.text[:-1])
                tail = re.findall(r"^\w+", following.text)
                if head and tail and head[0] + tail[0] in names:
                    broken.append(f"{pdf.name} p. {page.number}: {head[0]}-{tail[0]}")
    assert not broken


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_straight_double_quotes(books, case):
    straight = [f"{pdf.name} p. {page.number}: {line.text[:60]!r}"
                for pdf in books.pdfs(case) for page, line in _body_lines(books.pages(pdf))
                if '"' in line.text]
    assert not straight


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_running_head_on_an_opening_page(books, case):
    for pdf in books.pdfs(case):
        pages = books.pages(pdf)
        openings = set(opening_pages(pdf))
        assert len(openings) >= 5
        # Running heads sit at one height, above everything else on a page.
        heads = Counter(round(p.lines[0].y) for p in pages[4:] if p.lines and p.number not in openings)
        head_y, count = heads.most_common(1)[0]
        assert count > len(pages) / 3, "no running heads found at all"
        carrying = [p.number for p in pages if p.number in openings
                    and any(abs(line.y - head_y) < 2 for line in p.lines)]
        assert not carrying, f"{pdf.name}: running heads on opening pages {carrying}"
        # ... and every other page of running matter has one (left and right).
        sides = {p.number % 2 for p in pages if p.number not in openings and p.lines
                 and abs(p.lines[0].y - head_y) < 2}
        assert sides == {0, 1}


# ------------------------------------------------------------------ tagged PDF


def _structure(pdf_path: Path) -> tuple[list[int], int]:
    """Pages of the H1 elements of the structure tree in tree order, and
    how many elements point at a page that is not in the file."""
    import pikepdf
    pdf = pikepdf.open(pdf_path)
    pages = {page.obj.objgen: index + 1 for index, page in enumerate(pdf.pages)}
    headings, dangling = [], 0
    stack = [pdf.Root.StructTreeRoot.K[0]]
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or element.get("/Type") == "/OBJR":
            continue
        if "/Pg" in element and element.Pg.objgen not in pages:
            dangling += 1
        if element.get("/S") == "/H1":
            headings.append(pages.get(element.Pg.objgen))
        stack.extend(reversed(list(element.get("/K", []))))
    return headings, dangling


@pytest.mark.parametrize("sample", ["stalin", "aluminium", "stalin_large_print"])
def test_pdf_is_tagged_with_the_headings_in_reading_order(request, sample):
    import subprocess
    built = request.getfixturevalue(sample)
    for pdf in (built.pdf, built.teacher_pdf):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Tagged:          yes" in info and "Metadata Stream: yes" in info
        headings, dangling = _structure(pdf)
        assert dangling == 0
        # The book is laid out in parts and joined: every chapter and appendix
        # opening is in the one tree, in page order.
        openings = opening_pages(pdf)
        assert [page for page in headings if page in set(openings)] == openings
        assert headings == sorted(headings)


# ------------------------------------------------------------------ the EPUB's page list

XHTML = {"x": "http://www.w3.org/1999/xhtml", "e": "http://www.idpf.org/2007/ops"}
LETTERS = re.compile(r"[^\W\d_]+")


def _first_words(pages: list[Page], number: int, head_y: float) -> list[str]:
    """The first words of a printed page (below the running head), from its
    first line on, up to four words (a date line has none). When the page
    begins with the rest of a word hyphenated at the foot of the page before,
    the marker stands after that word: its rest is left out."""
    lines = [line.text for line in pages[number - 1].lines if abs(line.y - head_y) >= 2][:4]
    words = [w.lower() for w in LETTERS.findall(" ".join(lines).replace(HYPHEN + " ", ""))]
    before = pages[number - 2].body() if number > 1 else []
    if before and before[-1].text.endswith(HYPHEN):
        words = words[1:]
    return words


@pytest.mark.parametrize("sample", ["stalin", "aluminium", "toronto", "stalin_large_print"])
def test_each_page_list_entry_lands_where_its_printed_page_begins(request, books, sample):
    built = request.getfixturevalue(sample)
    for pdf, book in ((built.pdf, built.epub), (built.teacher_pdf, built.teacher_epub)):
        if pdf is None:
            continue
        pages = books.pages(pdf)
        openings = set(opening_pages(pdf))
        head_y = Counter(round(p.lines[0].y) for p in pages[4:] if p.lines and p.number not in openings
                         ).most_common(1)[0][0]
        with zipfile.ZipFile(book) as archive:
            nav = etree.fromstring(archive.read("EPUB/nav.xhtml"))
            entries = nav.xpath("//x:nav[@e:type='page-list']//x:a", namespaces=XHTML)
            # Every page with text of the book's own, from the title page on (not the cover or the printed contents).
            assert len(entries) >= len(pages) * 0.85
            numbers = [int(a.text) for a in entries]
            assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
            wrong = []
            for entry in entries:
                file, fragment = entry.get("href").split("#")
                document = etree.fromstring(archive.read(f"EPUB/{file}"))
                mark = document.xpath(f"//*[@id='{fragment}']")[0]
                assert mark.get("{http://www.idpf.org/2007/ops}type") == "pagebreak" and not len(mark) and not mark.text
                # What the PDF does not draw as text: the drawing's words, a page reference's chapter label.
                following = " ".join(mark.xpath("following::text()[not(ancestor::*[local-name()='svg'] "
                                                 "or ancestor::*[@class='ref-label'])]"))
                # Letters, not words: the PDF's text runs of a line (a date, then its
                # event) come out without the space between them. The first 16
                # letters: further on, the PDF has text the EPUB has not ("p. 12"),
                # and a quiz's options in two columns read across.
                pdf_letters = "".join(_first_words(pages, int(entry.text), head_y))[:16]
                epub_letters = "".join(w.lower() for w in LETTERS.findall(following))[:len(pdf_letters)]
                if len(pdf_letters) < 4 or epub_letters != pdf_letters:
                    wrong.append((entry.text, epub_letters, pdf_letters))
            assert not wrong, f"{book.name}: {wrong[:5]}"
        # The attribution page says which printed pages these are.
        with zipfile.ZipFile(book) as archive:
            about = archive.read("EPUB/text/about.xhtml").decode()
        assert "A4" in about or "A5" in about


# ------------------------------------------------------------------ the EPUB's accessibility

ROLES = {"chapter": "doc-chapter", "appendix": "doc-appendix", "glossary": "doc-glossary", "colophon": "doc-colophon",
         "part": "doc-part", "toc": "doc-toc", "page-list": "doc-pagelist", "pagebreak": "doc-pagebreak"}


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_every_epub_type_has_its_aria_role_and_the_claim_is_made(request, sample):
    built = request.getfixturevalue(sample)
    for book in (built.epub, built.teacher_epub):
        with zipfile.ZipFile(book) as archive:
            checked = Counter()
            for name in archive.namelist():
                if not name.endswith(".xhtml"):
                    continue
                for element in etree.fromstring(archive.read(name)).xpath("//*[@e:type]", namespaces=XHTML):
                    kind = element.get("{http://www.idpf.org/2007/ops}type")
                    if kind in ROLES and element.tag != "{http://www.w3.org/1999/xhtml}a":
                        assert element.get("role") == ROLES[kind], (name, kind)
                        checked[kind] += 1
            assert {"chapter", "appendix", "glossary", "colophon", "pagebreak", "page-list"} <= set(checked)
            opf = archive.read("EPUB/content.opf").decode()
        assert ">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>" in opf
        assert 'property="pageBreakSource"' in opf and ">pageNavigation<" in opf
