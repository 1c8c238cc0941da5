"""The reader's waits as a terminal sees them: ``kutip`` in a pseudo-terminal, keys in, frames out.

    python benchmarks/pty_keys.py ARCHIVE [WORD ...] [--presses 30] [--gap 0.12]

No pilot (whose every press waits for idle twice, ~60 ms, and which draws into no terminal):
the real ``kutip`` program runs in a pty of 160 x 48 cells, each key is written as the
terminal would write it, and the output is read back with the time each chunk came. A wait runs
from the key written to the end of the frame that shows its effect (a frame: chunks with gaps
of less than ``GAP``). What "its effect" is, per wait:

- first paint: start-up to the end of the frame holding the list's count ("N articles"), then
  quiet;
- ``j`` / ``k``: the end of the first frame that redraws two rows (the cursor row moves: its old
  row loses the highlight, the new one gets it). Session 28 read these frames back: a ``j`` at
  10,000 articles is one frame of ~500 bytes, 3-7 ms after the key. The 84 ms of earlier tables
  was the pilot's (``benchmarks/reader.py``), which waits for idle twice per key;
- Enter: the end of the last frame before the output is quiet (the article opens in the reader;
  its panes fill in);
- Tab (after Enter, from the list): the end of the first frame (the focus moves on);
- results: ``/`` and a word typed ``--gap`` seconds apart; from the word's last key to the end of
  the frame that shows the count of matches for the whole word;
- Esc: from Esc to the end of the last frame before the output is quiet: the full list, its
  count in the status line, the list's header and scrollbar (until session 28 the wait ended at
  the frame with the status line's count, and the header's count and the scrollbar came one
  frame, 30-60 ms, later: not counted). A terminal
  cannot tell the Esc key from the start of an escape sequence, so a program may wait
  ``ESCDELAY`` milliseconds for a following byte before it reads Esc (Textual's default 100;
  kutip 25 until session 30, and none since for an Esc that ends a read with no more input
  pending, as this harness writes it: ``kutip.tui.esc_key``); the figure includes any wait.

CPU is the kutip process's user + system time over each wait (every thread), read from /proc.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

KUTIP = Path(sys.executable).with_name("kutip")
COLUMNS, LINES = 160, 48
GAP = 0.012
"""Seconds between two chunks of one frame: Textual writes a frame at once (the pty hands it over
in pieces of 4 KB), and frames follow each other no faster than its refresh rate allows."""
QUIET = 0.3
"""Seconds without output after which a wait is over (the search bar's cursor blinks every 0.5 s)."""
PATIENCE = 60.0
Wanted = re.Pattern[bytes] | Callable[[list[tuple[float, bytes]]], bool]
TICK = os.sysconf("SC_CLK_TCK")
STDOUT = 1
WAITS = ("first paint", "j", "k", "enter", "tab", "results", "esc")


@dataclass(frozen=True, slots=True)
class Patience:
    """How long a run waits on a loaded machine, whose frames come late."""

    slower: float = 1.0  # every quiet wait this many times longer (``--slower``)
    retries: int = 2  # presses again of a key whose frame never came; then a miss, and on
    settle: float = 1.0  # seconds of quiet after the first paint (the whole list's reading)
    frame: float = 15.0  # seconds a press waits for its frame before it counts as missed


@dataclass(slots=True)
class Samples:
    """One wait's samples in milliseconds: to the end of its frame, and CPU."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    missed: int = 0  # presses whose frame never came, retries included


@dataclass(frozen=True, slots=True)
class PtyWait:
    """One wait's summary in milliseconds."""

    count: int
    p50: float
    p95: float
    worst: float
    cpu_mean: float
    missed: int = 0


def _cpu(pid: int) -> float:
    """Seconds of CPU (user + system) the process has used, all threads."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def peak_mb(pid: int) -> float:
    """The process's peak resident memory."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Terminal:
    """A program in a pseudo-terminal of ``COLUMNS`` x ``LINES``."""

    def __init__(
        self, argv: list[str], env: dict[str, str], slower: float = 1.0, frame: float = PATIENCE
    ) -> None:
        self.slower = slower
        self.frame = frame  # seconds a press waits for the frame it wants
        size = struct.pack("HHHH", LINES, COLUMNS, 0, 0)
        pid, fd = pty.fork()
        if pid == 0:  # the child: its terminal's size, then the program (never back to the caller)
            try:
                fcntl.ioctl(STDOUT, termios.TIOCSWINSZ, size)  # the pty (sys.stdout may be a capture)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, size)
        self.pid, self.fd = pid, fd
        self.started = time.perf_counter()

    def chunks(self, until: float, quiet: float, wanted: Wanted | None = None) -> list[tuple[float, bytes]]:
        """Output as (time, bytes) until ``quiet`` seconds pass without any once ``wanted`` (if
        given: a pattern in the bytes, or a test of the chunks so far) has shown, or ``until`` (a
        perf_counter time) is reached. On a loaded machine a frame can come after more than
        ``quiet`` seconds of silence: a wait that knows what it waits for gives ``wanted``."""
        found: list[tuple[float, bytes]] = []
        seen = b""
        shown = wanted is None
        last = time.perf_counter()
        while True:
            now = time.perf_counter()
            if (shown and now - last >= quiet) or now >= until:
                return found
            wait = quiet - (now - last) if shown else 0.05
            ready, _, _ = select.select([self.fd], [], [], max(0.0, min(wait, until - now)))
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:  # the program ended
                    return found
                last = time.perf_counter()
                found.append((last, data))
                if not shown and isinstance(wanted, re.Pattern):
                    seen = seen[-4096:] + data
                    shown = wanted.search(seen) is not None
                elif not shown and wanted is not None:
                    shown = wanted(found)

    def press(
        self, key: bytes, quiet: float = QUIET, wanted: Wanted | None = None
    ) -> tuple[float, list[tuple[float, bytes]], float]:
        """Write ``key`` once the output is quiet; (when it was written, what came until ``wanted``
        showed and the output was quiet, CPU seconds)."""
        self.chunks(time.perf_counter() + PATIENCE, quiet * self.slower)  # whatever was still coming
        cpu = _cpu(self.pid)
        start = time.perf_counter()
        os.write(self.fd, key)
        came = self.chunks(start + self.frame, quiet * self.slower, wanted)
        return start, came, _cpu(self.pid) - cpu

    def type(self, text: str, gap: float) -> None:
        """Type ``text`` a key every ``gap`` seconds (reading what comes meanwhile)."""
        for char in text:
            os.write(self.fd, char.encode())
            self.chunks(time.perf_counter() + gap, gap)

    def close(self) -> None:
        try:
            os.write(self.fd, b"q")
            self.chunks(time.perf_counter() + 1.0, 0.5)
        except OSError:
            pass
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except (OSError, ChildProcessError):
            pass
        os.close(self.fd)


def frames(chunks: list[tuple[float, bytes]]) -> list[tuple[float, float, bytes]]:
    """Chunks grouped into frames: (first chunk's time, last chunk's time, bytes)."""
    found: list[tuple[float, float, bytes]] = []
    for at, data in chunks:
        if found and at - found[-1][1] < GAP:
            first, _, held = found[-1]
            found[-1] = (first, at, held + data)
        else:
            found.append((at, at, data))
    return found


def frame_showing(chunks: list[tuple[float, bytes]], wanted: re.Pattern[bytes]) -> float | None:
    """When the frame ended in which ``wanted`` first showed (the bytes so far match it)."""
    seen = b""
    for _, end, data in frames(chunks):
        seen += data
        if wanted.search(seen):
            return end
    return None


def _env(home: str) -> dict[str, str]:
    env = dict(
        os.environ, TERM="xterm-256color", COLORTERM="truecolor", LINES=str(LINES), COLUMNS=str(COLUMNS)
    )
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CACHE_HOME=home)
    for name in ("TEXTUAL", "TEXTUAL_DRIVER", "ESCDELAY"):
        env.pop(name, None)
    return env


