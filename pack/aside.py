"""Extract stage, the driver's helper: one piece of work run aside, in a forked process.

Inputs: a function without arguments whose result can be pickled.
Outputs: its result, from `Aside.result()`. The timeline needs nothing
that the glossary and the who's-who compute, so `run` starts it here and
computes those meanwhile: on two cores the timeline costs no waiting.

The child is a worker of pack.fork (the one forking mechanism, which
honours TEACHPACK_WORKERS): it sees the article and every module already
loaded and sends its result back as a `Result` message. The result is the
same as computed here: the same code runs on the same data. Where only
one process may run, and whenever the child sends no result (it raised,
or it was killed), the work runs in this process when its result is
asked for, so an error is raised here exactly as without a child.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from pack.fork import Worker, fork_worker, receive_from, worker_count

T = TypeVar("T")


def cores() -> int:
    """Processes this build may use (see pack.fork.worker_count)."""
    return worker_count()


class Aside(Generic[T]):
    """Use as a context manager: leaving the block early (the parent's own
    work raised) ends the child rather than leave it waiting on the pipe."""

    def __init__(self, work: Callable[[], T], parallel: bool = True):
        self.work = work
        self.worker: Worker | None = None
        if parallel and cores() > 1:
            try:
                # (No temporary folder: the work writes no files.)
                self.worker = fork_worker(_compute, (work,), scratch=False)
            except OSError:        # no process to spare: compute it here later
                self.worker = None

    @property
    def pid(self) -> int:
        """The child's process id; 0 when the work runs here."""
        return self.worker.process.pid if self.worker is not None else 0

    def __enter__(self) -> "Aside[T]":
        return self

    def __exit__(self, *exc) -> None:
        if self.worker is not None:
            self.worker.process.kill()
            self._end()

    def result(self) -> T:
        if self.worker is None:
            return self.work()
        try:
            message = receive_from(self.worker.conn)
        except Exception:          # the child failed: the error (if any) shows here
            message = None
        finally:
            self._end()
        from pack.messages import Result        # (imported at the fork: pack.fork.fork_worker)
        return message.value if isinstance(message, Result) else self.work()

    def _end(self) -> None:
        self.worker.conn.close()
        self.worker.process.join()
        self.worker = None


def _compute(conn, work: Callable[[], object]) -> None:
    from pack.messages import Result
    conn.send(Result(work()))
