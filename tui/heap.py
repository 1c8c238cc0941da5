"""Garbage collection that does not walk the archive's list on every keystroke.

With 10,000 summaries and their caches on the heap, Python's collector ran a couple of
dozen times per Esc and spent a fifth of it walking objects that live as long as the
list. Once the list is loaded they are frozen out of collections (``gc.freeze``) and
young collections run less often; the reader undoes both when it exits, so a process
that opens several readers (the tests) collects what each left behind.

The heap is settled first when the reader mounts, before the list is read: at 100,000
articles the list's reading (in a thread, but holding the interpreter while it collects)
made ~430 collections, four of them full ones over every module's objects, the longest
60-67 ms of CPU during which no key was handled; settled first, 15 young ones, the
longest 21 ms (``benchmarks/gc_pauses_s38reader.py``).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000  # allocations between young collections (Python's default is 700)

_saved: list[tuple[int, int, int]] = []  # the thresholds before the first settle_heap


def settle_heap() -> None:
    """After a list is loaded: what is alive now is left out of later collections."""
    if not _saved:
        _saved.append(gc.get_threshold())
        gc.set_threshold(YOUNG_THRESHOLD, *_saved[0][1:])
    gc.freeze()


def restore_heap() -> None:
    """When the reader exits: the collector as it was, and the frozen objects collectable again."""
    gc.unfreeze()
    if _saved:
        gc.set_threshold(*_saved.pop())
