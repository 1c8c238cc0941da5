"""Where a worker's analysis CPU goes, by sampling, not by cProfile: shares of the real CPU.

    python benchmarks/analysis_sample_s34.py DIR_OR_FILE... [--top 60] [--passes 3]
        [--under 'names.py:(read_phrase)' ...] [--lines statements/names.py ...]

cProfile (even with ``cProfile.Profile(time.process_time)``) charges every Python call its own
overhead, so code of many small calls (``Lexicon.is_a``: 2,400 calls an article) reads several
times costlier than it is, and the shares mislead. This probe runs the pool's own
``analyse_file`` over the files in one process (the first 30 warm the models and memos, then as
many passes as give about 1,200 analysed articles) and takes a sample of the stack on every
``SIGPROF`` tick of the process's CPU clock (``setitimer(ITIMER_PROF)``: one sample per kernel
tick, 4 ms here): a function's inclusive share is the part of the samples with it on the stack,
its exclusive share the part with it on top. ``--under F`` also prints, for the first frame on the
stack whose name ends with ``F``, which function it was calling (its children, by share);
``--lines FILE`` prints the lines of that module (the deepest frame of it on the stack) by share.
The corpus: ``benchmarks/realistic.py`` articles (``generate_realistic``) or real pages.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.pool import analyse_file

_WARM = 30
_TARGET_ARTICLES = 1200


class Sampler:
    """Counts the stacks seen on each CPU tick."""

    def __init__(self, under: list[str], lines: list[str]) -> None:
        self.total = 0
        self.inclusive: collections.Counter[str] = collections.Counter()
        self.exclusive: collections.Counter[str] = collections.Counter()
        self.children: collections.Counter[tuple[str, str]] = collections.Counter()
        self.lines: collections.Counter[str] = collections.Counter()
        self._under = under
        self._files = tuple(lines)

    @staticmethod
    def _name(frame: FrameType) -> str:
        code = frame.f_code
        where = code.co_filename
        where = where.split("/index/")[-1] if "/index/" in where else where.rsplit("/", 1)[-1]
        return f"{where}:{code.co_firstlineno}({code.co_name})"

    def tick(self, _signum: int, frame: FrameType | None) -> None:
        self.total += 1
        stack: list[str] = []
        line_taken = not self._files
        while frame is not None:
            if not line_taken and frame.f_code.co_filename.endswith(self._files):
                self.lines[f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"] += 1
                line_taken = True
            stack.append(self._name(frame))
            frame = frame.f_back
        stack.reverse()
        if stack:
            self.exclusive[stack[-1]] += 1
        for name in set(stack):
            self.inclusive[name] += 1
        for wanted in self._under:
            at = next((n for n, name in enumerate(stack) if name.endswith(wanted)), None)
            if at is not None:
                self.children[(stack[at], stack[at + 1] if at + 1 < len(stack) else "<itself>")] += 1


def _files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for arg in args:
        path = Path(arg)
        out += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--passes", type=int, default=0, help="passes over the files (0: ~1,200 articles)")
    parser.add_argument("--under", action="append", default=[], help="print the children of this frame")
    parser.add_argument("--lines", action="append", default=[], help="print this module's lines by share")
    args = parser.parse_args()
    files = [(p, p.read_bytes()) for p in _files(args.paths)]
    for path, data in files[:_WARM]:
        analyse_file(path, data, set())
    passes = args.passes or max(1, _TARGET_ARTICLES // len(files))
    sampler = Sampler(args.under, args.lines)
    signal.signal(signal.SIGPROF, sampler.tick)
    cpu = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(passes):
        for path, data in files:
            analyse_file(path, data, set())
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - cpu
    n = max(1, sampler.total)
    print(
        f"{len(files)} files x {passes} passes: {cpu * 1000 / (len(files) * passes):.2f} ms CPU an article, "
        f"{sampler.total} samples"
    )

    def show(title: str, counts: collections.Counter[str]) -> None:
        print(f"== {title}")
        for name, count in counts.most_common(args.top):
            print(f"{count * 100 / n:6.1f}%  {name}")

    show("inclusive (on the stack)", sampler.inclusive)
    show("exclusive (on top)", sampler.exclusive)
    if args.under:
        print("== children")
        for (parent, child), count in sorted(sampler.children.items(), key=lambda kv: (kv[0][0], -kv[1])):
            if count * 1000 >= n * 2:  # 0.2 % and more
                print(f"{count * 100 / n:6.1f}%  {parent} -> {child}")
    if args.lines:
        show("lines of " + ", ".join(args.lines), sampler.lines)


if __name__ == "__main__":
    main()
