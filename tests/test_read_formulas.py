"""Formulas as Wikipedia's text-extract service prints them (a column of
symbols, then the LaTeX source): kept out of the paragraphs every
extractor reads, printed once as a formula. The sentences are made up,
shaped like the seen physics articles (fresh-3..5)."""

from __future__ import annotations

import pytest

from coursekit import write  # noqa: F401
from pack.assemble import assemble
from pack.build import read_articles
from pack.config import Settings
from pack.model import Extracted
from pack.read import read_article
from pack.read.formulas import plain
from pack.render.html import render_epub_pages
from pack.theme import load_theme


def column(*symbols: str, source: str) -> str:
    """A formula block as the export prints it."""
    rows = ["  ", "    ", *(f"      {s}" for s in symbols), "    ", f"    {{\\displaystyle {source}}}", "  "]
    return "\n".join(rows) + "\n"


DISPLAY = ("== Motion ==\n"
           "The law that links force and mass in a moving body reads:\n"
           + column("F", "=", "m", "a", source="F=m\\mathbf {a} \\,")
           + " where F is the force on the body and a its acceleration.\n"
           "Engineers use it every day.\n")
INLINE = ("== Waves ==\n"
          "The kind of pairing (\n" + column("s", source="s") + " wave or\n"
          + column("d", source="d") + " wave) is still debated.\n\n"
          + column("P", source="P") + " is the power in watts\n\n"
          + column("V", "\u02d9", source="{\\dot {V}}") + " is the flow rate\n")


def paragraphs(tmp_path, text):
    article = read_article(write(tmp_path / "en-physics.txt", text), lang="en")
    return [p for chapter in article.chapters for p in chapter.all_paragraphs()]


@pytest.mark.parametrize("text, texts, formulas", [
    # A display formula goes with the paragraph before it, never into the text.
    pytest.param(DISPLAY, ["The law that links force and mass in a moving body reads:",
                           "where F is the force on the body and a its acceleration.",
                           "Engineers use it every day."],
                 [("F = ma",), (), ()], id="a-display-formula-goes-with-the-paragraph-before-it"),
    # A short formula goes back into its sentence as its symbols.
    pytest.param(INLINE, ["The kind of pairing (s wave or d wave) is still debated.",
                          "P is the power in watts",
                          "V\u0307 is the flow rate"],
                 [(), (), ()], id="a-short-formula-goes-back-into-its-sentence-as-its-symbols"),
])
def test_the_paragraphs_and_formulas_read(tmp_path, text, texts, formulas):
    found = paragraphs(tmp_path, text)
    assert [p.text for p in found] == texts
    assert [p.formulas for p in found] == formulas


def test_the_book_prints_the_source_once_as_a_formula_and_never_the_column(tmp_path):
    settings = Settings(appendices=())
    articles = read_articles([write(tmp_path / "en-physics.txt", DISPLAY)], settings)
    book = assemble(articles, Extracted(), settings, "student", "2026-12-07")
    html = "".join(r.html for r in render_epub_pages(book, load_theme("classroom")) if r.page.kind == "chapter")
    assert html.count('class="formula"') == 1
    assert "<code translate=\"no\">F = ma</code>" in html
    assert "displaystyle" not in html and "<p>m</p>" not in html


def test_chapters_made_from_the_text_keep_a_paragraphs_formula(tmp_path):
    filler = [f"Paragraph {n} tells how the engines of the mill were built and run in the town, "
              "how the workers kept them going through the cold winters, and what the owners paid "
              "for the coal, the water and the repairs that the old machines needed every year. " * 4
              for n in range(1, 13)]
    text = "\n".join([*filler[:6], DISPLAY.split("\n", 1)[1], *filler[6:]]) + "\n"
    article = read_article(write(tmp_path / "en-physics.txt", text), lang="en", chapters="2")
    assert len(article.chapters) == 3          # the introduction and two made chapters
    kept = [p.formulas for chapter in article.chapters for p in chapter.all_paragraphs() if p.formulas]
    assert kept == [("F = ma",)]


def test_a_formula_is_printed_in_plain_notation_where_its_commands_are_common_ones():
    assert plain(r"{\frac {\partial \mathbf {u} }{\partial t}}=-{\frac {p}{\rho }}\mathbf {g} \,") == "∂u/∂t = −(p/ρ)g"
    assert plain(r"E=mc^{2},\qquad T_{0}={\text{room temperature}}") == "E = mc²,    T₀ = room temperature"
    assert plain(r"Q=\eta \ {\dot {V}}\ \Delta p") == "Q = η V\u0307 Δp"
    assert plain(r"{\frac {1}{{\frac {1}{R_{1}}}+{\frac {1}{R_{2}}}}}") == "1/(1/R₁ + 1/R₂)"
    assert plain(r"\theta =90^{\circ }") == "θ = 90°"
    # A command not known here: the LaTeX source, never a half-read formula.
    assert plain(r"x=\oint _{C}{\frac {a}{b}}") == r"x=\oint _{C}{\frac {a}{b}}"
