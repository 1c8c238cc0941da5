"""The writer alone over a long run: analysis cached once, then replayed batch by batch.

    python benchmarks/replay.py cache CORPUS_DIR CACHE_FILE
    python benchmarks/replay.py run CORPUS_DIR CACHE_FILE ARCHIVE_DIR [--profile FILE --profile-from N]

Analysing 10k articles costs ~200 CPU seconds and the writer's cost depends only on what the
workers hand it. ``cache`` analyses every file of the corpus once, in this process, in the order
the indexer reads them, and pickles each file's result. ``run`` indexes the corpus into a fresh
archive with the real writer (:class:`~kutip.index.indexer.Indexer`: commits of 1,000 files,
Whoosh, SQLite, people, linking) fed from the cache, and prints the writer's CPU per stage for
every 1,000 articles, so growth over the run shows as a row that rises. CPU, not wall: the
machine is shared. ``--profile`` writes a cProfile of the commits from file ``--profile-from``
on (commits run in this thread here: no pool, no committer thread).
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index import indexer as indexer_module
from kutip.index.docstore import DocStore
from kutip.index.ingest import discover
from kutip.index.pool import Analysed, analyse_file
from kutip.index.progress import Stages
from kutip.index.search.whoosh_engine.engine import WhooshEngine

WRITER = ("whoosh documents", "whoosh commit", "sqlite", "people", "linking")


def _files(corpus: Path) -> list[Path]:
    return list(discover([corpus], skipped=[], any_name=True))


def cache(corpus: Path, target: Path) -> None:
    """Every file's analysis, pickled one after another (key: the path relative to ``corpus``)."""
    stemmed: set[str] = set()
    files = _files(corpus)
    start = time.process_time()
    with target.open("wb") as out:
        for done, path in enumerate(files, start=1):
            result = analyse_file(path, path.read_bytes(), stemmed)
            pickle.dump((str(path.relative_to(corpus)), result), out, protocol=pickle.HIGHEST_PROTOCOL)
            if done % 1000 == 0:
                print(f"{done} files analysed, {time.process_time() - start:.0f} CPU s", flush=True)


def _cached(target: Path) -> Iterator[tuple[str, Analysed]]:
    with target.open("rb") as source:
        while True:
            try:
                yield pickle.load(source)
            except EOFError:
                return


def run(corpus: Path, target: Path, archive: Path, profile: Path | None, profile_from: int) -> None:
    results = dict(_cached(target))
    shutil.rmtree(archive, ignore_errors=True)
    archive.mkdir(parents=True)
    profiler = cProfile.Profile()
    seen = [0]

    def replayed(path: Path, data: bytes, reported: set[str] | None = None) -> Analysed:
        seen[0] += 1
        if profile is not None and seen[0] == profile_from:
            profiler.enable()
        return results[str(path.relative_to(corpus))]

    indexer_module.analyse_file = replayed  # type: ignore[assignment]
    indexer_module.BATCH_SECONDS = indexer_module.BATCH_MAX_SECONDS = 1e9  # commits of 1,000 files each
    store = DocStore(archive / "kutip.sqlite3")
    search = WhooshEngine(archive / "whoosh")
    start = time.process_time()
    try:
        report = indexer_module.Indexer(store, search, workers=1).run([corpus])
    finally:
        search.close()
        store.close()
        profiler.disable()
    total = time.process_time() - start
    if profile is not None:
        profiler.dump_stats(profile)
    print(f"{report.added} files, process CPU {total:.1f} s, merge child CPU {search.merge_cpu:.1f} s")
    print("| articles | " + " | ".join(WRITER) + " | writer |")
    print("|---" * (len(WRITER) + 2) + "|")
    done = 0
    for count, cpu in report.batches:
        done += count
        print(_row(f"{done - count}-{done}", count, cpu))
    whole: Stages = {}
    for _, cpu in report.batches:
        for stage, seconds in cpu.items():
            whole[stage] = whole.get(stage, 0.0) + seconds
    print(_row("all", done, whole))


def _row(label: str, count: int, cpu: Stages) -> str:
    cells = [cpu.get(stage, 0.0) * 1000 / max(1, count) for stage in WRITER]
    return f"| {label} | " + " | ".join(f"{c:.2f}" for c in cells) + f" | {sum(cells):.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    making = sub.add_parser("cache")
    making.add_argument("corpus", type=Path)
    making.add_argument("cache", type=Path)
    running = sub.add_parser("run")
    running.add_argument("corpus", type=Path)
    running.add_argument("cache", type=Path)
    running.add_argument("archive", type=Path)
    running.add_argument("--profile", type=Path)
    running.add_argument("--profile-from", type=int, default=1)
    args = parser.parse_args()
    if args.command == "cache":
        cache(args.corpus, args.cache)
    else:
        run(args.corpus, args.cache, args.archive, args.profile, args.profile_from)


if __name__ == "__main__":
    main()
