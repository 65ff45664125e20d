"""The layouts of one PDF share one WeasyPrint font configuration
(render.pdf.document.lay_out): the `@font-face` fonts are fetched and
installed once per PDF, and never shared with another PDF."""

from __future__ import annotations

import io

import weasyprint
from pypdf import PdfReader

from pack.render.pdf import compat, document
from pack.render.urlguard import stylesheet_urls
from pack.theme import load_theme

PAGES = 12        # more than one digit: a PDF laid out with 1-digit placeholders is laid out again


def _html(digits: int) -> str:
    links = "".join(f'<link rel="stylesheet" href="{url}"/>' for url in stylesheet_urls(["styles/fonts.css"]))
    body = "".join(f'<p id="p{n}" style="break-before: page; font-family: \'Charis SIL\'">Page {n}, see '
                   f'<span class="pn" data-target="p1">{"0" * digits}</span>.</p>' for n in range(1, PAGES + 1))
    return f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>{links}</head><body>{body}</body></html>'


def test_one_pdf_installs_its_fonts_once_and_two_pdfs_never_share_them(monkeypatch):
    configurations: list[object] = []
    render = weasyprint.HTML.render

    def recording(self, *args, **kwargs):
        configurations.append(kwargs.get("font_config"))
        return render(self, *args, **kwargs)

    compat.usable()           # its probes' own tiny documents are laid out before the recording
    monkeypatch.setattr(weasyprint.HTML, "render", recording)
    theme, warnings = load_theme("classroom"), []
    first, _, _ = document.write_pdf(_html, 1, theme, warnings)
    laid_out_first = len(configurations)
    document.write_pdf(_html, 2, theme, warnings)
    assert laid_out_first >= 2                          # 1-digit placeholders: laid out again with 2
    assert len(set(map(id, configurations[:laid_out_first]))) == 1
    assert configurations[laid_out_first] is not configurations[0]
    assert None not in configurations
    fonts = {str(font.get_object().get("/BaseFont")) for page in PdfReader(io.BytesIO(first)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Charis" in name for name in fonts), fonts
    assert not warnings
