"""CPU per article of a real indexing run, writer and workers apart, first and last tenth.

    python -m benchmarks.cpu_s41scale CORPUS WORK [--label NAME] [--size-batches]

Indexes ``CORPUS`` (e.g. ``benchmarks/generate.py --realistic``) into a fresh archive under
``WORK`` in a child process, which prints its own CPU (the writer's threads) and the run's stage
table (``benchmarks/stages.py``; the workers' stages sum to their processes' CPU within 1 %). The
workers are the fork server's children, which the child never reaps, so ``wait4`` gives the child
and its merge processes only: "merges" is that less the writer. CPU, not wall: the machine is
shared, so compare runs of one corpus, started together or in alternating order.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def child(corpus: Path, archive: Path, size_batches: bool) -> None:
    """Index ``corpus`` into ``archive``; print one JSON line of this process's CPU and stages."""
    from benchmarks.stages import WORKER_STAGES, stage_table
    from kutip.index import indexer
    from kutip.index.facade import Archive

    if size_batches:  # as on a quiet machine: batches of BATCH_FILES, whatever the load
        indexer.BATCH_SECONDS = indexer.BATCH_MAX_SECONDS = indexer.SLOW_FILE_SECONDS = float("inf")

    opened = Archive.open(archive)
    start = time.process_time()
    report = opened.index([corpus])
    writer = time.process_time() - start
    opened.close()
    rows = stage_table(report)
    workers = sum(cpu.get(stage, 0.0) for _, cpu in report.batches for stage in WORKER_STAGES)
    print(json.dumps({"articles": report.added, "writer": writer, "workers": workers, "rows": rows}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--label", default="")
    parser.add_argument(
        "--size-batches",
        action="store_true",
        help="cut batches by size only (on a loaded machine the 30 s bound cuts smaller ones, whose "
        "commits cost more an article: the load would decide the figures)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, args.work, args.size_batches)
        return
    shutil.rmtree(args.work, ignore_errors=True)
    load = os.getloadavg()[0]
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.cpu_s41scale", str(args.corpus), str(args.work), "--child"]
        + (["--size-batches"] if args.size_batches else []),
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - wall
    if status:
        sys.exit(f"child failed: {status}")
    result = json.loads(out.strip().splitlines()[-1])
    n = max(1, result["articles"])
    merges = usage.ru_utime + usage.ru_stime - result["writer"]  # with the child's start-up
    print(
        f"{args.label} {n} articles, wall {wall:.0f} s, load {load:.1f} -> {os.getloadavg()[0]:.1f}; "
        f"CPU ms/article: writer {result['writer'] * 1000 / n:.2f}, "
        f"workers {result['workers'] * 1000 / n:.2f}, merges {merges * 1000 / n:.2f}"
    )
    for row in result["rows"]:
        print("  " + " | ".join(row))


if __name__ == "__main__":
    main()
