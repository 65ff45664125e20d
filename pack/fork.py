"""Forked worker processes and the pipes to talk to them.

Used by render.jobs (EPUBs), render.parts (a PDF's parts), batch
(several courses) and pack.aside (the timeline); `worker_count` says
how many may run at once. Inputs: a function and its arguments; outputs: a
`Worker` whose pipe carries the function's messages back. Forked, not
spawned: a worker shares what its parent has imported (WeasyPrint and the
extracted book), so it starts at once and nothing is pickled on the way in.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from dataclasses import dataclass

from pack.errors import PackError, RenderError


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


def fork_worker(target, args: tuple) -> Worker:
    """`target(conn, *args)` in a forked process (it shares what this one
    has imported, WeasyPrint included, so it starts at once). What it
    raises reaches the parent as a message: ("error", PackError) for a
    user's mistake, ("bug", traceback text) for anything else."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    # Not a daemon: a worker may fork its own workers (a course's build, a
    # PDF part's second drawer).
    process = context.Process(target=_reporting, args=(target, child, *args), daemon=False)
    process.start()
    child.close()
    return Worker(process, parent)


def _reporting(target, conn, *args) -> None:
    try:
        target(conn, *args)
    except PackError as exc:
        conn.send(("error", exc))
    except Exception:
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


def receive_from(conn):
    """A worker's next message; a worker that died says so."""
    try:
        return conn.recv()
    except (EOFError, OSError):
        raise RenderError("a worker process stopped without a result (out of memory?)",
                          hint="Build again; with TEACHPACK_WORKERS=1 everything runs in one process.") from None
