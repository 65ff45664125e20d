"""The command line (Click). Parses options and calls the stages; no logic.

Inputs: argv. Outputs: files via `pack.build`, progress and warnings on
stderr, exit statuses as documented in `pack.errors` and the README.
Commands: build (article files or a course folder), init (a new course
folder), extract (a course's review files), review (the same in the
browser), themes, layouts. An option
given here wins over the course file, which wins over the defaults.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pack import __version__
from pack.config import APPENDICES, EDITIONS, EXPORTS, FORMATS, MAX_SIZE_LIMIT_MB, PAPERS

# Each command imports the stages it uses when it runs (pack.config.course brings
# in the review files, themes and Jinja): `--help` and `--version` need none.


class Commands(click.Group):
    """Click's group, with Ctrl-C one message and exit status 130 (Click's
    own answer is "Aborted!" and status 1, the status of a bug), and a
    user's mistake (`pack.errors.PackError`) handed to Click as its own
    exception: Click prints it and exits with its status."""

    def invoke(self, ctx):
        from pack.errors import Interrupted, PackError
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            stopped = Interrupted("interrupted", hint="A book's files are replaced together at the "
                                  "very end: each is the old set or the new one, never a mix.")
            raise _for_click(stopped) from None
        except PackError as error:
            raise _for_click(error) from error


def _for_click(error) -> click.ClickException:
    """The mistake as Click's exception: the same message and exit status."""
    shown = click.ClickException(error.message)
    shown.exit_code = error.exit_code
    return shown


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="teachpack")
def main() -> None:
    """Turn an encyclopedia article into a printable teaching pack (PDF + EPUB)."""


@main.command()
@click.argument("sources", nargs=-1)
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
@click.option("--paper", metavar="[A4|Letter|A5]", callback=lambda ctx, param, value: _paper(value),
              help="Paper size of the PDF (in any case: a5 is A5). Default: A4.")
@click.option("--booklet/--no-booklet", default=None,
              help="Also write <slug>-booklet.pdf: the pages two-up in saddle-stitch order "
                   "(A5 pages on A4 sheets with --paper A5).")
@click.option("--encoding", help="Encoding of the article file. Default: UTF-8/UTF-16 by BOM, else Windows-1252.")
@click.option("--max-size", "max_size_mb", type=click.FloatRange(min=0.001, max=MAX_SIZE_LIMIT_MB),
              callback=lambda ctx, param, value: _finite(value, param),
              help="Refuse article files larger than this many MB. Default: 20.")
@click.option("--appendix", "appendices", type=click.Choice(APPENDICES + ("none",)), multiple=True,
              help="Include only these appendices (repeat), or 'none'. Default: all four.")
@click.option("--glossary-entries", type=click.IntRange(min=0), help="Most glossary entries. Default: 60.")
@click.option("--people-entries", type=click.IntRange(min=0), help="Most who's-who entries (the first 40 always, the rest only people who matter). Default: 60.")
@click.option("--timeline", "timeline_events", type=click.Choice(["key", "all"]),
              help="Key events only (default) or every dated event.")
@click.option("--questions-per-chapter", type=click.IntRange(min=1), help="Questions per chapter. Default: 6.")
@click.option("--chapter-questions/--no-chapter-questions", default=None,
              help="Also print each chapter's questions at the chapter's end.")
@click.option("--chapters", callback=lambda ctx, param, value: _chapter_choice(value), metavar="auto|headings|N",
              help="auto (default): the article's headings where usable, else chapters made from the text; "
                   "headings: always the article's own; N: N chapters made from the text.")
@click.option("--strict", is_flag=True, default=None, help="Fail (exit 7) if there are any warnings; write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also print the renderer's progress, page by page.")
@click.option("--export", "exports", type=click.Choice(EXPORTS), multiple=True,
              help="Also write the quiz for an LMS (moodle: Moodle XML, gift: GIFT, qti: QTI 2.1 zip) "
                   "or the glossary as an Anki deck (anki); repeat for several.")
@click.option("--keep-html", is_flag=True, default=None,
              help="Also write the PDF's HTML (<slug>.html), e.g. to render it with WeasyPrint alone.")
@click.option("--wikipedia", "wikipedia", multiple=True, metavar="LANG:TITLE",
              help="Also fetch this Wikipedia article, e.g. \"id:Josef Stalin\" (repeat for more).")
@click.option("--refresh", is_flag=True,
              help="Fetch linked articles again (the newest revision) instead of using the saved copy.")
@click.option("--mediawiki-api", "mediawiki_api", metavar="URL",
              help="Ask this MediaWiki API (a mirror's api.php) instead of the wiki the link names.")
