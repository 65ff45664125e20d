"""The booklet: saddle-stitch order, page placement, sheet size, the file."""

from __future__ import annotations

import io

import pytest
import weasyprint
from click.testing import CliRunner
from hypothesis import given, strategies as st
from pypdf import PdfReader

from coursekit import fast, make_course  # noqa: F401
from pack.cli import main
from pack.render.booklet import STAPLE_LIMIT, impose, saddle_order, too_thick


def numbered_pdf(count: int, paper: str = "A5") -> bytes:
    """`count` pages, page k showing the text PAGE-k."""
    pages = "".join(f'<div style="break-after: page">PAGE-{k}</div>' for k in range(1, count + 1))
    return weasyprint.HTML(string=f"<style>@page {{ size: {paper}; }}</style>{pages}").write_pdf()


def sides(pdf: bytes) -> list[tuple[str, str]]:
    """(left half's text, right half's text) of every side, read back by position."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        middle = float(page.mediabox.width) / 2
        halves = {"left": "", "right": ""}

        def visit(text, cm, tm, font, size):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                halves["left" if x < middle else "right"] += text.strip()
        page.extract_text(visitor_text=visit)
        out.append((halves["left"], halves["right"]))
    return out


def test_saddle_stitch_order_of_eight_pages():
    assert saddle_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


@given(st.integers(min_value=1, max_value=200))
def test_every_page_once_on_sheets_that_fold(count):
    order = saddle_order(count)
    total = len(order) * 2
    assert total % 4 == 0 and total - 4 < max(count, 1) <= total
    assert sorted(n for side in order for n in side) == list(range(1, total + 1))
    # Facing halves of a side always add up to total + 1 (they share the fold).
    assert all(left + right == total + 1 for left, right in order)


def test_a5_pages_two_up_on_a4_landscape_in_order():
    booklet = impose(numbered_pdf(7))
    assert sides(booklet) == [("", "PAGE-1"), ("PAGE-2", "PAGE-7"),
                              ("PAGE-6", "PAGE-3"), ("PAGE-4", "PAGE-5")]
    first = PdfReader(io.BytesIO(booklet)).pages[0].mediabox
    assert (round(float(first.width), 1), round(float(first.height), 1)) == (841.9, 595.3)


def test_pages_are_padded_with_blanks_to_a_multiple_of_four():
    assert sides(impose(numbered_pdf(6))) == [("", "PAGE-1"), ("PAGE-2", ""),
                                              ("PAGE-6", "PAGE-3"), ("PAGE-4", "PAGE-5")]


def test_the_back_cover_is_blank_even_when_the_pages_fill_the_sheets():
    first_side = sides(impose(numbered_pdf(8)))[0]
    assert first_side == ("", "PAGE-1")


def test_a_booklet_too_thick_to_staple_is_named():
    assert too_thick(numbered_pdf(20)) is None
    assert "cannot be folded and stapled" in too_thick(numbered_pdf(STAPLE_LIMIT))


def test_a4_pages_go_on_a3_sheets():
    box = PdfReader(io.BytesIO(impose(numbered_pdf(2, "A4")))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_the_same_pdf_gives_the_same_booklet_bytes():
    pdf = numbered_pdf(5)
    assert impose(pdf) == impose(pdf)


def test_a_course_with_booklet_writes_the_extra_file(tmp_path, fast):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[look]\npaper = "A5"\n'
                         'booklet = true\n[output]\nformats = ["pdf"]\n[appendices]\ninclude = []\n')
    result = CliRunner().invoke(main, ["build", str(course), "-q"])
    assert result.exit_code == 0, result.output
    folder = course / "output" / "a"
    pages = len(PdfReader(folder / "a.pdf").pages)
    sheets = PdfReader(folder / "a-booklet.pdf").pages
    assert len(sheets) == -(-(pages + 1) // 4) * 2      # and a blank back cover


def test_a_booklet_needs_the_pdf(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n')
    result = CliRunner().invoke(main, ["build", str(course), "--booklet"])
    assert result.exit_code == 4
    assert "booklet: a booklet is made from the PDF, but the PDF is not built" in result.output


@pytest.mark.parametrize("count", [1, 3, 4, 5])
def test_small_counts(count):
    assert len(PdfReader(io.BytesIO(impose(numbered_pdf(count)))).pages) == 2 * -(-(count + 1) // 4)
