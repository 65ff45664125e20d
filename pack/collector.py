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

At the interpreter's exit (`_out_of_reach_at_exit`) every object is moved
out of the collector's reach as well: its last passes (a full collection,
then one at each step of the modules' teardown) walked every object still
alive (the text layer's caches, the language data, an extraction's results:
0.16 G instructions on the Stalin sample) only to find, at best, cycles
whose memory goes back with the process anyway. Reference counting still
frees everything it frees; only a cycle's `__del__` no longer runs at exit,
which Python never promises (the `object.__del__` documentation).
"""

from __future__ import annotations

import atexit
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


def _out_of_reach_at_exit() -> None:
    gc.freeze()


atexit.register(_out_of_reach_at_exit)
