"""Candidate reports for a new statement: those sharing its blocking keys in its date window.

Kept apart from the match rules (:mod:`update`) because what it costs grows with the archive:
each key's rows are read from ``link_keys`` (:mod:`keys`, :mod:`store`), counted, and only the
best-placed ``MAX_CANDIDATES`` are read back for verification.
"""

from __future__ import annotations

import sqlite3

from kutip.index.linking.keys import NAMED_POOL, PAIR_POOL, lookup_keys, pair_keys
from kutip.index.linking.store import LinkDoc, load_rows

__all__ = ["MAX_CANDIDATES", "candidate_docs", "candidates", "ranked"]

MAX_CANDIDATES = 200  # per new statement, those sharing most keys; bounds a prolific speaker's cost


def _count(
    db: sqlite3.Connection, keys: list[int], months: tuple[int, int], counts: dict[int, int], pool: int
) -> None:
    """Adds one to ``counts`` (by ``link_docs`` rowid) per key a statement shares, reading at most
    ``pool`` rows per window.

    The dated window and the undated statements are read separately, so both use the
    (key, month) index: a key's rows from other years are never scanned.
    """
    low, high = months
    windows = [(low, high)] if low <= 0 else [(low, high), (0, 0)]
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        marks = ",".join("?" * len(chunk))
        for first, last in windows:
            rows = db.execute(
                f"SELECT doc FROM link_keys WHERE key IN ({marks}) AND month BETWEEN ? AND ? LIMIT ?",
                (*chunk, first, last, pool),
            )
            for (doc,) in rows:
                counts[doc] = counts.get(doc, 0) + 1


def ranked(db: sqlite3.Connection, doc: LinkDoc) -> list[LinkDoc]:
    """Statements sharing a blocking key with ``doc`` in its date window, ``doc`` aside, most keys
    shared first; only the best-placed rows are read back."""
    if not doc.terms:
        return []
    pivot = doc.pivot
    counts: dict[int, int] = {}
    keys = pair_keys(pivot, stored=False)
    if doc.names:
        keys |= lookup_keys(doc.keyed_names, pivot)
    _count(db, sorted(keys), doc.months, counts, NAMED_POOL + PAIR_POOL)
    best = sorted(counts, key=lambda row: (-counts[row], row))[: MAX_CANDIDATES + 1]  # one more: ``doc``
    docs = load_rows(db, best)
    shared = [
        (counts[row], other) for row in best if (other := docs.get(row)) and other.statement != doc.statement
    ]
    return [other for _, other in sorted(shared, key=lambda n: (-n[0], n[1].statement))][:MAX_CANDIDATES]


def candidates(db: sqlite3.Connection, doc: LinkDoc) -> list[str]:
    """Statements sharing a blocking key with ``doc`` in its date window, most keys shared first."""
    return [found.statement for found in ranked(db, doc)]


def candidate_docs(db: sqlite3.Connection, doc: LinkDoc) -> list[LinkDoc]:
    """Candidates in other articles, most keys shared first."""
    return [other for other in ranked(db, doc) if other.article != doc.article]
