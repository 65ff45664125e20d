"""User-facing errors: one clear message and a documented exit status.

Stage: all. Inputs: what a stage found wrong with the user's input.
Outputs: exceptions that Click prints as one line on stderr (no traceback)
before exiting with the status below. Anything that is not a `PackError`
is a bug in teachpack and keeps its traceback.

Each class below is one exit status of the README's "Exit statuses"
table; 0 is success, 1 a bug (any other exception, or a bare
`PackError`).
"""

from __future__ import annotations

import click


class PackError(click.ClickException):
    """A mistake the user can fix. `where` names the file, line or key."""

    exit_code = 1

    def __init__(self, message: str, where: str = "", hint: str = "") -> None:
        self.where = where
        self.hint = hint
        text = f"{where}: {message}" if where else message
        if hint:
            text += f"\n  {hint}"
        super().__init__(text)


class UsageError(PackError):
    """Command-line usage: a bad option value or environment variable
    (`SOURCE_DATE_EPOCH`). Click's own usage errors exit with 2 too."""
    exit_code = 2


class SourceError(PackError):
    """The source article: missing, empty, binary, undecodable, too large."""
    exit_code = 3


class ConfigError(PackError):
    """The course file, or a language data file under `pack/lang/`."""
    exit_code = 4


class LayoutError(PackError):
    """A layout or stylesheet: missing, broken, not allowed in a sandbox."""
    exit_code = 5


class RenderError(PackError):
    """Rendering or writing the output: folder not writable, disk full,
    a renderer or worker process that failed."""
    exit_code = 6


class StrictError(PackError):
    """`--strict`, and the build raised warnings (the message lists them)."""
    exit_code = 7


class Interrupted(PackError):
    """Ctrl-C (SIGINT): the usual status of a program that stopped on it."""
    exit_code = 130
