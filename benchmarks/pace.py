"""Wall and CPU per article over an indexing run, tenth by tenth, per process.

    python benchmarks/pace.py CORPUS_DIR ARCHIVE_DIR [--tenths 10]

Indexes ``CORPUS_DIR`` into a fresh ``ARCHIVE_DIR`` with the real pipeline and prints, for each
tenth of the files, the wall ms per article and the CPU ms per article of the writer process
(this one: reading, committing on its thread) and of its descendants (the analysis workers and
the merge child, read from ``/proc`` while they live plus what was reaped). Wall time on a shared
machine includes waiting for a core; the CPU columns do not, so compare two commits by CPU and
run them back to back on the same corpus (``benchmarks/realistic.py`` writes one). The last row
is the end of the run (the final commit and merge), after the last file was analysed.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.stages import print_table, stage_table
from kutip.index.facade import Archive

_TICK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except OSError:
            continue
        found += [int(c) for c in text.split()]
    return found


def descendants_cpu(root: int) -> float:
    """CPU seconds of every live descendant of ``root`` plus every descendant already reaped."""
    seconds, stack = 0.0, _children(root)
    while stack:
        pid = stack.pop()
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds += (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / _TICK
        stack += _children(pid)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds + usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--tenths", type=int, default=10)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="MODULE.NAME=NUMBER",
        help="change a tuning constant for this run, e.g. kutip.index.pool.PREFETCH=1",
    )
    args = parser.parse_args()
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        module, _, constant = name.rpartition(".")
        setattr(
            importlib.import_module(module),
            constant,
            type(getattr(importlib.import_module(module), constant))(value),
        )
    shutil.rmtree(args.archive, ignore_errors=True)
    total = sum(1 for _ in args.corpus.rglob("*.md"))
    step = max(1, total // args.tenths)
    me = os.getpid()
    marks: list[tuple[int, float, float, float]] = []  # (done, wall, own CPU, descendants' CPU)

    def mark(done: int) -> None:
        marks.append((done, time.perf_counter(), time.process_time(), descendants_cpu(me)))

    load = os.getloadavg()[0]
    archive = Archive.open(args.archive)
    mark(0)
    report = archive.index([args.corpus], progress=lambda p: p.done % step == 0 and mark(p.done))
    mark(total)
    archive.close()
    print(f"{total} files, load {load:.1f} -> {os.getloadavg()[0]:.1f}, added {report.added}")
    print("| files | wall ms/art | writer CPU ms/art | workers+merge CPU ms/art | cores busy |")
    print("|---|---|---|---|---|")
    for (d0, w0, c0, k0), (d1, w1, c1, k1) in itertools.pairwise(marks):
        wall, own, kids = w1 - w0, c1 - c0, k1 - k0
        if d1 > d0:
            n, label = d1 - d0, f"{d0}-{d1}"
        else:  # the end of the run, after its last file: the last commit and merges
            n, label = total, "end of run (÷ all files)"
        print(
            f"| {label} | {wall * 1000 / n:.1f} | {own * 1000 / n:.1f} | {kids * 1000 / n:.1f} "
            f"| {(own + kids) / max(wall, 1e-9):.2f} |"
        )
    (_, w0, c0, k0), (d, w1, c1, k1) = marks[0], marks[-1]
    w, c, k = w1 - w0, c1 - c0, k1 - k0
    print(f"| all | {w * 1000 / d:.1f} | {c * 1000 / d:.1f} | {k * 1000 / d:.1f} | {(c + k) / w:.2f} |")
    print()
    print_table(stage_table(report), ("ms/article", "whole run", "first 10 %", "last 10 %"))


if __name__ == "__main__":
    main()
