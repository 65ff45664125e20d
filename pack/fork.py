"""Forked worker processes and the pipes to talk to them.

The one way teachpack forks: used by render.jobs (EPUBs, PDFs),
render.pdf.parts and render.pdf.draw (a PDF's parts and pieces), batch
(several courses) and pack.aside (the timeline); `worker_count` says
how many may run at once. Inputs: a function and its arguments; outputs: a
`Worker` whose pipe carries the function's messages back. Forked, not
spawned: a worker shares what its parent has imported (WeasyPrint and the
extracted book), so it starts at once and nothing is pickled on the way in.
A worker dies with its parent (a parent-death signal, and the pipe's end
of file), so a killed build leaves no process behind.
"""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pack.errors import PackError, RenderError

if TYPE_CHECKING:
    import multiprocessing

PR_SET_PDEATHSIG = 1        # linux/prctl.h
WORKER_FOLDER = "teachpack-worker-"     # + the pid of the process that forked the worker


def worker_count() -> int:
    """How many processes a build may use at once: TEACHPACK_WORKERS when
    set (a batch of courses sets it per course), else the cores this
    process may run on."""
    setting = os.environ.get("TEACHPACK_WORKERS", "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass
class Worker:
    """A forked worker process and the pipe to talk to it."""
    process: multiprocessing.Process
    conn: object


def fork_worker(target, args: tuple, scratch: bool = True) -> Worker:
    """`target(conn, *args)` in a forked process (it shares what this one
    has imported, WeasyPrint included, so it starts at once). What it
    raises reaches the parent as a message (pack.messages): `Failed` for
    a user's mistake (a PackError), `Crashed` with the traceback for
    anything else; `receive_from` raises either again in the parent.
    `scratch`: the worker gets a temporary folder of its own (see
    `_temp_folder_for_a_worker`); False for work that writes no temporary
    files (the extractors' aside process), which then costs no folder
    made, searched for and removed."""
    # Imported at the first fork: 0.035 G instructions that a build in one
    # process (TEACHPACK_WORKERS=1, or work too small to share) never needs.
    import multiprocessing
    # What a worker sends back (pack.messages: ten dataclasses, 16 M instructions
    # to make) is needed only by a process that forks, and by its workers.
    import pack.messages  # noqa: F401
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    folder = _temp_folder_for_a_worker() if scratch else None
    # Not a daemon: a worker may fork its own workers (a course's build, a
    # PDF part's second drawer).
    process = context.Process(target=_reporting, args=(target, folder, child, parent, *args), daemon=False)
    process.start()
    child.close()
    return Worker(process, parent)


def _reporting(target, folder, conn, parent_end, *args) -> None:
    # The parent's end of the pipe is the parent's alone: with it closed
    # here, a parent that dies is an end of file to this worker.
    parent_end.close()
    from pack.messages import Crashed, Failed     # (imported before the fork: `fork_worker`)
    if folder is not None:
        import tempfile     # (imported by the parent before the fork: `_temp_folder_for_a_worker`)
        tempfile.tempdir = folder
    try:
        try:
            target(conn, *args)
        except PackError as exc:
            conn.send(Failed(exc))
        except Exception:
            import traceback
            conn.send(Crashed(traceback.format_exc()))
    except (BrokenPipeError, ConnectionResetError):
        pass             # the parent stopped listening (interrupted, or failed): it tells the user
    finally:
        conn.close()
        if folder is not None:
            import shutil   # (imported by the parent before the fork: `_temp_folder_for_a_worker`)
            shutil.rmtree(folder, ignore_errors=True)


def _temp_folder_for_a_worker() -> str:
    """A temporary folder for one worker, made the default of `tempfile` in
    it: the worker removes it when it ends, and this process when it exits
    (a worker stopped by a signal never reaches its own clean-up). A forked
    worker ends with os._exit, so no object's finalizer runs in it:
    WeasyPrint's font configuration copies a book's @font-face fonts into a
    temporary folder that only its finalizer removes, and every PDF part
    left 7.7 MB of fonts behind in /tmp, build after build. A worker's own
    workers make theirs inside it."""
    # (Imported at the first fork, as `multiprocessing` is: a process that never forks never needs them.)
    import shutil
    import tempfile
    _remove_stale_folders(tempfile.gettempdir())
    folder = tempfile.mkdtemp(prefix=f"{WORKER_FOLDER}{os.getpid()}-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


@lru_cache(maxsize=None)
def _remove_stale_folders(folder: str) -> None:
    """Workers' folders in the temporary `folder` left by a build that was
    killed (its exit never came): each is named after the process that made
    it, and one whose process is gone is removed (a live process of that
    number keeps it). Once a process and folder: a build forks many workers."""
    try:
        names = os.listdir(folder)      # (names only: a shared /tmp holds thousands of entries)
    except OSError:
        return
    import shutil
    for name in names:
        if not name.startswith(WORKER_FOLDER):
            continue
        owner = name.removeprefix(WORKER_FOLDER).split("-")[0]
        if owner.isdigit() and not process_exists(int(owner)):
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)


def process_exists(pid: int) -> bool:
    """A process of this number runs (another user's too: not ours to judge)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_forking_parent = [0]
CTRL_C = {signal.SIGINT}


def _before_fork() -> None:
    _forking_parent[0] = os.getpid()
    # The child's parent-death signal is set with ctypes (`_in_child`): imported here, once,
    # by a process that forks, and inherited by every child; one that never forks (an
    # extraction with one worker) never loads it (13 M instructions).
    import ctypes  # noqa: F401
    # The objects alive now out of the cyclic collector's sight in the child:
    # its collections would write to every one of them, and so copy the
    # parent's pages into the child (copy-on-write). The parent takes
    # them back at once (_in_parent).
    gc.freeze()
    # Held back over the fork: a Ctrl-C that comes now reaches the parent
    # once the child exists, and the child never (see _in_child).
    signal.pthread_sigmask(signal.SIG_BLOCK, CTRL_C)


def _in_parent() -> None:
    gc.unfreeze()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, CTRL_C)


def _in_child() -> None:
    """In every child this process forks (render workers, course builds,
    the extractors' aside process): Ctrl-C, which the terminal sends to
    every process of the build, is the parent's to answer (one message,
    no worker's traceback); and the kernel kills the child when its parent
    dies (Linux's PR_SET_PDEATHSIG), so a killed build leaves no process
    behind. A parent already gone by now means exit at once."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:             # forked from a thread that is not the main one
        pass
    signal.pthread_sigmask(signal.SIG_UNBLOCK, CTRL_C)
    if sys.platform.startswith("linux"):
        import ctypes               # (already imported before the fork)
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != _forking_parent[0]:
        os._exit(1)


os.register_at_fork(before=_before_fork, after_in_parent=_in_parent, after_in_child=_in_child)


def receive_from(conn):
    """A worker's next message; what the worker raised is raised here (a
    `Failed` as its PackError, a `Crashed` as a RuntimeError with the
    worker's traceback), and a worker that died says so."""
    from pack.messages import Crashed, Failed   # (imported by the first worker's parent: see `fork_worker`)
    try:
        message = conn.recv()
    except (EOFError, OSError):
        raise RenderError("a worker process stopped without a result (out of memory?)",
                          hint="Build again; with TEACHPACK_WORKERS=1 everything runs in one process.") from None
    if isinstance(message, Failed):
        raise message.error
    if isinstance(message, Crashed):
        raise RuntimeError(f"a worker process failed:\n{message.traceback}")
    return message
