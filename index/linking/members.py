"""Cluster membership kept incrementally (union-find with a representative per cluster).

``link_members`` maps each statement of a cluster of two or more straight to its cluster id
(the id of its earliest member: dated before undated, then by id), so finding a cluster is
one lookup and merging two rewrites only the smaller side's rows. A statement alone (most of
them: 40,414 of 58,654 clusters of a 10k archive) has no row in either table: a linked
statement (one with a ``link_docs`` row) without a member row is its own cluster, of size one,
its own core. ``link_clusters`` holds each
cluster's *core*: its ``CORE_SIZE`` fullest reports (most distinct terms), one of which
every new member must match (:mod:`update`): a cluster is one remark, and a prolific
speaker's remarks cannot chain into one giant cluster through a fragment that happens
to match two of them.

The document store reads a statement's cluster through :func:`cluster_ids` (which lives in
:mod:`kutip.index.docstore`, so reading statements never imports the linker); no other
module's table is written here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from kutip.index.docstore import cluster_ids
from kutip.index.sqlin import select_in

__all__ = [
    "CORE_SIZE",
    "add_singletons",
    "cluster_ids",
    "cluster_of",
    "core_of",
    "forget",
    "members",
    "merge",
    "size_of",
]

CORE_SIZE = 3


def cluster_of(db: sqlite3.Connection, statement: str) -> str:
    """The statement's cluster id: its own id when it is alone."""
    row = db.execute("SELECT cluster FROM link_members WHERE statement = ?", (statement,)).fetchone()
    return str(row[0]) if row else statement


def core_of(db: sqlite3.Connection, cluster: str) -> list[str]:
    """The cluster's fullest members, fullest first."""
    row = db.execute("SELECT core FROM link_clusters WHERE cluster = ?", (cluster,)).fetchone()
    return str(row[0]).split() if row else [cluster]


def size_of(db: sqlite3.Connection, cluster: str) -> int:
    row = db.execute("SELECT size FROM link_clusters WHERE cluster = ?", (cluster,)).fetchone()
    return int(row[0]) if row else 1


def add_singletons(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Each statement alone in its own cluster (it is its own representative): no row at all."""
    rows = [(sid,) for sid in ids]
    db.executemany("DELETE FROM link_members WHERE statement = ?", rows)
    db.executemany("DELETE FROM link_clusters WHERE cluster = ?", rows)


def members(db: sqlite3.Connection, cluster: str) -> list[str]:
    """The cluster's statements (a statement alone is its own cluster: itself)."""
    rows = db.execute("SELECT statement FROM link_members WHERE cluster = ?", (cluster,)).fetchall()
    return [str(r[0]) for r in rows] or [cluster]


def _dates(db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    rows = select_in(db, "SELECT id, date FROM statements WHERE id IN ({marks})", ids)
    return {r[0]: r[1] or "" for r in rows}


def _earliest(db: sqlite3.Connection, ids: Sequence[str]) -> str:
    dates = _dates(db, ids)
    return min(ids, key=lambda sid: (dates.get(sid, "") == "", dates.get(sid, ""), sid))


def merge(db: sqlite3.Connection, a: str, b: str, core: Sequence[str]) -> str:
    """Joins clusters ``a`` and ``b`` with ``core`` (fullest first); returns the merged cluster's id."""
    if a == b:
        return a
    sizes = {a: size_of(db, a), b: size_of(db, b)}
    merged = _earliest(db, [a, b])
    for old in (a, b):
        if sizes[old] == 1:  # alone so far: its first row
            db.execute("INSERT OR REPLACE INTO link_members(statement, cluster) VALUES (?, ?)", (old, merged))
        elif old != merged:
            db.execute("UPDATE link_members SET cluster = ? WHERE cluster = ?", (merged, old))
        if old != merged:
            db.execute("DELETE FROM link_clusters WHERE cluster = ?", (old,))
    size = sizes[a] + sizes[b]
    db.execute(
        "INSERT OR REPLACE INTO link_clusters(cluster, core, size) VALUES (?, ?, ?)",
        (merged, " ".join(core[:CORE_SIZE]), size),
    )
    return merged


def forget(db: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
    """Drops statements from their clusters; returns the other members of the clusters hit,
    which are set apart as singletons to be linked again."""
    hit = sorted(
        {r[0] for r in select_in(db, "SELECT cluster FROM link_members WHERE statement IN ({marks})", ids)}
    )
    gone = set(ids)
    orphans = [
        r[0]
        for r in select_in(db, "SELECT statement FROM link_members WHERE cluster IN ({marks})", hit)
        if r[0] not in gone
    ]
    for sid in (*ids, *hit):
        db.execute("DELETE FROM link_members WHERE statement = ?", (sid,))
        db.execute("DELETE FROM link_clusters WHERE cluster = ?", (sid,))
    add_singletons(db, orphans)  # alone again: their rows go
    return orphans
