"""The PDF's SVG text drawn a run at a time, not a letter at a time
(render.pdf.compat.svg_text_by_run, issue 18's per-page cost): the same
words in the same places, fewer text objects; any other text, and any
WeasyPrint not as expected, drawn letter by letter as before."""

from __future__ import annotations

import subprocess

import weasyprint
from lxml import etree

from conftest import ROOT
from pack.render.pdf import compat

XHTML = "{http://www.w3.org/1999/xhtml}"

# As the timeline drawing writes its labels (render.timeline_svg): a title,
# labels set right to a line (`text-anchor="end"`, one `tspan` a line) and
# a legend; with pairs a font kerns ("AV", "To", "Te") and a ligature ("fi").
LABELS = """<svg xmlns="http://www.w3.org/2000/svg" width="150mm" height="40mm" viewBox="0 0 150 40"
  font-family="Inter, 'Noto Sans', 'DejaVu Sans', sans-serif">
<text x="1" y="6.2" font-family="'Charis SIL', serif" font-size="4.2" font-weight="bold">AVATAR Toronto</text>
<text y="14" font-size="2.1" text-anchor="end"><tspan x="60" dy="1.68">The first office (1878–1917)</tspan><tspan x="60" dy="2.62">Tea, coffee and waffles</tspan></text>
<text x="4.5" y="30" font-size="2.1">tanggal perkiraan (musim, dasawarsa, abad)</text>
<text x="4.5" y="36" font-size="2.1" rotate="10">spun</text>
</svg>"""


def _pdf(path, by_run: bool) -> None:
    sheets = "".join(f'<link rel="stylesheet" href="{(ROOT / "styles" / name).as_uri()}"/>'
                     for name in ("fonts.css", "base.css", "print.css"))
    document = weasyprint.HTML(string=f"<html><head>{sheets}</head><body>{LABELS}</body></html>").render()
    if by_run:
        with compat.svg_text_by_run():
            path.write_bytes(document.write_pdf())
    else:
        path.write_bytes(document.write_pdf())


def _words(path) -> list[tuple[str, tuple[float, ...]]]:
    """Every word and its box (poppler's `pdftotext -bbox`)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True))
    return [(word.text, tuple(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for word in root.iter(f"{XHTML}word")]


def _text_objects(monkeypatch) -> list[str]:
    """The text of every text object drawn from here on."""
    from weasyprint.draw import text
    drawn: list[str] = []
    original = text.draw_first_line

    def draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):
        drawn.append(textbox.text)
        return original(stream, textbox, text_overflow, block_ellipsis, matrix)
    monkeypatch.setattr(text, "draw_first_line", draw_first_line)
    return drawn


def test_svg_text_drawn_by_the_run_stands_where_its_letters_stood(tmp_path, monkeypatch):
    drawn = _text_objects(monkeypatch)
    _pdf(tmp_path / "letters.pdf", by_run=False)
    letters = len(drawn)
    _pdf(tmp_path / "runs.pdf", by_run=True)
    runs = drawn[letters:]
    # One text object for each label line; the rotated text's letters stay one by one.
    assert "Tea, coffee and waffles" in runs and "AVATAR Toronto" in runs
    assert "spun" not in runs and [text for text in runs if text in ("s", "p", "u", "n")] == list("spun")
    assert len(runs) < letters / 5
    before, after = _words(tmp_path / "letters.pdf"), _words(tmp_path / "runs.pdf")
    assert [word for word, _ in after] == [word for word, _ in before]
    # Kerning and ligatures off, as between letters laid out alone: each
    # word within a tenth of a point of where it was (Pango rounds each
    # lone letter's width to its units; a run's glyphs add up exactly).
    assert all(abs(a - b) < 0.1 for (_, old), (_, new) in zip(before, after) for a, b in zip(old, new))


def test_svg_text_by_run_is_undone_on_leaving():
    import weasyprint.svg as svg
    original = svg.text
    with compat.svg_text_by_run():
        assert svg.TAGS["tspan"] is svg.text is not original
    assert svg.TAGS["tspan"] is svg.text is original


def test_one_run_only_for_letters_placed_one_after_the_other():
    class Node(dict):
        pass
    assert compat._one_run(Node(x="29.0", dy="1.68"), "Riwayat awal (1878–1917)")
    assert not compat._one_run(Node(x="1 2 3"), "abc")              # a place for each letter
    assert not compat._one_run(Node(rotate="10"), "abc")            # each letter turned on its own
    assert not compat._one_run(Node({"letter-spacing": "1"}), "abc")
    assert not compat._one_run(Node(), "مرحبا")                     # a joining script
    assert not compat._one_run(Node(), "e\u0301te")                 # a combining mark
    assert not compat._one_run(Node(), "a")


def test_svg_text_not_as_expected_is_drawn_letter_by_letter(tmp_path, monkeypatch):
    """When WeasyPrint's SVG text function is not the one expected, every
    SVG text is drawn letter by letter, as WeasyPrint draws it."""
    drawn = _text_objects(monkeypatch)
    _pdf(tmp_path / "letters.pdf", by_run=False)
    letters = len(drawn)
    monkeypatch.setattr(compat, "_SVG_TEXT", ["svg", "node"])
    compat.svg_text_runnable.cache_clear()
    try:
        import weasyprint.svg as svg
        original = svg.text
        _pdf(tmp_path / "fallback.pdf", by_run=True)
        assert svg.text is original
    finally:
        compat.svg_text_runnable.cache_clear()
    assert len(drawn) - letters == letters
    assert _words(tmp_path / "fallback.pdf") == _words(tmp_path / "letters.pdf")
