"""The PDF's line breaks: text that ends in a space before an inline tag
(render.pdf.compat.trailing_space_hangs, issue 18's loose lines)."""

from __future__ import annotations

import weasyprint
from weasyprint.layout import inline

from conftest import ROOT
from pack.render.hyphenate import SOFT_HYPHEN as SH
from pack.render.pdf import compat

# en-industrial-revolution's own words, with the soft hyphens render.hyphenate
# puts in, at the book's measure (A4) in its stylesheets. The text before the
# term's link ends in a space; it fits on the line without that space, not
# with it, and WeasyPrint 70 falls back to the last soft hyphen: "Revolution,
# based on innova-", spread over the whole line.
BEFORE_TERM = f"Revolution, based on inno{SH}va{SH}tions by Sir Clement Clerke and others from 1678, using coal "
TERM = f'<a class="term" href="#p">rever{SH}ber{SH}a{SH}tory fur{SH}naces</a> known as cupo{SH}las.'


def _lines(body: str) -> list[str]:
    sheets = "".join(f'<link rel="stylesheet" href="{(ROOT / "styles" / name).as_uri()}"/>'
                     for name in ("fonts.css", "base.css", "print.css"))
    html = (f'<html lang="en"><head>{sheets}</head><body>'
            f'<p id="p" style="width: 559.4px">{body}</p></body></html>')
    pages = weasyprint.HTML(string=html).render().pages
    return ["".join(leaf.text for leaf in leaves).replace(SH, "") for _, leaves in compat.lines(pages[0])]


def test_text_before_a_tag_is_measured_without_its_last_space():
    assert _lines(BEFORE_TERM + TERM)[0] == "Revolution, based on innova\u2010"     # WeasyPrint's own
    with compat.trailing_space_hangs():
        lines = _lines(BEFORE_TERM + TERM)
    assert lines == ["Revolution, based on innovations by Sir Clement Clerke and others from 1678, using coal",
                     "reverberatory furnaces known as cupolas."]


def test_other_lines_break_as_weasyprint_breaks_them():
    plain = BEFORE_TERM + "reverberatory furnaces known as cupolas, " * 3
    with compat.trailing_space_hangs():
        mended = _lines(plain)
    assert mended == _lines(plain)
    assert inline.split_first_line is not None and not getattr(inline.split_first_line, compat._HANGING, False)


def test_a_splitter_not_as_expected_is_left_alone(monkeypatch):
    """When WeasyPrint's splitter is not the one expected, lines break as
    WeasyPrint breaks them (the loose line is back, nothing fails)."""
    monkeypatch.setattr(compat, "_SPLITTER", ["text", "style"])
    compat.splitter_wrappable.cache_clear()
    try:
        original = inline.split_first_line
        with compat.trailing_space_hangs():
            assert inline.split_first_line is original
            assert _lines(BEFORE_TERM + TERM)[0] == "Revolution, based on innova\u2010"
    finally:
        compat.splitter_wrappable.cache_clear()
