"""The linker's own tables, kept in the document store's SQLite file.

``link_docs`` holds each statement's normalised form (and language), so verifying a
candidate never re-stems its text (its article only when the statement's id does not name
it); ``link_keys`` is the blocking index (:mod:`keys`), kept compact: a 32-bit key, a month,
the statement's ``link_docs`` rowid and its speaker's name signature (:func:`name_signature`), no
text;
``link_members`` maps each statement of a cluster of two or more to its cluster and
``link_clusters`` holds each such cluster's core (its fullest reports) and size; a statement
alone has no row in either (:mod:`members`);
``link_fts`` lets the quote finder look terms up. No pairwise edges are stored. The
tables carry a schema version in ``link_meta``: an archive linked by an older layout has
them dropped and every statement relinked. Everything here can be rebuilt from
``statements``, so it is safe to drop.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from kutip.index.linking import encoder
from kutip.index.linking.bilingual import pivot_terms
from kutip.index.linking.keys import month_range, pair_keys, stored_keys
from kutip.index.sqlin import chunks, select_in

__all__ = [
    "CLAUSE_MARK",
    "SENTENCE_MARK",
    "BatchRows",
    "LinkDoc",
    "batch_rows",
    "delete_docs",
    "ensure_schema",
    "insert_docs",
    "load_docs",
    "load_rows",
    "meta",
    "name_signature",
    "set_meta",
]

SCHEMA_VERSION = "12"
# the layout before the name signatures: its keys take a signature of 0 (tells nothing) and are kept
_UNSIGNED = "11"
# an older layout whose tables read the same once its rows of statements alone are gone
_ALONE_ROWS = "10"
_OLD_TABLES = ("link_fts", "link_edges", "link_keys", "link_docs", "link_members", "link_clusters")

SCHEMA = """
CREATE TABLE IF NOT EXISTS link_docs (
    rowid INTEGER PRIMARY KEY,
    statement TEXT NOT NULL UNIQUE,
    article TEXT NOT NULL,
    month INTEGER NOT NULL,
    day INTEGER NOT NULL,
    lang TEXT NOT NULL,
    channel TEXT NOT NULL,
    stated INTEGER NOT NULL,
    occasion TEXT NOT NULL,
    published INTEGER NOT NULL,
    names TEXT NOT NULL,
    written TEXT NOT NULL,
    terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS link_keys (
    key INTEGER NOT NULL,
    month INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    names INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, month, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS link_members (
    statement TEXT PRIMARY KEY,
    cluster TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS link_members_cluster ON link_members(cluster);
CREATE TABLE IF NOT EXISTS link_clusters (
    cluster TEXT PRIMARY KEY,
    core TEXT NOT NULL,
    size INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS link_fts USING fts5(terms, content='link_docs', content_rowid='rowid');
"""

SENTENCE_MARK = "|"  # never a content term (terms are word characters only)
CLAUSE_MARK = "/"


class BatchRows:
    """The rows one run of the linker reads, parsed once: a batch reads each candidate's row
    2-2.5 times (an article's statements share speaker keys, so candidates) and every new
    statement's own row once, to drop it; each read parsed the terms again into a new
    :class:`LinkDoc`, whose derived forms were then computed again. Rows of the batch's own
    statements are never kept (the linker holds those already: a second copy of each would be
    kept for nothing), only their rowids, to skip each statement's own row.

    One batch's only: ``link_docs`` rows never change while the linker verifies, and every
    write of the table here (:func:`ensure_schema`, :func:`insert_docs`, :func:`delete_docs`)
    and the linker's closing :func:`set_meta` start afresh (:func:`_batch_rows`), so rows
    kept are never those of another batch, of a transaction rolled back, or of another
    connection.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.docs: dict[int, LinkDoc] = {}  # rowid -> the statement, parsed
        self.names: dict[int, frozenset[str]] = {}  # rowid -> its keyed names, for rows read for them alone
        self.rowids: dict[str, int] = {}  # the rowids :func:`insert_docs` gave this batch's statements
        self.own: set[int] = set()  # the same rowids: never kept (the linker holds those statements)


_KEPT: list[BatchRows] = []  # the one batch whose rows are kept, if any


def _batch_rows(db: sqlite3.Connection | None) -> BatchRows | None:
    """Starts afresh: kept rows for ``db`` from now on, or none."""
    kept = None if db is None else BatchRows(db)
    _KEPT[:] = [] if kept is None else [kept]
    return kept


def batch_rows(db: sqlite3.Connection) -> BatchRows | None:
    """The rows kept for ``db`` since the linker filed this batch's statements, if any."""
    return _KEPT[0] if _KEPT and _KEPT[0].db is db else None


def meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM link_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    _batch_rows(None)  # the linker's watermark closes its batch: no parsed row kept past it
    db.execute("INSERT OR REPLACE INTO link_meta(key, value) VALUES (?, ?)", (key, value))


def ensure_schema(db: sqlite3.Connection) -> None:
    """Creates the tables if missing (dropping an older layout); plain statements, so it runs
    inside the caller's transaction."""
    _batch_rows(None)
    db.execute("CREATE TABLE IF NOT EXISTS link_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    schema = meta(db, "schema")
    if schema in (_ALONE_ROWS, _UNSIGNED):
        if schema == _ALONE_ROWS:
            _drop_rows_of_statements_alone(db)
        _add_name_signatures(db)
        set_meta(db, "schema", SCHEMA_VERSION)
    elif schema != SCHEMA_VERSION or (meta(db, "encoder") or "none") != encoder.fingerprint():
        for table in _OLD_TABLES:  # links made with another encoder, or none, are made again too
            db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute("DELETE FROM link_meta")
        set_meta(db, "schema", SCHEMA_VERSION)
        if encoder.available():
            set_meta(db, "encoder", encoder.fingerprint())
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def _drop_rows_of_statements_alone(db: sqlite3.Connection) -> None:
    """Layout 10 kept a member row and a cluster row for every statement, alone or not; without
    them the clusters read the same, so an archive is not relinked for it."""
    db.execute("DELETE FROM link_members WHERE cluster IN (SELECT cluster FROM link_clusters WHERE size = 1)")
    db.execute("DELETE FROM link_clusters WHERE size = 1")


def _add_name_signatures(db: sqlite3.Connection) -> None:
    """An older layout's keys get the signature column, 0 for every row: a 0 tells nothing, so those
    rows are told apart by their names as before (:mod:`shortlist`), and nothing is relinked."""
    columns = {str(r[1]) for r in db.execute("PRAGMA table_info(link_keys)")}
    if columns and "names" not in columns:
        db.execute("ALTER TABLE link_keys ADD COLUMN names INTEGER NOT NULL DEFAULT 0")


SIGNATURE_BITS = 31  # a signature fits SQLite's four-byte integers


def name_signature(words: Iterable[str]) -> int:
    """Two bits of ``SIGNATURE_BITS`` for each name word: a bit set in one signature and not in
    another says its names hold a word the other's lack (the converse needs the names: two words
    may set the same bits). 0 for no names. Words as ``link_docs`` gives them back (split at spaces)."""
    found = 0
    for word in " ".join(words).split():
        code = zlib.crc32(word.encode("utf-8"))
        found |= 1 << (code % SIGNATURE_BITS) | 1 << (code // SIGNATURE_BITS % SIGNATURE_BITS)
    return found


_PREFIX = 5  # letters of a term that :func:`similarity.similarity` lets match loosely


@dataclass(frozen=True)
class LinkDoc:
    """A statement as the linker sees it (derived forms are computed once per instance)."""

    statement: str
    article: str
    month: int
    names: frozenset[str]
    written: frozenset[str]
    terms: tuple[str, ...]
    breaks: tuple[int, ...] = ()  # where each sentence after the first starts in ``terms``
    lang: str = "id"
    clause_breaks: tuple[int, ...] = ()  # where each clause after the first starts (sentences too)
    channel: str = ""  # "social", "written" or "" (spoken): see :mod:`channels`
    day: int = 0  # the date as a day number (``date.toordinal``), 0 when unknown
    stated: int = 0  # the day the attribution gives for the remark (:mod:`occasions`), 0 when none
    occasion: str = ""  # the kind of occasion the attribution names ("interview", "briefing"), or ""
    published: int = 0  # the article's own date as a day number (never the lead's event date), 0 when none

    @cached_property
    def sentences(self) -> list[tuple[str, ...]]:
        """The terms sentence by sentence (one part for a one-sentence statement)."""
        return self._cut(self.breaks)

    @cached_property
    def clauses(self) -> list[tuple[str, ...]]:
        return self._cut(tuple(sorted({*self.breaks, *self.clause_breaks})))

    def _cut(self, breaks: tuple[int, ...]) -> list[tuple[str, ...]]:
        bounds = [0, *breaks, len(self.terms)]
        return [self.terms[a:b] for a, b in pairwise(bounds) if b > a]

    @property
    def stored_terms(self) -> str:
        """The terms as kept in ``link_docs``: sentences separated by ``SENTENCE_MARK``,
        clauses inside them by ``CLAUSE_MARK``."""
        marks = {at: CLAUSE_MARK for at in self.clause_breaks} | {at: SENTENCE_MARK for at in self.breaks}
        words: list[str] = []
        for at, term in enumerate(self.terms):
            if at in marks and at > 0:
                words.append(marks[at])
            words.append(term)
        return " ".join(words)

    @property
    def keyed_names(self) -> frozenset[str]:
        return self.names | self.written

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """Each term's first letters: two texts sharing fewer of these than a bar cannot pass it."""
        return frozenset(t[:_PREFIX] for t in self.terms)

    @cached_property
    def pivot(self) -> tuple[str, ...]:
        """The terms in the shared (Indonesian) vocabulary, for keys across languages."""
        return pivot_terms(self.terms, self.lang)

    def blocking_keys(self) -> set[int]:
        pivot = self.pivot
        named = stored_keys(self.keyed_names, pivot) if self.names else set()
        return named | pair_keys(pivot, stored=True)

    @property
    def months(self) -> tuple[int, int]:
        return month_range(self.month)


_COLUMNS = "statement, article, month, day, lang, channel, stated, occasion, published, names, written, terms"


def _stored_article(statement: str, article: str) -> str:
    """The ``article`` column: empty when the statement's id names it (``ARTICLE:SEQ``, every id the
    extractor makes), which :func:`_doc` reads back; ~17 bytes of each row."""
    return "" if statement.rpartition(":")[0] == article else article


def _doc(row: sqlite3.Row | tuple[str, str, int, int, str, str, int, str, int, str, str, str]) -> LinkDoc:
    statement, article, month, day, lang, channel, stated, occasion, published, *rest = tuple(row)
    article = article or statement.rpartition(":")[0]
    names, written, stored = rest
    terms: list[str] = []
    breaks: list[int] = []
    clause_breaks: list[int] = []
    for word in stored.split():
        if word in (SENTENCE_MARK, CLAUSE_MARK):
            target = breaks if word == SENTENCE_MARK else clause_breaks
            if terms and (not target or target[-1] < len(terms)):
                target.append(len(terms))
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
        lang,
        tuple(b for b in clause_breaks if b < len(terms)),
        channel,
        day,
        stated,
        occasion,
        published,
    )


def load_docs(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, LinkDoc]:
    rows = select_in(
        db,
        f"SELECT {_COLUMNS} FROM link_docs WHERE statement IN ({{marks}})",
        ids,
    )
    return {r[0]: _doc(r) for r in rows}


def load_rows(db: sqlite3.Connection, rowids: list[int]) -> dict[int, LinkDoc]:
    """Statements by their ``link_docs`` rowid (what the blocking index holds); at most a few
    hundred at a time, so one query. Rows this batch already read are not read again
    (:class:`BatchRows`): the same instances, their derived forms computed once."""
    kept = batch_rows(db)
    found = {} if kept is None else {row: kept.docs[row] for row in rowids if row in kept.docs}
    missing = [row for row in rowids if row not in found]
    if missing:
        marks = ",".join("?" * len(missing))
        rows = db.execute(
            f"SELECT rowid, {_COLUMNS} FROM link_docs WHERE rowid IN ({marks})",
            missing,
        )
        read = {int(r[0]): _doc(tuple(r)[1:]) for r in rows}
        found.update(read)
        if kept is not None:  # not this batch's own: the linker holds them (a copy was ~20 MB at 10k)
            kept.docs.update((row, doc) for row, doc in read.items() if row not in kept.own)
    return found


_FILED = "temp.link_keys_filed"  # a batch's keys, gathered in SQLite (no Python tuples kept)


def insert_docs(db: sqlite3.Connection, docs: Iterable[LinkDoc]) -> None:
    """Files new statements; the rowids given are kept for the batch, so the linker never reads
    a statement's own row back to tell it from its candidates (:class:`BatchRows`).

    Their keys are gathered in a temporary table and filed into ``link_keys`` at the end in the
    table's order (SQLite sorts them), not statement by statement onto pages all over a table of
    up to 820k rows at 10k articles. Session 34 sorted them as Python tuples (f502fd6): the same
    saving, but a batch's ~240k tuples held 20-25 MB at once; SQLite's sorter holds them packed.
    """
    kept = _batch_rows(db)
    assert kept is not None
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {_FILED} "
        "(key INTEGER NOT NULL, month INTEGER, doc INTEGER, names INTEGER)"
    )
    for doc in docs:
        terms = doc.stored_terms  # the same text as link_docs.terms, which the FTS table mirrors
        cursor = db.execute(
            f"INSERT INTO link_docs({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.statement,
                _stored_article(doc.statement, doc.article),
                doc.month,
                doc.day,
                doc.lang,
                doc.channel,
                doc.stated,
                doc.occasion,
                doc.published,
                " ".join(sorted(doc.names)),
                " ".join(sorted(doc.written)),
                terms,
            ),
        )
        db.execute("INSERT INTO link_fts(rowid, terms) VALUES (?, ?)", (cursor.lastrowid, terms))
        if cursor.lastrowid is not None:
            kept.rowids[doc.statement] = cursor.lastrowid
            kept.own.add(cursor.lastrowid)
        signature = name_signature(doc.keyed_names) if doc.names else 0
        db.executemany(
            f"INSERT INTO {_FILED}(key, month, doc, names) VALUES (?, ?, ?, ?)",
            [(key, doc.month, cursor.lastrowid, signature) for key in doc.blocking_keys()],
        )
    db.execute(
        "INSERT OR IGNORE INTO link_keys(key, month, doc, names) "
        f"SELECT key, month, doc, names FROM {_FILED} ORDER BY key, month, doc"
    )
    db.execute(f"DELETE FROM {_FILED}")


def delete_docs(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Forgets statements: their keys (recomputed from the stored form), search terms and row."""
    _batch_rows(None)
    wanted = list(dict.fromkeys(ids))
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT rowid, {_COLUMNS} FROM link_docs WHERE statement IN ({marks})",
            tuple(chunk),
        ).fetchall()
        for row in rows:
            doc = _doc(tuple(row)[1:])
            db.executemany(
                "DELETE FROM link_keys WHERE key = ? AND month = ? AND doc = ?",
                [(key, doc.month, row[0]) for key in doc.blocking_keys()],
            )
            db.execute(
                "INSERT INTO link_fts(link_fts, rowid, terms) VALUES ('delete', ?, ?)", (row[0], row[-1])
            )
        db.execute(f"DELETE FROM link_docs WHERE statement IN ({marks})", tuple(chunk))
