"""Enter as a terminal sees it, in two waits: the article painted, and its panes filled in.

    python benchmarks/reader_s27_enter.py ARCHIVE [--opens 20] [--kutip PATH ...]

``benchmarks/pty_keys.py`` times Enter to the last frame before the output is quiet: the article
and both panes beside it. Issue 11 asks that the article paint within 50 ms and lets its panes
(entities, statements and their ``⧉n`` reports) fill in after, so this script tells the two apart.
The real ``kutip`` runs in a pty (``pty_keys.Terminal``); after the list is painted and quiet, each
round presses ``j`` then Enter and reads:

- article: from Enter to the end of the frame that first shows the opened article's source file
  name (the reader header's last line; the list's rows never show it), the row's file being read
  from the archive's own first rows in list order;
- filled: from Enter to the end of the last frame before the output is quiet (pty_keys' Enter);
- CPU: the kutip process's user + system time over the whole wait (every thread).

Several ``--kutip`` programs (say a snapshot before a change and one after) are run in turn, round
after round on the same archive, so the machine's load falls on each alike.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pty_keys import KUTIP, PATIENCE, Terminal, _env, frames

LISTED = re.compile(rb"\d[\d,]* articles")


def file_names(archive: Path, rows: int) -> list[str]:
    """The source file name of the list's first ``rows`` rows, in the list's order."""
    from kutip.index.facade import Archive

    opened = Archive.open(archive)
    try:
        rows_shown = opened.first_summaries(rows)
        return [summary.path.replace("\\", "/").rsplit("/", 1)[-1] for summary in rows_shown]
    finally:
        opened.close()


def opens(kutip: Path, archive: Path, names: list[str]) -> dict[str, list[float]]:
    """One start-up of ``kutip``: ``j`` and Enter on each of the rows after the first."""
    found: dict[str, list[float]] = {"article": [], "filled": [], "cpu": []}
    with tempfile.TemporaryDirectory() as home:
        term = Terminal([str(kutip), "--index", str(archive)], _env(home))
        try:
            term.chunks(term.started + PATIENCE, 1.5, LISTED)
            for name in names[1:]:
                term.press(b"j")
                start, came, cpu = term.press(b"\r", quiet=0.5)
                wanted = name.encode()
                seen = b""
                painted = None
                for _, end, data in frames(came):
                    seen += data
                    if wanted in seen:
                        painted = end
                        break
                if painted is None or not came:
                    raise TimeoutError(f"{name}: no frame showed the article")
                found["article"].append((painted - start) * 1000)
                found["filled"].append((came[-1][0] - start) * 1000)
                found["cpu"].append(cpu * 1000)
        finally:
            term.close()
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="benchmarks/reader_s27_enter.py", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("archive", type=Path, help="an archive folder (the one `kutip --index` takes)")
    parser.add_argument("--opens", type=int, default=20, help="articles opened per start-up")
    parser.add_argument("--rounds", type=int, default=2, help="start-ups of each program, alternating")
    parser.add_argument("--kutip", type=Path, action="append", help="a kutip program (repeat to compare)")
    args = parser.parse_args(argv)
    programs = args.kutip or [KUTIP]
    names = file_names(args.archive, args.opens + 1)
    results: dict[Path, dict[str, list[float]]] = {
        program: {"article": [], "filled": [], "cpu": []} for program in programs
    }
    for _ in range(args.rounds):
        for program in programs:
            for key, values in opens(program, args.archive, names).items():
                results[program][key].extend(values)
    heads = f"{'article p50':>11s} {'p95':>7s} {'filled p50':>10s} {'p95':>7s} {'CPU mean':>9s}"
    print(f"{'(ms)':6s} {heads}  program")
    for program, found in results.items():
        article, filled = sorted(found["article"]), sorted(found["filled"])
        p95 = round(0.95 * (len(article) - 1))
        print(
            f"{'enter':6s} {statistics.median(article):11.1f} {article[p95]:7.1f} "
            f"{statistics.median(filled):10.1f} {filled[p95]:7.1f} "
            f"{statistics.mean(found['cpu']):9.1f}  {program}"
        )


if __name__ == "__main__":
    main()
