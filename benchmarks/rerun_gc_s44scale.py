"""What Python's cyclic collector does during an unchanged re-run in the process that indexed.

    python benchmarks/rerun_gc_s44scale.py CORPUS WORK [--articles N] [--trace]

Indexes CORPUS (generated with ``benchmarks.run``'s seed when absent) into WORK/ix in this
process, as ``benchmarks/run.py`` does, then indexes it again with nothing changed and prints each
collection of the re-run (``gc.callbacks``: generation, CPU ms, objects collected), the counts and
thresholds before it, the tracked objects per generation, and ``--trace`` the allocations the
re-run left alive (``tracemalloc``, top lines). Compare two versions on the same corpus.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realistic import generate_realistic
from kutip.index.facade import Archive


class Collections:
    """Every collection while the block runs: generation, CPU ms, collected."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, float, int]] = []
        self._start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            took = (time.thread_time() - self._start) * 1000
            self.rows.append((info["generation"], took, info["collected"]))

    def __enter__(self) -> Collections:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._on_gc)


def describe(label: str) -> None:
    sizes = [len(gc.get_objects(g)) for g in range(3)]
    print(f"{label}: counts {gc.get_count()} thresholds {gc.get_threshold()} tracked per generation "
          f"{sizes} frozen {gc.get_freeze_count()} enabled {gc.isenabled()}")
    for g, stats in enumerate(gc.get_stats()):
        print(f"  generation {g}: {stats}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--reruns", type=int, default=2)
    args = parser.parse_args()
    if sum(1 for _ in args.corpus.rglob("*.md")) != args.articles:
        shutil.rmtree(args.corpus, ignore_errors=True)
        generate_realistic(args.corpus, args.articles, seed=args.seed)
    shutil.rmtree(args.work / "ix", ignore_errors=True)
    archive = Archive.open(args.work / "ix")
    cpu = time.process_time()
    with Collections() as first:
        archive.index([args.corpus])
    print(f"index: CPU {time.process_time() - cpu:.1f} s; collections by generation "
          f"{[sum(1 for g, _, _ in first.rows if g == k) for k in range(3)]}, "
          f"full ones {sum(ms for g, ms, _ in first.rows if g == 2):.0f} ms")
    describe("after indexing")
    for run in range(args.reruns):
        if args.trace:
            tracemalloc.start(8)
            before = tracemalloc.take_snapshot()
        cpu = time.process_time()
        with Collections() as again:
            archive.index([args.corpus])
        cpu = time.process_time() - cpu
        total = sum(ms for _, ms, _ in again.rows)
        print(f"re-run {run + 1}: CPU {cpu:.3f} s, collector {total:.0f} ms in {len(again.rows)} collections")
        for g in range(3):
            rows = [r for r in again.rows if r[0] == g]
            if rows:
                print(f"  generation {g}: {len(rows)} collections, {sum(r[1] for r in rows):.1f} ms, "
                      f"longest {max(r[1] for r in rows):.1f} ms, collected {sum(r[2] for r in rows)}")
        describe(f"after re-run {run + 1}")
        if args.trace:
            after = tracemalloc.take_snapshot()
            tracemalloc.stop()
            for stat in after.compare_to(before, "traceback")[:8]:
                print(f"  {stat.size_diff / 1e6:+.2f} MB {stat.count_diff:+d} blocks")
                for line in stat.traceback.format()[-6:]:
                    print("    " + line)
    archive.close()


if __name__ == "__main__":
    main()