def _byte_compiled() -> None:
    """Byte-compile kutip's own modules first, as installing a wheel does: an editable checkout
    under ``PYTHONDONTWRITEBYTECODE`` (set on this machine) would otherwise compile every module at
    every start-up, ~150 ms of CPU in each first paint that no installed kutip pays."""
    import compileall

    import kutip.index
    import kutip.tui

    for package in (kutip.index, kutip.tui):
        compileall.compile_dir(str(Path(package.__file__ or "").parent), quiet=1)


def _measured(samples: Samples, start: float, end: float | None, cpu: float) -> bool:
    """Record one wait; False (a miss counted) when the frame that shows it never came."""
    if end is None:
        samples.missed += 1
        return False
    samples.wall.append((end - start) * 1000)
    samples.cpu.append(cpu * 1000)
    return True


def _pressed(
    term: Terminal,
    samples: Samples,
    key: bytes,
    end_of: Callable[[list[tuple[float, bytes]]], float | None],
    *,
    wanted: Wanted,
    retries: int,
) -> bool:
    """Press ``key`` until its wait is measured, at most ``1 + retries`` times (the wait ends at
    ``end_of(what came)``); a press that missed its frame leaves the screen where the key put it,
    so only keys whose repeat measures the same wait are retried (j, k, Tab)."""
    for _ in range(1 + retries):
        start, came, cpu = term.press(key, wanted=wanted)
        if _measured(samples, start, end_of(came), cpu):
            return True
    return False


