"""The benchmark harness: kutip beside bare Whoosh, SQLite FTS5 and ripgrep, in one run.

    python benchmarks/run.py [--articles 2000] [--queries 60] [--keep DIR]

Realistic synthetic articles (``benchmarks/realistic.py``) are indexed by kutip (the real
pipeline: ingest, entities, statements, linking, Whoosh and SQLite), by a bare single-writer
Whoosh index and by SQLite FTS5, then searched per query family. ``rg`` is timed as a whole
process over the folder and skipped when it is not installed. The reader's waits (first paint,
results while typing, Esc, ``j``, ``k``, Enter, Tab) are timed as a terminal sees them: the real
``kutip`` in a pseudo-terminal, keys written and frames read back (``benchmarks/pty_keys.py``,
through ``benchmarks/reader.py``); ``--no-reader`` skips them. The load average is printed at the start
and the end: on a shared machine compare only figures of one run. Per-article cost is the wall
time per article of the first and the last 10 % of the run. Targets (issue 11, 10k articles):
search p50 ≤ 20 ms and p95 ≤ 100 ms; last-10 % cost ≤ 1.3× first-10 %.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bare import BareFts5, BareWhoosh, read_corpus
from benchmarks.reader import reader_timings
from benchmarks.realistic import Lexicon, generate_realistic
from benchmarks.stages import print_table, stage_table
from kutip.index.facade import Archive

KUTIP = Path(sys.executable).with_name("kutip")
ADDED = 100  # articles added to the indexed archive at the end: the cost of a small import


class Ticks:
    """When each article was done, for the first and last 10 % of a run."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.start = time.perf_counter()
        self.at: dict[int, float] = {}

    def mark(self, done: int) -> None:
        self.at[done] = time.perf_counter()

    def log(self, done: int, every: int = 1000) -> None:
        """Mark, and every ``every`` articles print the pace so far to stderr (a long run that
        must be stopped still says how its cost grew)."""
        self.mark(done)
        if done % every == 0:
            recent = (self.at[done] - self.at.get(done - every, self.start)) * 1000 / every
            print(
                f"  {done:,} articles at {self.at[done] - self.start:,.0f} s: {recent:.1f} ms/article "
                f"over the last {every:,}, CPU of this process {time.process_time():,.0f} s, "
                f"load {os.getloadavg()[0]:.1f}",
                file=sys.stderr,
                flush=True,
            )

    def finish(self) -> float:
        self.end = time.perf_counter()
        return self.end - self.start

    def split(self) -> tuple[float, float]:
        """Milliseconds per article in the first and in the last 10 % (a one-off final commit aside)."""
        tenth = max(1, self.total // 10)
        first = self.at.get(tenth, self.end) - self.start
        last = self.at.get(self.total, self.end) - self.at.get(self.total - tenth, self.start)
        return first * 1000 / tenth, last * 1000 / tenth


class CollectorClock:
    """The CPU seconds Python's cyclic collector took while the block ran (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.seconds += time.thread_time() - self._start

    def __enter__(self) -> CollectorClock:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._on_gc)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered) * 1000, p95 * 1000


def time_queries(search: Callable[[str], object], queries: Iterable[str]) -> tuple[float, float]:
    samples = []
    for query in queries:
        start = time.perf_counter()
        search(query)
        samples.append(time.perf_counter() - start)
    return percentiles(samples)


def query_families(lex: Lexicon, corpus: list[tuple[str, str, str]], count: int) -> dict[str, list[str]]:
    """Word, phrase, field-filter, person and statement queries drawn from the generated world."""
    rng = random.Random(5)
    common = lex.words_id[20:2000] + lex.words_en[20:2000]
    phrases = []
    for _, _, body in rng.sample(corpus, min(len(corpus), count)):
        words = [w.strip('.,"') for w in body.split()]
        i = rng.randrange(0, max(1, len(words) - 2))
        phrases.append(f'"{words[i]} {words[i + 1]}"')
    people = lex.people[:300]
    return {
        "word": [rng.choice(common) for _ in range(count)],
        "phrase": phrases[:count],
        "field filter": [
            rng.choice(
                [
                    f'outlet:"Kabar Nusantara" {rng.choice(common)}',
                    f"lang:en {rng.choice(lex.words_en[20:2000])}",
                    f"date:2024-01..2024-06 {rng.choice(common)}",
                ]
            )
            for _ in range(count)
        ],
        "person": [f'person:"{rng.choice(people)}"' for _ in range(count)],
        "statements": [
            rng.choice([rng.choice(common), f"speaker:{rng.choice(people).rsplit(maxsplit=1)[-1]}"])
            for _ in range(count)
        ],
    }


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def whole_process(args: list[str], runs: int) -> tuple[float, float, float, float]:
    """p50 and p95 wall ms of a whole process, its median CPU ms, and its peak RSS in MB.

    On a shared machine wall time includes waiting for a core; CPU time does not. The peak comes
    from GNU time when installed: a child forked from this large process inherits its RSS figure.
    """
    timer = shutil.which("time") or ""
    prefix = [timer, "-f", "%M"] if timer.startswith("/usr/bin") else []
    samples, cpu, peak = [], [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(prefix + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert child.stderr is not None
        report = child.stderr.read().decode(errors="replace").split()
        _, _, usage = os.wait4(child.pid, 0)
        samples.append(time.perf_counter() - start)
        cpu.append(usage.ru_utime + usage.ru_stime)
        kb = float(report[-1]) if prefix and report and report[-1].isdigit() else float(usage.ru_maxrss)
        peak = max(peak, kb / 1024)
    p50, p95 = percentiles(samples)
    return p50, p95, statistics.median(cpu) * 1000, peak


def run_rg(word: str, folder: Path) -> None:
    subprocess.run(["rg", "-i", "-l", word, str(folder)], check=False, capture_output=True)


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def add_articles(work: Path, corpus_dir: Path, n: int, seed: int) -> tuple[str, ...]:
    """Index the corpus again with ``ADDED`` articles more (the next ones of the same generator):
    discovery of everything, analysis and commit of the new ones, the end of the run's merges."""
    more = work / "more"
    shutil.rmtree(more, ignore_errors=True)
    generate_realistic(more, n + ADDED, seed=seed, first=n)
    archive = Archive.open(work / "ix")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    report = archive.index([corpus_dir, more])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    archive.close()
    # The merge processes are this process's children; the workers are the fork server's, not counted.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    merges = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    label = f"add {ADDED} articles ({report.added} new) to the archive"
    return (label, f"{seconds:.2f} s (CPU: writer {cpu:.1f} s, merges {merges:.1f} s)", "", "", "")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="work in this folder instead of a temporary one")
    parser.add_argument("--no-reader", action="store_true", help="skip the reader's timings")
    parser.add_argument(
        "--size-batches",
        action="store_true",
        help="cut write batches by size only, as a quiet run does (there 1,000 files take less than "
        "the indexer's 30 s time bound; on a loaded machine the bound cuts smaller batches)",
    )
    args = parser.parse_args()
    if args.size_batches:
        from kutip.index import indexer

        indexer.BATCH_SECONDS = indexer.BATCH_MAX_SECONDS = indexer.SLOW_FILE_SECONDS = float("inf")
    load_before = os.getloadavg()
    rows: list[tuple[str, ...]] = []
    n = args.articles

    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        corpus_dir = work / "corpus"
        shutil.rmtree(work / "ix", ignore_errors=True)
        start = time.perf_counter()
        if sum(1 for _ in corpus_dir.rglob("*.md")) != n:  # absent, or cut short by an interrupted run
            shutil.rmtree(corpus_dir, ignore_errors=True)
            generate_realistic(corpus_dir, n, seed=args.seed)
        gen_seconds = time.perf_counter() - start
        archive = Archive.open(work / "ix")
        ticks = Ticks(n)
        cpu_start = time.process_time()
        k_report = archive.index([corpus_dir], progress=lambda p: ticks.log(p.done))
        k_seconds = ticks.finish()
        k_cpu = time.process_time() - cpu_start
        k_first, k_last = ticks.split()
        # read before the corpus is loaded for the other engines (100k articles' text is ~0.5 GB of
        # this process): the writer's own peak, and the largest child's (a worker or a merge process)
        k_peak, child_peak = peak_mb(), peak_mb(resource.RUSAGE_CHILDREN)
        corpus = read_corpus(corpus_dir)
        size_kb = statistics.mean(len(body) for _, _, body in corpus) / 1000
        lex = Lexicon.build(args.seed)
        collector = CollectorClock()
        start, rerun_cpu = time.perf_counter(), time.process_time()
        with collector:
            archive.index([corpus_dir])
        rerun, rerun_cpu = time.perf_counter() - start, time.process_time() - rerun_cpu

        bare = BareWhoosh(work / "bare-whoosh")
        w_ticks = Ticks(n)
        bare.index(corpus, w_ticks.mark)
        w_seconds = w_ticks.finish()
        w_first, w_last = w_ticks.split()
        fts = BareFts5(work / "fts5.sqlite3")
        f_ticks = Ticks(n)
        fts.index(corpus, f_ticks.mark)
        f_seconds = f_ticks.finish()
        f_first, f_last = f_ticks.split()

        rates = (n / k_seconds, n / w_seconds, n / f_seconds)
        rows.append(("indexing, articles/s", *(f"{r:,.0f}" for r in rates), ""))
        rows.append(("  ms/article, first 10 %", f"{k_first:.1f}", f"{w_first:.1f}", f"{f_first:.2f}", ""))
        rows.append(("  ms/article, last 10 %", f"{k_last:.1f}", f"{w_last:.1f}", f"{f_last:.2f}", ""))
        ratios = (k_last / k_first, w_last / w_first, f_last / f_first)
        rows.append(("  last / first", *(f"{r:.2f}×" for r in ratios), ""))
        rows.append(("  CPU ms/article in the writer process", f"{k_cpu * 1000 / n:.1f}", "", "", ""))
        sizes = [size for size, _ in k_report.batches]
        batches = f"{len(sizes)}; {max(sizes, default=0):,} / {sum(sizes) / max(1, len(sizes)):,.0f}"
        rows.append(("  commits; largest / mean batch, articles", batches, "", "", ""))
        rerun_cells = f"{rerun:.2f} s (CPU {rerun_cpu:.2f} s, of it the collector {collector.seconds:.2f} s)"
        rerun_row = ("re-run, nothing changed", rerun_cells, "", "", "")
        rows.append(rerun_row)
        stages = stage_table(k_report)
        for row in [*rows, *stages]:  # a later failure must not lose the indexing figures
            print("  ".join(row), file=sys.stderr, flush=True)

        families = query_families(lex, corpus, args.queries)
        have_rg = shutil.which("rg") is not None
        for family, queries in families.items():

            def kutip_search(query: str, statements: bool = family == "statements") -> object:
                if statements:
                    return archive.search_statements(query, limit=50)
                return archive.search(query, limit=50)

            kutip_search(queries[0])  # first use opens the searcher; steady state is measured
            k = time_queries(kutip_search, queries)
            plain = family in ("word", "phrase")
            w = time_queries(bare.search, queries) if plain else None
            f = time_queries(fts.search, queries) if plain else None
            r = None
            if family == "word" and have_rg:
                r = time_queries(lambda q: run_rg(q, corpus_dir), queries[:10])
            cells = [f"{x[0]:.1f} / {x[1]:.1f}" if x else "" for x in (k, w, f, r)]
            rows.append((f"search p50 / p95 ms: {family}", *cells))
        archive.close()

        word = families["word"][0]
        command = [str(KUTIP), "--index", str(work / "ix"), "search", word, "--json"]
        p50, p95, cli_cpu, cli_peak = whole_process(command, 7)
        rows.append(("whole process `kutip search WORD --json`", f"{p50:.0f} / {p95:.0f} ms", "", "", ""))
        rows.append(("  its CPU time (user + sys), median", f"{cli_cpu:.0f} ms", "", "", ""))
        peaks = f"{k_peak:.0f} / {child_peak:.0f} / {cli_peak:.0f} MB"
        rows.append(("peak memory: indexing writer / largest child / CLI search", peaks, "", "", ""))
        if not args.no_reader:
            waits = reader_timings(work / "ix", families["word"][:5])
            for name, label in (
                ("first paint", "reader in a terminal: start-up to the list painted"),
                ("results", "reader in a terminal: `/` + word, last key to results"),
                ("esc", "reader in a terminal: Esc back to the list"),
                ("j", "reader in a terminal: `j`"),
                ("k", "reader in a terminal: `k`"),
                ("enter", "reader in a terminal: Enter opens the article"),
                ("tab", "reader in a terminal: Tab to the next pane"),
            ):
                median, worst = waits[name]
                rows.append((f"{label} (median / worst)", f"{median:.0f} / {worst:.0f} ms", "", "", ""))
        disk = [f"{folder_mb(work / name):.0f} MB" for name in ("ix", "bare-whoosh", "fts5.sqlite3")]
        rows.append(("on disk", *disk, f"corpus {folder_mb(corpus_dir):.0f} MB"))
        fts.close()
        rows.insert(rows.index(rerun_row) + 1, add_articles(work, corpus_dir, n, args.seed))

    print(f"kutip benchmark: {n:,} articles, mean body {size_kb:.1f} KB, generated in {gen_seconds:.0f} s")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; rg {'present' if have_rg else 'absent: skipped'}"
    )
    load_after = os.getloadavg()
    print(f"load average (1, 5, 15 min): start {load_before}, end {tuple(round(x, 2) for x in load_after)}")
    print_table(rows, ("", "kutip", "bare whoosh", "fts5", "rg"))
    print("\nkutip indexing, CPU per stage (workers and writer; `benchmarks/stages.py` explains the rows):")
    print_table(stages, ("CPU ms/article", "whole run", "first 10 %", "last 10 %"))


if __name__ == "__main__":
    main()
