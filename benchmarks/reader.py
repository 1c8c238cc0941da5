"""The reader's timings on a real archive, through Textual's headless pilot.

    python benchmarks/reader.py ARCHIVE WORD

Drives :class:`kutip.tui.app.KutipApp` as a person would (no test shortcuts: the search
debounce stays on) and times what the person waits for: the list's first paint from
start-up, results after ``/`` + a word (from the last key), Esc back to the full list,
and ``j``. Each wait polls the app's own state every few milliseconds, so a figure is the
wait plus at most one poll.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp  # imported before the clock starts, like the CLI's own import

POLL = 0.002
PATIENCE = 60.0


async def _until(pilot: object, done: Callable[[], bool]) -> None:
    """Wait (yielding to the app) until ``done()``; a stuck app fails loudly, not silently."""
    deadline = time.perf_counter() + PATIENCE
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the reader did not get there in time")
        await pilot.pause(POLL)  # type: ignore[attr-defined]


def _results_for(app: KutipApp, word: str) -> Callable[[], bool]:
    """Whether the list shows the results of ``word`` (the status line counts its matches)."""
    return lambda: app.search_query == word and "match" in app.status.message


async def _measure(location: Path, words: list[str], settings: Path) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"first paint": [], "results": [], "esc": [], "j": []}
    start = time.perf_counter()
    archive = Archive.open(location)
    app = KutipApp(archive, settings_file=settings)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await _until(pilot, lambda: bool(app.article_list.summaries))
            await pilot.pause()  # one more refresh: the rows are painted
            timings["first paint"].append(time.perf_counter() - start)
            total = len(app.all_summaries)
            for word in words:
                await pilot.press("slash", *word[:-1])
                last = time.perf_counter()
                await pilot.press(word[-1])
                await _until(pilot, _results_for(app, word))
                timings["results"].append(time.perf_counter() - last)
                await pilot.pause(0.3)  # the user reads the results
                started = time.perf_counter()
                await pilot.press("escape")
                await _until(pilot, lambda: len(app.article_list.summaries) == total)
                timings["esc"].append(time.perf_counter() - started)
                await pilot.pause(0.1)
                started = time.perf_counter()
                before = app.article_list.cursor
                await pilot.press("j")
                await _until(pilot, lambda: app.article_list.cursor != before)  # noqa: B023 (awaited here)
                timings["j"].append(time.perf_counter() - started)
    finally:
        archive.close()
    return timings


def reader_timings(location: Path, words: list[str]) -> dict[str, tuple[float, float]]:
    """Median and worst milliseconds of each wait, over ``words`` (one start-up)."""
    with tempfile.TemporaryDirectory() as scratch:
        timings = asyncio.run(_measure(location, words, Path(scratch) / "settings.toml"))
    return {name: (statistics.median(s) * 1000, max(s) * 1000) for name, s in timings.items()}


def main() -> None:
    location, words = Path(sys.argv[1]), sys.argv[2:] or ["kata"]
    for name, (median, worst) in reader_timings(location, words).items():
        print(f"{name:12s} median {median:7.1f} ms  worst {worst:7.1f} ms")


if __name__ == "__main__":
    main()
