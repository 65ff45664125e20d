"""Page numbers without target-counter: placeholders filled after layout
(render.pdf.pagerefs), and how a book divides into parts (render.pdf.parts;
the whole books are compared in test_pdf_path)."""

from __future__ import annotations

import io
import re

import pytest
import weasyprint
from pypdf import PdfReader

from coursekit import ARTICLE_ID, fake_extract, write
from pack.assemble import assemble
from pack.build import read_articles
from pack.config import Settings
from pack.render.html import render_epub_pages, render_pdf_html
from pack.render.pdf import compat, pagerefs
from pack.theme import load_theme
from pack.messages import PartLayout
from pack.render.pdf.parts import number_book, split_pages
from pack.model import Page


STYLE = """<style>
@page { size: 120mm 80mm; margin: 10mm; @bottom-center { content: "p. " counter(page) " / " counter(pages); } }
body { font: 10pt "Charis SIL", serif; } .pn { font-variant-numeric: tabular-nums; white-space: nowrap; }
</style>"""


def _text_boxes(document):
    found = []
    for page in document.pages:
        for box, _ in compat.walk_text(compat.page_box(page), None):
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


def test_the_links_close_up_with_their_numbers():
    # "→ 7, 9": each link's area is where its number is drawn, not where
    # its wider placeholder was ("000, 000"), or a click on 9 would land on 7's page.
    html = STYLE + ('<p id="a">A.</p><p id="b">B.</p><p>See <a href="#a"><span class="pn" data-target="a">000</span></a>, '
                    '<a href="#b"><span class="pn" data-target="b">000</span></a> and more.</p>')
    document = weasyprint.HTML(string=html).render()
    pagerefs.fill(document, {"a": 7, "b": 9})
    numbers = {b.text: b for b in _text_boxes(document) if b.text in ("7", "9")}
    for target, number in (("a", "7"), ("b", "9")):
        box = numbers[number]
        for kind, link_target, (x1, _, x2, _), _ in document.pages[0].links:
            if link_target == target:
                assert (x1, x2) == pytest.approx((box.position_x, box.position_x + box.width)), target


def test_a_link_that_is_its_own_placeholder_takes_its_number_and_closes_up():
    # The appendices' page reference is one element, `<a class="pageref pn">`,
    # its label ("p. ") a ::before inside it: the number is written into the
    # link, and the link's area runs from its label to its number's end.
    html = STYLE + ('<style>a.pn::before { content: attr(data-label) "\\a0"; }</style><p id="a">A.</p><p id="b">B.</p>'
                    '<p>See <a class="pageref pn" href="#a" data-target="a" data-label="p.">000</a>, '
                    '<a class="pageref pn" href="#b" data-target="b" data-label="p.">000</a> and more.</p>')
    document = weasyprint.HTML(string=html).render()
    assert pagerefs.fill(document, {"a": 7, "b": 9}) == []
    boxes = _text_boxes(document)
    numbers = {b.text: b for b in boxes if b.text in ("7", "9")}
    labels = [b for b in boxes if b.text == "p.\xa0"]
    assert set(numbers) == {"7", "9"} and len(labels) == 2
    for (target, number), label in zip((("a", "7"), ("b", "9")), labels):
        areas = {(x1, x2) for kind, link_target, (x1, _, x2, _), _ in document.pages[0].links if link_target == target}
        box = numbers[number]
        assert max(areas, key=lambda a: a[1] - a[0]) == pytest.approx((label.position_x, box.position_x + box.width))
    assert "See p.\xa07, p.\xa09 and more." in PdfReader(io.BytesIO(document.write_pdf())).pages[0].extract_text()


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


@pytest.mark.parametrize("html", [
    '<a href="#x"><span class="pn" data-target="x" data-label="p.">000</span></a>',
    '<a class="pageref pn" href="#x" data-target="x" data-label="p.">000</a>',
    '<span class="pn" data-target="x" data-align="end">000</span>'])
def test_the_html_gets_the_numbers_written_in(html):
    assert pagerefs.fill_html(html, {"x": 9}) == html.replace(">000<", ">9<")


def test_the_first_id_wins_like_target_counter():
    numbers = number_book([PartLayout(3, {"x": 2}), PartLayout(3, {"x": 1}, content_start=1)]).numbers
    assert numbers["x"] == 3


def test_a_book_divides_where_its_appendices_begin():
    page = lambda kind: Page(kind, kind, kind, f"{kind}.xhtml")
    chapters = [page("cover"), page("toc"), page("chapter")]
    appendices = [page("glossary"), page("timeline")]
    assert split_pages(chapters + appendices) == [chapters, appendices]
    assert split_pages(chapters) == [chapters]
    assert split_pages(appendices) == [appendices]


def test_a_printed_page_reference_is_its_number_alone(tmp_path):
    """The PDF's link is its number, one element (print.css would hide the
    chapter label, but WeasyPrint would still parse, style and box it, and a
    span inside the link); the EPUB's, without page numbers, keeps the
    chapter's label."""
    settings = Settings()
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], settings)
    book = assemble(articles, fake_extract(articles, settings), settings, "student", "2026-12-06")
    theme = load_theme("classroom")
    printed = re.findall(r'<a class="pageref[ "][^>]*>.*?</a>', render_pdf_html(book, theme))
    assert printed and all(re.fullmatch(r'<a class="pageref pn" href="#([^"]+)" data-target="\1" [^>]*>0+</a>', a)
                           for a in printed), printed[:3]
    epub = "".join(page.html for page in render_epub_pages(book, theme))
    assert epub.count('<span class="ref-label">') == len(printed)
