"""Render stage, the jobs: every edition's PDF and EPUB, rendered in parallel.

Inputs: the assembled books (one per edition), the theme, the formats and
the build time. Outputs: (file name, bytes) pairs in a fixed order, and
the warnings the renderers raised. Each (edition, format) pair is one job;
with more than one job and more than one core, jobs run in worker
processes (WeasyPrint's layout is single-threaded, so a student PDF, a
teacher PDF and the EPUBs can use all cores). The results do not depend
on how the jobs were scheduled.

While jobs run, `progress(job, text)` is called with WeasyPrint's own
progress ("Creating layout - Page 34"), so a long PDF shows that it moves.
"""

from __future__ import annotations

import concurrent.futures as futures
import datetime as dt
import logging
import multiprocessing
import os
import queue
import time
from dataclasses import dataclass
from typing import Callable

from pack.model import Book
from pack.render.epub import write_epub
from pack.render.html import render_epub_nav, render_epub_pages, render_pdf_html
from pack.render.pdf import write_pdf
from pack.theme import Theme


@dataclass
class Job:
    name: str            # "pdf (student)"
    file: str            # "josef-stalin.pdf"
    book: Book
    fmt: str             # "pdf" | "epub"


@dataclass
class Done:
    job: Job
    data: bytes
    warnings: list[str]
    seconds: float


def plan_jobs(books: dict[str, Book], formats: tuple[str, ...]) -> list[Job]:
    """PDFs first: they take longest, so they should start first."""
    jobs = []
    for fmt in ("pdf", "epub"):
        if fmt not in formats:
            continue
        for edition, book in books.items():
            stem = book.slug if edition == "student" else f"{book.slug}-teacher"
            jobs.append(Job(f"{fmt} ({edition})", f"{stem}.{fmt}", book, fmt))
    return jobs


def run_jobs(jobs: list[Job], theme: Theme, when: dt.datetime,
             on_done: Callable[[Done], None], progress: Callable[[str, str], None] | None = None) -> list[Done]:
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1:
        return [_finish(run_job(job, theme, when), on_done) for job in jobs]
    context = multiprocessing.get_context("fork")
    messages = context.Queue()
    with futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_listen,
                                     initargs=(messages,)) as pool:
        pending = {pool.submit(run_job, job, theme, when): job for job in jobs}
        finished: dict[str, Done] = {}
        while pending:
            done, _ = futures.wait(pending, timeout=0.25, return_when=futures.FIRST_COMPLETED)
            _relay(messages, progress)
            for future in done:
                pending.pop(future)
                result = future.result()          # a worker's PackError is raised here
                finished[result.job.name] = _finish(result, on_done)
    return [finished[job.name] for job in jobs]


def run_job(job: Job, theme: Theme, when: dt.datetime) -> Done:
    start = time.perf_counter()
    warnings: list[str] = []
    _CURRENT["job"] = job.name
    if job.fmt == "pdf":
        data = write_pdf(render_pdf_html(job.book, theme), theme, warnings)
    else:
        data = write_epub(job.book, render_epub_pages(job.book, theme), render_epub_nav(job.book, theme),
                          theme, when, warnings)
    return Done(job, data, warnings, time.perf_counter() - start)


def _finish(result: Done, on_done: Callable[[Done], None]) -> Done:
    on_done(result)
    return result


# ------------------------------------------------------------ progress

_CURRENT: dict[str, str] = {}


class _ToQueue(logging.Handler):
    def __init__(self, sink) -> None:
        super().__init__(logging.INFO)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.sink.put_nowait((_CURRENT.get("job", ""), record.getMessage()))
        except Exception:        # progress is a courtesy; it never stops a build
            pass


def _listen(sink) -> None:
    """In each worker: forward WeasyPrint's progress messages to the parent."""
    logger = logging.getLogger("weasyprint.progress")
    logger.setLevel(logging.INFO)
    logger.addHandler(_ToQueue(sink))
    logger.propagate = False


def _relay(messages, progress: Callable[[str, str], None] | None) -> None:
    last: dict[str, str] = {}
    while True:
        try:
            job, text = messages.get_nowait()
        except (queue.Empty, OSError, ValueError):
            break
        last[job] = text
    if progress:
        for job, text in last.items():
            progress(job, text)
