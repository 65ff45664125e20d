"""The tagged PDF's list of page references is built once while a PDF is
written (render.pdf.compat.page_references_once): the same bytes as
pydyf's own, the list following the pages added, pydyf as it was
afterwards, and nothing changed when the check fails."""

from __future__ import annotations

import pydyf
import pytest

from pack.render.pdf import compat, document
from pack.render.urlguard import stylesheet_urls
from pack.theme import load_theme

TEXT = ("Pada tahun 1928 pemerintah melancarkan rencana lima tahun pertama, yang mengutamakan "
        "industri berat dan kolektivisasi pertanian di seluruh wilayah negara.")


def _laid_out(pages: int):
    """A tagged book of `pages` pages, each a heading, a paragraph and a link back to the first."""
    links = "".join(f'<link rel="stylesheet" href="{url}"/>' for url in stylesheet_urls(["styles/fonts.css"]))
    body = "".join(f'<section style="break-before: page"><h2 id="h{n}">Bab {n}</h2><p>{TEXT} '
                   f'<a href="#h0">kembali</a></p><ul><li>{TEXT}</li></ul></section>' for n in range(pages))
    html = f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"/><title>Uji</title>{links}</head>' \
           f'<body>{body}</body></html>'
    warnings: list[str] = []
    laid_out = document.lay_out(html, load_theme("classroom"), warnings)
    assert not warnings and len(laid_out.pages) == pages
    return laid_out


def test_same_bytes_as_pydyfs_own_and_read_once_per_page_count(monkeypatch):
    laid_out = _laid_out(4)
    builds = []
    original = pydyf.PDF.__dict__["page_references"]

    def counted(pdf):
        builds.append(len(pdf.pages["Kids"]) // 3)
        return original.fget(pdf)

    monkeypatch.setattr(pydyf.PDF, "page_references", property(counted))
    plain = _plain_write(laid_out, monkeypatch)
    reads = len(builds)
    assert compat.references_cacheable()
    builds.clear()
    assert document.finish_pdf(laid_out, []) == plain
    assert reads > 20                                # a structure element reads it each
    assert builds == [4]                             # built once, for the 4 pages
    assert pydyf.PDF.__dict__["page_references"].fget is counted     # pydyf as it was afterwards


def _plain_write(laid_out, monkeypatch) -> bytes:
    """The PDF as pydyf writes it, the check made to fail."""
    with monkeypatch.context() as patch:
        patch.setattr(compat, "references_cacheable", lambda: False)
        return document.finish_pdf(laid_out, [])


def test_the_kept_list_follows_the_pages_added():
    pdf = pydyf.PDF()
    with compat.page_references_once():
        for count in range(1, 5):
            pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
            pdf.add_object(pydyf.Dictionary({"Type": "/StructElem"}))     # objects between pages
            assert pdf.page_references == tuple(f"{n} 0 R".encode() for n in pdf.pages["Kids"][::3])
            assert len(pdf.page_references) == count
            assert pdf.page_references is pdf.page_references        # kept, not built again
    assert isinstance(pydyf.PDF.__dict__["page_references"].fget(pdf), tuple)


def test_nothing_changes_when_pydyf_is_not_what_the_check_expects(monkeypatch):
    monkeypatch.setattr(pydyf.PDF, "page_references", "not a property")
    compat.references_cacheable.cache_clear()
    try:
        assert not compat.references_cacheable()
        with compat.page_references_once():
            assert pydyf.PDF.page_references == "not a property"
    finally:
        compat.references_cacheable.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_check():
    compat.references_cacheable.cache_clear()
    yield
    compat.references_cacheable.cache_clear()


def test_a_write_within_a_write_leaves_pydyf_as_it_was():
    original = pydyf.PDF.__dict__["page_references"]
    with compat.page_references_once():
        kept = pydyf.PDF.__dict__["page_references"]
        assert kept is not original
        with compat.page_references_once():
            assert pydyf.PDF.__dict__["page_references"] is kept
        assert pydyf.PDF.__dict__["page_references"] is kept
    assert pydyf.PDF.__dict__["page_references"] is original
