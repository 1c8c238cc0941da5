"""The unchanged re-run of an indexed folder, timed again and again, and what its time is made of.

    python benchmarks/rerun_s35scale.py DIR [--runs 8] [--heap 0] [--profile]

``DIR`` is a ``benchmarks/run.py --keep DIR`` folder (``DIR/ix`` indexed from ``DIR/corpus``,
nothing changed since). Each run is ``Archive.index([DIR/corpus])`` in this process, as the
harness's "re-run, nothing changed" row, timed in wall, CPU and the cyclic collector's CPU
(``gc.callbacks``). ``--heap N`` first keeps N million small containers alive, as a writer's heap
is after indexing (its caches, the stems): a full collection then walks them all, and whether
one falls inside a re-run depends on what was allocated before it. ``--profile`` prints the
slowest run's cProfile (cumulative, top 25).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.run import CollectorClock
from kutip.index.facade import Archive


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--heap", type=float, default=0.0, help="million small containers kept alive")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    kept = [[n] for n in range(int(args.heap * 1_000_000))]
    archive = Archive.open(args.folder / "ix")
    corpus = args.folder / "corpus"
    print(f"load {os.getloadavg()[0]:.1f}; heap kept: {len(kept):,} containers; gc counts {gc.get_count()}")
    slowest: tuple[float, str] = (0.0, "")
    for run in range(args.runs):
        profile = cProfile.Profile() if args.profile else None
        collector = CollectorClock()
        start, cpu = time.perf_counter(), time.process_time()
        with collector:
            if profile is not None:
                profile.enable()
            report = archive.index([corpus])
            if profile is not None:
                profile.disable()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        wal = args.folder / "ix" / "kutip.sqlite3-wal"
        wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0
        print(
            f"run {run + 1}: {wall:.2f} s wall, CPU {cpu:.2f} s, collector {collector.seconds:.2f} s; "
            f"unchanged {report.unchanged:,}, added {report.added}; WAL after {wal_mb:.1f} MB"
        )
        if profile is not None and wall > slowest[0]:
            text = io.StringIO()
            pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(25)
            slowest = (wall, text.getvalue())
    archive.close()
    if slowest[1]:
        print(f"slowest run ({slowest[0]:.2f} s), cProfile:")
        print(slowest[1])
    del kept


if __name__ == "__main__":
    main()
