"""The PDF's line breaks: text that ends in a space before an inline tag
(render.pdf.compat.trailing_space_hangs, issue 18's loose lines); soft
hyphens that cannot end a line not laid out (hyphen_candidates_pruned)."""

from __future__ import annotations

from contextlib import contextmanager

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
    with _unexpected(monkeypatch, "_SPLITTER", compat.splitter_wrappable):
        original = inline.split_first_line
        with compat.trailing_space_hangs():
            assert inline.split_first_line is original
            assert _lines(BEFORE_TERM + TERM)[0] == "Revolution, based on innova\u2010"


@contextmanager
def _unexpected(monkeypatch, expected: str, check):
    """Inside: compat's `expected` parameter names are not WeasyPrint's, so
    `check` (run again) fails."""
    monkeypatch.setattr(compat, expected, ["text", "style"])
    check.cache_clear()
    try:
        yield
    finally:
        check.cache_clear()


# ----------------------------------------------------------------- soft hyphens tried
# (render.pdf.compat.hyphen_candidates_pruned, issue 18's per-page cost)

# Long words, their soft hyphens as render.hyphenate puts them: lines that
# Pango ends at a space have the soft hyphens of the words after them tried
# in vain (26 Pango layouts), and one line ends in a soft hyphen.
HYPHENATED = " ".join([f"Constan{SH}tin{SH}o{SH}ple{SH}ans", "of", f"manufac{SH}tur{SH}ing{SH}ly", f"revolu{SH}tion{SH}ar{SH}ies",
                       "and", f"industri{SH}al{SH}ists", "in", f"machine{SH}build{SH}ing", "the", "old", "town"] * 4)


def _counting(monkeypatch) -> list[int]:
    """Count the Pango layouts WeasyPrint makes from here on (a wrapper put
    on later wraps this counter: only the layouts really made are counted)."""
    from weasyprint.text import line_break
    made: list[int] = []
    original = line_break.create_layout

    def create_layout(text, style, context, max_width, justification_spacing):   # the same parameters
        made.append(1)
        return original(text, style, context, max_width, justification_spacing)
    monkeypatch.setattr(line_break, "create_layout", create_layout)
    return made


def test_soft_hyphens_that_cannot_end_the_line_are_not_laid_out(monkeypatch):
    made = _counting(monkeypatch)
    plain, plain_made = _lines(HYPHENATED), len(made)
    compat.candidates_prunable.cache_clear()        # checked with the counting wrapper in place
    with compat.hyphen_candidates_pruned():
        pruned = _lines(HYPHENATED)
    assert pruned == plain and any(line.endswith("\u2010") for line in plain)
    assert len(made) - plain_made < plain_made


def test_a_layout_maker_not_as_expected_is_left_alone(monkeypatch):
    """When WeasyPrint's layout maker is not the one expected, every soft
    hyphen is tried as WeasyPrint tries them (the same lines, as many layouts)."""
    from weasyprint.text import line_break
    made = _counting(monkeypatch)
    plain, plain_made = _lines(HYPHENATED), len(made)
    with _unexpected(monkeypatch, "_CREATE_LAYOUT", compat.candidates_prunable):
        original = line_break.create_layout
        with compat.hyphen_candidates_pruned():
            assert line_break.create_layout is original
            assert _lines(HYPHENATED) == plain
        assert len(made) - plain_made == plain_made
