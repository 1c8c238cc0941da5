"""Candidate reports for a new statement: those sharing its blocking keys in its date window.

Kept apart from the match rules (:mod:`update`) because what it costs grows with the archive:
each key's rows are read from ``link_keys`` (:mod:`keys`, :mod:`store`), counted, and only the
best-placed ``MAX_CANDIDATES`` are read back for verification.

One kind of candidate is never read back: one whose only shared key is a speaker key (a name
word with a term) while the two speakers' names only partly agree (each has a name word the
other lacks: two people sharing a first name, mostly). One shared name word and one shared
fingerprint term is chance, not a report: two reports of one remark by one speaker share a key
per name word for every fingerprint term in common. Such candidates grow with the archive (the
date window fills; a common name word meets a common term), and none verifies: in a replayed
10k archive they were three quarters of all candidates (6,639 of 8,900 among 1,500 late
statements) and none matched, nor any on the annotated sets. A shared term pair (a key free of
speakers), or names of which one holds the other's, keeps a one-key candidate. Each key row carries
its statement's name signature (:func:`store.name_signature`), which tells most such candidates
without reading their names (at 100k articles ~46 of them a statement, session 40).
"""

from __future__ import annotations

import sqlite3

from kutip.index.linking.bilingual import own_translations
from kutip.index.linking.keys import NAMED_POOL, PAIR_POOL, lookup_keys, pair_keys
from kutip.index.linking.store import LinkDoc, batch_rows, load_rows, name_signature

__all__ = ["MAX_CANDIDATES", "by_chance", "candidate_docs", "candidates", "ranked"]

MAX_CANDIDATES = 200  # per new statement, those sharing most keys; bounds a prolific speaker's cost


def _filed(
    db: sqlite3.Connection, keys: list[int], months: tuple[int, int], pool: int
) -> tuple[dict[int, list[int]], dict[int, int]]:
    """``link_docs`` rowid -> the keys it shares, reading at most ``pool`` rows per window and
    chunk of keys; and each row's name signature (:func:`store.name_signature`).

    The dated window and the undated statements are read separately, so both use the
    (key, month) index: a key's rows from other years are never scanned.
    """
    low, high = months
    windows = [(low, high)] if low <= 0 else [(low, high), (0, 0)]
    shared: dict[int, list[int]] = {}
    signatures: dict[int, int] = {}
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        marks = ",".join("?" * len(chunk))
        for first, last in windows:
            rows = db.execute(
                f"SELECT key, doc, names FROM link_keys WHERE key IN ({marks}) AND month BETWEEN ? AND ? "
                "LIMIT ?",
                (*chunk, first, last, pool),
            )
            for key, doc, names in rows:
                shared.setdefault(doc, []).append(key)
                signatures[doc] = names
    return shared, signatures


def _signed_apart(mine: int, other: int) -> bool:
    """Whether two name signatures each hold a bit the other lacks: then each speaker has a name
    word the other lacks (:func:`by_chance`), told without reading the names. A 0 (no names, or a
    row filed before signatures) tells nothing."""
    return bool(other & ~mine) and bool(mine & ~other)


def by_chance(names: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two speakers' name words only partly agree: each has one the other lacks."""
    return bool(names - other) and bool(other - names)


def _keyed_names(db: sqlite3.Connection, rows: list[int]) -> dict[int, frozenset[str]]:
    """Each row's speaker name words (names and names as written), read without the terms; a
    row this batch already read is not read again (:class:`store.BatchRows`)."""
    kept = batch_rows(db)
    found: dict[int, frozenset[str]] = {}
    missing = rows
    if kept is not None:
        missing = []
        for row in rows:
            if (seen := kept.docs.get(row)) is not None:
                found[row] = seen.keyed_names
            elif (names := kept.names.get(row)) is not None:
                found[row] = names
            else:
                missing.append(row)
    for start in range(0, len(missing), 400):
        chunk = missing[start : start + 400]
        marks = ",".join("?" * len(chunk))
        read = db.execute(f"SELECT rowid, names, written FROM link_docs WHERE rowid IN ({marks})", chunk)
        for row, names, written in read:
            found[int(row)] = frozenset(names.split()) | frozenset(written.split())
            if kept is not None:
                kept.names[int(row)] = found[int(row)]
    return found


def _chance_rows(db: sqlite3.Connection, doc: LinkDoc, rows: list[int]) -> set[int]:
    """Of ``rows`` (candidates sharing one speaker key with ``doc``), those whose speaker's names
    only partly agree with ``doc``'s; read without their terms."""
    mine = doc.keyed_names
    return {row for row, names in _keyed_names(db, rows).items() if by_chance(mine, names)}


def _looked_up(doc: LinkDoc) -> tuple[str, ...]:
    """The terms a statement's speaker keys are looked up with: its pivot (:func:`bilingual.pivot_terms`),
    and for an English quote every own translation of each term (``people``: ``orang``, ``rakyat``,
    ``masyarakat``...): the pivot is one translation, and a report stores a few of its own words as
    fingerprints (:func:`keys.winnow`). A short quote has no other key to meet its report with; a longer
    one's pivots may all miss the report's fingerprints too (``investigative journalism``: ``lidi``,
    ``jurnal``; the report's ``investigasi``, ``jurnalistik``), and the pair was never compared."""
    if doc.lang != "en":
        return doc.pivot
    return tuple(dict.fromkeys((*doc.pivot, *(t for term in doc.terms for t in own_translations(term)))))


def ranked(db: sqlite3.Connection, doc: LinkDoc) -> list[LinkDoc]:
    """Statements sharing a blocking key with ``doc`` in its date window, ``doc`` aside, most keys
    shared first (less those sharing one speaker key by chance); only the best-placed rows are
    read back."""
    if not doc.terms:
        return []
    pivot = doc.pivot
    pairs = pair_keys(pivot, stored=False)
    named = lookup_keys(doc.keyed_names, _looked_up(doc)) if doc.names else set()
    shared, signatures = _filed(db, sorted(pairs | named), doc.months, NAMED_POOL + PAIR_POOL)
    one_name_key = [row for row, keys in shared.items() if len(keys) == 1 and keys[0] not in pairs]
    if one_name_key:
        mine = name_signature(doc.keyed_names)
        apart = {row for row in one_name_key if _signed_apart(mine, signatures[row])}
        unread = [row for row in one_name_key if row not in apart]
        for row in apart | (_chance_rows(db, doc, unread) if unread else set()):
            del shared[row]
    counts = {row: len(keys) for row, keys in shared.items()}
    best = sorted(counts, key=lambda row: (-counts[row], row))[: MAX_CANDIDATES + 1]  # one more: ``doc``
    kept = batch_rows(db)
    own = None if kept is None else kept.rowids.get(doc.statement)
    docs = load_rows(db, [row for row in best if row != own])  # ``doc``'s own row is never read back
    found = [
        (counts[row], other) for row in best if (other := docs.get(row)) and other.statement != doc.statement
    ]
    return [other for _, other in sorted(found, key=lambda n: (-n[0], n[1].statement))][:MAX_CANDIDATES]


def candidates(db: sqlite3.Connection, doc: LinkDoc) -> list[str]:
    """Statements sharing a blocking key with ``doc`` in its date window, most keys shared first."""
    return [found.statement for found in ranked(db, doc)]


def candidate_docs(db: sqlite3.Connection, doc: LinkDoc) -> list[LinkDoc]:
    """Candidates in other articles, most keys shared first."""
    return [other for other in ranked(db, doc) if other.article != doc.article]
