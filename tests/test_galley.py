"""render.pdf.galley: a few paragraphs laid out alone break their lines
exactly as they do in the whole document (render.hyphenruns relies on it)."""

from __future__ import annotations

import re

import weasyprint

from pack.render import hyphenruns
from pack.render.hyphenate import hyphenate_html
from pack.render.pdf import compat
from pack.render.pdf.galley import HIDE, holding, only

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


# Paragraphs of growing width, with the book's own soft hyphens: several
# runs of hyphenated lines, and a round of corrections that makes new ones.
NARROW = ("@page { size: 80mm 120mm; margin: 5mm } "
          "p { text-align: justify; hyphens: manual; margin: 0 0 2mm; font-size: 11pt }")
TEXT = ("Pemerintahan Stalin menjalankan kebijakan pengasingan dan kolektivisasi pertanian yang "
        "menewaskan jutaan orang di seluruh wilayah Uni Soviet dan memperkenalkan perencanaan "
        "ekonomi terpusat serta industrialisasi besar-besaran yang mengubah masyarakat pedesaan. ")


def test_later_rounds_lay_out_only_what_the_round_before_changed():
    """render.hyphenruns._settle: each galley after the first keeps only the
    paragraphs the previous round changed, and the HTML it settles on is the
    one that laying out every changed paragraph in every round gives."""
    paragraphs = "".join(f'<p id="p{n}" style="width: {30 + n}mm">{TEXT * 2}</p>' for n in range(16))
    html = hyphenate_html(f'<html lang="id"><head><style>{NARROW}</style></head><body>{paragraphs}</body></html>',
                          "id", frozenset())
    lay_out = lambda h: weasyprint.HTML(string=h).render()        # noqa: E731
    words = hyphenruns.third_hyphens(lay_out(html))
    changed = {owner for owner, _ in words}
    html = hyphenruns.keep_whole(html, words)
    galleys: list[str] = []
    whole: list[tuple[str, str]] = []
    settled = hyphenruns._settle(html, changed, lambda h: galleys.append(h) or lay_out(h), whole)
    kept = [set(GALLEY_KEPT.findall(galley)) for galley in galleys]
    assert len(kept) == 2 and kept[0] == changed and kept[1] < changed and kept[1]
    # The same HTML as when every round lays out every paragraph changed so far.
    every, words = set(changed), []
    for _ in range(hyphenruns.ROUNDS - 1):
        found = hyphenruns.third_hyphens(lay_out(only(html, every)), every)
        if not found:
            break
        words += found
        html = hyphenruns.keep_whole(html, found)
        every.update(owner for owner, _ in found)
    assert settled == html and whole == words


GALLEY_KEPT = re.compile(r'<p id="(p\d+)"')


def test_holding_names_the_blocks_around_a_character():
    """An id on an inline tag (a term's link) is not its line's owner: the block around it is."""
    html = ("<html><head></head><body><p id=\"a\">x <a id=\"l\" href=\"#t\">ter\u00adm</a></p>"
            "<section id=\"s\"><p>wo\u00adrd</p><p id=\"c\">plain</p></section>"
            "<p>no id\u00ad</p><ul><li id=\"i\"><span id=\"n\">li\u00adst</span></li></ul></body></html>")
    assert holding(html, "\u00ad") == {"a", "s", "i"}


def _narrow_book() -> str:
    paragraphs = "".join(f'<p id="p{n}" style="width: {30 + n}mm">{TEXT * 2}</p>' for n in range(16))
    return hyphenate_html(f'<html lang="id"><head><style>{NARROW}</style></head><body><h1>Bab</h1>'
                          f'{paragraphs}</body></html>', "id", frozenset())


def test_the_book_is_laid_out_once_and_mended_as_its_own_lines_say():
    """render.hyphenruns mends the runs on a galley before the one layout
    of the book, and settles on the HTML that mending the book's own
    first layout gives (what it did before, at the cost of a second)."""
    html = _narrow_book()
    lay_out = lambda h: weasyprint.HTML(string=h).render()        # noqa: E731
    layouts: list[str] = []
    document, mended = hyphenruns.lay_out_limited(html, lambda h: layouts.append(h) or lay_out(h))
    books = [h for h in layouts if HIDE not in h]
    assert books == [mended] and layouts[-1] == mended and len(layouts) > 2
    words = hyphenruns.third_hyphens(lay_out(html))
    assert words
    owners = {owner for owner, _ in words}
    assert mended == hyphenruns._settle(hyphenruns.keep_whole(html, words), owners, lay_out, [])
    assert not hyphenruns.third_hyphens(document, set())


def test_what_the_galley_missed_is_mended_on_the_book():
    """A galley that shows no run (here: laid out without its soft hyphens)
    leaves the book's own check to find them: one more layout of the book."""
    html = _narrow_book()
    lay_out = lambda h: weasyprint.HTML(string=h).render()        # noqa: E731
    layouts: list[str] = []

    def blind(h: str):
        layouts.append(h)
        return lay_out(h.replace("\u00ad", "") if HIDE in h and not layouts[1:] else h)
    document, mended = hyphenruns.lay_out_limited(html, blind)
    assert [HIDE in h for h in layouts][:2] == [True, False]
    assert len([h for h in layouts if HIDE not in h]) == 2
    assert not hyphenruns.third_hyphens(document, set())
    assert mended != html
