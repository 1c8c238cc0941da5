"""Linking's writer cost per tenth of an archive, with the writer's own SQLite settings, and a
digest of what it stored: for comparing two versions side by side on one archive.

    WORKTREE/.venv/bin/python benchmarks/linking_growth_s29.py STORE [--batch 1000] [--cache-kib N]

The archive's store is copied and its statements relinked ``--batch`` articles at a time in stored
order (as the indexer's commits), through a ``DocStore`` connection (the writer's page size, page
cache and journal; ``--cache-kib`` a smaller page cache, as when the indexer's other tables share
it), each batch in one transaction with its commit. Per batch: CPU ms per article of
the whole batch, of filing the keys (``insert_docs``) and of the commit, and ``link_keys``' rows.
At the end a SHA-256 of every linking table's rows in key order (``link_docs``, ``link_keys``,
``link_members``, ``link_clusters``): two versions that store the same links print the same digests.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relink import unlinked_articles
from kutip.index.docstore import DocStore
from kutip.index.linking import update as linking_update

TABLES = {
    "link_docs": "SELECT * FROM link_docs ORDER BY rowid",
    "link_keys": "SELECT key, month, doc FROM link_keys ORDER BY key, month, doc",
    "link_members": "SELECT statement, cluster FROM link_members ORDER BY statement",
    "link_clusters": "SELECT cluster, core, size FROM link_clusters ORDER BY cluster",
}


def digest(rows: Iterable[tuple[Any, ...]]) -> str:
    sha = hashlib.sha256()
    for row in rows:
        sha.update(repr(tuple(row)).encode())
    return sha.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path, help="an archive's kutip.sqlite3 (copied, never written)")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--cache-kib", type=int, default=0, help="page cache in KiB (0: the writer's)")
    args = parser.parse_args()
    filing = [0.0]
    insert_docs = linking_update.insert_docs  # type: ignore[attr-defined]

    def timed_insert(db: sqlite3.Connection, docs: Any) -> None:
        start = time.thread_time()
        insert_docs(db, docs)
        filing[0] += time.thread_time() - start

    linking_update.insert_docs = timed_insert  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(args.store, path)
        store = DocStore(path)
        db = store.connection()
        if args.cache_kib:
            db.execute(f"PRAGMA cache_size=-{args.cache_kib}")
        articles = unlinked_articles(db)
        print(f"{'articles':>13s} {'ms/art':>7s} {'filing':>7s} {'commit':>7s} {'link_keys':>10s}")
        total = 0.0
        for first in range(0, len(articles), args.batch):
            chunk = articles[first : first + args.batch]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid"
            ids = [str(r[0]) for r in db.execute(sql, chunk)]
            filing[0] = 0.0
            start = time.thread_time()
            db.execute("BEGIN IMMEDIATE")
            linking_update.update_links(db, ids)
            committing = time.thread_time()
            db.execute("COMMIT")
            end = time.thread_time()
            total += end - start
            keys = db.execute("SELECT count(*) FROM link_keys").fetchone()[0]
            per = 1000 / len(chunk)
            print(
                f"{first:6d}-{first + len(chunk):6d} {(end - start) * per:7.2f} {filing[0] * per:7.2f} "
                f"{(end - committing) * per:7.2f} {keys:10,d}",
                flush=True,
            )
        print(f"linking CPU {total:.1f} s")
        for table, query in TABLES.items():
            print(f"{table}: {digest(db.execute(query))}")
        store.close()


if __name__ == "__main__":
    main()