def build(sources, out_dir, quiet, verbose, wikipedia, refresh, mediawiki_api, **options) -> None:
    """Build the teaching pack of SOURCES: article files, Wikipedia links
    (https://id.wikipedia.org/wiki/Josef_Stalin), or course folders.

    A course folder (one with a course.toml, see `teachpack init`) builds
    its own articles with its settings, layouts, styles and reviewed
    lists; the options given here win over its course.toml. Several course
    folders are built at the same time, on all cores. With no
    SOURCE, builds the bundled sample article (the Indonesian Wikipedia
    biography of Stalin). Writes OUT/<slug>/<slug>.pdf and .epub (and
    <slug>-teacher.* for the teacher's edition, <slug>-booklet.pdf for
    --booklet). A linked article is fetched once and saved in
    OUT/wikipedia/ (a course's in its wikipedia/ folder); later builds
    use that saved revision, without the network, unless --refresh.
    """
    from pack.build import build as run_build
    from pack.config.course import is_course, plan_build
    from pack.wiki.sources import command_line_sources, course_sources

    fetching = {"refresh": refresh, "api": mediawiki_api}
    paths, notes = command_line_sources(list(sources), list(wikipedia), out_dir or Path("output"),
                                        lang_given=options["lang"] is not None, **fetching)
    if len(paths) > 1 and all(is_course(path) for path in paths):
        _build_courses(paths, _given(options), out_dir, quiet, fetching)
        return
    plan, more = course_sources(plan_build(paths, _given(options), out_dir), **fetching)
    _notes(notes + more, quiet)
    result = run_build(plan.sources, plan.settings, plan.out_dir, course_dir=plan.course_dir,
                       report=_reporter(quiet, verbose), edits=plan.edits,
                       progress=_progress(quiet, verbose), out_root=plan.out_root)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        for path in result.files:
            click.echo(str(path))


def _build_courses(folders: list[Path], given: dict, out_dir: Path | None, quiet: bool,
                   fetching: dict) -> None:
    """Several course folders: every course checked first, then all built at once."""
    from pack.batch import build_courses
    from pack.config.course import plan_build
    from pack.wiki.sources import course_sources

    plans = [plan_build([folder], given, out_dir) for folder in folders]
    for index, plan in enumerate(plans):
        plans[index], notes = course_sources(plan, **fetching)
        _notes(notes, quiet)

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


def _chapter_choice(value: str | None) -> str | None:
    """--chapters: auto, headings or a number of chapters (1-99)."""
    import re

    from pack.config.course import CHAPTER_CHOICE

    if value is None or re.fullmatch(CHAPTER_CHOICE, value):
        return value
    raise click.BadParameter(f"'{value}' is not auto, headings or a number of chapters from 1 to 99")

def _paper(value: str | None) -> str | None:
    """'a5' -> 'A5': a paper size is a name, not a case-sensitive code."""
    if value is None:
        return None
    found = {paper.casefold(): paper for paper in PAPERS}.get(value.casefold())
    if found is None:
        raise click.BadParameter(f"{value!r} is not a paper size; choose {', '.join(PAPERS)}.")
    return found


def _notes(notes: list[str], quiet: bool) -> None:
    """What the fetch stage did (not warnings: --strict does not fail on them)."""
    for note in [] if quiet else notes:
        click.echo(f"note: {note}", err=True)

def _finite(value: float | None, param) -> float | None:
    """A number option that is a number ('nan' passes every range check)."""
    if value is not None and value != value:
        raise click.BadParameter("'nan' is not a number of megabytes.", param=param)
    return value


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
    from pack.wiki.sources import course_sources

    plan, notes = course_sources(plan_build([course], _given({"lang": lang}), None), False, None)
    _notes(notes, False)
    lines = extract_for_review(plan.sources, plan.settings, plan.course_dir)
    for line in lines or ["nothing to review: the course prints no appendices ([appendices] include)"]:
        click.echo(line)


@main.command()
@click.argument("target", required=False, default=".")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1. Default: a free one.")
@click.option("--browser/--no-browser", default=True, help="Open the page in the browser (default) or not.")
@click.option("--mediawiki-api", "mediawiki_api", metavar="URL",
              help="For a TARGET link: ask this MediaWiki API (a mirror's api.php) instead of the link's wiki.")
def review(target, port, browser, mediawiki_api) -> None:
    """Review a course's lists in the browser, beside a live preview of the book.

    TARGET is a course folder (default: this folder), an article file or a
    Wikipedia link (a course is made for it first, in this folder). Every tick and edit is saved at once
    into TARGET/review/*.toml, as `teachpack extract` keeps them. Ctrl-C stops.
    """
    from pack.serve.run import course_folder, serve

    serve(course_folder(target, click.echo, mediawiki_api), port, browser, click.echo)


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
    from pack.progress import describe

    def show(job: str, message: str) -> None:
        line = describe(job, message)                 # "student PDF, chapters: laying out page 34"
        if sys.stderr.isatty():
            click.echo(f"\r  {line[:76]:<76}", err=True, nl=False)
        else:
            click.echo(f"  {line}", err=True)
    return show


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
