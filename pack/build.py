"""The orchestrator: one function that reads top to bottom like the pipeline.

    article files ─read─► Articles ─extract─► Extracted
                                  └──────────────┴─assemble─► Book (per edition)
                   layouts + styles ─render─► PDF bytes, EPUB bytes ─write─► output/<slug>/

Inputs: source paths, `Settings`, the output folder, an optional course
folder (its layouts and styles win over the built-in ones) and optional
`edits(extracted, articles, warnings) -> Extracted`, a course's reviewed
lists (`pack.review`). Outputs: the written files and the warnings.
Everything is read and computed first; files are written last,
atomically, and not at all when --strict finds warnings.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from pack.assemble import assemble
from pack.config import Settings
from pack.course import chapter_warnings
from pack.errors import ConfigError, StrictError
from pack.extract.run import extract_all
from pack.model import Article
from pack.read import read_article
from pack.render.booklet import impose, too_thick
from pack.render.fonts import uncovered_characters
from pack.render.jobs import Done, plan_jobs, run_jobs
from pack.review import write_reviews
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
          edits=None, progress: Callable[[str, str], None] | None = None) -> BuildResult:
    if settings.booklet and "pdf" not in settings.formats:
        raise ConfigError("a booklet is made from the PDF, but the PDF is not built", where="booklet",
                          hint="Add the pdf format (--format pdf), or leave the booklet out.")
    result = BuildResult()
    when = build_time()
    theme = load_theme(settings.theme, course_dir)     # a bad theme fails before any work
    with _stage("read", result, report):
        articles = read_articles(sources, settings)
        result.warnings += chapter_warnings(articles, settings) + _font_warnings(articles, theme)
    with _stage("extract", result, report):
        extracted = extract_all(articles, settings)
        if edits is not None:
            extracted = edits(extracted, articles, result.warnings)
            # Reviewed lists were chosen by the teacher: print them whole.
            settings = replace(settings,
                               glossary_entries=max(settings.glossary_entries, len(extracted.glossary)),
                               people_entries=max(settings.people_entries, len(extracted.people)))
    books = {}
    for edition in settings.editions:
        with _stage(f"assemble ({edition})", result, report):
            books[edition] = assemble(articles, extracted, settings, edition, when.strftime("%Y-%m-%d"))
    book = books[settings.editions[0]]

    def finished(done: Done) -> None:
        result.timings[done.job.name] = done.seconds
        if report:
            report(done.job.name, done.seconds)
    files, kept_html = [], []
    for done in run_jobs(plan_jobs(books, settings.formats), theme, when, finished, progress, settings.keep_html):
        result.warnings += done.warnings
        files.append((done.job.file, done.data))
        if done.html:
            kept_html.append((done.job.file.replace(".pdf", ".html"), done.html.encode("utf-8")))
        if settings.booklet and done.job.fmt == "pdf":
            with _stage(f"booklet ({done.job.name[5:-1]})", result, report):
                files.append((done.job.file.replace(".pdf", "-booklet.pdf"), impose(done.data)))
                result.warnings += [w for w in [too_thick(done.data)] if w]
    if settings.keep_html:
        files += kept_html
    result.warnings = sorted(set(result.warnings), key=result.warnings.index)
    if settings.strict and result.warnings:
        raise StrictError(f"{len(result.warnings)} warning(s) with --strict; nothing was written",
                          hint="Fix the warnings listed above, or build without --strict.")
    with _stage("write", result, report):
        result.files = write_outputs(out_dir / book.slug, files)
    return result


def _font_warnings(articles: list[Article], theme) -> list[str]:
    text = "".join(p.text for a in articles for _, p in a.paragraphs())
    missing = uncovered_characters(theme, text)
    if not missing:
        return []
    shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
    return [f"the theme's fonts cannot draw {len(missing)} character(s) of the article ({shown}); "
            "they will show as empty boxes. Add a font that covers them in the course's styles/fonts.css."]


def read_articles(sources: list[Path], settings: Settings) -> list[Article]:
    """The articles, in order; several get id prefixes (a1-, a2- ...) so ids stay unique.

    --title (or a course's title) names the book, not the article: the
    article keeps its own title, which its source link and attribution need.
    """
    return [read_article(path, settings.lang, settings.encoding,
                         int(settings.max_size_mb * 1024 * 1024),
                         id_prefix=f"a{i}-" if len(sources) > 1 else "")
            for i, path in enumerate(sources, start=1)]


def extract_for_review(sources: list[Path], settings: Settings, course_dir: Path) -> list[str]:
    """`teachpack extract`: read and extract, then write the course's review
    files (keeping the teacher's edits). Returns one summary line per list."""
    articles = read_articles(sources, settings)
    extracted = extract_all(articles, settings)
    return write_reviews(course_dir, extracted, articles[0].lang, settings.appendices)


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


@contextmanager
def _stage(name: str, result: BuildResult, report: Reporter | None):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    if report:
        report(name, elapsed)
