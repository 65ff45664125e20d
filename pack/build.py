"""The orchestrator: one function that reads top to bottom like the pipeline.

    article files ─read─► Articles ─extract─► Extracted
                                  └──────────────┴─assemble─► Book (per edition)
                   layouts + styles ─render─► PDF bytes, EPUB bytes ─write─► output/<slug>/

Inputs: source paths, `Settings`, the output folder, an optional course
folder. Outputs: the written files and the warnings. Everything is read
and computed first; files are written last, atomically, and not at all
when --strict finds warnings.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pack.assemble import assemble
from pack.config import Settings
from pack.errors import StrictError
from pack.extract.run import extract_all
from pack.read import read_article
from pack.render.epub import write_epub
from pack.render.html import render_epub_nav, render_epub_pages, render_pdf_html
from pack.render.pdf import write_pdf
from pack.theme import load_theme
from pack.write import write_outputs

Reporter = Callable[[str, float], None]


@dataclass
class BuildResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def build(sources: list[Path], settings: Settings, out_dir: Path,
          course_dir: Path | None = None, report: Reporter | None = None,
          edits=None) -> BuildResult:
    result = BuildResult()
    when = build_time()
    theme = load_theme(settings.theme, course_dir)     # a bad theme fails before any work
    with _stage("read", result, report):
        articles = [read_article(path, settings.lang, settings.encoding,
                                 int(settings.max_size_mb * 1024 * 1024), _title_for(settings, sources),
                                 id_prefix=f"a{i}-" if len(sources) > 1 else "")
                    for i, path in enumerate(sources, start=1)]
    with _stage("extract", result, report):
        extracted = extract_all(articles, settings)
        if edits is not None:
            extracted = edits(extracted)
    files: list[tuple[str, bytes]] = []
    for edition in settings.editions:
        with _stage(f"assemble ({edition})", result, report):
            book = assemble(articles, extracted, settings, edition, when.strftime("%Y-%m-%d"))
        stem = book.slug if edition == "student" else f"{book.slug}-teacher"
        if "pdf" in settings.formats:
            with _stage(f"pdf ({edition})", result, report):
                files.append((f"{stem}.pdf", write_pdf(render_pdf_html(book, theme), theme,
                                                       result.warnings)))
        if "epub" in settings.formats:
            with _stage(f"epub ({edition})", result, report):
                pages = render_epub_pages(book, theme)
                files.append((f"{stem}.epub", write_epub(book, pages, render_epub_nav(book, theme),
                                                         theme, when, result.warnings)))
    result.warnings = sorted(set(result.warnings), key=result.warnings.index)
    if settings.strict and result.warnings:
        raise StrictError(f"{len(result.warnings)} warning(s) with --strict; nothing was written",
                          hint="Fix the warnings listed above, or build without --strict.")
    with _stage("write", result, report):
        result.files = write_outputs(out_dir / book.slug, files)
    return result


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


def _title_for(settings: Settings, sources: list[Path]) -> str | None:
    """--title names the book; with one article it is also the article's title."""
    return settings.title if len(sources) == 1 else None


@contextmanager
def _stage(name: str, result: BuildResult, report: Reporter | None):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    if report:
        report(name, elapsed)
