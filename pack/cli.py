"""The command line (Click). Parses options and calls the stages; no logic.

Inputs: argv. Outputs: files via `pack.build`, progress and warnings on
stderr, exit statuses as documented in `pack.errors` and the README.
Commands: build (article files or a course folder), init (a new course
folder), extract (a course's review files), themes, layouts. An option
given here wins over the course file, which wins over the defaults.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pack import __version__
from pack.config import APPENDICES, EDITIONS, FORMATS, PAPERS

# Each command imports the stages it uses when it runs (pack.config.course brings
# in the review files, themes and Jinja): `--help` and `--version` need none.


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="teachpack")
def main() -> None:
    """Turn an encyclopedia article into a printable teaching pack (PDF + EPUB)."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Folder the book's folder is written into. Default: output/, or DIR/output/ for a course.")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Build only this format (repeat for both). Default: pdf and epub.")
@click.option("--edition", "editions", type=click.Choice(EDITIONS), multiple=True,
              help="student (default) or teacher; repeat for both.")
@click.option("--lang", help="Language of the article (id, en). Default: detected.")
@click.option("--title", help="The book's title. Default: the article's subject.")
@click.option("--subtitle", help="Line under the title. Default: 'A teaching pack' in the book's language.")
@click.option("--author", help="Teacher or school shown on the cover and title page.")
@click.option("--theme", help="Built-in theme (see `teachpack themes`). Default: classroom.")
@click.option("--paper", type=click.Choice(PAPERS), help="Paper size of the PDF. Default: A4.")
@click.option("--booklet/--no-booklet", default=None,
              help="Also write <slug>-booklet.pdf: the pages two-up in saddle-stitch order "
                   "(A5 pages on A4 sheets with --paper A5).")
@click.option("--encoding", help="Encoding of the article file. Default: UTF-8/UTF-16 by BOM, else Windows-1252.")
@click.option("--max-size", "max_size_mb", type=click.FloatRange(min=0.001),
              help="Refuse article files larger than this many MB. Default: 20.")
@click.option("--appendix", "appendices", type=click.Choice(APPENDICES + ("none",)), multiple=True,
              help="Include only these appendices (repeat), or 'none'. Default: all four.")
@click.option("--glossary-entries", type=click.IntRange(min=0), help="Most glossary entries. Default: 60.")
@click.option("--people-entries", type=click.IntRange(min=0), help="Most who's-who entries. Default: 40.")
@click.option("--timeline", "timeline_events", type=click.Choice(["key", "all"]),
              help="Key events only (default) or every dated event.")
@click.option("--questions-per-chapter", type=click.IntRange(min=1), help="Questions per chapter. Default: 6.")
@click.option("--chapter-questions/--no-chapter-questions", default=None,
              help="Also print each chapter's questions at the chapter's end.")
@click.option("--strict", is_flag=True, default=None, help="Fail (exit 7) if there are any warnings; write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also print the renderer's progress, page by page.")
@click.option("--keep-html", is_flag=True, default=None,
              help="Also write the PDF's HTML (<slug>.html), e.g. to render it with WeasyPrint alone.")
def build(sources, out_dir, quiet, verbose, **options) -> None:
    """Build the teaching pack of SOURCES: article files, or course folders.

    A course folder (one with a course.toml, see `teachpack init`) builds
    its own articles with its settings, layouts, styles and reviewed
    lists; the options given here win over its course.toml. Several course
    folders are built at the same time, on all cores. With no
    SOURCE, builds the bundled sample article (the Indonesian Wikipedia
    biography of Stalin). Writes OUT/<slug>/<slug>.pdf and .epub (and
    <slug>-teacher.* for the teacher's edition, <slug>-booklet.pdf for
    --booklet).
    """
    from pack.build import build as run_build
    from pack.config.course import is_course, plan_build

    if len(sources) > 1 and all(is_course(path) for path in sources):
        _build_courses(list(sources), _given(options), out_dir, quiet)
        return
    plan = plan_build(list(sources), _given(options), out_dir)
    result = run_build(plan.sources, plan.settings, plan.out_dir, course_dir=plan.course_dir,
                       report=_reporter(quiet, verbose), edits=plan.edits,
                       progress=_progress(quiet, verbose))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        for path in result.files:
            click.echo(str(path))


