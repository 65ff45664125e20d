"""What a new user meets first: progress in plain words, forgiving options.

A build on a terminal shows each stage and the page being laid out in
words ("student PDF, chapters: laying out page 12"), never WeasyPrint's
step numbers or file URLs; `--paper a5` means A5; a mistyped `--theme`
gets a "did you mean", as a mistyped theme in course.toml does.
"""

from __future__ import annotations

import pypdf
import pytest
from click.testing import CliRunner

from coursekit import ARTICLE_EN, write
from pack.cli import main
from pack.progress import describe


@pytest.mark.parametrize("job, message, shown", [
    ("pdf (student)", "Step 5 - Creating layout - Page 34", "student PDF: laying out page 34"),
    ("pdf (teacher) 2/2", "Step 2 - Fetching and parsing CSS - file:///x/styles/base.css",
     "teacher PDF, appendices: reading the stylesheets"),
    ("pdf (student) 1/2", "Step 5 - Creating layout - Repagination #1",
     "student PDF, chapters: laying out the pages again, so page numbers settle"),
    ("pdf (student)", "Step 6 - Creating PDF", "student PDF: writing the PDF file"),
    ("pdf (student)", "something new", "student PDF: working"),
])
def test_progress_in_words(job, message, shown):
    assert describe(job, message) == shown


def test_verbose_build_shows_stage_and_page_and_takes_paper_in_any_case(tmp_path):
    article = write(tmp_path / "alpha.txt", ARTICLE_EN)
    result = CliRunner().invoke(main, ["build", str(article), "--format", "pdf", "--paper", "a5",
                                       "--appendix", "none", "--verbose", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "student PDF" in result.output and "laying out page 1" in result.output
    assert "file:///" not in result.output and "Step " not in result.output
    pdf = pypdf.PdfReader(next((tmp_path / "out").rglob("*.pdf")))
    width_mm = float(pdf.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == 148                                   # A5


def test_unknown_paper_and_theme_say_what_to_write(tmp_path):
    paper = CliRunner().invoke(main, ["build", "--paper", "B5"])
    assert paper.exit_code == 2 and "'B5' is not a paper size; choose A4, Letter, A5." in paper.output
    theme = CliRunner().invoke(main, ["build", "--theme", "clasroom", "--out", str(tmp_path)])
    assert theme.exit_code == 5
    assert "no theme called 'clasroom' (did you mean 'classroom'?)" in theme.output
    assert not any(tmp_path.iterdir())
