"""The cyclic garbage collector paused over a burst of long-lived objects.

Used by the extract driver (an article's extraction), by the import of
wordfreq (`pack.text.shortstack`; made only when `pack.text.frequency`
first needs wordfreq itself, which most articles never do) and by the read
stage's import of the chapter-making, which brings in the text layer and
the extractors (`pack.read`). Input: the block run inside
`collector_paused()`. Output: nothing; the collector runs again, as
usual, once the block is done.

Such a block makes a few hundred thousand objects and next to no
reference cycles (reference counting frees them), but each object made
counts towards the collector's next run: the extraction of the Stalin
sample started collections that walked every object in the process
(0.17 s); importing wordfreq (with langcodes' and ftfy's tables)
started some fifty young collections (about 8 ms), and the modules the
read stage imports sixteen more (about 3 ms).

What the block keeps (an extraction's result and the text layer's
caches, a module's tables) would count as young objects, and the next
collection, a young one, would walk all of it and then pass it on to the
middle generation to be walked again. Those objects live long: `freeze`
and `unfreeze` move every object straight into the oldest generation
(two list splices, no walk). They are still collected, with everything
old, by the next full collection.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
