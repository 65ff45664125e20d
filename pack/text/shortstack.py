"""Text analysis, start-up: wordfreq imported from a short call stack.

Input: nothing. Output: the `wordfreq` module imported (or, when that
fails, not: the error then shows at the ordinary import that follows).

wordfreq finds its data folder through `locate.this_dir()`, which calls
`inspect.stack()`: that reads the source file of every frame on the
stack and searches all loaded modules for each. Imported where a build
first needs it, deep inside the read stage's imports (`pack.read` ->
`segment` -> ... -> the timeline's ranking) or the extract stage's
calls, that took 50-140 ms instead of 14. A new thread's stack is a few
frames deep, so the read stage and the extract driver call
`import_wordfreq` before anything of theirs imports wordfreq.
"""

from __future__ import annotations

import importlib
import sys
import threading

from pack.collector import collector_paused


def import_wordfreq() -> None:
    if "wordfreq" in sys.modules:
        return
    loader = threading.Thread(target=_try_import, args=("wordfreq",))
    loader.start()
    loader.join()


def _try_import(name: str) -> None:
    try:
        with collector_paused():       # its tables are long-lived (see pack.collector)
            importlib.import_module(name)
    except Exception:
        pass
