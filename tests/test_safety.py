"""Nothing is lost: unwritable folders, a full disk, a killed build."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EPOCH, ROOT, SAMPLES
from pack import write
from pack.cli import main
from pack.errors import RenderError


def test_output_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(main, ["build", "--out", str(blocker), "--appendix", "none", "--format", "epub"],
                                env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exit_code == 6
    assert "cannot write" in result.output and str(blocker) in result.output
    assert "Traceback" not in result.output


def test_full_disk_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "book.pdf"
    target.write_bytes(b"old book")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(write.os, "fsync", full)
    with pytest.raises(RenderError, match="the disk is full; nothing was replaced"):
        write.write_atomically(target, b"new book")
    assert target.read_bytes() == b"old book"
    assert [p.name for p in tmp_path.iterdir()] == ["book.pdf"]


def test_interrupt_during_write_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "book.epub"
    target.write_bytes(b"old")

    def interrupted(_fd):
        raise KeyboardInterrupt
    monkeypatch.setattr(write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write.write_atomically(target, b"new")
    assert target.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1


def test_killed_build_leaves_previous_outputs_intact(tmp_path, stalin):
    out = tmp_path / "out"
    folder = out / "josef-stalin"
    shutil.copytree(stalin.folder, folder)        # a previous build's outputs (the session's)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    process = subprocess.Popen([sys.executable, "-m", "pack", "build", "--out", str(out)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "TEACHPACK_CACHE": "off"})
    # Kill it in the middle: after it has started extracting, long before it writes.
    deadline = time.monotonic() + 60
    line = b""
    while b"read" not in line and time.monotonic() < deadline:
        line = process.stderr.readline()
    time.sleep(1.0)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before


def test_size_limit_from_the_command_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SAMPLES / "id-stalin.txt"), "--max-size", "0.01",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 3 and "over the 0.01 MB limit for one article" in result.output
    assert "MB limit for one article" in result.output and "--max-size" in result.output
