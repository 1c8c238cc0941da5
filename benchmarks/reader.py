"""The reader's timings on a real archive: in a terminal (``benchmarks/pty_keys.py``) for the
harness, and through Textual's headless pilot here.

    python benchmarks/reader.py ARCHIVE [WORD ...] [--rounds N]

:func:`reader_timings` (what ``benchmarks/run.py`` prints) runs the real ``kutip`` in a
pseudo-terminal: the pilot waits for idle twice per key (~60 ms), more than a key costs, so
its figures for ``j`` or Esc say more about the pilot than the reader. The pilot's own figures
(:func:`reader_waits`, this script's output) remain for what a terminal cannot see: the app's
state (the cursor moved, the article open) and the process's CPU per wait.

Drives :class:`kutip.tui.app.KutipApp` as a person would (no test shortcuts: the search
debounce stays on) and times what the person waits for: the list's first paint from
start-up, results after ``/`` + a word (from the last key), Esc back to the full list,
``j`` and ``k`` on the list, Enter (the article open in the reader) and Tab (focus to the
reader). Each wait polls the app's own state every few milliseconds, so a figure is the
wait plus at most one poll, and ends with one more refresh (the screen drawn).

Every wait is reported as wall time and as the process's CPU time over the same span (all
threads, the search workers included): on a shared machine the CPU figure is the one that
does not depend on the neighbours.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp  # imported before the clock starts, like the CLI's own import

POLL = 0.002
PATIENCE = 60.0
WAITS = ("first paint", "results", "esc", "j", "k", "enter", "tab")
PILOT_WAITS = (*WAITS, "results (pilot)")
"""The pilot's waits: the terminal's (:data:`WAITS`) and results as the pilot's ``press`` sees them."""


@dataclass(slots=True)
class Samples:
    """One wait's samples: wall and CPU seconds, in the order they were taken."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Wait:
    """One wait's summary in milliseconds."""

    median: float
    worst: float
    cpu_median: float
    cpu_worst: float


class _Clock:
    """Wall and process CPU time from one start."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def stop(self, samples: Samples) -> None:
        samples.wall.append(time.perf_counter() - self.wall)
        samples.cpu.append(time.process_time() - self.cpu)


async def _until(pilot: object, done: Callable[[], bool]) -> None:
    """Wait (yielding to the app) until ``done()``, then one refresh; a stuck app fails loudly."""
    deadline = time.perf_counter() + PATIENCE
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the reader did not get there in time")
        await pilot.pause(POLL)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]  # one more refresh: what changed is drawn


class _Painted:
    """When the status line said what, and when each of the screen's frames ended: "results" ends
    with the frame that paints the count of the word's matches, not when the pilot's ``press``
    comes back (it waits for the app to be idle twice, after the snippets' worker and its frame too:
    ~100 ms of the 139-190 measured at 100k in sessions 45-46 was the pilot's; docs/reader.md,
    session 46). "results (pilot)" keeps the pilot's wait, the figure of sessions 36-45."""

    def __init__(self, app: KutipApp) -> None:
        self.said: list[tuple[float, str]] = []
        self.frames: list[float] = []
        screen, status = app.screen, app.status
        draw, say = screen._compositor_refresh, status.say

        def drawn() -> None:
            draw()
            self.frames.append(time.perf_counter())

        def said(message: str, *args: object, **kwargs: object) -> None:
            self.said.append((time.perf_counter(), message))
            say(message, *args, **kwargs)  # type: ignore[arg-type]

        screen._compositor_refresh = drawn  # type: ignore[method-assign]
        status.say = said  # type: ignore[method-assign]

    def frame_after_saying(self, pattern: re.Pattern[str], since: float) -> float | None:
        """The end of the first frame after the status line said ``pattern`` (after ``since``)."""
        moment = next((at for at, message in self.said if at >= since and pattern.search(message)), None)
        if moment is None:
            return None
        return next((end for end in self.frames if end >= moment), None)


async def _results_painted(pilot: object, painted: _Painted, word: str, clock: _Clock) -> tuple[float, float]:
    """Press the word's last key (not waiting for the pilot's idle) and wait for the frame that
    paints the count of its matches; the wall and CPU seconds from the key to that frame's end."""
    counted = re.compile(rf"match(es)? for {re.escape(word)}( |$)")
    press = asyncio.ensure_future(pilot.press(word[-1]))  # type: ignore[attr-defined]
    deadline = time.perf_counter() + PATIENCE
    while (end := painted.frame_after_saying(counted, clock.wall)) is None:
        if time.perf_counter() > deadline:
            raise TimeoutError("the reader did not get there in time")
        await asyncio.sleep(POLL / 2)
    cpu = time.process_time() - clock.cpu  # to the frame, give or take a poll
    await press
    return end - clock.wall, cpu


def _results_for(app: KutipApp, word: str) -> Callable[[], bool]:
    """Whether the list shows the results of ``word``: the status line counts the matches *for
    that word* (the count for a prefix typed before it must not end the wait)."""
    counted = re.compile(rf"match(es)? for {re.escape(word)}( |$)")
    return lambda: app.search_query == word and counted.search(app.status.message) is not None


