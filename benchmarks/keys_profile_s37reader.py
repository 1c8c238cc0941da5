"""One of the reader's keys, many times, in a terminal: for a profile of the real app.

    python benchmarks/keys_profile_s37reader.py ARCHIVE {esc,enter} [--rounds 20] [--kutip PROGRAM]

Runs ``kutip --index ARCHIVE`` in a pseudo-terminal (``benchmarks/pty_keys.Terminal``) and presses
only what one wait needs, so a profiler wrapped around the program (``--kutip`` a script that runs
kutip under ``python -m cProfile -o ...``) sees that wait's work and little else:

- ``esc``: ``/``, a word, the results, Esc back to the whole list; ``--rounds`` times;
- ``enter``: ``j`` (the read-ahead rests), Enter, Shift+Tab; ``--rounds`` times.

Prints each press's wall milliseconds to the end of its last frame (as ``pty_keys`` counts Enter
and Esc), their median and worst, and the load.
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

from benchmarks.pty_keys import KUTIP, PATIENCE, Terminal, _byte_compiled, _env, frame_showing


def run(archive: Path, what: str, rounds: int, kutip: Path, word: str) -> list[float]:
    listed = re.compile(rb"\d[\d,]* articles")
    _byte_compiled()
    found: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        term = Terminal([str(kutip), "--index", str(archive)], _env(home))
        try:
            term.chunks(term.started + PATIENCE, 1.0, listed)
            for _ in range(rounds):
                if what == "esc":
                    term.press(b"/")
                    term.type(word, 0.12)
                    counted = re.compile(rb"match(es)? for " + re.escape(word.encode()) + rb"(?![\w])")
                    term.chunks(time.perf_counter() + PATIENCE, 0.3, counted)
                    start, came, _ = term.press(b"\x1b", quiet=0.5, wanted=listed)
                    if frame_showing(came, listed) is not None:
                        found.append((came[-1][0] - start) * 1000)
                else:
                    term.press(b"j")
                    start, came, _ = term.press(b"\r", quiet=0.5)
                    if came:
                        found.append((came[-1][0] - start) * 1000)
                    term.press(b"\x1b[Z")
        finally:
            term.close()
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks/keys_profile_s37reader.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("archive", type=Path)
    parser.add_argument("what", choices=("esc", "enter"))
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--kutip", type=Path, default=KUTIP)
    parser.add_argument("--word", default="kata")
    args = parser.parse_args(argv)
    found = run(args.archive, args.what, args.rounds, args.kutip, args.word)
    shown = " ".join(f"{ms:.0f}" for ms in found)
    middle, worst = statistics.median(found), max(found)
    print(f"{args.what}: n {len(found)} median {middle:.1f} worst {worst:.1f} ms; {shown}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
