"""Linking's cost per batch inside a real indexing run, beside what else the batch's commit did.

    WORKTREE/.venv/bin/python benchmarks/linking_batches_s30.py CORPUS_DIR ARCHIVE_DIR [--gc-off]

Indexes ``CORPUS_DIR`` into a fresh ``ARCHIVE_DIR`` with the real pipeline (workers, the committer
thread, Whoosh and its merges, the store, people, linking: ``Archive.index``) and, for every batch
the indexer commits (``IndexReport.batches``), prints its articles and statements, linking's CPU
(ms an article and an statement), the part of it spent in Python's cyclic garbage collector, the
writer's main thread's CPU while linking ran (it gathers the next batch meanwhile), the people
stage, the Whoosh merge adopted before it, and the load. Then the same per tenth of the run.
``--gc-off`` runs with the cyclic collector off during the commits (a diagnosis, not a setting).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index import indexer as indexer_module
from kutip.index.facade import Archive


class Meter:
    """CPU of the calling thread in a hook, the collector's share of it, and the main thread's."""

    def __init__(self) -> None:
        self.rows: list[dict[str, float]] = []
        self.current: dict[str, float] = {}
        self._gc_started = 0.0
        self._in_hook = threading.local()
        self.main_clock = time.pthread_getcpuclockid(threading.main_thread().ident or 0)
        gc.callbacks.append(self._collect)

    def _collect(self, phase: str, info: dict[str, Any]) -> None:
        stage = getattr(self._in_hook, "stage", None)
        if stage is None:
            return
        if phase == "start":
            self._gc_started = time.thread_time()
        else:
            key = f"{stage} gc"
            self.current[key] = self.current.get(key, 0.0) + time.thread_time() - self._gc_started
            if info.get("generation") == 2:
                self.current[f"{stage} gc2"] = self.current.get(f"{stage} gc2", 0.0) + 1

    def wrap(self, hook: Any, stage: str, gc_off: bool) -> Any:
        def run(db: Any, *args: Any) -> None:
            if stage == "linking":
                args = (list(args[0]), *args[1:]) if args else args
                self.current["statements"] = float(len(args[0]) if args else 0)
            self._in_hook.stage = stage
            main = time.clock_gettime(self.main_clock)
            start = time.thread_time()
            was = gc.isenabled()
            if gc_off:
                gc.disable()
            try:
                hook(db, *args)
            finally:
                if gc_off and was:
                    gc.enable()
                self.current[stage] = time.thread_time() - start
                self.current[f"{stage} main"] = time.clock_gettime(self.main_clock) - main
                self._in_hook.stage = None
                if stage == "linking":
                    self.current["load"] = os.getloadavg()[0]
                    self.rows.append(self.current)
                    self.current = {}

        return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--gc-off", action="store_true")
    args = parser.parse_args()
    meter = Meter()
    # people runs before linking inside the store's commit; both hooks are read by the indexer by name
    indexer_module.update_people = meter.wrap(indexer_module.update_people, "people", args.gc_off)  # type: ignore[attr-defined]
    indexer_module.update_links = meter.wrap(indexer_module.update_links, "linking", args.gc_off)  # type: ignore[attr-defined]
    archive = Archive.open(args.archive)
    started = time.perf_counter()
    report = archive.index([args.corpus])
    archive.close()
    print(
        f"{report.added:,} articles in {time.perf_counter() - started:,.0f} s, {len(report.batches)} batches"
    )
    print(
        f"{'batch':>5} {'arts':>5} {'stmts':>6} {'link/art':>8} {'link/st':>7} {'gc':>6} {'gc2':>4} "
        f"{'main':>7} {'people/art':>10} {'merge':>6} {'load':>5}"
    )
    done = 0
    tenths: dict[int, list[tuple[int, dict[str, float], dict[str, float]]]] = {}
    total = report.added or 1
    for number, ((articles, stages), row) in enumerate(zip(report.batches, meter.rows, strict=False)):
        if not articles:
            continue
        link = row.get("linking", 0.0)
        stmts = row.get("statements", 0.0) or 1
        print(
            f"{number:5d} {articles:5d} {int(stmts):6d} {link * 1000 / articles:8.2f} "
            f"{link * 1000 / stmts:7.3f} {row.get('linking gc', 0.0) * 1000:6.0f} "
            f"{int(row.get('linking gc2', 0)):4d} {row.get('linking main', 0.0) * 1000:7.0f} "
            f"{row.get('people', 0.0) * 1000 / articles:10.2f} "
            f"{stages.get('whoosh merge (child)', 0.0):6.1f} {row.get('load', 0.0):5.1f}",
            flush=True,
        )
        tenths.setdefault(min(9, done * 10 // total), []).append((articles, stages, row))
        done += articles
    print("tenth  articles  link ms/art  link ms/stmt  gc ms/art  main-thread ms/art  people ms/art")
    for tenth, rows in sorted(tenths.items()):
        arts = sum(a for a, _, _ in rows)
        stmts = sum(r.get("statements", 0.0) for _, _, r in rows) or 1
        link = sum(r.get("linking", 0.0) for _, _, r in rows)
        gcs = sum(r.get("linking gc", 0.0) for _, _, r in rows)
        main_cpu = sum(r.get("linking main", 0.0) for _, _, r in rows)
        people = sum(r.get("people", 0.0) for _, _, r in rows)
        print(
            f"{tenth:5d} {arts:9d} {link * 1000 / arts:12.2f} {link * 1000 / stmts:13.3f} "
            f"{gcs * 1000 / arts:10.2f} {main_cpu * 1000 / arts:19.2f} {people * 1000 / arts:14.2f}"
        )


if __name__ == "__main__":
    main()
