"""A regular expression compiled at its first use, for patterns most articles never ask.

Stage: shared (the reader and the extractors). Input: a pattern's text and
flags. Output: an object that answers `search`, `match`, `sub`, `finditer`
and every other method and attribute of the compiled pattern, compiling it
the first time one is asked for.

Why: compiling a pattern costs 0.3-2 M instructions (the engine's parser is
Python), and a build compiles every pattern its modules and its language
data make, whether the article needs it or not. On the Stalin sample 19
of ours were never used (the formula reader's, Markdown links, a figure's
sort key, the timeline's rarer traps and list patterns): 47 M instructions.
Only for patterns asked rarely: each use goes through one Python call more.
"""

from __future__ import annotations

import re


class LazyPattern:
    """`re.compile(source, flags)`, made when first used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        # (Asked only for what the object itself lacks: the pattern's methods.)
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)
