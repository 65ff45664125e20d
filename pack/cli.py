"""The command line (Click). Parses options and calls the stages; no logic.

Inputs: argv. Outputs: files via `pack.build`, progress and warnings on
stderr, exit statuses as documented in `pack.errors` and the README.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pack import __version__
from pack.config import APPENDICES, EDITIONS, FORMATS, PAPERS, Settings, with_overrides
from pack.theme import builtin_root, load_theme, themes_available

SAMPLE = "assets/samples/id-stalin.txt"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="teachpack")
def main() -> None:
    """Turn an encyclopedia article into a printable teaching pack (PDF + EPUB)."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder the book's folder is written into.")
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
@click.option("--verbose", "-v", is_flag=True, help="Also print WeasyPrint's own messages.")
def build(sources, out_dir, quiet, verbose, **options) -> None:
    """Build the teaching pack of SOURCES (article files).

    With no SOURCE, builds the bundled sample article (the Indonesian
    Wikipedia biography of Stalin). Writes OUT/<slug>/<slug>.pdf and .epub
    (and <slug>-teacher.* for the teacher's edition).
    """
    from pack.build import build as run_build

    # Options not given on the command line (None, or () for repeatable ones)
    # leave the defaults alone.
    given = {k: v for k, v in options.items() if v is not None and v != ()}
    if "none" in given.get("appendices", ()):
        given["appendices"] = ()
    settings = with_overrides(Settings(), **given)
    paths = list(sources) or [builtin_root() / SAMPLE]
    report = _reporter(quiet, verbose)
    result = run_build(paths, settings, out_dir, report=report)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        for path in result.files:
            click.echo(str(path))


@main.command()
def themes() -> None:
    """List the built-in themes."""
    for name, description in themes_available().items():
        click.echo(f"{name:14} {description}")


@main.command()
@click.argument("course", required=False, type=click.Path(path_type=Path))
@click.option("--theme", default="classroom", show_default=True)
def layouts(course, theme) -> None:
    """Show which file wins for every layout, style and asset name."""
    chosen = load_theme(theme, course)
    for folder in ("layouts", "styles", "assets"):
        for name, path in chosen.winners(folder).items():
            origin = "course" if course and path.is_relative_to(course.resolve()) else "built-in"
            click.echo(f"{name:48} {origin}")


def _reporter(quiet: bool, verbose: bool):
    """Each stage and its time on stderr (a long stage shows as it finishes)."""
    if quiet:
        return None

    def report(stage: str, seconds: float) -> None:
        click.echo(f"  {stage:<22} {seconds:6.2f} s", err=True)
    return report


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
