"""The unchanged re-run as a user runs it: a fresh ``kutip index`` process, versions alternated.

    python benchmarks/rerun_fresh_s36scale.py --corpus DIR [DIR ...] --runs 8 \\
        --version start=/path/to/venv/bin/kutip:/path/to/ix_start \\
        --version change=/path/to/venv/bin/kutip:/path/to/ix_change

Each ``--version`` is a ``kutip`` executable and its archive, already indexed from the folders
(nothing changed since). The versions are run in turn, ``--runs`` times each, so the machine's
load falls on both alike; each run is timed in wall and in the child's CPU (user + system,
``resource.getrusage``) and its peak resident size. Prints every run, then medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import time
from pathlib import Path


def one_run(kutip: str, archive: Path, folders: list[Path]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident MB of one ``kutip index`` of ``folders``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [kutip, "--index", str(archive), "index", *map(str, folders)],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if " 0 added, 0 updated" not in done.stdout + done.stderr:
        raise SystemExit(f"{kutip}: not an unchanged re-run:\n{done.stdout}{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, nargs="+", required=True)
    parser.add_argument("--version", action="append", required=True, help="NAME=KUTIP:ARCHIVE")
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    versions: dict[str, tuple[str, Path]] = {}
    for spec in args.version:
        name, _, rest = spec.partition("=")
        kutip, _, archive = rest.partition(":")
        versions[name] = (kutip, Path(archive))
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in versions}
    print(f"load at the start {os.getloadavg()}")
    for run in range(args.runs):
        for name, (kutip, archive) in versions.items():
            wall, cpu, peak = one_run(kutip, archive, args.corpus)
            times[name].append((wall, cpu, peak))
            print(f"run {run + 1} {name}: {wall:.2f} s wall, CPU {cpu:.2f} s, peak {peak:.0f} MB", flush=True)
    print(f"load at the end {os.getloadavg()}")
    for name, rows in times.items():
        walls, cpus, peaks = zip(*rows, strict=True)
        print(
            f"{name}: median wall {statistics.median(walls):.2f} s (min {min(walls):.2f}), "
            f"median CPU {statistics.median(cpus):.2f} s (min {min(cpus):.2f}), peak {max(peaks):.0f} MB"
        )


if __name__ == "__main__":
    main()
