"""Search figures of an archive already built by ``run.py --keep DIR`` (no re-indexing).

    python benchmarks/search_only.py DIR [--articles 10000] [--queries 60] [--upgrade] [--only FAMILY]

``--upgrade`` first rebuilds the search index from the document store (``Archive.rebuild_search``)
and records the current version, so an archive built by an older kutip can be searched by this
one without analysing every article again: the way to compare search at 10k before and after a
change of the search schema when the machine has no hour to spare for indexing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bare import read_corpus
from benchmarks.realistic import Lexicon
from benchmarks.run import KUTIP, percentiles, query_families, whole_process
from kutip.index.facade import Archive, index_version
from kutip.index.search.whoosh_engine import store


def timed_queries(search: Callable[[str], object], queries: list[str]) -> tuple[float, float, float, float]:
    """p50 and p95 of each query's wall ms and CPU ms (this process's), in one pass: on a loaded
    machine wall time is mostly waiting for a core, so two variants are compared by CPU; and a
    second pass would find what the first one kept (the terms of a typed prefix are kept for the
    next key)."""
    wall, cpu = [], []
    for query in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        search(query)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return (*percentiles(wall), *percentiles(cpu))


TYPED_LIMIT = 1000  # what the reader's search bar asks for (tui.search_flow.SEARCH_LIMIT)


def typed_prefixes(lex: Lexicon, count: int) -> list[str]:
    """Two- and three-letter beginnings of words, as the reader's search bar sends them while the
    user types (the last word widened: a few recorded stems at two letters, a prefix from three)."""
    rng = random.Random(9)
    common = lex.words_id[20:2000] + lex.words_en[20:2000]
    return [rng.choice(common)[: 2 + n % 2] for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("work", type=Path)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--upgrade", action="store_true")
    parser.add_argument("--only", default="", help="one family (e.g. 'typed prefix'), no whole process")
    parser.add_argument("--tree-unions", action="store_true", help="prefixes as Whoosh ORs them (before)")
    args = parser.parse_args()
    if args.tree_unions:
        store.array_unions = lambda query: query
    location = args.work / "ix"
    if args.upgrade:
        archive = Archive.open(location)
        archive._store.set_meta("version", index_version())
        start = time.perf_counter()
        count = archive.rebuild_search()
        took = time.perf_counter() - start
        print(f"search index rebuilt from the store: {count:,} articles in {took:.0f} s")
        archive.close()
    archive = Archive.open(location)
    print(f"{archive.count():,} articles; rg {'present' if shutil.which('rg') else 'absent'}")
    lex = Lexicon.build(args.seed)
    families = query_families(lex, read_corpus(args.work / "corpus"), args.queries)
    families["typed prefix"] = typed_prefixes(lex, args.queries)
    for family, queries in families.items():
        if args.only and family != args.only:
            continue
        archive.search(queries[0], limit=50)
        if family == "typed prefix":

            def typed(query: str) -> object:
                return archive.search(query, limit=TYPED_LIMIT, snippets=0, prefix=True)

            p50, p95, cpu50, cpu95 = timed_queries(typed, queries)
        elif family == "statements":
            p50, p95, cpu50, cpu95 = timed_queries(lambda q: archive.search_statements(q, limit=50), queries)
        else:
            p50, p95, cpu50, cpu95 = timed_queries(lambda q: archive.search(q, limit=50), queries)
        print(f"| search p50 / p95 ms: {family} | {p50:.1f} / {p95:.1f} | CPU {cpu50:.1f} / {cpu95:.1f} |")
    archive.close()
    if args.only:
        return
    command = [str(KUTIP), "--index", str(location), "search", families["word"][0], "--json"]
    p50, p95, cpu, peak = whole_process(command, 7)
    figures = f"{p50:.0f} / {p95:.0f} ms, CPU {cpu:.0f} ms, {peak:.0f} MB"
    print(f"| whole process `kutip search WORD --json` | {figures} |")


if __name__ == "__main__":
    main()