async def _keys(app: KutipApp, pilot: object, waits: dict[str, Samples]) -> None:
    """``j``, ``k``, Enter and Tab on the full list, then back to it (Esc's own wait is the search's)."""
    press = pilot.press  # type: ignore[attr-defined]
    article_list = app.article_list
    for key, step in (("j", 1), ("k", -1)):
        before = article_list.cursor
        clock = _Clock()
        await press(key)
        await _until(pilot, lambda: article_list.cursor == before + step)  # noqa: B023 (awaited here)
        clock.stop(waits[key])
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    chosen = article_list.highlighted
    clock = _Clock()
    await press("enter")
    await _until(pilot, lambda: chosen is not None and getattr(app.reader.article, "id", None) == chosen.id)
    clock.stop(waits["enter"])
    await pilot.pause(0.1)  # type: ignore[attr-defined]
    article_list.focus()
    await pilot.pause()  # type: ignore[attr-defined]
    focused = app.focused
    clock = _Clock()
    await press("tab")
    await _until(pilot, lambda: app.focused is not focused)
    clock.stop(waits["tab"])
    article_list.focus()
    await pilot.pause(0.05)  # type: ignore[attr-defined]


async def _measure(location: Path, words: list[str], rounds: int, settings: Path) -> dict[str, Samples]:
    waits = {name: Samples() for name in PILOT_WAITS}
    clock = _Clock()
    archive = Archive.open(location)
    app = KutipApp(archive, settings_file=settings)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await _until(pilot, lambda: bool(app.article_list.summaries))
            clock.stop(waits["first paint"])
            await _until(pilot, lambda: not app.loading.rest_pending)  # a large archive's whole list
            total = len(app.all_summaries)
            painted = _Painted(app)
            for _ in range(rounds):
                for word in words:
                    await pilot.press("slash", *word[:-1])
                    clock = _Clock()
                    wall, cpu = await _results_painted(pilot, painted, word, clock)
                    waits["results"].wall.append(wall)
                    waits["results"].cpu.append(cpu)
                    await pilot.pause(0.3)
                    await pilot.press("escape")
                    await _until(pilot, lambda: len(app.article_list.summaries) == total)
                    await pilot.pause(0.1)
                    await pilot.press("slash", *word[:-1])
                    clock = _Clock()  # the same wait as the pilot sees it
                    await pilot.press(word[-1])
                    await _until(pilot, _results_for(app, word))
                    clock.stop(waits["results (pilot)"])
                    await pilot.pause(0.3)  # the user reads the results
                    clock = _Clock()
                    await pilot.press("escape")
                    await _until(pilot, lambda: len(app.article_list.summaries) == total)
                    clock.stop(waits["esc"])
                    await pilot.pause(0.1)
                    await _keys(app, pilot, waits)
    finally:
        archive.close()
    return waits


def reader_waits(location: Path, words: list[str], rounds: int = 1) -> dict[str, Wait]:
    """Each wait's median and worst, wall and CPU milliseconds, over ``words`` × ``rounds`` (one start-up)."""
    with tempfile.TemporaryDirectory() as scratch:
        waits = asyncio.run(_measure(location, words, rounds, Path(scratch) / "settings.toml"))
    return {name: _summary(samples) for name, samples in waits.items()}


def _summary(samples: Samples) -> Wait:
    wall, cpu = samples.wall, samples.cpu
    ms = 1000
    return Wait(statistics.median(wall) * ms, max(wall) * ms, statistics.median(cpu) * ms, max(cpu) * ms)


def reader_timings(location: Path, words: list[str]) -> dict[str, tuple[float, float]]:
    """Median and worst wall milliseconds of each wait as a terminal sees it, over ``words`` (one
    start-up; ``j`` and ``k`` pressed 20 times, Enter and Tab 4): the waits of :data:`WAITS`."""
    from benchmarks.pty_keys import pty_waits

    return {name: (wait.p50, wait.worst) for name, wait in pty_waits(location, words, presses=20).items()}


def pilot_timings(location: Path, words: list[str]) -> dict[str, tuple[float, float]]:
    """Median and worst wall milliseconds of each wait through the pilot (its ~60 ms per key included)."""
    return {name: (wait.median, wait.worst) for name, wait in reader_waits(location, words).items()}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/reader.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path, help="an archive folder (the one `kutip --index` takes)")
    parser.add_argument("words", nargs="*", default=["kata"], help="words to search for (default: kata)")
    parser.add_argument("--rounds", type=int, default=1, help="times to go through the words (default 1)")
    args = parser.parse_args(argv)
    if not args.archive.is_dir():
        parser.error(f"no archive at {args.archive}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    print(f"{'':12s} {'wall median':>12s} {'worst':>8s} {'CPU median':>11s} {'worst':>8s}  (ms)")
    for name, wait in reader_waits(args.archive, args.words, args.rounds).items():
        wall, cpu = f"{wait.median:12.1f} {wait.worst:8.1f}", f"{wait.cpu_median:11.1f} {wait.cpu_worst:8.1f}"
        print(f"{name:12s} {wall} {cpu}")
    print(f"peak memory  {peak_mb():.0f} MB (the whole process: archive, app and pilot)")


def peak_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
