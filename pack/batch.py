"""Build stage for several courses: `teachpack build COURSE COURSE ...`.

Inputs: one build plan per course folder (all validated before any work
starts). Outputs: each course's `BuildResult`, or the error that stopped
it, in the order the courses were given; `on_finished` hears of each as
it ends.

Courses are built at the same time, each in a forked process, as many at
once as there are cores. Each build is told (TEACHPACK_WORKERS) how many
processes it may use itself, so a batch keeps every core busy — the
extraction stage, which runs on one core per course, included — without
running more processes than cores. One failing course does not stop the
others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable

from pack.build import BuildResult, build
from pack.config.course import Plan
from pack.errors import PackError
from pack.fork import Worker, fork_worker, receive_from, worker_count
from pack.messages import Result


@dataclass
class Finished:
    plan: Plan
    result: BuildResult | None = None
    error: Exception | None = None


def build_courses(plans: list[Plan], on_finished: Callable[[Finished], None]) -> list[Finished]:
    cores = worker_count()
    at_once = max(1, min(cores, len(plans)))
    per_build = max(1, cores // at_once)
    waiting = list(enumerate(plans))
    running: dict[object, tuple[int, Worker]] = {}
    finished: dict[int, Finished] = {}
    while waiting or running:
        while waiting and len(running) < at_once:
            index, plan = waiting.pop(0)
            worker = fork_worker(_build_one, (plan, per_build))
            running[worker.conn] = (index, worker)
        for conn in wait(list(running)):
            index, worker = running.pop(conn)
            done = _collect(plans[index], worker)
            finished[index] = done
            on_finished(done)
    return [finished[i] for i in range(len(plans))]


def _collect(plan: Plan, worker: Worker) -> Finished:
    try:
        message = receive_from(worker.conn)
    except (PackError, RuntimeError) as exc:     # the build failed, or the worker died without a word
        return Finished(plan, error=exc)
    finally:
        worker.process.join()
    return Finished(plan, result=message.value)


def _build_one(conn, plan: Plan, processes: int) -> None:
    """In the worker: one course's whole build."""
    os.environ["TEACHPACK_WORKERS"] = str(processes)
    conn.send(Result(build(plan.sources, plan.settings, plan.out_dir,
                           course_dir=plan.course_dir, edits=plan.edits, out_root=plan.out_root)))
