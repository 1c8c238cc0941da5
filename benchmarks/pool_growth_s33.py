"""Why a worker's analysis of the same kind of article costs more late in a run: the pool probed.

    python benchmarks/pool_growth_s33.py CORPUS_DIR [--articles 10000] [--workers 2] [--mode pool]

``--mode pool`` runs the analysis pool alone (no writer): the files of ``CORPUS_DIR`` (written by
``benchmarks/realistic.py`` when absent) are submitted in order, at most ``8 × workers`` in flight,
and every result is dropped once counted. ``--mode index`` indexes them into a fresh archive beside
the corpus with the real pipeline, the same probe in its workers. Each worker's file is analysed by
:func:`probe_analyse`, which wraps the pool's own ``analyse_file`` and adds to its CPU stages, per
file: the collector's time and passes by generation (``gc.callbacks``), the worker's allocated
blocks (its heap), the result's pickled bytes and the CPU of pickling it, and the worker's whole
CPU between two files (receiving, unpickling, analysing, sending). Printed per tenth of the files:
ms per article of each stage and of each probe, so a growth reads as one row rising.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realistic import generate_realistic
from kutip.index import pool as pool_module
from kutip.index.pool import Analysed, AnalysisPool, analyse_file

_GC: dict[str, float] = {"time": 0.0, "start": 0.0, "g0": 0, "g1": 0, "g2": 0, "collected": 0}
_LAST_CPU = [0.0]


def _on_gc(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _GC["start"] = time.thread_time()
    else:
        _GC["time"] += time.thread_time() - _GC["start"]
        _GC[f"g{info['generation']}"] += 1
        _GC["collected"] += info.get("collected", 0)


def probe_analyse(path: Path, data: bytes) -> Analysed:
    """The pool's ``analyse_file`` with the probe's figures added to the result's ``cpu``."""
    if _on_gc not in gc.callbacks:
        gc.callbacks.append(_on_gc)
        _LAST_CPU[0] = time.process_time()
    before = dict(_GC)
    result = analyse_file(path, data)
    cpu = result.cpu
    for key in ("time", "g0", "g1", "g2", "collected"):
        cpu[f"probe gc {key}"] = _GC[key] - before[key]
    start = time.process_time()
    cpu["probe pickled bytes"] = float(len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
    cpu["probe pickle cpu"] = time.process_time() - start
    cpu["probe in bytes"] = float(len(data))
    cpu["probe heap blocks"] = float(sys.getallocatedblocks())
    now = time.process_time()
    cpu["probe worker cpu"] = now - _LAST_CPU[0]  # since the last file's probe: recv, analysis, send
    _LAST_CPU[0] = now
    cpu["probe pid"] = float(os.getpid())
    cpu["probe reported"] = float(len(pool_module._REPORTED))
    return result


MEANS = ("probe heap blocks", "probe reported", "probe pickled bytes", "probe in bytes")


def tenths(results: list[dict[str, float]], articles: list[int], parts: int) -> None:
    keys = sorted({k for r in results for k in r if k != "probe pid"})
    size = max(1, len(results) // parts)
    print("| per article | " + " | ".join(str(t + 1) for t in range(parts)) + " |")
    print("|---|" + "---|" * parts)
    for key in keys:
        cells = []
        for t in range(parts):
            chunk = range(t * size, (t + 1) * size if t < parts - 1 else len(results))
            total = sum(results[i].get(key, 0.0) for i in chunk)
            count = sum(articles[i] for i in chunk) or 1
            if key in MEANS:
                cells.append(f"{total / max(1, len(chunk)) / (1000 if 'blocks' in key else 1):,.0f}")
            elif key.startswith("probe gc g") or key == "probe gc collected":
                cells.append(f"{total / count:.2f}")
            else:
                cells.append(f"{total * 1000 / count:.2f}")
        print(f"| {key} | " + " | ".join(cells) + " |")


def run_pool(paths: list[Path], workers: int) -> list[tuple[int, dict[str, float]]]:
    pool = AnalysisPool(workers, analyse_one=probe_analyse)
    out: list[tuple[int, dict[str, float]]] = []
    try:
        for path in paths:
            pool.submit(path, path.read_bytes())
            while pool.in_flight >= 8 * workers:
                result = pool.next_result()
                out.append((len(result.articles), result.cpu))
        for result in pool.results():
            out.append((len(result.articles), result.cpu))
    finally:
        pool.close()
    return out


def run_index(paths: list[Path], corpus: Path, workers: int) -> list[tuple[int, dict[str, float]]]:
    import shutil

    from kutip.index.facade import Archive

    original = AnalysisPool.__init__.__defaults__
    assert original is not None
    AnalysisPool.__init__.__defaults__ = (original[0], probe_analyse, *original[2:])
    got: list[tuple[int, dict[str, float]]] = []
    from kutip.index import indexer as indexer_module

    settle = indexer_module.Indexer._settle

    def probing_settle(self: indexer_module.Indexer, read: object, result: Analysed) -> None:
        got.append((len(result.articles), dict(result.cpu)))
        result.cpu = {k: v for k, v in result.cpu.items() if not k.startswith("probe")}
        settle(self, read, result)  # type: ignore[arg-type]

    indexer_module.Indexer._settle = probing_settle  # type: ignore[method-assign]
    target = corpus.parent / (corpus.name + "-ix")
    shutil.rmtree(target, ignore_errors=True)
    archive = Archive.open(target)
    try:
        archive.index([corpus])
    finally:
        indexer_module.Indexer._settle = settle  # type: ignore[method-assign]
        AnalysisPool.__init__.__defaults__ = original
    return got


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--mode", choices=("pool", "index"), default="pool")
    parser.add_argument("--tenths", type=int, default=10)
    args = parser.parse_args()
    paths = sorted(args.corpus.rglob("*.md"))
    if len(paths) != args.articles:
        import shutil

        shutil.rmtree(args.corpus, ignore_errors=True)
        paths = generate_realistic(args.corpus, args.articles, seed=args.seed)
    start = time.perf_counter()
    if args.mode == "pool":
        got = run_pool(paths, args.workers)
    else:
        got = run_index(paths, args.corpus, args.workers)
    wall = time.perf_counter() - start
    print(f"{args.mode}: {len(got)} files in {wall:.1f} s, load {os.getloadavg()}")
    tenths([cpu for _, cpu in got], [n for n, _ in got], args.tenths)


if __name__ == "__main__":
    main()
