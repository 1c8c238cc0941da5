"""Keeping statement clusters current as batches of articles come and go.

The indexer calls :func:`update_links` after each committed batch with the ids of the
statements it inserted and of those it deleted. Work is proportional to the batch:
each new statement looks up its blocking keys (:mod:`keys`), verifies the few
candidates (:mod:`similarity`, :mod:`speakers`) and only the clusters touched are
re-derived as connected components of the verified pairs. A cluster's id is the id of
its earliest member (dated before undated, then by id).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from itertools import accumulate, pairwise

from kutip.index.linking.keys import lookup_keys, month_of
from kutip.index.linking.normalise import sentence_terms
from kutip.index.linking.similarity import same_report
from kutip.index.linking.speakers import SpeakerNames, compatible, speaker_names
from kutip.index.linking.store import LinkDoc, delete_docs, ensure_schema, insert_docs, load_docs
from kutip.index.sqlin import chunks, select_in

__all__ = ["MAX_CANDIDATES", "candidates", "unlinked", "update_links"]

MAX_CANDIDATES = 200  # per new statement, those sharing most keys; bounds a prolific speaker's cost


def _read_docs(db: sqlite3.Connection, ids: Sequence[str]) -> list[LinkDoc]:
    docs = []
    rows = select_in(
        db,
        "SELECT s.id, s.article, s.speaker, s.speaker_as_written, s.text, s.date, a.lang "
        "FROM statements s LEFT JOIN articles a ON a.id = s.article WHERE s.id IN ({marks})",
        ids,
    )
    for sid, article, speaker, as_written, text, date, lang in rows:
        names = speaker_names(speaker, as_written)
        parts = sentence_terms(text, lang or "id")
        terms = tuple(t for part in parts for t in part)
        breaks = tuple(accumulate(len(part) for part in parts[:-1]))
        docs.append(
            LinkDoc(sid, article, month_of(date or ""), names.canonical, names.written, terms, breaks)
        )
    return docs


def candidates(db: sqlite3.Connection, doc: LinkDoc) -> list[str]:
    """Statements sharing a blocking key with ``doc`` in its date window, most keys shared first."""
    if not doc.names or not doc.terms:
        return []
    keys = sorted(lookup_keys(doc.keyed_names, doc.terms))
    low, high = doc.months
    counts: dict[str, int] = {}
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT statement FROM link_keys WHERE key IN ({marks}) "
            "AND (month BETWEEN ? AND ? OR month = 0)",
            (*chunk, low, high),
        )
        for (statement,) in rows:
            counts[statement] = counts.get(statement, 0) + 1
    counts.pop(doc.statement, None)
    return sorted(counts, key=lambda s: (-counts[s], s))[:MAX_CANDIDATES]


def _verified(db: sqlite3.Connection, doc: LinkDoc) -> list[str]:
    """Candidates that are the same utterance: another article, a compatible speaker, similar content."""
    found = candidates(db, doc)
    others = load_docs(db, found)
    names = SpeakerNames((doc.names, doc.written))
    linked = []
    for sid in found:
        other = others.get(sid)
        if other is None or other.article == doc.article:
            continue
        if compatible(names, SpeakerNames((other.names, other.written))) and same_report(
            doc.sentences, other.sentences
        ):
            linked.append(sid)
    return linked


_MAX_SPLIT_GAP = 40  # characters between the halves of a split quote: '," she said, "'


def _continuations(db: sqlite3.Connection, articles: Sequence[str]) -> list[tuple[str, str]]:
    """Edges between the halves of one split quotation (``"We are ready," she said, "but not yet."``).

    Each half is a statement of its own, but they are one utterance: another outlet may quote it
    whole or reword one half, and the cluster must hold both. The first half ends with a comma,
    the second goes on in lower case a few characters later, from the same speaker.
    """
    edges: list[tuple[str, str]] = []
    for chunk in chunks(articles):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT id, article, speaker, text, start, end FROM statements "
            f"WHERE kind = 'direct' AND speaker IS NOT NULL AND article IN ({marks}) ORDER BY article, start",
            tuple(chunk),
        ).fetchall()
        for first, second in pairwise(rows):
            same_speaker = first[1] == second[1] and first[2] == second[2]
            gap = second[4] - first[5]
            if (
                same_speaker
                and 0 < gap <= _MAX_SPLIT_GAP
                and first[3].rstrip().endswith(",")
                and second[3][:1].islower()
            ):
                edges.append((min(first[0], second[0]), max(first[0], second[0])))
    return edges


def _neighbours(db: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    found.update(r[0] for r in select_in(db, "SELECT b FROM link_edges WHERE a IN ({marks})", ids))
    found.update(r[0] for r in select_in(db, "SELECT a FROM link_edges WHERE b IN ({marks})", ids))
    return found


def _existing(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """id -> (date, cluster) for the ids still in ``statements``."""
    rows = select_in(db, "SELECT id, date, cluster FROM statements WHERE id IN ({marks})", ids)
    return {r[0]: (r[1] or "", r[2]) for r in rows}


def _components(db: sqlite3.Connection, seeds: Iterable[str]) -> list[dict[str, tuple[str, str | None]]]:
    """Connected components of the edge graph around ``seeds``, over statements that still exist."""
    seen: dict[str, tuple[str, str | None]] = {}
    components = []
    for seed in _existing(db, seeds):
        if seed in seen:
            continue
        component = _existing(db, [seed])
        frontier = list(component)
        while frontier:
            reached = _existing(db, _neighbours(db, frontier) - component.keys())
            component.update(reached)
            frontier = list(reached)
        seen.update(component)
        components.append(component)
    return components


def _earliest(component: dict[str, tuple[str, str | None]]) -> str:
    return min(component, key=lambda sid: (component[sid][0] == "", component[sid][0], sid))


def _assign(db: sqlite3.Connection, seeds: Iterable[str]) -> None:
    for component in _components(db, seeds):
        cluster = _earliest(component)
        db.executemany(
            "UPDATE statements SET cluster = ? WHERE id = ?",
            [(cluster, sid) for sid, (_, old) in component.items() if old != cluster],
        )


def unlinked(db: sqlite3.Connection) -> list[str]:
    """Statements never linked (``cluster`` is NULL): an older archive, or a batch cut short by a crash."""
    return [r[0] for r in db.execute("SELECT id FROM statements WHERE cluster IS NULL")]


def update_links(db: sqlite3.Connection, added: Iterable[str], removed: Iterable[str] = ()) -> None:
    """Links newly inserted statements and re-derives the clusters of deleted ones.

    ``added``: ids of statements now in ``statements`` (new or re-inserted);
    ``removed``: ids deleted since the last call (their rows may already be gone).
    Statements whose ``cluster`` is still NULL are linked too, so a crash between
    the store's commit and this call heals on the next batch. Run it inside one
    transaction (``DocStore.transaction()``).
    """
    ensure_schema(db)
    added_ids = list(dict.fromkeys([*added, *unlinked(db)]))
    removed_ids = list(dict.fromkeys(removed))
    stale = list(dict.fromkeys([*removed_ids, *added_ids]))
    orphaned_neighbours = _neighbours(db, stale)
    for chunk in chunks(stale):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM link_edges WHERE a IN ({marks}) OR b IN ({marks})", (*chunk, *chunk))
    delete_docs(db, stale)

    docs = _read_docs(db, added_ids)
    insert_docs(db, docs)
    edges: list[tuple[str, str]] = []
    for doc in docs:
        edges.extend((min(doc.statement, other), max(doc.statement, other)) for other in _verified(db, doc))
    edges.extend(_continuations(db, sorted({doc.article for doc in docs})))
    db.executemany("INSERT OR IGNORE INTO link_edges(a, b) VALUES (?, ?)", edges)
    _assign(db, [*orphaned_neighbours, *(d.statement for d in docs)])
