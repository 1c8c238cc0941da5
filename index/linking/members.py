"""Cluster membership kept incrementally (union-find with a representative per cluster).

``link_members`` maps each statement straight to its cluster id (the id of its earliest
member: dated before undated, then by id), so finding a cluster is one lookup and
merging two rewrites only the smaller side's rows. ``link_clusters`` holds each
cluster's *core*: its ``CORE_SIZE`` fullest reports (most distinct terms), one of which
every new member must match (:mod:`update`): a cluster is one remark, and a prolific
speaker's remarks cannot chain into one giant cluster through a fragment that happens
to match two of them.

The document store reads a statement's cluster through :func:`cluster_ids`; no other
module's table is written here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from kutip.index.sqlin import select_in

__all__ = [
    "CORE_SIZE",
    "add_singletons",
    "cluster_ids",
    "cluster_of",
    "core_of",
    "forget",
    "merge",
    "size_of",
]

CORE_SIZE = 3


def cluster_of(db: sqlite3.Connection, statement: str) -> str:
    row = db.execute("SELECT cluster FROM link_members WHERE statement = ?", (statement,)).fetchone()
    return str(row[0]) if row else statement


_WHOLE_TABLE = 20_000  # past this many ids, one scan of the table beats chunked lookups


def cluster_ids(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """statement id -> cluster id, for the statements linked so far (how the document store
    fills ``Statement.cluster``)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted or db.execute("SELECT 1 FROM sqlite_master WHERE name = 'link_members'").fetchone() is None:
        return {}
    if len(wanted) > _WHOLE_TABLE:
        every = {str(r[0]): str(r[1]) for r in db.execute("SELECT statement, cluster FROM link_members")}
        return {sid: every[sid] for sid in wanted if sid in every}
    rows = select_in(db, "SELECT statement, cluster FROM link_members WHERE statement IN ({marks})", wanted)
    return {r[0]: r[1] for r in rows}


def core_of(db: sqlite3.Connection, cluster: str) -> list[str]:
    """The cluster's fullest members, fullest first."""
    row = db.execute("SELECT core FROM link_clusters WHERE cluster = ?", (cluster,)).fetchone()
    return str(row[0]).split() if row else [cluster]


def size_of(db: sqlite3.Connection, cluster: str) -> int:
    row = db.execute("SELECT size FROM link_clusters WHERE cluster = ?", (cluster,)).fetchone()
    return int(row[0]) if row else 1


def add_singletons(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Each statement alone in its own cluster (it is its own representative)."""
    rows = [(sid,) for sid in ids]
    db.executemany("INSERT OR REPLACE INTO link_members(statement, cluster) VALUES (?, ?1)", rows)
    db.executemany("INSERT OR REPLACE INTO link_clusters(cluster, core, size) VALUES (?, ?1, 1)", rows)


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
    size = size_of(db, a) + size_of(db, b)
    merged = _earliest(db, [a, b])
    for old in (a, b):
        if old != merged:
            db.execute("UPDATE link_members SET cluster = ? WHERE cluster = ?", (merged, old))
            db.execute("DELETE FROM link_clusters WHERE cluster = ?", (old,))
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
    for chunk_ids in (ids, hit):
        for sid in chunk_ids:
            db.execute("DELETE FROM link_members WHERE statement = ?", (sid,))
            db.execute("DELETE FROM link_clusters WHERE cluster = ?", (sid,))
    add_singletons(db, orphans)
    return orphans
