"""What the writer's resident size is made of at its peak: SQLite, malloc's heap, Python's objects.

    python benchmarks/memory_s36scale.py CORPUS_DIR [--articles 10000] [--size-batches]
        [--cache-kib N] [--trim] [--arenas N] [--pool-mb N]

``benchmarks/memory_s35scale.py``'s run (the real pipeline over the realistic articles of
``CORPUS_DIR``, the writer's resident size sampled on a thread) with, in each sample, SQLite's
own allocations (``sqlite3_memory_used``: the page caches of every connection, statements),
glibc malloc's heap (``mallinfo2``: bytes in use, bytes free but kept, bytes mmapped) and the
blocks Python's allocator holds. What is resident beyond those is Python's object arenas and
the code. Levers to compare in runs started together: ``--cache-kib`` (the store's page cache
per connection, ``docstore._CACHE_KIB``), ``--trim`` (``malloc_trim(0)`` after every commit),
``--arenas`` (``mallopt(M_ARENA_MAX)`` before anything runs: the commit thread's own heap).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _sqlite3

from benchmarks.memory_s35scale import Probe, resident_mb
from benchmarks.realistic import generate_realistic
from kutip.index import docstore
from kutip.index import indexer as indexer_module
from kutip.index.facade import Archive

_M_ARENA_MAX = -8


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


_LIBC = ctypes.CDLL("libc.so.6")
_LIBC.mallinfo2.restype = _Mallinfo2
_SQLITE = ctypes.CDLL(_sqlite3.__file__)
_SQLITE.sqlite3_memory_used.restype = ctypes.c_int64


def parts_mb() -> tuple[float, float, float, float, float]:
    """SQLite's bytes, malloc's in use, malloc's free but kept, malloc's mmapped, Python's blocks (M)."""
    info = _LIBC.mallinfo2()
    return (
        _SQLITE.sqlite3_memory_used() / 2**20,
        info.uordblks / 2**20,
        info.fordblks / 2**20,
        info.hblkhd / 2**20,
        sys.getallocatedblocks() / 1e6,
    )


class PartsProbe(Probe):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[float, float, tuple[float, float, float, float, float]]] = []

    def sample(self, every: float) -> None:
        while not self.stop.wait(every):
            files, busy = self.pending()
            at, mb = time.perf_counter() - self.start, resident_mb()
            self.samples.append((at, mb, files, busy))
            self.parts.append((at, mb, parts_mb()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--every", type=float, default=0.25)
    parser.add_argument("--size-batches", action="store_true")
    parser.add_argument("--cache-kib", type=int, default=0, help="the store's page cache per connection")
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) after every commit")
    parser.add_argument("--arenas", type=int, default=0, help="mallopt(M_ARENA_MAX, N) first")
    parser.add_argument("--ix", type=Path, help="the archive (default: beside the corpus)")
    parser.add_argument("--pool-mb", type=int, default=0, help="Whoosh's write-batch pool (BATCH_WRITER_MB)")
    args = parser.parse_args()
    if args.arenas:
        _LIBC.mallopt(_M_ARENA_MAX, args.arenas)
    if args.cache_kib:
        docstore._CACHE_KIB = args.cache_kib
    if args.pool_mb:
        from kutip.index.search.whoosh_engine import store

        store.BATCH_WRITER_MB = args.pool_mb
    if args.size_batches:
        indexer_module.BATCH_SECONDS = indexer_module.BATCH_MAX_SECONDS = float("inf")
        indexer_module.SLOW_FILE_SECONDS = float("inf")
    if args.trim:
        commit = indexer_module.Indexer._commit

        def trimmed(self: indexer_module.Indexer, pending: object) -> None:
            commit(self, pending)  # type: ignore[arg-type]
            _LIBC.malloc_trim(0)

        indexer_module.Indexer._commit = trimmed  # type: ignore[method-assign,assignment]
    corpus = args.corpus
    if sum(1 for _ in corpus.rglob("*.md")) != args.articles:
        shutil.rmtree(corpus, ignore_errors=True)
        generate_realistic(corpus, args.articles, seed=args.seed)
    ix = args.ix or corpus.parent / (corpus.name + "-ix")
    shutil.rmtree(ix, ignore_errors=True)
    probe = PartsProbe()
    probe.install()
    sampler = threading.Thread(target=probe.sample, args=(args.every,), daemon=True)
    archive = Archive.open(ix)
    probe.start = time.perf_counter()
    sampler.start()
    archive.index([corpus])
    probe.stop.set()
    sampler.join()
    seconds = time.perf_counter() - probe.start
    archive.close()
    print(
        f"{args.articles:,} articles in {seconds:.0f} s ({args.articles / seconds:.0f}/s), "
        f"load {os.getloadavg()}; "
        f"cache KiB {docstore._CACHE_KIB}, trim {args.trim}, arenas {args.arenas or 'default'}"
    )
    print("batches handed over: s, files, resident MB")
    for at, files, mb, _busy in probe.batches:
        print(f"  {at:7.1f}  {files:5d}  {mb:6.0f}")
    print("s, resident MB | sqlite MB, malloc in use, malloc free kept, malloc mmapped, python blocks M")
    shown = -100.0
    for at, mb, (sql, used, free, mapped, blocks) in probe.parts:
        if abs(mb - shown) >= 8:
            print(f"  {at:7.1f} {mb:6.0f} | {sql:6.1f} {used:6.1f} {free:6.1f} {mapped:6.1f} {blocks:6.2f}")
            shown = mb
    if probe.parts:
        at, mb, (sql, used, free, mapped, blocks) = max(probe.parts, key=lambda p: p[1])
        print(
            f"PEAK sampled {mb:.0f} MB at {at:.0f} s: sqlite {sql:.0f}, malloc in use {used:.0f}, "
            f"free kept {free:.0f}, mmapped {mapped:.0f}, python blocks {blocks:.2f} M"
        )
    print(f"ru_maxrss writer {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
