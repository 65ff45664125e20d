"""The PDF's streams are compressed once, when the book's file is saved:
render.pdf.document.finish_pdf draws them uncompressed (WeasyPrint would
compress them at zlib's level 9, four times the cost of level 6), and
render.pdf.stitch compresses them (`compact` for one document, `stitch`
when it joins parts), deterministically."""

from __future__ import annotations

import io

import pikepdf
from pypdf import PdfReader

from pack.render.pdf import document
from pack.render.pdf.stitch import LaidOutPart, compact, stitch
from pack.render.urlguard import stylesheet_urls
from pack.theme import load_theme

# Made-up sentences shaped like the sample's chapters.
TEXT = ("Pada tahun 1928 pemerintah melancarkan rencana lima tahun pertama, yang mengutamakan "
        "industri berat dan kolektivisasi pertanian di seluruh wilayah negara.")


def _drawn(pages: int) -> bytes:
    links = "".join(f'<link rel="stylesheet" href="{url}"/>' for url in stylesheet_urls(["styles/fonts.css"]))
    body = "".join(f'<p id="p{n}" style="break-before: page">{TEXT}</p>' for n in range(pages))
    html = f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"/>{links}</head><body>{body}</body></html>'
    theme, warnings = load_theme("classroom"), []
    drawn = document.finish_pdf(document.lay_out(html, theme, warnings), warnings)
    assert not warnings
    return drawn


def _content_filters(data: bytes) -> list[object]:
    pdf = pikepdf.open(io.BytesIO(data))
    streams = []
    for page in pdf.pages:
        contents = page.obj.Contents
        streams += list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    return [stream.get("/Filter") for stream in streams]


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_drawn_uncompressed_then_compressed_once_by_compact():
    drawn = _drawn(3)
    assert set(_content_filters(drawn)) == {None}
    book = compact(drawn)
    assert set(_content_filters(book)) == {pikepdf.Name.FlateDecode}
    assert len(book) < len(drawn) / 2
    assert _text(book) == _text(drawn) and TEXT[:20] in _text(book)[0]
    assert compact(drawn) == book                       # reproducible builds


def test_stitched_parts_are_compressed():
    first, second = _drawn(2), _drawn(1)
    book = stitch([LaidOutPart(first), LaidOutPart(second)])
    assert len(PdfReader(io.BytesIO(book)).pages) == 3
    assert set(_content_filters(book)) == {pikepdf.Name.FlateDecode}
