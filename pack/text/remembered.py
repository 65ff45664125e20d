"""Text analysis: a word pattern whose `findall` remembers its answers.

Stage: extract (shared helper). Input: a compiled pattern. Output: an
object that answers as the pattern does, except that `findall` of a text
it has seen returns a copy of the list it found then.

Why: the extractors split the same few thousand sentences and clauses
into words again and again (on the Stalin sample the questions' word
pattern was asked 8,400 times about 2,900 texts, the timeline's 5,300
times about 3,200). A dictionary lookup is cheaper than a search, and the
copy keeps each caller free to change its list.
"""

from __future__ import annotations

import re

MAX_TEXTS = 1 << 14      # forgotten all at once past this: an article asks about a few thousand


class Remembered:
    """`pattern`, with `findall(text)` remembered per text (the other methods are the pattern's)."""

    __slots__ = ("pattern", "_found")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._found: dict[str, list] = {}

    def findall(self, text: str) -> list:
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= MAX_TEXTS:
                self._found.clear()
            found = self._found[text] = self.pattern.findall(text)
        return found.copy()

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)