def _build_courses(folders: list[Path], given: dict, out_dir: Path | None, quiet: bool) -> None:
    """Several course folders: every course checked first, then all built at once."""
    from pack.batch import build_courses
    from pack.config.course import plan_build

    plans = [plan_build([folder], given, out_dir) for folder in folders]

    def tell(done) -> None:
        name = done.plan.course_dir.name
        if done.error is not None:
            click.echo(f"{name}: failed: {done.error}", err=True)
            return
        for warning in done.result.warnings:
            click.echo(f"warning: {name}: {warning}", err=True)
        if not quiet:
            for path in done.result.files:
                click.echo(str(path))
    failed = [done for done in build_courses(plans, tell) if done.error is not None]
    if failed:
        # Every failure was told above; the exit status is the first one's.
        raise click.exceptions.Exit(getattr(failed[0].error, "exit_code", 1))


def _given(options: dict) -> dict:
    """Options given on the command line (not None, not an empty repeat):
    only these override the course file and the defaults."""
    given = {k: v for k, v in options.items() if v is not None and v != ()}
    if "none" in given.get("appendices", ()):
        given["appendices"] = ()
    return given


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--article", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Copy this article into the course. Default: the bundled sample article.")
def init(folder, article) -> None:
    """Make FOLDER a new course: a commented course.toml and an article.

    Build it at once with `teachpack build FOLDER`; edit course.toml to
    change the title, teacher, theme, paper, appendices and chapters.
    """
    from pack.config.course import COURSE_FILE, init_course

    for path in init_course(folder, article):
        click.echo(f"wrote {path}")
    click.echo(f"next: edit {folder / COURSE_FILE}, then run: teachpack build {folder}")


@main.command()
@click.argument("course", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", help="Language of the article (id, en). Default: the course's, or detected.")
def extract(course, lang) -> None:
    """Write COURSE's glossary, who's who, timeline and questions to review.

    The lists land in COURSE/review/*.toml as commented TOML: edit,
    delete or add entries there, and every build prints your version.
    Run it again after the article changed: your edits are kept, and it
    says what is new (your previous file is saved as a .bak first).
    """
    from pack.build import extract_for_review
    from pack.config.course import plan_build

    plan = plan_build([course], _given({"lang": lang}), None)
    lines = extract_for_review(plan.sources, plan.settings, plan.course_dir)
    for line in lines or ["nothing to review: the course prints no appendices ([appendices] include)"]:
        click.echo(line)


@main.command()
@click.argument("course", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def themes(course) -> None:
    """List the built-in themes (and a COURSE folder's own)."""
    from pack.config.course import course_themes
    from pack.theme import themes_available

    described = themes_available()
    for name in course_themes(course.resolve() if course else None):
        click.echo(f"{name:14} {described.get(name, '(this course)')}")


@main.command()
@click.argument("course", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--theme", help="Theme to show. Default: the course's, else classroom.")
def layouts(course, theme) -> None:
    """Show which file wins for every layout, style and asset name.

    A COURSE folder's own file beats the built-in file of the same name;
    its course.css comes last of all the stylesheets.
    """
    from pack.config.course import is_course, load_course
    from pack.theme import load_theme

    if theme is None:
        theme = load_course(course).settings.theme if course and is_course(course) else "classroom"
    chosen = load_theme(theme, course)
    for folder in ("layouts", "styles", "assets"):
        for name, path in chosen.winners(folder).items():
            click.echo(f"{name:48} {chosen.origin(path)}")
    if course and (course / "course.css").is_file():
        click.echo(f"{'course.css':48} course")


def _reporter(quiet: bool, verbose: bool):
    """Each stage and its time on stderr (a long stage shows as it finishes)."""
    if quiet:
        return None

    def report(stage: str, seconds: float) -> None:
        if sys.stderr.isatty():
            click.echo("\r" + " " * 78 + "\r", err=True, nl=False)    # clear the progress line
        click.echo(f"  {stage:<22} {seconds:6.2f} s", err=True)
    return report


def _progress(quiet: bool, verbose: bool):
    """The renderer's progress while a long PDF is laid out: one line kept
    up to date on a terminal; every message with --verbose elsewhere."""
    if quiet or not (verbose or sys.stderr.isatty()):
        return None

    def show(job: str, message: str) -> None:
        message = message.split(" - ", 1)[-1]          # "Step 5 - Creating layout - Page 34"
        if sys.stderr.isatty():
            click.echo(f"\r  {job:<22} {message[:50]:<50}", err=True, nl=False)
        else:
            click.echo(f"  {job:<22} {message}", err=True)
    return show


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
