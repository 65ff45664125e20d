"""pack.fork: a forked worker leaves no temporary files behind."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pack.fork import fork_worker, receive_from

ROOT = Path(__file__).resolve().parent.parent


class FontsFolder:
    """Shaped like WeasyPrint's font configuration: a temporary folder of
    font files that only the object's finalizer removes."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="weasyprint-"))
        (self.folder / "face.otf").write_bytes(b"\0" * 1024)

    def __del__(self):
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()


_ALIVE = []   # alive until the process ends, as a laid-out document keeps its fonts


def _uses_fonts(conn):
    _ALIVE.append(FontsFolder())
    conn.send(_ALIVE[-1].folder.exists())


def test_a_worker_leaves_the_temporary_folder_as_it_found_it(tmp_path, monkeypatch):
    # A forked worker ends with os._exit: the finalizer never runs there, so
    # without the worker's own temporary folder the fonts stay in /tmp.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    worker = fork_worker(_uses_fonts, ())
    assert receive_from(worker.conn) is True
    worker.process.join()
    assert list(tmp_path.iterdir()) == []


STOPPED_WORKER = """
import tempfile, time
from pack.fork import fork_worker

def work(conn):
    with open(tempfile.mkstemp()[1], "wb") as out:
        out.write(b"fonts")
    conn.send("ready")
    time.sleep(60)

worker = fork_worker(work, ())
assert worker.conn.recv() == "ready"
worker.process.kill()          # stopped by a signal: its own clean-up never runs
worker.process.join()
"""


def test_a_worker_stopped_by_a_signal_leaves_nothing_once_the_build_ends(tmp_path):
    # The build's process removes its workers' folders when it exits.
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", STOPPED_WORKER], env=env, check=True, timeout=60)
    assert list(temp.iterdir()) == []


def test_a_killed_builds_worker_folders_go_with_the_next_build(tmp_path, monkeypatch):
    # A build killed by a signal never exits: the next worker any build forks
    # removes the folders whose process is gone, and keeps a live one's.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f"teachpack-worker-{gone.stdout.strip()}-abc"
    live = tmp_path / f"teachpack-worker-{os.getpid()}-def"
    for folder in (stale, live):
        (folder / "weasyprint-x").mkdir(parents=True)
    worker = fork_worker(_uses_fonts, ())
    assert receive_from(worker.conn) is True
    worker.process.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name]
