"""The linker's own tables, kept in the document store's SQLite file.

``link_docs`` holds each statement's normalised form, so verifying a candidate never
re-stems its text; ``link_keys`` is the blocking index (:mod:`keys`); ``link_edges``
the verified same-utterance pairs whose connected components are the clusters
written to ``statements.cluster``; ``link_fts`` lets the quote finder look terms up.
Everything here can be rebuilt from ``statements``, so it is safe to drop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from kutip.index.linking.keys import month_range, stored_keys
from kutip.index.sqlin import chunks, select_in

__all__ = ["SENTENCE_MARK", "LinkDoc", "delete_docs", "ensure_schema", "insert_docs", "load_docs"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS link_docs (
    rowid INTEGER PRIMARY KEY,
    statement TEXT NOT NULL UNIQUE,
    article TEXT NOT NULL,
    month INTEGER NOT NULL,
    names TEXT NOT NULL,
    written TEXT NOT NULL,
    terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS link_keys (
    key INTEGER NOT NULL,
    month INTEGER NOT NULL,
    statement TEXT NOT NULL,
    PRIMARY KEY (key, month, statement)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS link_edges (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS link_edges_b ON link_edges(b);
CREATE INDEX IF NOT EXISTS link_statements_cluster ON statements(cluster);
CREATE VIRTUAL TABLE IF NOT EXISTS link_fts USING fts5(terms, content='link_docs', content_rowid='rowid');
"""

SENTENCE_MARK = "|"  # never a content term (terms are word characters only)


def ensure_schema(db: sqlite3.Connection) -> None:
    """Creates the tables if missing; plain statements, so it runs inside the caller's transaction."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@dataclass(frozen=True, slots=True)
class LinkDoc:
    """A statement as the linker sees it."""

    statement: str
    article: str
    month: int
    names: frozenset[str]
    written: frozenset[str]
    terms: tuple[str, ...]
    breaks: tuple[int, ...] = ()  # where each sentence after the first starts in ``terms``

    @property
    def sentences(self) -> list[tuple[str, ...]]:
        """The terms sentence by sentence (one part for a one-sentence statement)."""
        bounds = [0, *self.breaks, len(self.terms)]
        return [self.terms[a:b] for a, b in pairwise(bounds) if b > a]

    @property
    def stored_terms(self) -> str:
        """The terms as kept in ``link_docs``, sentences separated by ``SENTENCE_MARK``."""
        words = list(self.terms)
        for at in reversed(self.breaks):
            words.insert(at, SENTENCE_MARK)
        return " ".join(words)

    @property
    def keyed_names(self) -> frozenset[str]:
        return self.names | self.written

    def blocking_keys(self) -> set[int]:
        return stored_keys(self.keyed_names, self.terms) if self.names else set()

    @property
    def months(self) -> tuple[int, int]:
        return month_range(self.month)


def _doc(row: sqlite3.Row | tuple[str, str, int, str, str, str]) -> LinkDoc:
    statement, article, month, names, written, stored = tuple(row)
    terms: list[str] = []
    breaks: list[int] = []
    for word in stored.split():
        if word == SENTENCE_MARK:
            if terms and (not breaks or breaks[-1] < len(terms)):
                breaks.append(len(terms))
        else:
            terms.append(word)
    return LinkDoc(
        statement,
        article,
        month,
        frozenset(names.split()),
        frozenset(written.split()),
        tuple(terms),
        tuple(b for b in breaks if b < len(terms)),
    )


def load_docs(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, LinkDoc]:
    rows = select_in(
        db,
        "SELECT statement, article, month, names, written, terms FROM link_docs WHERE statement IN ({marks})",
        ids,
    )
    return {r[0]: _doc(r) for r in rows}


def insert_docs(db: sqlite3.Connection, docs: Iterable[LinkDoc]) -> None:
    for doc in docs:
        cursor = db.execute(
            "INSERT INTO link_docs(statement, article, month, names, written, terms) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                doc.statement,
                doc.article,
                doc.month,
                " ".join(sorted(doc.names)),
                " ".join(sorted(doc.written)),
                doc.stored_terms,
            ),
        )
        terms = doc.stored_terms  # the same text as link_docs.terms, which the FTS table mirrors
        db.execute("INSERT INTO link_fts(rowid, terms) VALUES (?, ?)", (cursor.lastrowid, terms))
        db.executemany(
            "INSERT OR IGNORE INTO link_keys(key, month, statement) VALUES (?, ?, ?)",
            [(key, doc.month, doc.statement) for key in doc.blocking_keys()],
        )


def delete_docs(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Forgets statements: their keys (recomputed from the stored form), search terms and row."""
    wanted = list(dict.fromkeys(ids))
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT rowid, statement, article, month, names, written, terms FROM link_docs "
            f"WHERE statement IN ({marks})",
            tuple(chunk),
        ).fetchall()
        for row in rows:
            doc = _doc(tuple(row)[1:])
            db.executemany(
                "DELETE FROM link_keys WHERE key = ? AND month = ? AND statement = ?",
                [(key, doc.month, doc.statement) for key in doc.blocking_keys()],
            )
            db.execute(
                "INSERT INTO link_fts(link_fts, rowid, terms) VALUES ('delete', ?, ?)", (row[0], row[6])
            )
        db.execute(f"DELETE FROM link_docs WHERE statement IN ({marks})", tuple(chunk))
