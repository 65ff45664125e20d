"""One cold reading and extraction of one article in this process, for instruction counts.

Usage (from the tree to measure, its modules compiled to bytecode first):
    PYTHONHASHSEED=0 TEACHPACK_CACHE=off TEACHPACK_WORKERS=1 \
        valgrind --tool=callgrind --callgrind-out-file=OUT python bench/count.py ARTICLE

Before counting, run it once per language with bytecode writing allowed (without
PYTHONDONTWRITEBYTECODE): as `compileall` makes the bytecode a build
reads, that run makes the copies `pack.derived` keeps beside the code
(the parsed language files, the given names, wordfreq's frequency lists),
which every later build reads instead of deriving them again. Without
them the count includes deriving them (round 25 gives both counts).

Does what bench/extract.py's child does (imports of `pack.config`, `pack.read`
and the extract driver, `read_article`, `extract_all`) without timers, so
that callgrind's total is the instructions of that job. It runs on any
tree back to `6d81301`, the code before issue 12's text layer, which is
what the counts are compared against (see bench/extract-text-layer.md).
"""

import sys
from pathlib import Path

from pack.config import Settings
from pack.read import read_article
from pack.extract.run import extract_all

extract_all([read_article(Path(sys.argv[1]))], Settings())
