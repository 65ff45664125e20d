"""No fault gives a wrong book: a build killed at any stage leaves the
previous outputs intact as a set (or, once swapped, the new set whole),
no worker process behind, and nothing the next build does not clean up.

Each kill is a real SIGKILL of the real build process: the build runs in
a subprocess in its own session, and a small wrapper makes it kill
itself (or a worker kill it) at the named point.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EPOCH, ROOT, SAMPLES

ARTICLE = """Alpha is the first term of this article, and the lead names Beta.

== Early life ==
In 1917 Alpha and Gamma were discussed by Ivan Petrov in Moscow.

== Later life ==
In 1953 Gamma ended. Omega appears here too.
"""

# `python -c KILLER STAGE teachpack-args...`: the build, killed at STAGE.
KILLER = """
import os, signal, sys
stage = sys.argv[1]
die = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
import pack.build as build, pack.write as write, pack.render.jobs as jobs
if stage == "read":
    build.read_articles = die
elif stage == "render":                     # a worker kills the build while the PDF is laid out
    make_file = jobs._make_file
    jobs._make_file = lambda *args: os.kill(os.getppid(), signal.SIGKILL) or make_file(*args)
elif stage == "writing":                    # one new file written, the next not
    synced, calls = write._write_synced, []
    def write_one(*args):
        if calls:
            die()
        calls.append(synced(*args))
    write._write_synced = write_one
elif stage == "before swap":
    write._swap = die
elif stage == "after swap":
    swap = write._swap
    write._swap = lambda *args: (swap(*args), die())
from pack.cli import main
sys.argv = ["teachpack", *sys.argv[2:]]
main()
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _session_processes(session: int) -> list[int]:
    """Every process whose session is `session` (the build and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _none_left(session: int, seconds: float = 30.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def _as_from_a_terminal() -> None:
    # A build started from a terminal answers Ctrl-C. A test run started as a
    # shell's background job ("... &", nohup) has SIGINT ignored, and every
    # process it starts inherits that: the build would rightly ignore the
    # Ctrl-C the test sends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _teachpack(*args: str, killer: str = "", workers: str = "2") -> subprocess.Popen:
    command = [sys.executable, "-c", KILLER, killer] if killer else [sys.executable, "-m", "pack"]
    return subprocess.Popen([*command, "build", *args], cwd=ROOT, start_new_session=True,
                            preexec_fn=_as_from_a_terminal,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TEACHPACK_WORKERS": workers})


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory):
    """An output folder holding a built book, the article changed since,
    and what the next build writes (built elsewhere: builds are reproducible)."""
    work = tmp_path_factory.mktemp("faults")
    article = work / "en-alpha.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = (str(article), "--appendix", "none", "--edition", "student", "--edition", "teacher")
    assert _teachpack(*args, "--out", str(work / "old")).wait() == 0
    article.write_text(ARTICLE.replace("Omega", "Omega, the last letter,"), encoding="utf-8")
    assert _teachpack(*args, "--out", str(work / "new")).wait() == 0
    old, new = _files(work / "old" / "alpha"), _files(work / "new" / "alpha")
    assert len(old) == 4 and all(old[name] != new[name] for name in old)
    return work, args, old, new


@pytest.mark.parametrize("stage, expected", [("read", "old"), ("render", "old"), ("writing", "old"),
                                             ("before swap", "old"), ("after swap", "new")])
def test_a_kill_at_each_stage_leaves_one_whole_set_and_no_process(tmp_path, old_and_new, stage, expected):
    work, args, old, new = old_and_new
    out = tmp_path / "out"
    (out / "alpha").mkdir(parents=True)
    for name, data in old.items():
        (out / "alpha" / name).write_bytes(data)
    process = _teachpack(*args, "--out", str(out), killer=stage)
    process.wait(timeout=300)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()
    assert _none_left(process.pid) == []
    assert _files(out / "alpha") == (old if expected == "old" else new)
    # The next build removes what the killed one left and writes the new set.
    assert _teachpack(*args, "--out", str(out)).wait() == 0
    assert _files(out / "alpha") == new
    assert sorted(p.name for p in out.iterdir()) == ["alpha"]


def _until_laying_out(process: subprocess.Popen) -> list[bytes]:
    """The build's progress (-v) read until its workers lay out pages."""
    lines = []
    while not lines or b"laying out page" not in lines[-1]:      # pack/progress.py's words
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
    return lines


def test_a_killed_build_leaves_no_worker_behind(tmp_path):
    """The bundled sample, killed from outside while its workers lay it out."""
    process = _teachpack(str(SAMPLES / "id-stalin.txt"), "--out", str(tmp_path), "--appendix", "none",
                         "--edition", "student", "--edition", "teacher", "-v")
    _until_laying_out(process)
    workers = len(_session_processes(process.pid)) - 1
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert workers >= 2                      # it was killed with its workers running
    assert _none_left(process.pid) == []
    assert not list(tmp_path.iterdir()) or not list(tmp_path.rglob("*.pdf"))


def test_ctrl_c_is_one_message_and_no_traceback(tmp_path):
    process = _teachpack(str(SAMPLES / "id-stalin.txt"), "--out", str(tmp_path), "--appendix", "none", "-v")
    before = _until_laying_out(process)
    assert len(_session_processes(process.pid)) >= 2          # a worker runs
    os.killpg(process.pid, signal.SIGINT)    # what a terminal sends every process of the build
    _, stderr = process.communicate(timeout=60)
    text = b"".join(before).decode() + stderr.decode()
    assert process.returncode == 130, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    assert text.count("Error: interrupted") == 1
    assert _none_left(process.pid) == []


def test_a_disk_that_fills_after_the_first_file_replaces_nothing(tmp_path, monkeypatch):
    """The PDF written, the EPUB not: the old pair stays, as a pair."""
    import errno
    from pack import write
    from pack.errors import RenderError
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "b.pdf").write_bytes(b"old pdf")
    (folder / "b.epub").write_bytes(b"old epub")
    written = []

    def fills_up(path, data):
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        original(path, data)
    original = write._write_synced
    monkeypatch.setattr(write, "_write_synced", fills_up)
    with pytest.raises(RenderError, match="the disk is full; nothing was replaced"):
        write.write_outputs(folder, [("b.pdf", b"new pdf"), ("b.epub", b"new epub")])
    assert written
    assert _files(folder) == {"b.epub": b"old epub", "b.pdf": b"old pdf"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book"]


def test_parts_left_by_a_killed_writer_are_removed(tmp_path):
    """A `.part` of a process that is gone goes; one of a live process stays."""
    from pack import write
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f".glossary.toml.{gone.pid}.abc123.part"
    stale.write_text("half")
    live = tmp_path / f".glossary.toml.{os.getppid()}.def456.part"
    live.write_text("being written")
    write.write_atomically(tmp_path / "glossary.toml", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["glossary.toml", live.name])
