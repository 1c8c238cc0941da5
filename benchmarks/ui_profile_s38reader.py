"""The UI thread's work for one of the reader's keys, profiled in the real app through the pilot.

    python benchmarks/ui_profile_s38reader.py ARCHIVE {esc,enter,results,j} [--word kata]
        [--rounds 10] [--out PROFILE] [--tui FOLDER]

Each round does what the key needs first (``/`` and the word for Esc; ``j`` and a rest for
Enter; ``/`` for the results), then profiles (cProfile, this thread only: the app's event loop)
from the key to the app at rest again, and adds the UI thread's CPU over that window
(``time.thread_time``): on a loaded machine the figure the neighbours change least. The pilot
waits for idle around each key, so a window holds the key's handler, its frames (drawn headless:
nothing is written to a terminal) and the messages that follow, not the pilot's own pauses'
share of other threads. Prints the median and worst CPU ms, and the profile's top functions;
``--out`` keeps the profile. ``--tui`` runs another copy of ``kutip.tui`` (the start of a pair).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def run(location: Path, what: str, word: str, rounds: int, profile: cProfile.Profile) -> list[float]:
    from textual.worker import WorkerCancelled

    from kutip.index.facade import Archive
    from kutip.tui.app import KutipApp
    from tests import pilot_support

    cpu: list[float] = []

    async def settle(app: KutipApp, pilot: object) -> None:
        """The tests' settle, again when a worker it waited for was cancelled by a newer one."""
        for _ in range(20):
            try:
                await pilot_support.settle(app, pilot)
                return
            except WorkerCancelled:
                continue

    async def go(settings: Path) -> None:
        archive = Archive.open(location)
        app = KutipApp(archive, settings_file=settings)
        try:
            async with app.run_test(size=(160, 48)) as pilot:
                await settle(app, pilot)
                while app.loading.rest_pending:
                    await pilot.pause(0.05)
                await settle(app, pilot)
                for _ in range(rounds):
                    if what == "esc":
                        await pilot.press("slash", *word)
                        await pilot.pause(0.4)
                        await settle(app, pilot)
                        keys: tuple[str, ...] = ("escape",)
                    elif what == "enter":
                        app.article_list.focus()
                        await pilot.press("j")
                        await pilot.pause(0.3)
                        await settle(app, pilot)
                        keys = ("enter",)
                    elif what == "results":
                        await pilot.press("slash", *word[:-1])
                        await pilot.pause(0.4)
                        await settle(app, pilot)
                        keys = (word[-1],)
                    else:
                        keys = ("j",)
                    began = time.thread_time()
                    profile.enable()
                    await pilot.press(*keys)
                    await settle(app, pilot)
                    profile.disable()
                    cpu.append((time.thread_time() - began) * 1000)
                    if what == "results":
                        await pilot.press("escape")
                        await settle(app, pilot)
        finally:
            archive.close()

    with tempfile.TemporaryDirectory() as scratch:
        asyncio.run(go(Path(scratch) / "settings.toml"))
    return cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks/ui_profile_s38reader.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("archive", type=Path)
    parser.add_argument("what", choices=("esc", "enter", "results", "j"))
    parser.add_argument("--word", default="kata")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--tui", type=Path, help="another kutip.tui folder (the start of a pair)")
    args = parser.parse_args(argv)
    if args.tui is not None:
        import kutip.tui

        kutip.tui.__path__[:] = [str(args.tui)]
    profile = cProfile.Profile(time.thread_time)  # CPU: a loaded machine's waits are not the app's
    load = os.getloadavg()[0]
    cpu = run(args.archive, args.what, args.word, args.rounds, profile)
    print(f"{args.what}: UI-thread CPU ms median {statistics.median(cpu):.1f} worst {max(cpu):.1f}"
          f" ({' '.join(f'{c:.0f}' for c in cpu)}); load {load:.1f} -> {os.getloadavg()[0]:.1f}")  # fmt: skip
    if args.out is not None:
        profile.dump_stats(args.out)
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
