"""Installed the normal way: a wheel in a fresh virtual environment works.

The wheel is built from a copy of this checkout (so the checkout stays
clean), installed with pip into a new venv (its dependencies come from
the package index pip is configured with), and `teachpack` is run from a
folder outside the repository: nothing may come from the checkout. Slow
(a venv and a full build), so the install is a session fixture, done once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import EPOCH, ROOT

SKIP = shutil.ignore_patterns(".git", "output", "build", "dist", "*.egg-info", "__pycache__",
                              ".pytest_cache", ".hypothesis", ".cache", "bench", "quality")


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Path:
    """The venv's bin/ folder, with teachpack installed from its wheel."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)], work)
    wheels = list((work / "dist").glob("teachpack-*.whl"))
    assert len(wheels) == 1
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])], work)
    return bin_dir


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env={**env, "SOURCE_DATE_EPOCH": EPOCH})
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_wheel_builds_the_sample_from_another_folder(installed, stalin, tmp_path):
    """The bundled sample (no source given), both editions, byte for byte
    the book this checkout built (conftest's `stalin`): the wheel carries
    everything the build reads, and a build is reproducible across
    processes and installs. (This is the sample's reproducibility test:
    a second build in the test process cost 41 CPU s more.)"""
    where = run([str(installed / "python"), "-c", "import pack.theme; print(pack.theme.builtin_root())"],
                tmp_path).stdout.strip()
    assert Path(where).is_relative_to(installed.parent) and Path(where).name == "builtin"
    assert not Path(where).is_relative_to(ROOT)
    done = run([str(installed / "teachpack"), "build", "--edition", "student", "--edition", "teacher"], tmp_path)
    book = tmp_path / "output" / "josef-stalin"
    built = (stalin.pdf, stalin.epub, stalin.teacher_pdf, stalin.teacher_epub)
    assert sorted(p.name for p in book.iterdir()) == sorted(b.name for b in built)
    assert str(book / "josef-stalin.pdf") in done.stdout or "josef-stalin.pdf" in done.stdout
    for ours in built:
        assert (book / ours.name).read_bytes() == ours.read_bytes(), ours.name


def test_the_wheel_carries_the_word_class_table(installed, tmp_path):
    check = ("from pack.text import wordclass\n"
             "assert wordclass.available('en') and wordclass.noun_lemma('nuclei', 'en') == 'nucleus'\n"
             "assert wordclass.never_noun('warmest', 'en')\n")
    run([str(installed / "python"), "-c", check], tmp_path)


def test_the_wheel_makes_a_course_and_lists_its_themes(installed, tmp_path):
    done = run([str(installed / "teachpack"), "init", "course"], tmp_path)
    assert (tmp_path / "course" / "id-stalin.txt").is_file() and "course.toml" in done.stdout
    themes = run([str(installed / "teachpack"), "themes"], tmp_path).stdout
    assert [line.split()[0] for line in themes.splitlines()] == ["classroom", "ereader", "large-print"]
    layouts = run([str(installed / "teachpack"), "layouts"], tmp_path).stdout
    assert "layouts/partials/cover.html" in layouts and "assets/fonts/" in layouts