def _last_chunk(came: list[tuple[float, bytes]]) -> float | None:
    return came[-1][0] if came else None


def _first_frame(came: list[tuple[float, bytes]]) -> float | None:
    return frames(came)[0][1] if came else None


def _some_output(came: list[tuple[float, bytes]]) -> bool:
    return bool(came)


def _two_rows(came: list[tuple[float, bytes]]) -> bool:
    return _rows_moved(came) is not None


def measure(
    archive: Path,
    words: list[str],
    presses: int,
    gap: float,
    kutip: Path = KUTIP,
    *,
    patience: Patience | None = None,
) -> tuple[dict[str, Samples], float]:
    """Every wait's samples over one start-up of ``kutip --index ARCHIVE``, and its peak memory (MB).

    A wait whose frame never came is retried (j, k, Tab) or counted as missed (Enter, results,
    Esc: the next ones go on from where the screen is), so a loaded machine gives figures, not a
    ``TimeoutError``. After the first paint the output must be quiet for ``settle`` seconds (the
    whole list's reading, ~1 s of CPU at 100,000 articles, ends first).
    """
    patience = patience or Patience()
    waits = {name: Samples() for name in WAITS}
    listed = re.compile(rb"\d[\d,]* articles")
    _byte_compiled()
    with tempfile.TemporaryDirectory() as home:
        term = Terminal([str(kutip), "--index", str(archive)], _env(home), patience.slower, patience.frame)
        try:
            came = term.chunks(term.started + PATIENCE, patience.settle * patience.slower, listed)
            _measured(waits["first paint"], term.started, frame_showing(came, listed), _cpu(term.pid))
            for _ in range(presses):
                for key in ("j", "k"):
                    _pressed(
                        term,
                        waits[key],
                        key.encode(),
                        _rows_moved,
                        wanted=_two_rows,
                        retries=patience.retries,
                    )
            for _ in range(max(1, presses // 5)):
                start, came, cpu = term.press(b"\r", quiet=0.5, wanted=_some_output)
                _measured(waits["enter"], start, _last_chunk(came), cpu)
                tab = waits["tab"]  # the focus to the next pane
                _pressed(term, tab, b"\t", _first_frame, wanted=_some_output, retries=patience.retries)
                term.press(b"\x1b[Z")  # Shift+Tab: the list has the focus again
                term.press(b"j")
            for word in words:
                term.press(b"/")
                term.type(word[:-1], gap)
                counted = re.compile(rb"match(es)? for " + re.escape(word.encode()) + rb"(?![\w])")
                start, came, cpu = _last_key(term, word[-1], counted)
                _measured(waits["results"], start, frame_showing(came, counted), cpu)
                start, came, cpu = term.press(b"\x1b", quiet=0.5, wanted=listed)
                shown = frame_showing(came, listed)
                _measured(waits["esc"], start, came[-1][0] if shown is not None else None, cpu)
                if shown is None:  # still in the bar or its results: back to the whole list
                    term.press(b"\x1b", quiet=0.5, wanted=listed)
            peak = peak_mb(term.pid)
        finally:
            term.close()
    return waits, peak


_ROW = re.compile(rb"\x1b\[(\d+);\d+H")


def _rows_moved(chunks: list[tuple[float, bytes]]) -> float | None:
    """When the first frame ended that draws on two rows or more (a cursor row moved), else None."""
    for _, end, data in frames(chunks):
        if len(set(_ROW.findall(data))) >= 2:
            return end
    return None


def _last_key(
    term: Terminal, char: str, counted: re.Pattern[bytes]
) -> tuple[float, list[tuple[float, bytes]], float]:
    """The word's last key, typed right after the one before (as a person types: no waiting for
    the results of the earlier keys); what came until the word's count showed, and quiet."""
    cpu = _cpu(term.pid)
    start = time.perf_counter()
    os.write(term.fd, char.encode())
    came = term.chunks(start + term.frame, QUIET * term.slower, counted)
    return start, came, _cpu(term.pid) - cpu


def summary(samples: Samples) -> PtyWait:
    wall = sorted(samples.wall)
    if not wall:  # every press missed its frame
        nan = float("nan")
        return PtyWait(0, nan, nan, nan, nan, samples.missed)
    p95 = wall[min(len(wall) - 1, round(0.95 * (len(wall) - 1)))]
    cpu = statistics.mean(samples.cpu)
    return PtyWait(len(wall), statistics.median(wall), p95, wall[-1], cpu, samples.missed)


def pty_waits(archive: Path, words: list[str], presses: int = 30, gap: float = 0.12) -> dict[str, PtyWait]:
    """Each wait's summary over one start-up (``run.py`` prints these beside the pilot's)."""
    waits, _ = measure(archive, words, presses, gap)
    return {name: summary(samples) for name, samples in waits.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="benchmarks/pty_keys.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("archive", type=Path, help="an archive folder (the one `kutip --index` takes)")
    parser.add_argument("words", nargs="*", default=["kata"], help="words typed in the search bar")
    parser.add_argument("--presses", type=int, default=30, help="presses of j and k (Enter, Tab: a fifth)")
    parser.add_argument("--gap", type=float, default=0.12, help="seconds between typed letters")
    parser.add_argument("--kutip", type=Path, default=KUTIP, help="the kutip program to run")
    parser.add_argument(
        "--slower", type=float, default=1.0, help="quiet waits this many times longer (load: 2-4)"
    )
    parser.add_argument(
        "--retries", type=int, default=2, help="presses again of a key whose frame never came"
    )
    parser.add_argument("--settle", type=float, default=1.0, help="seconds of quiet after the first paint")
    parser.add_argument("--frame", type=float, default=15.0, help="seconds a key waits for its frame")
    args = parser.parse_args(argv)
    if not args.archive.is_dir():
        parser.error(f"no archive at {args.archive}")
    patience = Patience(args.slower, args.retries, args.settle, args.frame)
    waits, peak = measure(args.archive, args.words, args.presses, args.gap, args.kutip, patience=patience)
    print(f"{'(ms)':12s} {'n':>3s} {'p50':>7s} {'p95':>7s} {'worst':>7s} {'CPU mean':>9s} {'missed':>6s}")
    for name, samples in waits.items():
        wait = summary(samples)
        figures = f"{wait.p50:7.1f} {wait.p95:7.1f} {wait.worst:7.1f} {wait.cpu_mean:9.1f} {wait.missed:6d}"
        print(f"{name:12s} {wait.count:3d} {figures}")
    print(f"peak memory  {peak:.0f} MB (the kutip process)")


if __name__ == "__main__":
    main()
