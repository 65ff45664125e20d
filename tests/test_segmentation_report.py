"""The chapter-making report (quality/segmentation.py): `--only NAME --misses`
shows each real chapter start beside the nearest made one, and refuses an
article the split holds out before printing anything about it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLES

SCRIPT = Path(__file__).resolve().parent.parent / "quality" / "segmentation.py"


def _run(tmp_path: Path, *args: str, toronto: str = "**held-out**") -> subprocess.CompletedProcess:
    split = tmp_path / "SPLIT.md"
    split.write_text("| article | language | kind | headings | set |\n|---|---|---|---|---|\n"
                     "| samples/en-history-of-aluminium.txt | en | science | yes | tuning |\n"
                     f"| samples/en-toronto.txt | en | place | yes | {toronto} |\n"
                     "| fresh/id-stalin.txt | id | biography | yes | **fresh, never tune on** (held out) |\n",
                     encoding="utf-8")
    return subprocess.run([sys.executable, str(SCRIPT), "--samples", str(SAMPLES), "--corpus", str(tmp_path),
                           "--extra", str(tmp_path), "--split", str(split), *args], capture_output=True, text=True, timeout=120)


def test_misses_list_every_real_start_of_a_tuning_article(tmp_path):
    done = _run(tmp_path, "--only", "en-history-of-aluminium", "--misses")
    assert done.returncode == 0, done.stderr
    real = done.stdout.partition("| spurious made start |")[0]
    rows = [line for line in real.splitlines() if line.startswith("| ") and line.split("|")[1].strip().isdigit()]
    assert len(rows) == 7                         # 8 real chapters: 7 starts after the lead
    assert all(cell.strip()[0] in "+-0" for cell in (row.split("|")[2] for row in rows))
    assert "real chapter words:" in done.stdout and "made chapter words:" in done.stdout


def test_misses_list_spurious_made_starts_with_the_cues_there(tmp_path):
    """Every made start with no real start within one paragraph is listed
    with the nearest real one, the years narrated either side and whether a
    date opens it (the sample's made start 55, on its climate, lies eight before the real 63)."""
    done = _run(tmp_path, "--only", "en-toronto", "--misses", toronto="tuning")
    assert done.returncode == 0, done.stderr
    spurious = done.stdout.partition("| spurious made start |")[2].partition("real chapter words:")[0]
    rows = [line.split("|") for line in spurious.splitlines() if line.startswith("| ") and line.split("|")[1].strip().isdigit()]
    assert rows and all(abs(int(row[2])) > 1 for row in rows)
    assert all("→" in row[4] and row[5].strip() in ("", "yes") for row in rows)


def test_misses_of_a_held_out_article_are_refused_before_anything_is_shown(tmp_path):
    for name in ("en-toronto", "id-stalin"):
        done = _run(tmp_path, "--only", name, "--misses")
        assert done.returncode != 0 and "held out" in done.stderr
        assert name not in done.stdout


def _fresh(tmp_path: Path) -> Path:
    """A fresh folder: one article with headings (a copy of the sample), one without."""
    fresh = tmp_path / "fresh9"
    fresh.mkdir()
    (fresh / "en-metal-copy.txt").write_text((SAMPLES / "en-history-of-aluminium.txt").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (fresh / "en-plain.txt").write_text("Plain text.\n\nNo headings here.\n", encoding="utf-8")
    return fresh


def test_full_report_scores_the_fresh_sets_in_a_table_of_their_own(tmp_path):
    """The fresh articles with headings get a third table (scored as the
    held-out rows: mean, baselines beaten) and their made titles; one
    without headings is left out of it."""
    out = tmp_path / "segmentation.md"
    done = _run(tmp_path, "--fresh", str(_fresh(tmp_path)), "--out", str(out), "--results", str(tmp_path / "none.md"))
    assert done.returncode == 0, done.stderr
    fresh = out.read_text(encoding="utf-8").partition("### Fresh sets (fresh to fresh-7 seen since round 23, fresh-8 and fresh-9 since round 24)")[2]
    fresh, _, summary = fresh.partition("### One line per set")
    # The set's line: one article, 8 real chapters (the sample's), its means.
    assert re.search(r"^\| fresh9 \| 1 \| 8 / \d+ \| [\d.]+ / [\d.]+ / [\d.]+ \|", summary, re.M), summary
    rows = [line for line in fresh.splitlines() if line.startswith("| fresh9/")]
    assert [row.split("|")[1].strip() for row in rows] == ["fresh9/en-metal-copy"]
    assert "**mean of 1**" in fresh and "in aggregate (the means) on Pk:" in fresh
    assert "- **en-metal-copy**: Early history → " in fresh


def test_misses_of_a_fresh_article_are_refused_even_without_a_split_row(tmp_path):
    done = _run(tmp_path, "--fresh", str(_fresh(tmp_path)), "--only", "en-metal-copy", "--misses")
    assert done.returncode != 0 and "held out" in done.stderr
    assert "en-metal-copy" not in done.stdout
