"""pack.fork: a forked worker leaves no temporary files behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pack.fork import fork_worker, receive_from


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
