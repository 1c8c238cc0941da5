"""Where Esc's and Enter's time goes on the UI thread, in CPU milliseconds: the key's handler and
the frames drawn after it, in the real app through Textual's pilot (headless: drawing is done,
nothing is written to a terminal).

    python benchmarks/key_parts_s37reader.py ARCHIVE WORD [--rounds 30] [--tui FOLDER]

Each round: ``/`` and WORD, the results; then Esc (back to the whole list) timed; then ``j``, the
read-ahead resting, and Enter (the article opened) timed. A part is the UI thread's CPU time
(``time.thread_time``) over it: on a loaded machine that is the figure the neighbours change
least. ``--tui`` runs another copy of ``kutip.tui`` (a checkout's ``tui`` folder: the start of a
paired run) with this process's ``kutip.index``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _parts(location: Path, word: str, rounds: int) -> dict[str, list[float]]:
    from textual.screen import Screen

    from kutip.index.facade import Archive
    from kutip.tui.app import KutipApp
    from tests.pilot_support import settle

    found: dict[str, list[float]] = {"esc handler": [], "esc frames": [], "enter frames": []}
    frames: list[float] = []
    timer_update = Screen._on_timer_update

    def timed(self: Screen[Any]) -> None:
        began = time.thread_time()
        timer_update(self)
        frames.append(time.thread_time() - began)

    Screen._on_timer_update = timed  # type: ignore[method-assign]

    async def run(settings: Path) -> None:
        archive = Archive.open(location)
        app = KutipApp(archive, settings_file=settings)
        try:
            async with app.run_test(size=(160, 48)) as pilot:
                await settle(app, pilot)
                while app.loading.rest_pending:
                    await pilot.pause(0.05)
                for _ in range(rounds):
                    await pilot.press("slash", *word)
                    await pilot.pause(0.4)
                    await settle(app, pilot)
                    frames.clear()
                    began = time.thread_time()
                    app.action_close_search()
                    found["esc handler"].append(time.thread_time() - began)
                    await settle(app, pilot)
                    found["esc frames"].append(sum(frames))
                    await pilot.press("j")
                    await pilot.pause(0.3)
                    await settle(app, pilot)
                    frames.clear()
                    await pilot.press("enter")
                    await settle(app, pilot)
                    found["enter frames"].append(sum(frames))
                    app.article_list.focus()
                    await settle(app, pilot)
        finally:
            archive.close()

    with tempfile.TemporaryDirectory() as scratch:
        asyncio.run(run(Path(scratch) / "settings.toml"))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks/key_parts_s37reader.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("archive", type=Path)
    parser.add_argument("word")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--tui", type=Path, help="another kutip.tui folder (the start of a pair)")
    args = parser.parse_args(argv)
    if args.tui is not None:
        import kutip.tui

        kutip.tui.__path__[:] = [str(args.tui)]
    found = _parts(args.archive, args.word, args.rounds)
    print(f"{'(CPU ms)':14s} {'n':>3s} {'median':>7s} {'worst':>7s}")
    for name, samples in found.items():
        ms = [s * 1000 for s in samples]
        print(f"{name:14s} {len(ms):3d} {statistics.median(ms):7.1f} {max(ms):7.1f}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
