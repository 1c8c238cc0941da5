"""Linking's CPU per article at an archive's full size: its last articles linked again, split into parts.

    python benchmarks/linking_tail.py ARCHIVE/kutip.sqlite3 [--last 1000] [--batch 500] [--cache-kib N]

Relinking a whole archive from the start (``benchmarks/linking_parts_s34wr.py``) shows how linking
grows batch by batch, but at 100k articles it takes hours. This measures only the end: on a copy of
the store, the last ``--last`` articles' statements are forgotten by the linker (``update_links``
with them removed: their rows, keys and memberships go, their clusters' other members are linked
again; not timed), then linked again ``--batch`` articles at a time as the indexer's commits would,
with a thread-CPU timer around each part: reading and normalising the statements (``read``), filing
their keys (``file``), the candidates (``cands``: of which the key rows ``keys``, the names read to
tell a namesake from the speaker ``chance``, the rows read back ``rows``) and the rest
(verification, ``update.py``). Prints ms an article per batch and digests of the linking tables:
two versions started together on the same store print the same digests exactly when they store the
same links. ``--cache-kib`` sets the store's page cache per connection (``docstore._CACHE_KIB``).
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
from kutip.index import docstore
from kutip.index.docstore import DocStore
from kutip.index.indexer_heap import collector_paused
from kutip.index.linking import shortlist, update

PARTS = ("total", "read", "file", "cands", "keys", "chance", "rows", "rest")
_OUTSIDE_CANDIDATES = ("read", "file", "cands", "forget", "delete")


class Clock:
    """Thread CPU seconds per part, summed until cleared."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, owner: Any, name: str, part: str) -> None:
        real: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.spent[part] = self.spent.get(part, 0.0) + time.thread_time() - start

        setattr(owner, name, timed)


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("store", type=Path, help="an archive's kutip.sqlite3 (copied, never written)")
    parser.add_argument("--last", type=int, default=1000, help="articles linked again")
    parser.add_argument("--batch", type=int, default=500, help="articles a batch")
    parser.add_argument("--cache-kib", type=int, default=0, help="page cache per connection (KiB)")
    args = parser.parse_args()
    if args.cache_kib:
        docstore._CACHE_KIB = args.cache_kib
    clock = Clock()
    for owner, name, part in (
        (update, "_read_docs", "read"),
        (update, "insert_docs", "file"),
        (update, "candidate_docs", "cands"),
        (update, "forget", "forget"),
        (update, "delete_docs", "delete"),
        (shortlist, "_filed", "keys"),
        (shortlist, "_chance_rows", "chance"),
        (shortlist, "load_rows", "rows"),
    ):
        clock.wrap(owner, name, part)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(args.store, path)
        store = DocStore(path)
        db = store.connection()
        articles = [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY rowid")][-args.last :]
        marks = ",".join("?" * len(articles))
        sql = f"SELECT id, article FROM statements WHERE article IN ({marks}) ORDER BY rowid"
        by_article: dict[str, list[str]] = {}
        for statement, article in db.execute(sql, articles):
            by_article.setdefault(str(article), []).append(str(statement))
        every = [sid for article in articles for sid in by_article.get(article, [])]
        db.execute("BEGIN IMMEDIATE")
        with collector_paused():
            update.update_links(db, [], every)  # forgotten: the setup, not timed
        db.execute("COMMIT")
        keys = db.execute("SELECT count(*) FROM link_keys").fetchone()[0]
        print(f"{len(articles):,} articles, {len(every):,} statements linked again beside {keys:,} key rows")
        print(f"{'articles':>8s} " + " ".join(f"{part:>7s}" for part in PARTS))
        for first in range(0, len(articles), args.batch):
            chunk = articles[first : first + args.batch]
            clock.spent = {}
            start = time.thread_time()
            db.execute("BEGIN IMMEDIATE")
            with collector_paused():  # as the indexer runs linking
                update.update_links(db, [sid for article in chunk for sid in by_article.get(article, [])])
            db.execute("COMMIT")
            spent = clock.spent
            spent["total"] = time.thread_time() - start
            spent["rest"] = spent["total"] - sum(spent.get(part, 0.0) for part in _OUTSIDE_CANDIDATES)
            cells = " ".join(f"{spent.get(part, 0.0) * 1000 / len(chunk):7.2f}" for part in PARTS)
            print(f"{first:8d} {cells}", flush=True)
        print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        for table, query in TABLES.items():
            print(f"{table}: {digest(db.execute(query))}")
        store.close()


if __name__ == "__main__":
    main()
