"""Page numbers without target-counter: placeholders filled after layout
(render.pagerefs), and a book laid out in two parts on two cores
(render.parts, render.stitch) that reads exactly like the one-document book."""

from __future__ import annotations

import io

import pytest
import weasyprint
from pypdf import PdfReader

from pack.render.pdf import pagerefs
from pack.render.pdf.parts import PartLayout, number_book, split_pages
from pack.model import Page

from conftest import SAMPLES, run_build

STYLE = """<style>
@page { size: 120mm 80mm; margin: 10mm; @bottom-center { content: "p. " counter(page) " / " counter(pages); } }
body { font: 10pt "Charis SIL", serif; } .pn { font-variant-numeric: tabular-nums; white-space: nowrap; }
</style>"""


def _text_boxes(document):
    found = []
    for page in document.pages:
        for box, _ in pagerefs._walk_text(page._page_box, None):
            found.append(box)
    return found


def test_a_shorter_number_closes_up_the_line():
    html = STYLE + '<p id="a">Anchor.</p><p>See <span class="pn" data-target="a">000</span> and then more.</p>'
    document = weasyprint.HTML(string=html).render()
    after = next(b for b in _text_boxes(document) if b.text.startswith(" and"))
    placeholder = next(b for b in _text_boxes(document) if b.text == "000")
    x_before, wide = after.position_x, placeholder.width
    missing = pagerefs.fill(document, {"a": 7})
    assert missing == []
    assert placeholder.text == "7"
    assert after.position_x == pytest.approx(x_before - (wide - placeholder.width))
    assert after.position_x == pytest.approx(placeholder.position_x + placeholder.width)
    pdf = document.write_pdf()
    assert "See 7 and then more." in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_number_at_the_end_of_a_contents_line_keeps_its_right_edge():
    html = STYLE + ('<p id="a">Anchor.</p><p style="text-align: right">Chapter '
                    '<span class="pn" data-target="a" data-align="end">000</span></p>')
    document = weasyprint.HTML(string=html).render()
    placeholder = next(b for b in _text_boxes(document) if b.text == "000")
    right = placeholder.position_x + placeholder.width
    pagerefs.fill(document, {"a": 12})
    assert placeholder.text == "12"
    assert placeholder.position_x + placeholder.width == pytest.approx(right)


def test_an_unknown_target_is_reported_not_invented():
    document = weasyprint.HTML(string=STYLE + '<p><span class="pn" data-target="nowhere">000</span></p>').render()
    assert pagerefs.fill(document, {}) == ["nowhere"]


def test_a_part_takes_the_page_numbers_of_its_place_in_the_book():
    html = STYLE + "<p>one</p><p style='break-before: page'>two</p>"
    document = weasyprint.HTML(string=html).render()
    pagerefs.renumber_pages(document, first_page=41, total=80)
    reader = PdfReader(io.BytesIO(document.write_pdf()))
    assert "p. 41 / 80" in reader.pages[0].extract_text()
    assert "p. 42 / 80" in reader.pages[1].extract_text()


def test_the_html_gets_the_numbers_written_in():
    html = '<a href="#x"><span class="pn" data-target="x" data-label="p.">000</span></a>'
    assert pagerefs.fill_html(html, {"x": 9}) == html.replace(">000<", ">9<")


def test_parts_after_the_first_begin_on_a_right_hand_page():
    even = number_book([PartLayout(54, {"ch1": 4}), PartLayout(26, {"glossary": 0, "g-u1": 3})])
    assert even.first_pages == [1, 55] and even.blank_before == [False, False] and even.total == 80
    assert even.numbers == {"ch1": 5, "glossary": 55, "g-u1": 58}
    odd = number_book([PartLayout(55, {}), PartLayout(26, {"glossary": 0})])
    assert odd.first_pages == [1, 57] and odd.blank_before == [False, True] and odd.total == 82
    assert odd.numbers["glossary"] == 57


def test_the_first_id_wins_like_target_counter():
    numbers = number_book([PartLayout(3, {"x": 2}), PartLayout(2, {"x": 0})]).numbers
    assert numbers["x"] == 3


def test_a_book_divides_where_its_appendices_begin():
    page = lambda kind: Page(kind, kind, kind, f"{kind}.xhtml")
    chapters = [page("cover"), page("toc"), page("chapter")]
    appendices = [page("glossary"), page("timeline")]
    assert split_pages(chapters + appendices) == [chapters, appendices]
    assert split_pages(chapters) == [chapters]
    assert split_pages(appendices) == [appendices]


def _pdf_with_workers(folder, workers: str, monkeypatch) -> PdfReader:
    monkeypatch.setenv("TEACHPACK_WORKERS", workers)
    run_build(folder, str(SAMPLES / "en-history-of-aluminium.txt"), "--format", "pdf")
    return PdfReader(next(folder.rglob("*.pdf")))


def test_the_book_in_parts_reads_like_the_book_in_one_document(tmp_path, monkeypatch):
    """The same pages, words, numbers, bookmarks and working links."""
    one = _pdf_with_workers(tmp_path / "one", "1", monkeypatch)
    parts = _pdf_with_workers(tmp_path / "parts", "2", monkeypatch)
    assert len(parts.pages) == len(one.pages)
    for page_in_parts, page_in_one in zip(parts.pages, one.pages):
        assert page_in_parts.extract_text() == page_in_one.extract_text()
    assert _titles(parts.outline) == _titles(one.outline)
    assert parts.trailer["/Root"]["/Lang"] == one.trailer["/Root"]["/Lang"]
    assert parts.metadata.title == one.metadata.title
    destinations = parts.named_destinations
    links = [a.get_object()["/Dest"] for p in parts.pages for a in p.get("/Annots", [])
             if "/Dest" in a.get_object()]
    assert len(links) >= 100 and all(target in destinations for target in links)
    one_links = sum(1 for p in one.pages for a in p.get("/Annots", []) if "/Dest" in a.get_object())
    assert len(links) == one_links


def _titles(outline) -> list:
    return [_titles(item) if isinstance(item, list) else item.title for item in outline]
