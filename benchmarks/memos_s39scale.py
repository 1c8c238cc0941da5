"""The writer alone, replayed from cached analyses: what it keeps alive as the archive grows.

    python benchmarks/memos_s39scale.py CORPUS_DIR CACHE_FILE ARCHIVE_DIR [--trace] [--every 1000]

``benchmarks/replay.py run``'s writer (the real :class:`~kutip.index.indexer.Indexer`, commits of
1,000 files, analyses read from ``replay.py cache``'s file, so the workers' cost and the machine's
load leave the input identical) with, after each commit and a full ``gc.collect()``: the writer's
CPU per stage, every ``functools`` memo holding more than 100 entries (entries, cap, hits and misses
since the previous report) and, with ``--trace``, the bytes tracemalloc sees alive that were
allocated after the cache was loaded (the writer's own growth: the cached analyses are not counted)
with the ten lines that grew most. The end weighs the memos: traced bytes before and after clearing
every one. Run two versions (``PYTHONPATH`` snapshots) on the same cache, started together.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import shutil
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.replay import WRITER, _cached
from kutip.index import indexer as indexer_module
from kutip.index.docstore import DocStore
from kutip.index.pool import Analysed
from kutip.index.search.whoosh_engine.engine import WhooshEngine


def _memo_objects() -> list[Any]:
    """Every functools memo of a module or a class of a module: found through ``sys.modules``, not
    ``gc.get_objects()``, which leaves out what the writer froze after a commit (session 45)."""
    wrapper = functools._lru_cache_wrapper  # type: ignore[attr-defined]
    found: dict[int, Any] = {}
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            inside = list(vars(value).values()) if isinstance(value, type) else []
            for held in (value, *inside):
                obj = getattr(held, "__func__", held)  # a staticmethod's or classmethod's function
                if isinstance(obj, wrapper):
                    found[id(obj)] = obj
    return list(found.values())


def memo_infos() -> dict[str, Any]:
    return {
        f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}": obj.cache_info()
        for obj in _memo_objects()
    }


def weigh_memos() -> tuple[int, int, int]:
    """Empty every memo: the entries emptied, and the traced heap (bytes) after a full collection
    before and after (tracemalloc must be tracing)."""
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    entries = 0
    for obj in _memo_objects():
        entries += obj.cache_info().currsize
        obj.cache_clear()
    gc.collect()
    return entries, before, tracemalloc.get_traced_memory()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--every", type=int, default=1000)
    args = parser.parse_args()
    results = dict(_cached(args.cache))
    shutil.rmtree(args.archive, ignore_errors=True)
    args.archive.mkdir(parents=True)

    def replayed(path: Path, data: bytes, reported: set[str] | None = None) -> Analysed:
        return results[str(path.relative_to(args.corpus))]

    indexer_module.analyse_file = replayed  # type: ignore[assignment]
    indexer_module.BATCH_SECONDS = indexer_module.BATCH_MAX_SECONDS = 1e9  # commits of 1,000 files each
    gc.collect()
    if args.trace:
        tracemalloc.start(1)
    commit = indexer_module.Indexer._commit
    state: dict[str, Any] = {"done": 0, "next": args.every, "memos": {}, "snap": None, "cpu": {}}
    out = (args.archive.parent / (args.archive.name + ".marks.jsonl")).open("w")

    def report(self: Any) -> None:
        gc.collect()
        row: dict[str, Any] = {"done": state["done"], "cpu_s": round(time.process_time(), 1)}
        whole: dict[str, float] = {}
        for _, cpu in self.report.batches:
            for stage, seconds in cpu.items():
                whole[stage] = whole.get(stage, 0.0) + seconds
        arts = state["done"] - state.get("last_done", 0)
        row["ms"] = {
            s: round((whole.get(s, 0.0) - state["cpu"].get(s, 0.0)) * 1000 / max(1, arts), 2) for s in WRITER
        }
        state["cpu"], state["last_done"] = whole, state["done"]
        memos = memo_infos()
        row["memos"] = {
            name: [info.currsize, info.maxsize, info.hits - old.hits, info.misses - old.misses]
            for name, info in memos.items()
            if info.currsize > 100 and (old := state["memos"].get(name, info._replace(hits=0, misses=0)))
        }
        state["memos"] = memos
        if args.trace:
            row["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
            snap = tracemalloc.take_snapshot()
            if state["snap"] is not None:
                row["grew"] = [
                    (str(s.traceback[0]), round(s.size_diff / 2**20, 2), s.count_diff)
                    for s in snap.compare_to(state["snap"], "lineno")[:10]
                ]
            state["snap"] = snap
        out.write(json.dumps(row) + "\n")
        out.flush()
        print(state["done"], row.get("traced_mb"), sum(row["ms"].values()), flush=True)

    def logged(self: Any, pending: Any) -> None:
        commit(self, pending)
        state["done"] += self.report.batches[-1][0]
        if state["done"] >= state["next"]:
            state["next"] += args.every
            report(self)

    indexer_module.Indexer._commit = logged  # type: ignore[method-assign]
    store = DocStore(args.archive / "kutip.sqlite3")
    search = WhooshEngine(args.archive / "whoosh")
    try:
        indexer_module.Indexer(store, search, workers=1).run([args.corpus])
    finally:
        search.close()
        store.close()
    if args.trace:
        entries, before, after = weigh_memos()
        line = {"memo_entries": entries, "before_mb": round(before / 2**20, 1)}
        line["after_mb"] = round(after / 2**20, 1)
        out.write(json.dumps(line) + "\n")
        print(line, flush=True)
        tracemalloc.stop()
    out.close()


if __name__ == "__main__":
    main()
