"""The PDF edition, checked as a reader meets it (pypdf): outline, contents
page numbers, metadata, fonts, and every paragraph of the article."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from conftest import SAMPLES, pdf_page_texts, straight_quotes
from pack.read import read_article

APPENDIX_TITLES = {"id": ["Glosarium", "Daftar Tokoh", "Linimasa", "Pertanyaan Diskusi", "Kuis"],
                   "en": ["Glossary", "Who's who", "Timeline", "Discussion questions", "Quiz"]}


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page number) for every bookmark."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))
    walk(reader.outline, 0)
    return found


def flat(text: str) -> str:
    """Text without white space and without the renderer's hyphenation breaks."""
    return re.sub(r"\s+", "", straight_quotes(text.replace("\u2010\n", "").replace("\u00ad", "")))


@pytest.mark.parametrize("sample, source", [("stalin", "id-stalin.txt"),
                                            ("aluminium", "en-history-of-aluminium.txt"),
                                            ("toronto", "en-toronto.txt"),
                                            ("stalin_ereader", "id-stalin.txt"),
                                            ("stalin_large_print", "id-stalin.txt")])
def test_outline_is_chapters_then_appendices(request, sample, source):
    built = request.getfixturevalue(sample)
    article = read_article(SAMPLES / source)
    marks = outline(PdfReader(built.pdf))
    top = [straight_quotes(title) for depth, title, _ in marks if depth == 0]
    chapters = [c.title for c in article.chapters]
    assert top[: len(chapters)] == chapters
    assert all(t in APPENDIX_TITLES[article.lang] for t in top[len(chapters):])
    assert top[len(chapters)] == APPENDIX_TITLES[article.lang][0]
    sections = [title for depth, title, _ in marks if depth == 1]
    assert sections[:2] == [s.title for s in article.chapters[1].sections][:2] or not article.chapters[1].sections


def test_stalin_contents_list_introduction_and_eight_chapters(stalin):
    reader = PdfReader(stalin.pdf)
    top = [title for depth, title, _ in outline(reader) if depth == 0]
    assert top[:9] == ["Pendahuluan", "Riwayat awal", "Dalam pemerintahan Lenin", "Menuju tampuk kekuasaan",
                       "Perang Dunia II", "Era pasca-perang", "Ideologi politik",
                       "Karakteristik dan kehidupan pribadi", "Peninggalan sejarah"]
    assert not {"Catatan", "Referensi", "Pranala luar"} & set(top)


@pytest.mark.parametrize("sample", ["stalin", "aluminium", "toronto", "stalin_ereader", "stalin_large_print"])
def test_contents_page_numbers_are_where_chapters_start(request, sample):
    pdf = request.getfixturevalue(sample).pdf
    reader, texts = PdfReader(pdf), pdf_page_texts(pdf)
    starts = {title: page for depth, title, page in outline(reader) if depth == 0}
    first = next(i for i, t in enumerate(texts) if t.startswith(("Daftar Isi", "Contents")))
    toc_pages = texts[first: min(starts.values()) - 1]       # it may run over several pages
    printed = {}
    for line in "\n".join(toc_pages).split("\n"):
        match = re.match(r"^(?:\d+\. )?(.+?) ?\.{3,}\s*(\d+)$", line.strip())
        if match:
            printed.setdefault(match.group(1).strip(), int(match.group(2)))
    checked = 0
    for title, page in starts.items():
        assert printed.get(title) == page, f"{title}: contents say {printed.get(title)}, starts on {page}"
        # The heading really is on that page, and the page prints that number.
        assert flat(title) in flat(texts[page - 1])
        assert texts[page - 1].strip().split("\n")[-1] == str(page)
        checked += 1
    assert checked >= 9 if sample == "stalin" else checked >= 5


@pytest.mark.parametrize("sample, source", [("stalin", "id-stalin.txt"),
                                            ("aluminium", "en-history-of-aluminium.txt"),
                                            ("toronto", "en-toronto.txt")])
def test_every_paragraph_is_in_the_pdf(request, sample, source):
    pdf = request.getfixturevalue(sample).pdf
    article = read_article(SAMPLES / source)
    heads = {article.title} | {c.title for c in article.chapters}
    kept = []
    for text in pdf_page_texts(pdf):
        # Running heads and page numbers interrupt paragraphs that cross pages.
        kept += [line for line in text.split("\n") if line.strip() not in heads and not line.strip().isdigit()]
    everything = flat("\n".join(kept))
    missing = [p.id for _, p in article.paragraphs() if flat(p.text) not in everything]
    assert not missing


@pytest.mark.parametrize("sample", ["stalin", "stalin_ereader", "stalin_large_print"])
def test_metadata_language_and_fonts(request, sample):
    built = request.getfixturevalue(sample)
    reader = PdfReader(built.teacher_pdf if sample != "stalin" else built.pdf)
    info = reader.metadata
    assert info["/Title"] == "Josef Stalin"
    assert info["/Subject"] == "Paket bahan ajar: Josef Stalin"
    assert info["/Author"] == "Kontributor Wikipedia"
    assert reader.trailer["/Root"]["/Lang"] == "id"
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = (font.get("/DescendantFonts") or [font])[0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor.get_object()
                                                      for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[font["/BaseFont"]] = embedded
    assert fonts and all(fonts.values()), fonts
    body = "Andika" if sample == "stalin_large_print" else "Charis"
    assert any(body in name for name in fonts)


def test_english_labels(aluminium):
    texts = pdf_page_texts(aluminium.pdf)
    assert texts[4].startswith("Contents")         # a right-hand page: cover, blank, title, attribution
    assert "Chapter 1" in "".join(texts) or "CHAPTER 1" in "".join(texts)
    assert "Daftar" not in texts[4]


def test_running_heads_name_the_book_and_the_chapter(stalin):
    reader = PdfReader(stalin.pdf)
    starts = [(title, page) for depth, title, page in outline(reader) if depth == 0]
    (title, first), (_, after) = starts[1], starts[2]     # "Riwayat awal": pages 7-13
    heads = {}
    for number in range(first, after):
        lines = pdf_page_texts(stalin.pdf)[number - 1].strip().split("\n")
        heads[number] = lines[-2] if len(lines) > 1 else ""
    assert title not in heads[first].split("\n")          # no running head on the opening page
    right = [heads[n] for n in heads if n % 2 == 1 and n != first]
    left = [heads[n] for n in heads if n % 2 == 0 and n != first]
    assert right and all(h == title for h in right), heads
    assert left and all(h == "Josef Stalin" for h in left), heads
