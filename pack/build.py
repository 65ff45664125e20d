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
from pack.config.course import chapter_warnings
from pack.errors import ConfigError, StrictError, UsageError
from pack.export import export_files
from pack.extract.run import extract_all
from pack.model import Article, Extracted
from pack.paths import course_path
from pack.read import read_article
from pack.render.booklet import impose, too_thick
from pack.read.decode import STRAY_BYTES
from pack.read.parse import OUTLINE
from pack.render.fonts import uncovered_characters
from pack.render.jobs import Done, plan_jobs, run_jobs
from pack.render.urlguard import check_stylesheets, standalone
from pack.review import write_reviews
from pack.theme import load_theme
from pack.wiki import saved
from pack.write import write_outputs

Reporter = Callable[[str, float], None]
LAST_YEAR = 2107


@dataclass
class BuildResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def build(sources: list[Path], settings: Settings, out_dir: Path,
          course_dir: Path | None = None, report: Reporter | None = None,
          edits=None, progress: Callable[[str, str], None] | None = None,
          out_root: Path | None = None) -> BuildResult:
    """`out_root`: the folder the output must stay inside (a course's own, see pack.paths)."""
    if settings.booklet and "pdf" not in settings.formats:
        raise ConfigError("a booklet is made from the PDF, but the PDF is not built", where="booklet",
                          hint="Add the pdf format (--format pdf), or leave the booklet out.")
    result = BuildResult()
    when = build_time()                                # a bad SOURCE_DATE_EPOCH fails before any work
    theme = load_theme(settings.theme, course_dir)     # a bad theme fails before any work
    check_stylesheets(theme, settings.paper)
    with _stage("read", result, report):
        articles = read_articles(sources, settings)
        result.warnings += read_warnings(articles)
        result.warnings += chapter_warnings(articles, settings) + _font_warnings(articles, theme)
    with _stage("extract", result, report):
        extracted, settings = with_edits(extract_all(articles, settings), settings, edits,
                                         articles, result.warnings)
    books = {}
    for edition in settings.editions:
        with _stage(f"assemble ({edition})", result, report):
            books[edition] = assemble(articles, extracted, settings, edition, when.strftime("%Y-%m-%d"))
    book = books[settings.editions[0]]
    if out_root is not None:
        course_path(out_root, (out_dir / book.slug).relative_to(out_root), "output.folder")

    def finished(done: Done) -> None:
        result.timings[done.job.name] = done.seconds
        if report:
            report(done.job.name, done.seconds)
    files, kept_html = [], []
    for done in run_jobs(plan_jobs(books, settings.formats), theme, when, finished, progress, settings.keep_html):
        result.warnings += done.warnings
        files.append((done.job.file, done.data))
        if done.html:
            kept_html.append((done.job.file.replace(".pdf", ".html"),
                              standalone(done.html, theme).encode("utf-8")))
        if settings.booklet and done.job.fmt == "pdf":
            with _stage(f"booklet ({done.job.name[5:-1]})", result, report):
                files.append((done.job.file.replace(".pdf", "-booklet.pdf"), impose(done.data)))
                result.warnings += [w for w in [too_thick(done.data)] if w]
    if settings.keep_html:
        files += kept_html
    if settings.exports:
        with _stage("export", result, report):
            exported, warnings = export_files(book, settings.exports, when)
            files += exported
            result.warnings += warnings
    result.warnings = sorted(set(result.warnings), key=result.warnings.index)
    if settings.strict and result.warnings:
        listed = "".join(f"\n  warning: {warning}" for warning in result.warnings)
        raise StrictError(f"{len(result.warnings)} warning(s) with --strict; nothing was written:{listed}",
                          hint="Fix these warnings, or build without --strict.")
    with _stage("write", result, report):
        result.files = write_outputs(out_dir / book.slug, files)
    return result


def with_edits(extracted: Extracted, settings: Settings, edits, articles: list[Article],
               warnings: list[str]) -> tuple[Extracted, Settings]:
    """A course's reviewed lists (`edits`) over what was extracted, and the
    settings that print them whole (the teacher chose them)."""
    if edits is None:
        return extracted, settings
    extracted = edits(extracted, articles, warnings)
    return extracted, replace(settings,
                              glossary_entries=max(settings.glossary_entries, len(extracted.glossary)),
                              people_entries=max(settings.people_entries, len(extracted.people)))


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
    articles = []
    for i, path in enumerate(sources, start=1):
        article = read_article(path, settings.lang or saved.language(path), settings.encoding,
                               int(settings.max_size_mb * 1024 * 1024),
                               id_prefix=f"a{i}-" if len(sources) > 1 else "", chapters=settings.chapters)
        saved.attach(article, path)      # a fetched article: its revision, links and picture
        articles.append(article)
    return articles


def read_warnings(articles: list[Article]) -> list[str]:
    """What the reader had to repair and the teacher should check."""
    return [f"{article.source_name}: {repair}" for article in articles for repair in article.repairs
            if repair.startswith((STRAY_BYTES, OUTLINE))]


def extract_for_review(sources: list[Path], settings: Settings, course_dir: Path) -> list[str]:
    """`teachpack extract`: read and extract, then write the course's review
    files (keeping the teacher's edits). Returns one summary line per list."""
    articles = read_articles(sources, settings)
    extracted = extract_all(articles, settings)
    return write_reviews(course_dir, extracted, articles, settings.appendices)


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)
    try:
        when = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc) if epoch.isdigit() else None
    except (OverflowError, OSError, ValueError):
        when = None
    if when is None or when.year > LAST_YEAR:       # an EPUB is a ZIP: its dates end in 2107
        raise UsageError(f"{epoch[:40]!r} is not a time teachpack can use", where="SOURCE_DATE_EPOCH",
                         hint=f"Give whole seconds since 1970-01-01 UTC up to the year {LAST_YEAR} "
                              "(e.g. 1764400000), or unset it.")
    return when


@contextmanager
def _stage(name: str, result: BuildResult, report: Reporter | None):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    result.timings[name] = elapsed
    if report:
        report(name, elapsed)
