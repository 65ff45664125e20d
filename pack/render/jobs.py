"""Render stage, the jobs: every edition's PDF and EPUB, rendered in parallel.

Inputs: the assembled books (one per edition), the theme, the formats and
the build time. Outputs: (file name, bytes) pairs in a fixed order, and
the warnings the renderers raised. Each (edition, format) pair is one job.
WeasyPrint's layout is single-threaded, so with more than one core every
job runs in forked worker processes: an EPUB in one, a PDF in two — its
chapters and its appendices laid out side by side (render.parts) and
joined (render.stitch). A supervisor here answers the workers. The
results do not depend on how the jobs were scheduled; on one core, or
with TEACHPACK_WORKERS=1, everything runs in this process.

While jobs run, `progress(job, text)` is called with WeasyPrint's own
progress ("Creating layout - Page 34"), so a long PDF shows that it moves.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Callable

from pack.model import Book
from pack.render.pdf import pagerefs
from pack.render.epub import write_epub
from pack.render.html import render_epub_nav, render_epub_pages, render_pdf_html
from pack.fork import Worker, fork_worker, receive_from, worker_count
from pack.render.pdf.parts import BookNumbers, PartLayout, number_book, part_htmls, start_part
from pack.render.pdf.document import write_pdf
from pack.render.pdf.stitch import LaidOutPart, stitch
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
    html: str = ""       # with keep_html: a PDF's HTML with its page numbers written in


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


def run_jobs(jobs: list[Job], theme: Theme, when: dt.datetime, on_done: Callable[[Done], None],
             progress: Callable[[str, str], None] | None = None, keep_html: bool = False) -> list[Done]:
    """Every job, on all cores: each EPUB in a worker, each PDF in two part
    workers (render.parts). On one core (or TEACHPACK_WORKERS=1) everything
    runs here, one job after the other, each PDF as one document."""
    if worker_count() <= 1:
        with _progress_here(progress) as current:
            return [_finish(run_job(current.set(job), theme, when), on_done) for job in jobs]
    return _Supervisor(jobs, theme, when, on_done, progress, keep_html).run()


def run_job(job: Job, theme: Theme, when: dt.datetime) -> Done:
    """One job in this process."""
    start = time.perf_counter()
    warnings: list[str] = []
    html = ""
    if job.fmt == "pdf":
        data, html = write_pdf(lambda digits: render_pdf_html(job.book, theme, digits),
                               placeholder_digits(job.book), theme, warnings)
    else:
        data = _epub(job, theme, when, warnings)
    return Done(job, data, warnings, time.perf_counter() - start, html)


def _epub(job: Job, theme: Theme, when: dt.datetime, warnings: list[str]) -> bytes:
    return write_epub(job.book, render_epub_pages(job.book, theme), render_epub_nav(job.book, theme),
                      theme, when, warnings)


def placeholder_digits(book: Book) -> int:
    """How many digits the PDF's page numbers may need, generously: about
    one page per 400 characters of article (large print makes the most
    pages), at least three digits. Too many only widens a placeholder;
    too few costs a second layout (render.pdf)."""
    characters = sum(len(p.text) for a in book.articles for _, p in a.paragraphs())
    return max(3, len(str(characters // 400)))


def _finish(result: Done, on_done: Callable[[Done], None]) -> Done:
    on_done(result)
    return result


class _progress_here(logging.Handler):
    """In this process: WeasyPrint's progress goes to `progress` under the current job's name."""

    def __init__(self, progress: Callable[[str, str], None] | None) -> None:
        super().__init__(logging.INFO)
        self.progress, self.job = progress, None
        self.logger = logging.getLogger("weasyprint.progress")

    def set(self, job: Job) -> Job:
        self.job = job
        return job

    def emit(self, record: logging.LogRecord) -> None:
        if self.progress and self.job:
            self.progress(self.job.name, record.getMessage())

    def __enter__(self):
        self.logger.setLevel(logging.INFO)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc) -> bool:
        self.logger.removeHandler(self)
        return False


# ------------------------------------------------------------ the supervisor


class _Supervisor:
    """Runs the workers and answers them: EPUB workers send their file; PDF
    part workers report their layout, get their page numbers once every
    part of their book has reported, and send their PDF to be stitched."""

    def __init__(self, jobs, theme, when, on_done, progress, keep_html) -> None:
        self.jobs, self.theme, self.when = jobs, theme, when
        self.on_done, self.progress, self.keep_html = on_done, progress, keep_html
        self.finished: dict[str, Done] = {}
        self.units: dict[object, tuple[Job, int]] = {}      # pipe -> (job, part index)
        self.pdfs: dict[str, _PdfJob] = {}
        self.epubs: list[Worker] = []
        self.waiting = [job for job in jobs if job.fmt == "epub"]

    def run(self) -> list[Done]:
        try:
            for job in self.jobs:
                if job.fmt == "pdf":
                    self._start(job)
            self._start_waiting()
            while self.units:
                for conn in wait(list(self.units)):
                    self._handle(conn)
                self._start_waiting()
        finally:
            self._stop_all()
        return [self.finished[job.name] for job in self.jobs]

    def _start_waiting(self) -> None:
        """EPUBs start when a core is free of layout: a part that has laid
        itself out waits for the other part's numbers, and an EPUB fits there."""
        laying_out = sum(len(p.workers) - len(p.layouts) for p in self.pdfs.values())
        while self.waiting and laying_out < worker_count():
            self._start(self.waiting.pop(0))
            laying_out += 1

    def _start(self, job: Job, digits: int | None = None) -> None:
        if job.fmt == "epub":
            worker = fork_worker(_epub_worker, (job, self.theme, self.when))
            self.epubs.append(worker)
            self.units[worker.conn] = (job, 0)
            return
        digits = digits or placeholder_digits(job.book)
        htmls = part_htmls(job.book, self.theme, digits)
        pdf = _PdfJob(job, digits, time.perf_counter())
        self.pdfs[job.name] = pdf
        for index, html in enumerate(htmls):
            worker = start_part(html, self.theme)
            pdf.workers.append(worker)
            self.units[worker.conn] = (job, index)

    def _handle(self, conn) -> None:
        job, index = self.units[conn]
        message = receive_from(conn)
        kind = message[0]
        if kind == "progress":
            if self.progress:
                parts = len(self.pdfs[job.name].workers) if job.fmt == "pdf" else 1
                self.progress(f"{job.name} {index + 1}/{parts}" if parts > 1 else job.name, message[1])
        elif kind == "error":
            raise message[1]
        elif kind == "bug":
            raise RuntimeError(f"{job.name} failed in a worker process:\n{message[1]}")
        elif kind == "epub":
            del self.units[conn]
            self._done(Done(job, message[1], message[2], message[3]))
        elif kind == "laid out":
            self._laid_out(self.pdfs[job.name], index, message[1])
        elif kind == "done":
            del self.units[conn]
            self._part_done(self.pdfs[job.name], index, message[1], message[2])

    def _laid_out(self, pdf: "_PdfJob", index: int, layout: PartLayout) -> None:
        pdf.layouts[index] = layout
        if len(pdf.layouts) < len(pdf.workers):
            return
        book = number_book([pdf.layouts[i] for i in range(len(pdf.workers))])
        if pagerefs.digits_needed(book.total) > pdf.digits:
            # Longer than the estimate: lay out again with wider placeholders.
            self._retire(pdf)
            self._start(pdf.job, pagerefs.digits_needed(book.total))
            return
        pdf.numbers = book
        for i, worker in enumerate(pdf.workers):
            worker.conn.send(("numbers", book.numbers, book.first_pages[i], book.total))

    def _part_done(self, pdf: "_PdfJob", index: int, drawn: list[LaidOutPart], warnings: list[str]) -> None:
        drawn[0].blank_before = pdf.numbers.blank_before[index]
        pdf.parts[index] = drawn
        pdf.warnings[index] = warnings
        if len(pdf.parts) < len(pdf.workers):
            return
        parts = [piece for i in range(len(pdf.workers)) for piece in pdf.parts[i]]
        data = stitch(parts) if len(parts) > 1 else parts[0].data
        html = ""
        if self.keep_html:
            html = pagerefs.fill_html(render_pdf_html(pdf.job.book, self.theme, pdf.digits), pdf.numbers.numbers)
        warnings = [w for i in range(len(pdf.workers)) for w in pdf.warnings[i]]
        self._done(Done(pdf.job, data, warnings, time.perf_counter() - pdf.start, html))

    def _done(self, done: Done) -> None:
        self.finished[done.job.name] = _finish(done, self.on_done)

    def _retire(self, pdf: "_PdfJob") -> None:
        for worker in pdf.workers:
            self.units.pop(worker.conn, None)
            worker.conn.send(("stop",))
            worker.conn.close()
            worker.process.join()

    def _stop_all(self) -> None:
        for conn in list(self.units):
            conn.close()
        for pdf in self.pdfs.values():
            for worker in pdf.workers:
                if worker.process.is_alive():
                    worker.process.terminate()
                worker.process.join()
        for worker in self.epubs:
            worker.process.join()


@dataclass
class _PdfJob:
    job: Job
    digits: int
    start: float
    workers: list[Worker] = field(default_factory=list)
    layouts: dict[int, PartLayout] = field(default_factory=dict)
    parts: dict[int, list[LaidOutPart]] = field(default_factory=dict)   # each part drawn in one or two pieces
    warnings: dict[int, list[str]] = field(default_factory=dict)
    numbers: BookNumbers | None = None


def _epub_worker(conn, job: Job, theme: Theme, when: dt.datetime) -> None:
    start = time.perf_counter()
    warnings: list[str] = []
    data = _epub(job, theme, when, warnings)
    conn.send(("epub", data, warnings, time.perf_counter() - start))
