"""The writer's peak resident size, where in a commit it falls, and what was pending then.

    python benchmarks/memory_peak_s42scale.py CORPUS_DIR OUT_DIR [--time-batches] [--interval 0.1]

Indexes ``CORPUS_DIR`` (e.g. ``generate.py --realistic`` articles) into ``OUT_DIR/ix`` with the real
pipeline while a thread reads the writer's resident size every ``--interval`` seconds. Writes
``OUT_DIR/peak.json``: the writer's own peak (``VmHWM``), the largest resident size seen in each
phase of the commit thread (``people``, ``whoosh documents``, ``whoosh commit``, ``sqlite``,
``linking``; ``gathering`` between commits), the files pending and whether a commit ran at the
peak, the batches' sizes, and the CPU of the writer and of its merge processes.

Batches are cut by size only unless ``--time-batches``: the indexer's time bounds cut smaller
batches the more loaded the machine is, and the peak follows the batch's size (at 5,000 articles
of a 10k run the writer held ~220 MB after time-cut batches of a loaded machine and ~300 MB after
1,000-file ones), so peaks of runs made at different loads say nothing about the code. Compare two
versions in runs started together, each from its own worktree.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index import indexer as indexer_module
from kutip.index.facade import Archive
from kutip.index.progress import Stages

BETWEEN = "gathering"  # no commit running
AFTER = {"whoosh documents": "whoosh commit"}  # the batch's ``with`` closes after its documents


def status_mb(field: str) -> float:
    """A ``/proc/self/status`` size (``VmRSS``, ``VmHWM``) in MB."""
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class PeakWatch:
    """The commit thread's phase, and the resident size's peak per phase, sampled by a thread."""

    def __init__(self) -> None:
        self.phase = BETWEEN
        self.committer: int | None = None  # the thread running the commit in flight
        self.stack: list[str] = []
        self.peaks: dict[str, float] = {}
        self.at_peak: dict[str, Any] = {}
        self.indexer: Any = None
        self._stop = threading.Event()

    def sample(self) -> None:
        """Note the resident size now under the current phase (and at the run's peak, the state)."""
        rss = status_mb("VmRSS")
        phase = self.phase
        if rss > self.peaks.get(phase, 0.0):
            self.peaks[phase] = rss
        if rss > self.at_peak.get("rss_mb", 0.0):
            writer = self.indexer
            pending = writer._pending if writer is not None else None
            committer = writer._committer if writer is not None else None
            self.at_peak = {
                "rss_mb": rss,
                "phase": phase,
                "pending_files": len(pending.states) if pending is not None else 0,
                "committing": bool(committer is not None and committer.busy),
            }

    def watch(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.sample()

    def stop(self) -> None:
        self._stop.set()

    @contextlib.contextmanager
    def timed(self, original: Any, stages: Stages, stage: str) -> Iterator[None]:
        """``progress.timed`` that names the commit thread's phase while it runs."""
        mine = threading.get_ident() == self.committer
        if mine:
            self.stack.append(stage)
            self.phase = stage
        try:
            with original(stages, stage):
                yield
        finally:
            if mine:
                self.stack.pop()
                self.phase = self.stack[-1] if self.stack else AFTER.get(stage, stage)

    def install(self) -> None:
        """Patch the indexer's ``timed`` and ``_commit`` (the benchmark's process only)."""
        original_timed = getattr(indexer_module, "timed")  # noqa: B009 (the indexer's own import)
        commit = indexer_module.Indexer._commit

        def timed(stages: Stages, stage: str) -> Any:
            return self.timed(original_timed, stages, stage)

        def committing(writer: Any, pending: Any) -> None:
            self.indexer = writer
            self.committer = threading.get_ident()
            self.phase = "commit"
            try:
                commit(writer, pending)
            finally:
                self.sample()
                self.committer, self.phase = None, BETWEEN

        setattr(indexer_module, "timed", timed)  # noqa: B010
        setattr(indexer_module.Indexer, "_commit", committing)  # noqa: B010


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--time-batches", action="store_true", help="keep the indexer's time bounds")
    parser.add_argument("--interval", type=float, default=0.1)
    args = parser.parse_args(argv)
    if not args.time_batches:
        for name in ("BATCH_SECONDS", "BATCH_MAX_SECONDS", "SLOW_FILE_SECONDS"):
            setattr(indexer_module, name, float("inf"))
    args.out.mkdir(parents=True, exist_ok=True)
    ix = args.out / "ix"
    shutil.rmtree(ix, ignore_errors=True)
    watch = PeakWatch()
    watch.install()
    thread = threading.Thread(target=watch.watch, args=(args.interval,), daemon=True)
    thread.start()
    archive = Archive.open(ix)
    report = archive.index([args.corpus])
    archive.close()
    watch.stop()
    thread.join()
    own = resource.getrusage(resource.RUSAGE_SELF)
    merges = resource.getrusage(resource.RUSAGE_CHILDREN)  # merge processes (workers are not ours)
    result = {
        "articles": report.added,
        # VmHWM lags the resident size the kernel counts per thread: a sample may read above it
        "writer_peak_mb": max(status_mb("VmHWM"), watch.at_peak.get("rss_mb", 0.0)),
        "at_peak": watch.at_peak,
        "phase_peaks_mb": {phase: round(mb, 1) for phase, mb in sorted(watch.peaks.items())},
        "batches": [size for size, _ in report.batches],
        "writer_cpu_s": round(own.ru_utime + own.ru_stime, 1),
        "merges_cpu_s": round(merges.ru_utime + merges.ru_stime, 1),
        "time_batches": args.time_batches,
    }
    (args.out / "peak.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "batches"}), flush=True)
    return result


if __name__ == "__main__":
    main()
