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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

__all__ = [
    "WRITER_MEMO_ENTRIES",
    "collector_paused",
    "release_free_heap",
    "resettle_writer_heap",
    "settle_writer_heap",
    "trim_memos",
]


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


def settle_writer_heap() -> None:
    """After a commit: collect the cycles it left, then leave what is alive out of later collections.

    A full collection visits every tracked object and every reference each holds. A writer that
    indexed 1,000 articles holds ~740k such references, over half of them inside linking's and
    people's memos (a bounded ``lru_cache`` walks each entry's key and answer), most of the rest the
    analysers' word lists and the modules' functions: each full pass cost 65-90 ms of CPU there and
    ~200 ms after 10k, though none of it is ever garbage. Frozen (``gc.freeze``), a memo's wrapper
    and what was alive at the commit are never walked again; what they later drop is still freed by
    reference counting, and the next commit's collection walks only what the batch left alive.
    As in the pool's workers (``pool.settle_heap``); the collection runs in the commit's thread,
    after linking, when the batch's own cycles are garbage. The run undoes it when it ends
    (:func:`resettle_writer_heap`).
    """
    gc.collect()
    gc.freeze()


def resettle_writer_heap() -> None:
    """When a run that settled its heap ends: what it froze is examined once more, then frozen again.

    A commit froze whatever was alive then, the batch in flight and the run's own objects too; one
    full pass here reclaims those that died in a cycle since (an archive closed, a test's objects),
    so a process that goes on (the reader, the tests) leaks nothing, and what is left alive (the
    analysers' lists, the memos, the modules) stays out of its later passes: the in-process re-run
    and the reader walk only what they allocate.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


WRITER_MEMO_ENTRIES = 32_768
"""The most entries a memo of linking's keeps in the writer from one batch to the next (see
:func:`trim_memos`)."""


def _writer_memos() -> list[Any]:
    """Linking's memos of pure functions whose caps (50k-200k entries) a long run fills: the words,
    stems and terms of an archive's vocabulary, which keeps growing, and pairs of name words."""
    from kutip.index.linking import bilingual, cognates, normalise, speakers

    return [
        normalise.fold_word,
        normalise._stem,
        speakers._name_words,
        speakers._written_words,
        speakers._near,
        speakers._unreliable,
        bilingual._reach,
        bilingual._as_english,
        cognates.respell,
        cognates.cognate_keys,
        cognates.indonesian_key,
    ]


def trim_memos(limit: int = WRITER_MEMO_ENTRIES) -> int:
    """Empty each of linking's memos holding more than ``limit`` entries; how many were emptied.

    Called after each commit. Their caps were sized for a 10k archive; filled, they held hundreds
    of megabytes in a long run's writer, mostly words seen once (a growing archive keeps meeting
    new ones). A batch's common words are memoised again within its first articles, so emptying a
    full memo between batches costs a few misses of functions that take microseconds; answers
    are the functions' own either way.
    """
    emptied = 0
    for memo in _writer_memos():
        if memo.cache_info().currsize > limit:
            memo.cache_clear()
            emptied += 1
    return emptied


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none.

    ``ctypes.util`` is imported here, on the writer's first commit: it imports ``subprocess``, which
    a JSON search's start must not pay for (tests/unit/test_cli_s34wr_startup.py)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release_free_heap() -> bool:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``); False without it.

    Called after each commit. A commit's transient (the batch's postings, linking's candidates) and
    the results unpickled meanwhile by the other thread are freed, but glibc keeps freed pages inside
    its heaps (one per thread) wherever a live block sits above them, and they count in the resident
    size until reused: the same code's 10k writer held 330 MB after one run and 381 after another with
    the same live objects, and peaked at 335 and 410 MB. Trimming returns them, so each commit's
    transient starts from what is alive. Python's own small-object arenas are not touched.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
