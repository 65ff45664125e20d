"""User-facing errors: one clear message and a documented exit status.

Stage: all. Inputs: what a stage found wrong with the user's input.
Outputs: exceptions that the command line (`pack.cli`) hands to Click,
which prints them as one line on stderr (no traceback) before exiting with
the status below. Anything that is not a `PackError` is a bug in teachpack
and keeps its traceback. They do not inherit from Click's exception: the
stages that raise them (reading, extraction) would import all of Click
for it, a third of a second of a build that never fails.

Each class below is one exit status of the README's "Exit statuses"
table; 0 is success, 1 a bug (any other exception, or a bare
`PackError`).
"""

from __future__ import annotations


class PackError(Exception):
    """A mistake the user can fix. `where` names the file, line or key;
    `message` is the whole text shown (as Click's exceptions name it)."""

    exit_code = 1

    def __init__(self, message: str, where: str = "", hint: str = "") -> None:
        self.where = where
        self.hint = hint
        text = f"{where}: {message}" if where else message
        if hint:
            text += f"\n  {hint}"
        super().__init__(text)
        self.message = text

    def format_message(self) -> str:
        return self.message


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
