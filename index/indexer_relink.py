"""Relinking the stored statements when only linking's version changed.

A version change used to re-analyse every article (an hour at 100k) even when only linking's
code had moved. Linking reads nothing but the store's statements and articles (never the
people tables, never the search index), and nothing the analysers store depends on linking,
so a linking change needs only its own tables made again: they are dropped and the statements
linked from scratch, in the batches a fresh index of the same files would have committed
(:data:`kutip.index.indexer.BATCH_FILES` files each, in the order they were stored; linking
depends on which statements share a batch), so the links are those of a fresh index.

All of it is one transaction, with the new version recorded in it: a crash or Ctrl-C rolls
back to the old links under the old version, and the next run starts the relink again. Readers
keep seeing the old links until the commit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

from kutip.index.docstore import DocStore, bump_generation
from kutip.index.indexer_heap import collector_paused, trim_memos
from kutip.index.progress import IndexProgress, Stages, timed

LINKING_VERSION_KEY = "linking_version"  # the store's meta key of the linking stage's version


def stored_batches(db: sqlite3.Connection, files: int) -> list[tuple[int, int]]:
    """The stored articles as ranges of rowids (first, last), each the articles of ``files``
    source files, in the order they were stored."""
    ranges: list[tuple[int, int]] = []
    first = last = 0
    sources: set[str] = set()
    for rowid, source in db.execute("SELECT rowid, source FROM articles ORDER BY rowid"):
        if source not in sources and len(sources) == files:
            ranges.append((first, last))
            sources = set()
        if not sources:
            first = rowid
        sources.add(source)
        last = rowid
    if sources:
        ranges.append((first, last))
    return ranges


def batch_statements(db: sqlite3.Connection, first: int, last: int) -> list[str]:
    """The ids of the statements of the articles stored with rowids ``first``..``last``, in the
    order the indexer hands a batch to linking (article by article, each in its own order)."""
    sql = (
        "SELECT s.id FROM articles a JOIN statements s ON s.article = a.id "
        "WHERE a.rowid BETWEEN ? AND ? ORDER BY a.rowid, s.seq"
    )
    return [str(r[0]) for r in db.execute(sql, (first, last))]


def relink(
    store: DocStore,
    version: str,
    progress: Callable[[IndexProgress], None] | None = None,
    cancel: threading.Event | None = None,
    stages: Stages | None = None,
) -> int:
    """Drop linking's tables and link every stored statement again, recording ``version`` in the
    same transaction; the statements linked. Raises ``KeyboardInterrupt`` when ``cancel`` is set
    (the transaction is then rolled back)."""
    from kutip.index.indexer import BATCH_FILES
    from kutip.index.linking import update_links
    from kutip.index.linking.store import ensure_schema, set_meta

    stages = {} if stages is None else stages
    done = 0
    with store.transaction() as db:
        with timed(stages, "linking"):
            db.execute("DROP TABLE IF EXISTS link_meta")  # an unknown layout: ensure_schema drops the rest
            ensure_schema(db)
            top = db.execute("SELECT max(rowid) FROM statements").fetchone()[0]
            set_meta(db, "rowid_seen", str(top or 0))  # each batch links only the statements given
        total = int(db.execute("SELECT count(*) FROM statements").fetchone()[0])
        for first, last in stored_batches(db, BATCH_FILES):
            batch = batch_statements(db, first, last)
            if cancel is not None and cancel.is_set():
                raise KeyboardInterrupt
            with timed(stages, "linking"), collector_paused():
                update_links(db, batch)
            with timed(stages, "linking"):
                trim_memos()
            done += len(batch)
            if progress is not None:
                progress(IndexProgress(done=done, total=total, path=""))
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (LINKING_VERSION_KEY, version))
        bump_generation(db)  # readers see the new links as a new generation of the archive
    return done
