"""The reader's first paint, many start-ups in a terminal: wall and CPU to the list's count.

    python benchmarks/first_paint_s38reader.py ARCHIVE [--runs 10] [--kutip PROGRAM ...]

Each run starts ``kutip --index ARCHIVE`` in a pseudo-terminal (``benchmarks/pty_keys.Terminal``),
waits for the frame that shows the list's count ("N articles", as ``pty_keys`` counts first paint),
reads the process's CPU as that frame comes (not after it: at 100,000 articles the whole list's
reading starts right after the first paint), and quits with ``q``, waiting for the exit (a
profiler wrapped around kutip writes its profile then). With several ``--kutip`` programs (the
start and the change of a pair) the runs alternate between them, so both see the same load.

Prints each program's first paints (wall and CPU, ms): median and worst, and the load.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pty_keys import KUTIP, PATIENCE, Terminal, _byte_compiled, _cpu, _env, frame_showing

LISTED = re.compile(rb"\d[\d,]* articles")


def first_paint(archive: Path, kutip: Path) -> tuple[float, float]:
    """One start-up: wall and CPU milliseconds to the end of the frame with the list's count."""
    with tempfile.TemporaryDirectory() as home:
        term = Terminal([str(kutip), "--index", str(archive)], _env(home))
        try:
            came = term.chunks(term.started + PATIENCE, 0.0, LISTED)  # to the chunk with the count
            cpu = _cpu(term.pid)  # read then: the whole list's loading follows the first paint
            came += term.chunks(time.perf_counter() + PATIENCE, 0.3)
            end = frame_showing(came, LISTED)
            if end is None:
                raise TimeoutError("the list's count never showed")
            return (end - term.started) * 1000, cpu * 1000
        finally:
            _quit(term)


def _quit(term: Terminal) -> None:
    """Quit with ``q`` and wait for the exit (a profiled program writes its profile then)."""
    try:
        os.write(term.fd, b"q")
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            term.chunks(time.perf_counter() + 0.5, 0.5)
            done, _ = os.waitpid(term.pid, os.WNOHANG)
            if done:
                break
    except (OSError, ChildProcessError):
        pass
    term.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks/first_paint_s38reader.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("archive", type=Path)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--kutip", type=Path, action="append", help="programs to compare (default: kutip)")
    args = parser.parse_args(argv)
    programs = args.kutip or [KUTIP]
    _byte_compiled()
    found: dict[Path, list[tuple[float, float]]] = {program: [] for program in programs}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for program in programs:
            found[program].append(first_paint(args.archive, program))
    loads.append(os.getloadavg()[0])
    for program, runs in found.items():
        wall = [w for w, _ in runs]
        cpu = [c for _, c in runs]
        print(
            f"{program}: first paint wall median {statistics.median(wall):.0f} worst {max(wall):.0f} ms;"
            f" CPU median {statistics.median(cpu):.0f} worst {max(cpu):.0f} ms"
            f" ({' '.join(f'{w:.0f}/{c:.0f}' for w, c in runs)})"
        )
    print(f"load {loads[0]:.1f} -> {loads[1]:.1f}")


if __name__ == "__main__":
    main()
