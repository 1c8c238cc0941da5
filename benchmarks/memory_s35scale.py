"""Where the writer's memory peaks in an indexing run: its resident size beside its batches.

    python benchmarks/memory_s35scale.py CORPUS_DIR [--articles 10000] [--every 0.25]

Indexes the realistic articles of ``CORPUS_DIR`` (written by ``benchmarks/realistic.py`` when
absent) into a fresh archive beside it with the real pipeline, and samples on a thread, every
``--every`` seconds, the writer's resident size (``/proc/self/statm``), the files gathered but not
yet handed to a commit and whether a commit is running. Each hand-over of a batch is logged with
its files and the resident size then. Printed: every batch (files, when, resident MB), the peak and
what was held at it, and the whole run's ``ru_maxrss`` (the figure ``benchmarks/run.py`` reports).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realistic import generate_realistic
from kutip.index import indexer as indexer_module
from kutip.index.facade import Archive

_PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_mb() -> float:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * _PAGE / 2**20


class Probe:
    """The running indexer seen from a sampling thread, and its batches as they are handed over."""

    def __init__(self) -> None:
        self.indexer: Any = None
        self.start = time.perf_counter()
        self.samples: list[tuple[float, float, int, bool]] = []  # (s, MB, pending files, committing)
        self.batches: list[tuple[float, int, float, bool]] = []  # (s, files, MB, commit was running)
        self.stop = threading.Event()
        self.marks: list[tuple[float, str, float]] = []  # (s, what, MB)

    def pending(self) -> tuple[int, bool]:
        ix = self.indexer
        if ix is None:
            return 0, False
        pending = ix._pending
        committer = ix._committer
        return len(pending.states) + len(pending.touched), bool(committer is not None and committer.busy)

    def sample(self, every: float) -> None:
        while not self.stop.wait(every):
            files, busy = self.pending()
            self.samples.append((time.perf_counter() - self.start, resident_mb(), files, busy))

    def install(self) -> None:
        probe = self
        init, flush = indexer_module.Indexer.__init__, indexer_module.Indexer._flush

        def patched_init(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            probe.indexer = self

        def patched_flush(self: Any) -> None:
            files, busy = probe.pending()
            if files:
                probe.batches.append((time.perf_counter() - probe.start, files, resident_mb(), busy))
            flush(self)

        from kutip.index.archive import writing

        settle = writing.Writing._settle_merges
        if settle is not None:

            def patched_settle(self: Any, wait: bool) -> bool:
                probe.marks.append((time.perf_counter() - probe.start, "settle merges: start", resident_mb()))
                try:
                    return bool(settle(self, wait))
                finally:
                    probe.marks.append(
                        (time.perf_counter() - probe.start, "settle merges: end", resident_mb())
                    )

            writing.Writing._settle_merges = patched_settle  # type: ignore[method-assign]
        indexer_module.Indexer.__init__ = patched_init  # type: ignore[method-assign]
        indexer_module.Indexer._flush = patched_flush  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--every", type=float, default=0.25)
    parser.add_argument("--size-batches", action="store_true", help="as benchmarks/run.py's: no time bound")
    args = parser.parse_args()
    if args.size_batches:
        indexer_module.BATCH_SECONDS = indexer_module.BATCH_MAX_SECONDS = float("inf")
        indexer_module.SLOW_FILE_SECONDS = float("inf")
    corpus = args.corpus
    if sum(1 for _ in corpus.rglob("*.md")) != args.articles:
        shutil.rmtree(corpus, ignore_errors=True)
        generate_realistic(corpus, args.articles, seed=args.seed)
    ix = corpus.parent / (corpus.name + "-ix")
    shutil.rmtree(ix, ignore_errors=True)
    probe = Probe()
    probe.install()
    sampler = threading.Thread(target=probe.sample, args=(args.every,), daemon=True)
    archive = Archive.open(ix)
    probe.start = time.perf_counter()
    sampler.start()
    report = archive.index([corpus])
    probe.stop.set()
    sampler.join()
    seconds = time.perf_counter() - probe.start
    archive.close()
    print(
        f"{args.articles:,} articles in {seconds:.0f} s ({args.articles / seconds:.0f}/s), "
        f"load {os.getloadavg()}"
    )
    print("batches handed over: s, files, resident MB, a commit was running")
    for at, files, mb, busy in probe.batches:
        print(f"  {at:7.1f}  {files:5d}  {mb:6.0f}  {'busy' if busy else ''}")
    sizes = [files for _, files, _, _ in probe.batches]
    print(
        f"batch files: {len(sizes)} batches, mean {sum(sizes) / max(1, len(sizes)):.0f}, "
        f"max {max(sizes, default=0)}"
    )
    if probe.samples:
        top = max(probe.samples, key=lambda s: s[1])
        print(
            f"sampled peak {top[1]:.0f} MB at {top[0]:.1f} s: {top[2]} files pending, commit running {top[3]}"
        )
        held = [s[2] for s in probe.samples if s[3]]
        print(f"pending files while a commit ran: max {max(held, default=0)}")
    print("resident MB over the run (a line where it moved 8 MB or more; s, MB, pending, committing):")
    shown = -100.0
    for at, mb, files, busy in probe.samples:
        if abs(mb - shown) >= 8:
            print(f"  {at:7.1f}  {mb:6.0f}  {files:5d}  {'busy' if busy else ''}")
            shown = mb
    for at, what, mb in probe.marks:
        print(f"  {at:7.1f}  {mb:6.0f}  {what}")
    print(f"ru_maxrss writer {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    commits = [(n, cpu) for n, cpu in report.batches]
    print("commit stages per batch (articles: linking s, whoosh commit s):")
    for n, cpu in commits:
        print(f"  {n:5d}: {cpu.get('linking', 0.0):.1f}  {cpu.get('whoosh commit', 0.0):.1f}")


if __name__ == "__main__":
    main()
