"""render.pdf.galley: a few paragraphs laid out alone break their lines
exactly as they do in the whole document (render.hyphenruns relies on it)."""

from __future__ import annotations

import weasyprint

from pack.render.pdf import compat
from pack.render.pdf.galley import only

WORDS = ("Pemerintahan Stalin menjalankan kebijakan pengasingan dan kolektivisasi "
         "pertanian yang menewaskan jutaan orang di seluruh wilayah Uni Soviet. ")
STYLE = ("@page { size: 90mm 60mm; margin: 8mm } p { text-align: justify; margin: 0 } "
         "p + p { text-indent: 2em } .note p { margin-left: 1.5em; font-size: 0.9em } "
         ".box { padding: 0 1em } p[id]::before { content: counter(x); counter-increment: x; "
         "display: inline-block; width: 1.5em }")


def _html() -> str:
    paragraphs = [f'<p id="p{i}">{WORDS * (1 + i % 3)}</p>' for i in range(8)]
    return (f"<html><head><style>{STYLE}</style></head><body><h1>Bab</h1>"
            f"<section id=\"s1\">{''.join(paragraphs[:4])}</section>"
            f"<div class=\"box\"><div class=\"note\">{''.join(paragraphs[4:])}</div><img/><br/></div>"
            "</body></html>")


def _lines(html: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for page in weasyprint.HTML(string=html).render().pages:
        for owner, leaves in compat.lines(page):
            # The paragraph's number (a counter) is not part of its text.
            found.setdefault(owner, []).append("".join(leaf.text for leaf in leaves).lstrip("0123456789"))
    return found


def test_kept_paragraphs_break_as_in_the_whole_document():
    html = _html()
    whole = _lines(html)
    kept = {"p2", "p3", "p5"}          # p3 after a hidden p (p + p), p5 inside two styled boxes
    alone = _lines(only(html, kept))
    assert set(alone) == kept
    for owner in kept:
        assert alone[owner] == whole[owner] and len(whole[owner]) > 2


def test_hidden_elements_are_left_empty():
    galley = only(_html(), {"p6"})
    assert galley.count("Pemerintahan") == 1                     # p6 holds the sentence once
    assert '<h1 style="display: none !important"></h1>' in galley
    assert '<section style="display: none !important" id="s1"></section>' in galley
