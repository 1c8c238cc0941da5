"""What grows in the writer as an archive grows: its memos and Python's heap after a full collection.

    python benchmarks/memory_s39scale.py CORPUS_DIR OUT_DIR [--every 2500] [--trace]

Indexes ``CORPUS_DIR`` (the realistic articles, e.g. ``archive100k_s37scale.py``'s ``WORK/corpus``)
into ``OUT_DIR/ix`` with the real pipeline. Each time the committed articles pass a multiple of
``--every``, right after that commit and a full ``gc.collect()``, it appends to ``OUT_DIR/marks.jsonl``
the writer's resident size, Python's allocated blocks and every ``functools`` memo of the writer's
process holding more than 100 entries (module, name, entries, cap). With ``--trace`` (tracemalloc,
one frame, slower) each mark also saves the heap's top lines by file and line and their growth since
the previous mark, and the last mark weighs the memos: the traced bytes before and after clearing
them all. Compare two versions or settings in runs started together.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.memos_s39scale import memo_infos, weigh_memos
from kutip.index import indexer as indexer_module
from kutip.index.facade import Archive


def resident_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def memos() -> list[tuple[str, int, int | None]]:
    """Every functools memo alive in the process with more than 100 entries, largest first."""
    infos = memo_infos().items()
    found = [(name, info.currsize, info.maxsize) for name, info in infos if info.currsize > 100]
    return sorted(found, key=lambda row: -row[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=int, default=2500)
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    ix = args.out / "ix"
    shutil.rmtree(ix, ignore_errors=True)
    marks = (args.out / "marks.jsonl").open("w")
    if args.trace:
        tracemalloc.start(1)
    start = time.perf_counter()
    commit = indexer_module.Indexer._commit
    done = [0, args.every]
    previous: list[Any] = [None]

    def mark() -> None:
        t0 = time.perf_counter()
        gc.collect()
        row: dict[str, Any] = {
            "done": done[0],
            "s": round(t0 - start, 1),
            "cpu": round(time.process_time(), 1),
            "rss": round(resident_mb(), 1),
            "blocks": sys.getallocatedblocks(),
            "load": os.getloadavg()[0],
            "memos": memos(),
        }
        if args.trace:
            snap = tracemalloc.take_snapshot()
            row["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
            top = snap.statistics("lineno")[:25]
            row["top"] = [(str(s.traceback[0]), round(s.size / 2**20, 2), s.count) for s in top]
            if previous[0] is not None:
                row["grew"] = [
                    (str(s.traceback[0]), round(s.size_diff / 2**20, 2), s.count_diff)
                    for s in snap.compare_to(previous[0], "lineno")[:25]
                ]
            previous[0] = snap
        row["probe_s"] = round(time.perf_counter() - t0, 1)
        marks.write(json.dumps(row) + "\n")
        marks.flush()
        print(f"{done[0]:,} articles: {row['rss']:.0f} MB, {row.get('traced_mb', '-')} traced", flush=True)

    def logged(self: Any, pending: Any) -> None:
        commit(self, pending)
        done[0] += self.report.batches[-1][0]
        if done[0] >= done[1]:
            done[1] += args.every
            mark()

    indexer_module.Indexer._commit = logged  # type: ignore[method-assign]
    archive = Archive.open(ix)
    archive.index([args.corpus])
    archive.close()
    mark()
    if args.trace:
        cleared, before, after = weigh_memos()
        line = {"memo_entries": cleared, "traced_before_mb": before / 2**20, "traced_after_mb": after / 2**20}
        marks.write(json.dumps(line) + "\n")
        print(line, flush=True)


if __name__ == "__main__":
    main()
