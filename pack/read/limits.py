"""Read stage, the shape limits: text no article has is refused, not laid out.

Inputs: the decoded text of an article file and its path. Outputs:
nothing, or a `SourceError` (exit status 3) naming the line. A file of
thousands of headings, or a "word" of tens of thousands of letters with
nowhere to break it (base64 data, a paste gone wrong), would keep the
page layout busy for many minutes and run off the page; no encyclopedia
article has either, so the build stops at once and says why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pack.errors import SourceError

MAX_HEADINGS = 2000           # a long Wikipedia article has about 200
MAX_WORD = 2000               # the longest real URLs are a few hundred characters

HEADING = re.compile(r"^[ \t]*(=|#{1,6}[ \t])", re.MULTILINE)
# A run with no break opportunity: no white space, and no CJK character
# (a line may break after any of those). Compiled when first needed (see
# `_unbroken`): its wide negated ranges took 10 M instructions to compile,
# for a scan that no real article reaches.
UNBROKEN = r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3000-\u303f]{%d,}" % (MAX_WORD + 1)


def check_shape(text: str, path: Path) -> None:
    headings = len(HEADING.findall(text))
    if headings > MAX_HEADINGS:
        raise SourceError(f"the file has {headings:,} headings; an article has at most "
                          f"{MAX_HEADINGS:,}", where=str(path),
                          hint="Is this the right file? Split it into several articles, or remove "
                               "the '=' or '#' that start lines which are not headings.")
    word = _unbroken().search(text) if _longest_word(text) > MAX_WORD else None
    if word:
        line = text.count("\n", 0, word.start()) + 1
        length = len(word.group(0))
        raise SourceError(f"line {line}: a word of {length:,} characters with nowhere to break it "
                          f"(at most {MAX_WORD:,})", where=str(path),
                          hint="This looks like data pasted into the text (base64, a long link); "
                               "remove it or put spaces in it.")


@lru_cache(maxsize=None)
def _unbroken() -> re.Pattern:
    return re.compile(UNBROKEN)


def _longest_word(text: str) -> int:
    """The length of the longest run of text between white space. A run of
    UNBROKEN stops at white space too (`\\s` and `str.split` cut at the
    same characters), so it can be no longer: when this is short, the
    pattern's scan (9 ms on a long article, three times the split) is not
    needed."""
    return max(map(len, text.split()), default=0)
