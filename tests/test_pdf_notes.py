"""The styles of footnote and note pseudo-elements made only when an
element is a footnote or a note (render.pdf.compat.note_styles_when_needed,
issue 18's per-page cost): the same boxes with far fewer computed styles;
a footnote still gets its call and marker; any WeasyPrint not as
expected left alone."""

from __future__ import annotations

import weasyprint
from weasyprint import css

from conftest import ROOT
from pack.render.pdf import compat

SHEETS = "".join(f'<link rel="stylesheet" href="{(ROOT / "styles" / name).as_uri()}"/>'
                 for name in ("fonts.css", "base.css", "print.css"))
BOOK = (f'<html lang="en"><head>{SHEETS}</head><body><section class="chapter">'
        '<h2 id="c1">One</h2><p id="p1">Text with <a class="term" href="#g">a term</a>.</p>'
        '<ol><li>first</li><li>second</li></ol></section>'
        '<dl id="g"><dt>term</dt><dd>what it means</dd></dl></body></html>')
FOOTNOTE = '<html><body><p>Text<span style="float: footnote">The note.</span> after.</p></body></html>'


def _laid_out(html: str, monkeypatch, lean: bool) -> tuple[list, int]:
    """The pages' text, line by line, and the count of computed styles made."""
    made: list[int] = []
    original = css.StyleFor.set_computed_styles

    def set_computed_styles(self, *args, **kwargs):
        made.append(1)
        return original(self, *args, **kwargs)
    monkeypatch.setattr(css.StyleFor, "set_computed_styles", set_computed_styles)
    if lean:
        with compat.note_styles_when_needed():
            pages = weasyprint.HTML(string=html).render().pages
    else:
        pages = weasyprint.HTML(string=html).render().pages
    lines = [["".join(leaf.text for leaf in leaves) for _, leaves in compat.lines(page)] for page in pages]
    return lines, len(made)


def test_no_note_styles_where_no_element_is_a_note(monkeypatch):
    plain, plain_made = _laid_out(BOOK, monkeypatch, lean=False)
    lean, lean_made = _laid_out(BOOK, monkeypatch, lean=True)
    assert lean == plain and "Text with a term." in plain[0]
    assert lean_made < plain_made / 2


def test_a_footnote_still_gets_its_call_and_marker(monkeypatch):
    plain, plain_made = _laid_out(FOOTNOTE, monkeypatch, lean=False)
    lean, lean_made = _laid_out(FOOTNOTE, monkeypatch, lean=True)
    assert lean == plain
    text = " ".join(line for page in lean for line in page)
    assert "Text1" in text and "1. The note." in text
    assert lean_made > plain_made            # made twice: first without, then with the whole sheet


def test_undone_on_leaving():
    original = css.StyleFor
    with compat.note_styles_when_needed():
        assert css.StyleFor is not original
    assert css.StyleFor is original


def test_a_cascade_not_as_expected_is_left_alone(monkeypatch):
    """When WeasyPrint's cascade is not the one expected, every element's
    note styles are made, as WeasyPrint makes them."""
    plain, plain_made = _laid_out(BOOK, monkeypatch, lean=False)
    monkeypatch.setattr(compat, "_STYLE_FOR", ["self", "html"])
    compat.notes_skippable.cache_clear()
    try:
        original = css.StyleFor
        with compat.note_styles_when_needed():
            assert css.StyleFor is original
        lean, lean_made = _laid_out(BOOK, monkeypatch, lean=True)
    finally:
        compat.notes_skippable.cache_clear()
    assert (lean, lean_made) == (plain, plain_made)


def test_the_lean_sheet_is_made_without_a_warning():
    """A build's layout reports WeasyPrint's warnings: the lean sheet,
    parsed in the first layout of a process, adds none (its counter
    styles are not defined twice)."""
    from pack.render.pdf import document
    from pack.theme import load_theme
    compat._lean_ua.cache_clear()
    warnings: list[str] = []
    document.lay_out(BOOK, load_theme("classroom"), warnings)
    assert warnings == []
