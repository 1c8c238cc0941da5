"""Linking and people run without Python's cyclic collector.

Linking reads thousands of candidate reports per batch and builds a short-lived form of each
(terms, sets, cached parts), and people's update its evidence rows: hundreds of thousands of
container objects alive at once, nearly all freed by reference counting when the batch's work
drops them (a batch of 500 articles leaves some 20k objects in cycles, which the collector takes
after it, on or off during it). The collector saw only the allocations: it ran a young
pass every 700 of them and, about once a batch, a full pass over everything alive, the linker's
working set included, which grows with the candidates a statement meets, so with the archive.
Measured inside a 10k run (``benchmarks/linking_batches_s30.py``): the collector's passes in
linking took 60 ms a batch at first and 200-400 ms in the last batches, 0.4 to 1.0 ms an article.

So the two hooks run with the collector off and it is turned back on after them; what they left
in cycles is collected by the next pass as before (relinking 3,000 articles in batches of 500
peaks at 194 MB with the collector off during linking or on). The collector is one per process
(every thread's allocations count), so the writer's other thread goes without it for those
seconds too; it only gathers analysed articles meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The block without cyclic collections (unless something else turned the collector off)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
