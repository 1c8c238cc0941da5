"""Whole-process one-shot commands, two versions side by side: wall and CPU per run.

    python benchmarks/cli_start_s34wr.py ARCHIVE [--tree NAME=PYTHONPATH ...] [--runs 15]
        [--command 'search WORD --json'] [--bytecode]

Each run is a fresh ``kutip`` process (the console script's code)
on ``ARCHIVE``, the versions taken in turn run by run (so a change of the machine's load meets
both), each version's code from its ``PYTHONPATH`` (a folder holding ``kutip/index`` and
``kutip/tui``; empty: the installed tree). ``--bytecode`` lets Python read and write ``.pyc``
files as an installed copy does (``PYTHONDONTWRITEBYTECODE`` is unset; one run first to write
them): without it every run compiles kutip's modules from source when the environment sets
``PYTHONDONTWRITEBYTECODE``, as this machine's does. Prints per version and command the median
and 90th percentile wall and the median CPU (user + system) in ms, and the output's lines (the
same in every version, or the comparison is moot).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

_SCRIPT = "import sys; from kutip.tui.cli import main; sys.exit(main())"  # the console script's code


def _one(env: dict[str, str], argv: list[str]) -> tuple[float, float, bytes]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path)
    parser.add_argument("--tree", action="append", default=[], help="NAME=PYTHONPATH (repeatable)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--command", action="append", default=[], help="kutip's arguments after --index")
    parser.add_argument("--bytecode", action="store_true", help="read and write .pyc as an installed copy")
    args = parser.parse_args()
    trees = [tuple(t.split("=", 1)) for t in args.tree] or [("installed", "")]
    commands = args.command or ["search menkebokan --json"]
    envs: dict[str, dict[str, str]] = {}
    for name, path in trees:
        env = dict(os.environ)
        if path:
            env["PYTHONPATH"] = path
        if args.bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs[name] = env
    bytecode = "on" if args.bytecode else "as the environment"
    print(f"load average at the start {os.getloadavg()}; bytecode {bytecode}")
    for command in commands:
        argv = [sys.executable, "-c", _SCRIPT, "--index", str(args.archive), *shlex.split(command)]
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in envs}
        outputs: dict[str, bytes] = {}
        for name, env in envs.items():  # one run each first: the page cache, and .pyc when allowed
            outputs[name] = _one(env, argv)[2]
        for _ in range(args.runs):
            for name, env in envs.items():
                wall, cpu, out = _one(env, argv)
                times[name].append((wall, cpu))
                if out != outputs[name]:
                    print(f"  {name}: output changed between runs", file=sys.stderr)
        same = len(set(outputs.values())) == 1
        print(f"kutip {command}  (output {'identical' if same else 'DIFFERS'} across versions)")
        for name, runs in times.items():
            walls = sorted(w for w, _ in runs)
            cpus = [c for _, c in runs]
            p90 = walls[min(len(walls) - 1, int(len(walls) * 0.9))]
            lines = outputs[name].count(b"\n")
            print(
                f"  {name:12s} wall median {statistics.median(walls):6.0f}  p90 {p90:6.0f}  "
                f"CPU median {statistics.median(cpus):6.0f} ms  ({lines} lines)"
            )
    print(f"load average at the end {os.getloadavg()}")


if __name__ == "__main__":
    main()
