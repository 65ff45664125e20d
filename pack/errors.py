"""User-facing errors: one clear message and a documented exit status.

Stage: all. Inputs: what a stage found wrong with the user's input.
Outputs: exceptions that Click prints as one line on stderr (no traceback)
before exiting with the status below. Anything that is not a `PackError`
is a bug in teachpack and keeps its traceback.

Exit statuses (also in the README):
  0 success, 1 internal error (a bug), 2 command-line usage (Click's own),
  3 source article problem, 4 course/config problem, 5 layout or style
  problem, 6 rendering or writing problem, 7 --strict and warnings were
  raised, 130 interrupted (Ctrl-C).
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
    """A bad option value or environment variable (Click's own usage errors have 2 too)."""
    exit_code = 2


class SourceError(PackError):
    exit_code = 3


class ConfigError(PackError):
    exit_code = 4


class LayoutError(PackError):
    exit_code = 5


class RenderError(PackError):
    exit_code = 6


class StrictError(PackError):
    exit_code = 7


class Interrupted(PackError):
    """Ctrl-C (SIGINT): the usual status of a program that stopped on it."""
    exit_code = 130
