"""The benchmark harness: builds synthetic archives and prints a table of timings.

    python benchmarks/run.py [--articles 2000] [--queries 50] [--keep DIR]

Targets (checked here, not in unit tests): indexing ≥ 50 articles/s, a re-run
over unchanged files ≥ 2,000 files/s, median search < 50 ms, opening the list of
every article < 1 s per 100,000 rows, query matches in a 200 KB article < 0.5 s;
index-time analysis of a 200 KB article: entities < 0.5 s, statements < 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate
from kutip.index.entities import recognise
from kutip.index.facade import Archive
from kutip.index.statements import extract_statements

QUERIES = [
    "banjir",
    '"harga beras"',
    "vaccination",
    "mengatakan",
    "lang:en rail",
    "date:2024-05..2024-08",
    "Wijaya OR Santoso",
    "title:tuntaskan",
    "pemerintah NOT listrik",
    'outlet:"Kabar Nusantara"',
]


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="work in this folder instead of a temporary one")
    args = parser.parse_args()
    console = Console()
    rows: list[tuple[str, str, str, bool]] = []

    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        corpus = work / "corpus"
        gen_time, _ = timed(lambda: generate(corpus, args.articles, seed=11))
        archive = Archive.open(work / "ix")

        seconds, _ = timed(lambda: archive.index([corpus]))
        rate = args.articles / seconds
        rows.append(("index new articles", f"{seconds:.1f} s", f"{rate:,.0f} articles/s", rate >= 50))

        seconds, _ = timed(lambda: archive.index([corpus]))
        rate = args.articles / seconds
        rows.append(("re-run, nothing changed", f"{seconds:.2f} s", f"{rate:,.0f} files/s", rate >= 2000))

        latencies = []
        for i in range(args.queries):
            query = QUERIES[i % len(QUERIES)]
            start = time.perf_counter()
            archive.search(query, limit=50)
            latencies.append(time.perf_counter() - start)
        median = statistics.median(latencies) * 1000
        p95 = sorted(latencies)[int(len(latencies) * 0.95) - 1] * 1000
        rows.append(
            ("search, 50 hits with snippets", f"median {median:.1f} ms", f"p95 {p95:.1f} ms", median < 50)
        )

        seconds, _ = timed(archive.summaries)
        per_100k = seconds * 100_000 / max(1, args.articles)
        rows.append(
            (
                "list every article",
                f"{seconds * 1000:.0f} ms",
                f"{per_100k:.2f} s per 100k rows",
                per_100k < 1,
            )
        )

        big = " ".join(["Pemerintah mengatakan bahwa harga beras di Jakarta naik lagi."] * 3300)
        seconds, spans = timed(lambda: archive.matches_in(big, "beras mengatakan"))
        rows.append(
            (
                f"matches in a {len(big) // 1000} KB article",
                f"{seconds * 1000:.0f} ms",
                f"{len(spans):,} matches",
                seconds < 0.5,
            )
        )
        long_body = "\n\n".join(
            archive.article(s.id).body
            for s in archive.summaries()[:400]  # type: ignore[union-attr]
        )[:200_000]
        seconds, entities = timed(lambda: recognise(long_body, "id"))
        rows.append(
            (
                "entities in a 200 KB article",
                f"{seconds * 1000:.0f} ms",
                f"{len(entities):,} entities",
                seconds < 0.5,
            )
        )
        seconds, statements = timed(lambda: extract_statements("x", long_body, "id", entities))  # type: ignore[arg-type]
        rows.append(
            (
                "statements in a 200 KB article",
                f"{seconds * 1000:.0f} ms",
                f"{len(statements):,} statements",
                seconds < 1.0,
            )
        )
        archive.close()

    table = Table(
        title=f"kutip benchmarks — {args.articles:,} synthetic articles (generated in {gen_time:.1f} s)"
    )
    for column in ("what", "time", "rate", "target"):
        table.add_column(column)
    for what, took, rate_text, ok in rows:
        table.add_row(what, took, rate_text, "[green]met[/]" if ok else "[red]missed[/]")
    console.print(table)


if __name__ == "__main__":
    main()
