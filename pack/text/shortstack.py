"""Text analysis, on first need: wordfreq imported without a walk of the call stack.

Input: nothing. Output: the `wordfreq` module imported (or, when that
fails, not: the error then shows at the ordinary import that follows).

wordfreq finds its data folder through `locate.this_dir()` (the folder of
the module that calls it), which calls `inspect.stack()`: that reads the
source file of every frame on the stack and searches all loaded modules
for each (about 2 % of an extraction's instructions even from a thread's
short stack; 50-140 ms from deep inside the read stage's imports). For
the one import, `locate.this_dir` answers from the calling frame's
`__file__` directly, as `locate` itself reads it. `pack.text.frequency`,
the one module that uses wordfreq, calls `import_wordfreq` when it first
needs it (most articles never do: see `frequency._simple_tokens`).
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from pack.collector import collector_paused


def import_wordfreq() -> None:
    if "wordfreq" in sys.modules:
        return
    try:
        with collector_paused():       # its tables are long-lived (see pack.collector)
            _import_with_caller_dir("wordfreq")
    except Exception:
        pass


def _import_with_caller_dir(name: str) -> None:
    """Import `name` with `locate.this_dir` answered by `caller_dir`."""
    import locate
    walking = locate.this_dir
    locate.this_dir = caller_dir
    try:
        importlib.import_module(name)
    finally:
        locate.this_dir = walking


def caller_dir() -> Path:
    """`locate.this_dir()` without `inspect.stack()`: the folder of the
    calling module's file (its absolute path, links kept), or the working
    folder when the caller has no file."""
    caller = sys._getframe(1).f_globals
    if "__file__" in caller:
        return Path(os.path.abspath(caller["__file__"])).parent
    return Path(os.path.abspath(os.getcwd()))
