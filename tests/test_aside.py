"""The extract driver's forked helper: same result as inline, errors raised in the parent."""

from __future__ import annotations

import os

import pytest

from pack.aside import Aside


def test_result_is_what_the_work_returns_whether_forked_or_not():
    for parallel in (True, False):
        with Aside(lambda: {"pid-free": [1, 2, 3], "text": "Stalin"}, parallel=parallel) as aside:
            assert aside.result() == {"pid-free": [1, 2, 3], "text": "Stalin"}


def test_work_runs_in_a_child_when_forked():
    parent = os.getpid()
    with Aside(os.getpid) as aside:
        child = aside.result()
    if aside_forks():
        assert child != parent
    else:
        assert child == parent


def test_an_error_in_the_child_is_raised_in_the_parent():
    def fail():
        raise ValueError("bad article")

    with pytest.raises(ValueError, match="bad article"):
        with Aside(fail) as aside:
            aside.result()


def test_leaving_early_ends_the_child():
    with pytest.raises(RuntimeError):
        with Aside(lambda: "x" * 1_000_000) as aside:    # more than a pipe holds: the child waits
            pid = aside.pid
            raise RuntimeError("the parent's own work failed")
    if pid:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)                 # already reaped: nothing left behind


def aside_forks() -> bool:
    from pack.aside import cores
    return hasattr(os, "fork") and cores() > 1
