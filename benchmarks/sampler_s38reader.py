"""Run ``kutip`` with a sampling profiler of every thread (cProfile sees only the main thread).

    KUTIP_SAMPLES=OUT.txt python benchmarks/sampler_s38reader.py [kutip's arguments]

A thread of its own looks at every thread's stack every ``INTERVAL`` seconds
(``sys._current_frames``) and counts each stack seen, with the time since start; at exit the
counts are written to ``OUT.txt`` as ``seconds thread-name frame;frame;...`` lines (outermost
first). Threads blocked in a wait (the event loop's ``select``, a worker's queue) are left out
by their innermost frame. Used through a two-line shell wrapper as ``--kutip`` of the pty
scripts (``first_paint_s38reader.py``, ``pty_keys.py``): the samples say where the start-up's
and a key's CPU goes in every thread, the UI thread's and the workers'.

    python benchmarks/sampler_s38reader.py --report OUT.txt [--until SECONDS] [--thread NAME]

prints the functions with the most samples, inclusive, per thread.
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
from pathlib import Path
from types import FrameType

INTERVAL = 0.002
IDLE = {"select", "poll", "wait", "_wait_for_tstate_lock", "acquire", "get", "sleep", "_worker", "epoll"}
"""Innermost functions of a thread that waits: its samples are not work."""


def _stack(frame: FrameType | None) -> list[str]:
    names: list[str] = []
    while frame is not None:
        code = frame.f_code
        names.append(f"{Path(code.co_filename).stem}:{code.co_name}:{code.co_firstlineno}")
        frame = frame.f_back
    names.reverse()
    return names


class Sampler:
    def __init__(self) -> None:
        self.counts: collections.Counter[tuple[int, str, str]] = collections.Counter()
        self.started = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(INTERVAL):
            names = {thread.ident: thread.name for thread in threading.enumerate()}
            tenth = int((time.perf_counter() - self.started) * 10)
            for ident, frame in sys._current_frames().items():
                if ident == me or frame.f_code.co_name in IDLE:
                    continue
                self.counts[(tenth, names.get(ident, str(ident)), ";".join(_stack(frame)))] += 1

    def write(self, path: Path) -> None:
        self._stop.set()
        with path.open("w") as out:
            for (tenth, thread, stack), count in sorted(self.counts.items()):
                out.write(f"{tenth / 10:.1f} {count} {thread.replace(' ', '_')} {stack}\n")


def report(path: Path, until: float | None, thread: str | None, top: int = 45) -> None:
    inclusive: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    own: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    totals: collections.Counter[str] = collections.Counter()
    for line in path.read_text().splitlines():
        when, count, name, stack = line.split(" ", 3)
        if until is not None and float(when) > until:
            continue
        if thread is not None and thread not in name:
            continue
        kind = "ui" if name == "MainThread" else "workers"
        frames = stack.split(";")
        totals[kind] += int(count)
        for frame in set(frames):
            inclusive[kind][frame] += int(count)
        own[kind][frames[-1]] += int(count)
    for kind, total in totals.items():
        print(f"== {kind}: {total} samples ({total * INTERVAL * 1000:.0f} ms of sampled time)")
        for frame, count in inclusive[kind].most_common(top):
            print(f"{count:6d} {count / total * 100:5.1f}% {own[kind][frame]:6d}  {frame}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--report":
        args = sys.argv[2:]
        until = float(args[args.index("--until") + 1]) if "--until" in args else None
        thread = args[args.index("--thread") + 1] if "--thread" in args else None
        report(Path(args[0]), until, thread)
        return
    sampler = Sampler()
    sampler.start()
    out = Path(os.environ.get("KUTIP_SAMPLES", f"kutip_samples_{os.getpid()}.txt"))
    try:
        from kutip.tui.cli import main as kutip_main

        code = kutip_main(sys.argv[1:])
    finally:
        sampler.write(out)
    sys.exit(code)


if __name__ == "__main__":
    main()
