"""Render stage, the PDF in parts: join the parts' PDFs into the book's PDF.

Inputs: each part's PDF (from render.parts), whether a blank page goes
before it, and the links that leave it (to a chapter or an appendix in
another part). Outputs: one PDF — pages in order, the parts' bookmarks
one after the other, every named destination, the links between parts,
and the first part's metadata, language and file identifier (so builds
stay reproducible).

WeasyPrint links within a document by named destination (`/Dest (id)`)
and pypdf keeps the names when it appends a document, so a link that
crosses parts is written the same way and lands like any other.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

# What the reader needs from the catalog besides pages, outlines and names.
_CATALOG_KEYS = ("/Lang", "/PageMode", "/PageLayout", "/ViewerPreferences", "/MarkInfo")


@dataclass
class LaidOutPart:
    data: bytes                       # the part's PDF
    blank_before: bool = False        # a blank left-hand page goes before it
    # (page index in the part, target id, rectangle in PDF points) of links to other parts
    links: list[tuple[int, str, tuple[float, float, float, float]]] = field(default_factory=list)


def stitch(parts: list[LaidOutPart]) -> bytes:
    writer = PdfWriter()
    first = PdfReader(io.BytesIO(parts[0].data))
    for part in parts:
        reader = first if part is parts[0] else PdfReader(io.BytesIO(part.data))
        if part.blank_before:
            box = writer.pages[-1].mediabox
            writer.add_blank_page(box.width, box.height)
        start = len(writer.pages)
        writer.append(reader, import_outline=True)
        for index, target, rect in part.links:
            _add_link(writer, writer.pages[start + index], target, rect)
    _carry_over(first, writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_link(writer: PdfWriter, page, target: str, rect) -> None:
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject(FloatObject(round(v, 3)) for v in rect),
        NameObject("/BS"): DictionaryObject({NameObject("/W"): NumberObject(0)}),
        NameObject("/Dest"): TextStringObject(target),
    })
    if "/Annots" not in page:
        page[NameObject("/Annots")] = ArrayObject()
    page["/Annots"].append(writer._add_object(annotation))


def _carry_over(first: PdfReader, writer: PdfWriter) -> None:
    if first.metadata:
        writer.add_metadata(dict(first.metadata))
    catalog = first.trailer["/Root"]
    for key in _CATALOG_KEYS:
        if key in catalog:
            writer._root_object[NameObject(key)] = catalog[key].clone(writer)
    writer._ID = first.trailer.get("/ID") or writer._ID
