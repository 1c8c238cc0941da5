"""Where indexing CPU goes, stage by stage, in ms per article.

    python benchmarks/stages.py [--articles 400] [--workers 1] [--corpus DIR] [--seed 5]

Indexes realistic articles (``benchmarks/realistic.py``, or the Markdown files of ``--corpus``)
into a fresh archive with the real pipeline and prints the CPU each stage spent, from the run's
own report (``IndexReport.batches``): in the workers ingest (parsing), entities, statements and
Sastrawi stems; in the writer reading files, the pipe to the workers (pickling), Whoosh documents
and commits, SQLite, people and linking. CPU, not wall time, so a shared machine inflates it less;
with the default one worker everything runs in this process, which gives the cleanest split. The
pipe row of a one-worker run is the pickle round trip the pool would pay, measured separately.
``run.py`` prints the same table for its kutip run, first and last 10 % beside the whole run.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realistic import generate_realistic
from kutip.index.docstore import DocStore
from kutip.index.indexer import Indexer
from kutip.index.pool import analyse_file
from kutip.index.progress import WORKERS_WAITING, IndexReport, Stages
from kutip.index.search.whoosh_engine.engine import WhooshEngine

WORKER_STAGES = ("ingest", "entities", "statements", "stems")
WRITER_STAGES = (
    "read files",
    "pipe to workers",
    "whoosh documents",
    "whoosh commit",
    "sqlite",
    "people",
    "linking",
)


def _sum(batches: list[tuple[int, Stages]]) -> tuple[int, Stages]:
    articles, total = 0, Stages()
    for count, cpu in batches:
        articles += count
        for stage, seconds in cpu.items():
            total[stage] = total.get(stage, 0.0) + seconds
    return articles, total


def _share(batches: list[tuple[int, Stages]], tenth: int) -> list[tuple[int, Stages]]:
    """The first batches holding at least ``tenth`` articles."""
    taken, count = [], 0
    for batch in batches:
        if count >= tenth:
            break
        taken.append(batch)
        count += batch[0]
    return taken


def stage_table(report: IndexReport, extra: Stages | None = None) -> list[tuple[str, ...]]:
    """Rows (stage, ms/article over the run, first 10 %, last 10 %) from a run's batches.

    The tenths are whole batches (a commit every 1,000 files or 30 s), so they hold at least a
    tenth of the articles each; with fewer than three batches only the whole run is shown.
    ``extra`` adds stages measured apart (CPU ms per article), shown in the whole-run column.
    """
    whole = _sum(report.batches)
    tenth = max(1, whole[0] // 10)
    parts = [whole]
    if len(report.batches) >= 3:
        parts += [_sum(_share(report.batches, tenth)), _sum(_share(report.batches[::-1], tenth))]

    def cell(part: tuple[int, Stages], stages: tuple[str, ...]) -> str:
        articles, cpu = part
        return f"{sum(cpu.get(s, 0.0) for s in stages) * 1000 / max(1, articles):.1f}"

    pad = [""] * (3 - len(parts))
    rows: list[tuple[str, ...]] = []
    for group, stages in (("workers", WORKER_STAGES), ("writer", WRITER_STAGES)):
        for stage in stages:
            cells = [cell(part, (stage,)) for part in parts]
            if extra and stage in extra:
                cells[0] = f"{extra[stage]:.1f} (measured apart)"
            rows.append((f"{group}: {stage}", *cells, *pad))
        rows.append((f"{group}: total", *[cell(part, stages) for part in parts], *pad))
    known = set(WORKER_STAGES) | set(WRITER_STAGES) | {WORKERS_WAITING}
    other = tuple(sorted({s for _, cpu in report.batches for s in cpu} - known))
    if other:
        rows.append(
            ("other: " + ", ".join(other), *[cell(part, other) for part in parts], *[""] * (3 - len(parts)))
        )
    if any(WORKERS_WAITING in cpu for _, cpu in report.batches):  # wall time, apart from the CPU rows
        rows.append(
            (f"{WORKERS_WAITING}, ms/article", *[cell(part, (WORKERS_WAITING,)) for part in parts], *pad)
        )
    return rows


def print_table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(r[i]) for r in [*rows, header]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")


def pickle_ms(paths: list[Path], sample: int = 50) -> float:
    """CPU ms per article of pickling a worker's result and unpickling it in the writer."""
    results = [analyse_file(p, p.read_bytes()) for p in paths[:sample]]
    start = time.process_time()
    articles = 0
    for result in results:
        pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        articles += len(result.articles)
    return (time.process_time() - start) * 1000 / max(1, articles)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="index these Markdown files instead of generating")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        if args.corpus:
            paths = sorted(args.corpus.rglob("*.md"))[: args.articles]
        else:
            paths = generate_realistic(work / "corpus", args.articles, seed=args.seed)
        store = DocStore(work / "kutip.sqlite3")
        search = WhooshEngine(work / "whoosh")
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            report = Indexer(store, search, workers=args.workers).run(paths)
        finally:
            search.close()
            store.close()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        extra = {"pipe to workers": pickle_ms(paths)} if args.workers == 1 else None
    n = max(1, report.added)
    print(
        f"{report.added} articles, {args.workers} worker(s): wall {wall * 1000 / n:.1f} ms/article, "
        f"CPU of this process {cpu * 1000 / n:.1f} ms/article"
    )
    print_table(stage_table(report, extra), ("CPU ms/article", "whole run", "first 10 %", "last 10 %"))


if __name__ == "__main__":
    main()
