"""Linking's CPU per article batch by batch, split into its parts, on a copy of an archive.

    PYTHONPATH=SNAPSHOT python benchmarks/linking_parts_s34wr.py STORE [--batch 1000]

Relinks the archive's statements ``--batch`` articles at a time in stored order, as the indexer's
commits would (each batch one transaction, through a ``DocStore`` connection with the writer's
settings), with a thread-CPU timer around each part: reading and normalising the new statements
(``update._read_docs``), filing their keys (``insert_docs``), the candidates (``candidate_docs``:
key rows read in ``shortlist._filed``, the speaker-by-chance rows in ``_chance_rows``, rows read
back in ``load_rows``) and their verification (``_Linker.link`` less its candidates). Also
counts the ``link_docs`` rows parsed (``store._doc``). Each batch runs with the cyclic collector
paused, as the indexer runs linking (``indexer_heap.collector_paused``). Prints ms per article per
batch, then the first and last tenth, the peak memory, and SHA-256 digests of every linking table
(two versions storing the same links print the same digests). Run two versions together (each
from its own snapshot) for a paired figure.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.linking_growth_s29 import TABLES, digest
from benchmarks.relink import unlinked_articles
from kutip.index.docstore import DocStore
from kutip.index.indexer_heap import collector_paused
from kutip.index.linking import shortlist, store, update

PARTS = ("read", "file", "keys", "chance", "rows", "candidates", "verify", "total")


class Clock:
    def __init__(self) -> None:
        self.spent = dict.fromkeys(PARTS, 0.0)
        self.parsed = 0

    def wrap(self, owner: Any, name: str, part: str) -> None:
        real: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.spent[part] += time.thread_time() - start

        setattr(owner, name, timed)

    def count_parses(self) -> None:
        real = store._doc

        def counted(row: Any) -> Any:
            self.parsed += 1
            return real(row)

        store._doc = counted  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path, help="an archive's kutip.sqlite3 (copied, never written)")
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    clock = Clock()
    clock.wrap(update, "_read_docs", "read")
    clock.wrap(update, "insert_docs", "file")
    clock.wrap(shortlist, "_filed", "keys")
    clock.wrap(shortlist, "_chance_rows", "chance")
    clock.wrap(shortlist, "load_rows", "rows")
    clock.wrap(update, "candidate_docs", "candidates")
    clock.wrap(update._Linker, "link", "verify")  # less the candidates, below
    clock.count_parses()
    rows: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(args.store, path)
        docstore = DocStore(path)
        db = docstore.connection()
        articles = unlinked_articles(db)
        print(f"{'articles':>13s} " + " ".join(f"{p:>10s}" for p in (*PARTS, "parsed/art")))
        for first in range(0, len(articles), args.batch):
            chunk = articles[first : first + args.batch]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid"
            ids = [str(r[0]) for r in db.execute(sql, chunk)]
            clock.spent = dict.fromkeys(PARTS, 0.0)
            clock.parsed = 0
            start = time.thread_time()
            db.execute("BEGIN IMMEDIATE")
            with collector_paused():
                update.update_links(db, ids)
            db.execute("COMMIT")
            spent = dict(clock.spent)
            spent["total"] = time.thread_time() - start
            spent["verify"] -= spent["candidates"]
            per = {part: spent[part] * 1000 / len(chunk) for part in PARTS}
            per["parsed/art"] = clock.parsed / len(chunk)
            if len(chunk) * 2 >= args.batch:  # a short last batch is left out of the tenths
                rows.append(per)
            cells = " ".join(f"{per[p]:10.2f}" for p in (*PARTS, "parsed/art"))
            print(f"{first:6d}-{first + len(chunk):6d} {cells}", flush=True)
        tenth = max(1, len(rows) // 10)
        for label, part in (("first tenth", rows[:tenth]), ("last tenth", rows[-tenth:])):
            cells = " ".join(f"{sum(r[p] for r in part) / len(part):10.2f}" for p in (*PARTS, "parsed/art"))
            print(f"{label:>13s} {cells}")
        print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        for table, query in TABLES.items():
            print(f"{table}: {digest(db.execute(query))}")
        docstore.close()


if __name__ == "__main__":
    main()
