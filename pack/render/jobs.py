"""Render stage, the jobs: every edition's PDF and EPUB, rendered in parallel.

Inputs: the assembled books (one per edition), the theme, the formats and
the build time. Outputs: (file name, bytes) pairs in a fixed order, and
the warnings the renderers raised. Each (edition, format) pair is one job.
WeasyPrint's layout is single-threaded, so with more than one process
allowed (pack.fork.worker_count) every job runs in forked worker
processes: an EPUB in one, a PDF as render.pdf chooses — in two parts at
once (render.pdf.parts, joined by render.pdf.stitch), or as one document
in one worker when only a whole document makes the same book. A
supervisor here answers the workers; their messages are the types of
pack.messages. The results do not depend on how the jobs were scheduled;
with TEACHPACK_WORKERS=1 everything runs in this process.

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

from pack.fork import Worker, fork_worker, receive_from, worker_count
from pack.messages import Drawn, FileMade, NotDivided, Numbers, PartLayout, Progress, Stop
from pack.model import Book
from pack.render.epub import write_epub
from pack.render.html import render_epub_nav, render_epub_pages, render_pdf_html
from pack.render.hyphenruns import keep_whole
from pack.render.pagelist import PageStart
from pack.render.pdf import PARTS, choose_strategy, pagerefs, write_document
from pack.render.pdf.document import relay_progress
from pack.render.pdf.parts import BookNumbers, NotDivisible, number_book, part_worker, plan_parts
from pack.render.pdf.stitch import compact, stitch
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
    page_starts: list[PageStart] | None = None     # a PDF's: where its pages begin


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
    """Every job, on all the processes allowed (render.jobs' docstring).
    With one process everything runs here, one job after the other, each
    PDF as one document."""
    if worker_count() <= 1:
        done, starts = [], {}
        with _progress_here(progress) as current:
            for job in jobs:          # PDFs first (plan_jobs): an EPUB's page list follows its edition's PDF
                done.append(_finish(run_job(current.set(job), theme, when, starts.get(job.book.edition)),
                                    on_done))
                if job.fmt == "pdf":
                    starts[job.book.edition] = done[-1].page_starts
        return done
    return _Supervisor(jobs, theme, when, on_done, progress, keep_html).run()


def run_job(job: Job, theme: Theme, when: dt.datetime, page_starts: list[PageStart] | None = None) -> Done:
    """One job in this process; a PDF as one document, an EPUB with the page list of `page_starts`."""
    start = time.perf_counter()
    made = _make_file(job, theme, when, page_starts)
    return Done(job, made.data, made.warnings, time.perf_counter() - start, made.html, made.page_starts)


def _make_file(job: Job, theme: Theme, when: dt.datetime, page_starts: list[PageStart] | None) -> FileMade:
    start = time.perf_counter()
    warnings: list[str] = []
    if job.fmt == "pdf":
        data, html, starts = write_document(job.book, theme, choose_strategy(job.book, theme).digits, warnings)
        return FileMade(data, warnings, time.perf_counter() - start, html, starts)
    pages = render_epub_pages(job.book, theme, page_starts)
    data = write_epub(job.book, pages, render_epub_nav(job.book, theme, pages), theme, when, warnings)
    return FileMade(data, warnings, time.perf_counter() - start)


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
    """Runs the workers and answers them: a file worker (an EPUB, a PDF as
    one document) sends its file; a PDF part reports its layout, gets its
    page numbers once every part of its book has reported, and sends its
    PDF to be stitched."""

    def __init__(self, jobs, theme, when, on_done, progress, keep_html) -> None:
        self.jobs, self.theme, self.when = jobs, theme, when
        self.on_done, self.progress, self.keep_html = on_done, progress, keep_html
        self.finished: dict[str, Done] = {}
        self.units: dict[object, tuple[Job, int]] = {}      # pipe -> (job, part index)
        self.workers: list[Worker] = []
        self.pdfs: dict[str, _PdfJob] = {}
        self.waiting = [job for job in jobs if job.fmt == "epub"]

    def run(self) -> list[Done]:
        try:
            for job in self.jobs:
                if job.fmt == "pdf":
                    self._start_pdf(job)
            self._start_waiting()
            while self.units:
                for conn in wait(list(self.units)):
                    self._handle(conn)
                self._start_waiting()
        finally:
            self._stop_all()
        return [self.finished[job.name] for job in self.jobs]

    def _start_waiting(self) -> None:
        """EPUBs start while fewer processes are at work than allowed. With its
        edition's PDF in the build an EPUB waits for where that PDF's pages
        begin, which its page list follows."""
        busy = self._busy()
        for job in list(self.waiting):
            source = next((p for p in self.pdfs.values() if p.job.book.edition == job.book.edition), None)
            if busy >= worker_count() or (source is not None and source.starts is None):
                continue
            self.waiting.remove(job)
            self._start_file(job, source.starts if source else None)
            busy += 1

    def _busy(self) -> int:
        """Processes at work: every worker but the parts that wait for their
        numbers, and each part's second drawer (render.pdf.draw)."""
        return len(self.units) + sum(p.drawing_twice() - p.waiting() for p in self.pdfs.values())

    def _fork(self, job: Job, index: int, target, args: tuple) -> Worker:
        worker = fork_worker(target, args)
        self.workers.append(worker)
        self.units[worker.conn] = (job, index)
        return worker

    def _start_file(self, job: Job, page_starts: list[PageStart] | None = None) -> None:
        """An EPUB, or a PDF as one document, in one worker."""
        self._fork(job, 0, _file_worker, (job, self.theme, self.when, page_starts))

    def _start_pdf(self, job: Job, digits: int | None = None) -> None:
        strategy = choose_strategy(job.book, self.theme)
        digits = digits or strategy.digits
        plans = plan_parts(job.book, digits) if strategy.name == PARTS else None
        pdf = _PdfJob(job, digits, time.perf_counter(), parted=plans is not None)
        self.pdfs[job.name] = pdf
        if plans is None:
            self._start_file(job)
            return
        for index, plan in enumerate(plans):
            pdf.workers[index] = self._fork(job, index, part_worker, (plan, self.theme))

    def _handle(self, conn) -> None:
        job, index = self.units[conn]
        message = receive_from(conn)
        match message:
            case Progress(text):
                if self.progress:
                    parts = len(self.pdfs[job.name].workers) if job.name in self.pdfs else 0
                    self.progress(f"{job.name} {index + 1}/{parts}" if parts > 1 else job.name, text)
            case FileMade():
                del self.units[conn]
                if job.name in self.pdfs:
                    self.pdfs[job.name].starts = message.page_starts
                self._done(Done(job, message.data, message.warnings, message.seconds, message.html,
                                message.page_starts))
            case PartLayout():
                self._laid_out(self.pdfs[job.name], index, message)
            case NotDivided():
                self._as_one_document(self.pdfs[job.name])
            case Drawn():
                del self.units[conn]
                self._part_done(self.pdfs[job.name], index, message)

    def _laid_out(self, pdf: "_PdfJob", index: int, layout: PartLayout) -> None:
        pdf.layouts[index] = layout
        if len(pdf.layouts) < len(pdf.workers):
            return
        try:
            book = number_book([pdf.layouts[i] for i in range(len(pdf.workers))])
        except NotDivisible:
            self._as_one_document(pdf)
            return
        if pagerefs.digits_needed(book.total) > pdf.digits:
            # Longer than the estimate: lay out again with wider placeholders.
            self._retire(pdf)
            self._start_pdf(pdf.job, pagerefs.digits_needed(book.total))
            return
        # A part draws in two processes only while that stays within the limit.
        pdf.drawers = 2 if self._busy() + 2 * len(pdf.workers) <= worker_count() else 1
        pdf.numbers, pdf.starts = book, book.starts
        for i, worker in pdf.workers.items():
            worker.conn.send(Numbers(book.numbers, book.keep_from[i], book.first_pages[i], book.total,
                                     pdf.drawers))

    def _as_one_document(self, pdf: "_PdfJob") -> None:
        self._retire(pdf)
        pdf.parted = False
        self._start_file(pdf.job)

    def _part_done(self, pdf: "_PdfJob", index: int, drawn: Drawn) -> None:
        pdf.parts[index] = drawn
        if len(pdf.parts) < len(pdf.workers):
            return
        ordered = [pdf.parts[i] for i in range(len(pdf.workers))]
        pieces = [piece for part in ordered for piece in part.pieces]
        data = stitch(pieces) if len(pieces) > 1 else compact(pieces[0].data)
        html = ""
        if self.keep_html:
            # The book as one document, with what the parts' hyphenation rounds changed.
            whole = keep_whole(render_pdf_html(pdf.job.book, self.theme, pdf.digits),
                               [word for part in ordered for word in part.kept])
            html = pagerefs.fill_html(whole, pdf.numbers.numbers)
        warnings = [w for part in ordered for w in part.warnings]
        self._done(Done(pdf.job, data, warnings, time.perf_counter() - pdf.start, html, pdf.numbers.starts))

    def _done(self, done: Done) -> None:
        self.finished[done.job.name] = _finish(done, self.on_done)

    def _retire(self, pdf: "_PdfJob") -> None:
        for worker in pdf.workers.values():
            self._stop(worker)
        pdf.workers.clear()
        pdf.layouts.clear()

    def _stop(self, worker: Worker) -> None:
        self.units.pop(worker.conn, None)
        try:
            worker.conn.send(Stop())
        except (BrokenPipeError, OSError):
            pass                      # it has ended already
        worker.conn.close()
        worker.process.join()

    def _stop_all(self) -> None:
        """Every worker ended: those still working (a job failed) are stopped."""
        unfinished = set(self.units)
        for worker in self.workers:
            if worker.conn in unfinished and worker.process.is_alive():
                worker.process.terminate()
            worker.conn.close()
            worker.process.join()


@dataclass
class _PdfJob:
    job: Job
    digits: int
    start: float
    parted: bool
    workers: dict[int, Worker] = field(default_factory=dict)
    layouts: dict[int, PartLayout] = field(default_factory=dict)
    parts: dict[int, Drawn] = field(default_factory=dict)       # each part drawn in one or two pieces
    numbers: BookNumbers | None = None
    starts: list[PageStart] | None = None      # where its pages begin, once known
    drawers: int = 1                           # processes each part draws in

    def waiting(self) -> int:
        """Parts laid out and waiting for their numbers: idle processes."""
        return len(self.layouts) if self.parted and self.numbers is None else 0

    def drawing_twice(self) -> int:
        """Second drawers at work (a part drawn in two processes)."""
        return len(self.workers) - len(self.parts) if self.parted and self.drawers == 2 else 0


def _file_worker(conn, job: Job, theme: Theme, when: dt.datetime, page_starts: list[PageStart] | None) -> None:
    relay_progress(conn)
    conn.send(_make_file(job, theme, when, page_starts))
