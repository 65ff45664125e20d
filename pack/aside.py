"""Extract stage, the driver's helper: one piece of work run aside, in a forked process.

Inputs: a function without arguments whose result can be pickled.
Outputs: its result, from `Aside.result()`. The timeline needs nothing
that the glossary and the who's-who compute, so `run` starts it here and
computes those meanwhile: on two cores the timeline costs no waiting.

The child is a fork of this process (it sees the article and every
module already loaded) and sends its result back pickled through a
pipe. The result is the same as computed here: the same code runs on the
same data. Where fork is missing or only one core is free, and whenever
the child sends no result (it raised, or it was killed), the work runs in
this process when its result is asked for, so an error is raised here
exactly as without a child.
"""

from __future__ import annotations

import os
import pickle
import signal
from typing import Callable, Generic, TypeVar

from pack.fork import worker_count

T = TypeVar("T")


def cores() -> int:
    """Processes this build may use (see pack.fork.worker_count)."""
    return worker_count()


class Aside(Generic[T]):
    """Use as a context manager: leaving the block early (the parent's own
    work raised) ends the child rather than leave it waiting on the pipe."""

    def __init__(self, work: Callable[[], T], parallel: bool = True):
        self.work = work
        self.pid = 0
        self.pipe = -1
        if parallel and hasattr(os, "fork") and cores() > 1:
            self._start()

    def _start(self) -> None:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:            # no process to spare: compute it here later
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:
            os.close(read_end)
            _child(self.work, write_end)
        os.close(write_end)
        self.pid, self.pipe = pid, read_end

    def __enter__(self) -> "Aside[T]":
        return self

    def __exit__(self, *exc) -> None:
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            os.close(self.pipe)
            os.waitpid(self.pid, 0)
            self.pid = 0

    def result(self) -> T:
        if not self.pid:
            return self.work()
        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if status != 0 or not data:
            return self.work()     # the child failed: the error (if any) shows here
        return pickle.loads(data)


def _child(work: Callable[[], object], write_end: int) -> None:
    """In the forked child: compute, send, and leave without running the
    parent's exit handlers or flushing its copies of the parent's buffers."""
    code = 1
    try:
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:          # the parent computes it again and sees the error itself
        pass
    finally:
        os._exit(code)
