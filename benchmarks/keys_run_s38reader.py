"""One of the reader's waits, many times, in a terminal; the program quits cleanly at the end.

    python benchmarks/keys_run_s38reader.py ARCHIVE {enter,esc,tab,results} [--rounds 10]
        [--word kata] [--kutip PROGRAM ...]

As ``keys_profile_s37reader.py`` (which it follows), but the program is quit with ``q`` and
waited for (up to a minute), so a profiler wrapped around it (``--kutip`` a script running kutip
under cProfile, or ``sampler_s38reader.py``) writes its profile even on a loaded machine, where
the earlier script's kill came first; with several ``--kutip`` programs (a pair: the start and
the change) the rounds alternate between two programs started side by side.

- ``enter``: ``j`` (the read-ahead rests), Enter, Shift+Tab;
- ``esc``: ``/``, the word, its results, Esc back to the whole list;
- ``tab``: Enter once, then Tab and Shift+Tab;
- ``results``: ``/``, the word typed (``--gap`` apart), from its last key to the frame with its
  count; Esc.

Prints each program's waits (wall ms to the end of the frame, as ``pty_keys`` counts them, and
the process's CPU ms): median and worst, and the load.
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

from benchmarks.pty_keys import (
    KUTIP,
    PATIENCE,
    QUIET,
    Terminal,
    _byte_compiled,
    _env,
    _last_key,
    frame_showing,
    frames,
    peak_mb,
)

LISTED = re.compile(rb"\d[\d,]* articles")


def _counted(word: str) -> re.Pattern[bytes]:
    return re.compile(rb"match(es)? for " + re.escape(word.encode()) + rb"(?![\w])")


def one_round(term: Terminal, what: str, word: str, gap: float) -> tuple[float, float] | None:
    """One wait of ``what``: (wall ms, CPU ms), or None when its frame never came."""
    if what == "enter":
        term.press(b"j")
        start, came, cpu = term.press(b"\r", quiet=0.5)
        term.press(b"\x1b[Z")
        return ((came[-1][0] - start) * 1000, cpu * 1000) if came else None
    if what == "tab":
        start, came, cpu = term.press(b"\t")
        term.press(b"\x1b[Z")
        return ((frames(came)[0][1] - start) * 1000, cpu * 1000) if came else None
    term.press(b"/")
    if what == "results":
        term.type(word[:-1], gap)
        start, came, cpu = _last_key(term, word[-1], _counted(word))
        end = frame_showing(came, _counted(word))
        term.press(b"\x1b", quiet=0.5, wanted=LISTED)
        return ((end - start) * 1000, cpu * 1000) if end is not None else None
    term.type(word, gap)
    term.chunks(time.perf_counter() + PATIENCE, QUIET, _counted(word))
    start, came, cpu = term.press(b"\x1b", quiet=0.5, wanted=LISTED)
    shown = frame_showing(came, LISTED)
    return ((came[-1][0] - start) * 1000, cpu * 1000) if shown is not None else None


def quit_cleanly(term: Terminal) -> None:
    """``q``, then wait for the program to end (a profiler writes its profile at exit)."""
    try:
        os.write(term.fd, b"q")
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            term.chunks(time.perf_counter() + 0.5, 0.5)
            done, _ = os.waitpid(term.pid, os.WNOHANG)
            if done:
                break
    except (OSError, ChildProcessError):
        pass
    term.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks/keys_run_s38reader.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("archive", type=Path)
    parser.add_argument("what", choices=("enter", "esc", "tab", "results"))
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--word", default="kata")
    parser.add_argument("--gap", type=float, default=0.12)
    parser.add_argument("--kutip", type=Path, action="append", help="programs to compare (default: kutip)")
    args = parser.parse_args(argv)
    programs = args.kutip or [KUTIP]
    _byte_compiled()
    found: dict[Path, list[tuple[float, float]]] = {program: [] for program in programs}
    peaks: dict[Path, float] = {}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as home:
        terms = {}
        for program in programs:
            terms[program] = term = Terminal([str(program), "--index", str(args.archive)], _env(home))
            term.chunks(term.started + PATIENCE, 1.0, LISTED)
        try:
            if args.what == "tab":
                for term in terms.values():
                    term.press(b"\r", quiet=0.5)
                    term.press(b"\x1b[Z")
            for _ in range(args.rounds):
                for program, term in terms.items():
                    wait = one_round(term, args.what, args.word, args.gap)
                    if wait is not None:
                        found[program].append(wait)
            for program, term in terms.items():
                peaks[program] = peak_mb(term.pid)
        finally:
            for term in terms.values():
                quit_cleanly(term)
    for program, waits in found.items():
        wall = [w for w, _ in waits]
        cpu = [c for _, c in waits]
        if not wall:
            print(f"{program}: {args.what}: no frame came")
            continue
        print(
            f"{program}: {args.what} n {len(wall)} wall median {statistics.median(wall):.1f} worst"
            f" {max(wall):.1f} ms; CPU median {statistics.median(cpu):.0f} mean {statistics.mean(cpu):.1f}"
            f" worst {max(cpu):.0f} ms; peak {peaks.get(program, float('nan')):.0f} MB"
            f" ({' '.join(f'{w:.0f}' for w in wall)})"
        )
    print(f"load {load:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
