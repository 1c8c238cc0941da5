"""The document store: clean bodies, metadata and analysis, in SQLite.

SQLite (WAL) is the committed truth of which articles exist: the search index
is written first and this store second, so a crash in between leaves at most
search hits that :class:`DocStore` does not know, which callers drop.
One class over 400 lines because every method shares one connection per thread and one
transaction discipline; its queries are grouped by table (sources, articles, entities, statements).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import starmap
from pathlib import Path
from typing import Any

from kutip.index.integrity import is_busy
from kutip.index.models import (
    Article,
    ArticleSummary,
    Credit,
    Entity,
    EntityType,
    Mention,
    Statement,
)
from kutip.index.sqlin import select_in

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stems (word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    locator TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    date TEXT NOT NULL,
    author TEXT NOT NULL,
    url TEXT NOT NULL,
    lang TEXT NOT NULL,
    format TEXT NOT NULL,
    dateline TEXT NOT NULL,
    body TEXT NOT NULL,
    extra TEXT NOT NULL,
    packed BLOB
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS entities (
    article TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, type, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    seq INTEGER NOT NULL,
    speaker TEXT,
    speaker_as_written TEXT,
    role TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    via TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
CREATE INDEX IF NOT EXISTS articles_order ON articles(date DESC, title);
"""
_LIST_INDEX = (
    "CREATE INDEX IF NOT EXISTS articles_list "
    "ON articles(date = '', date DESC, title, id, outlet, source, locator, lang)"
)
"""The whole list's covering index (every column a row shows, in the list's order): made at the
first opening of an older archive (~0.5 s of CPU at 100,000 articles; 18 MB there), unless the
store is read-only or another process is writing it (the list is then sorted from the table, as
before; the next opening makes it)."""

_LEAD_CHARS = 120
LEAD_READ = _LEAD_CHARS + 90
"""Body characters a summary query reads for the lead (the dateline it drops comes first)."""

COMPRESS_BODIES = True
"""Store new bodies zlib-compressed (about half their size). Every reader of ``articles.body``
goes through :func:`read_body` / :func:`decode_body` (linking's included); either
form reads back, so older stores keep their plain rows until those articles are indexed again."""


def encode_body(text: str) -> str | bytes:
    """The ``articles.body`` value of a body: compressed UTF-8 (a BLOB) or plain text."""
    return zlib.compress(text.encode("utf-8"), 6) if COMPRESS_BODIES else text


def decode_body(value: str | bytes | None) -> str:
    """A body from its ``articles.body`` value, either form."""
    if value is None:
        return ""
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else str(value)


def read_body(db: sqlite3.Connection, article_id: str) -> str:
    """One article's body, or ``""`` when it is gone: the way to read ``articles.body`` from
    modules that hold a connection (linking), whatever form the store keeps it in."""
    row = db.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
    return decode_body(row[0]) if row else ""


def lead_column(table: str = "") -> str:
    """SQL for the ``lead`` a summary needs: the body's opening when the article has no title
    (only then is it shown). A compressed body cannot be cut in SQL, so its opening is kept in
    ``extra`` as ``lead``, for untitled articles only."""
    t = f"{table}." if table else ""
    return (
        f"CASE WHEN {t}title != '' THEN '' "
        f"WHEN typeof({t}body) = 'text' THEN substr({t}body, 1, {LEAD_READ}) "
        f"ELSE coalesce(json_extract({t}extra, '$.lead'), '') END"
    )


_SUMMARY_COLUMNS = f"id, title, outlet, date, source, locator, lang, dateline, {lead_column()} AS lead"
_LIST_ORDER = "date = '', date DESC, title, id"
_LIST_SELECT = (
    "SELECT id, title, outlet, date, CASE WHEN locator != '' THEN source || '#' || locator ELSE source END, "
    f"lang FROM articles ORDER BY {_LIST_ORDER}"
)
"""The whole list in its order, read from ``articles_list`` alone (a covering index in that order),
each row the arguments of an :class:`ArticleSummary` (its ``path`` joined in SQL). At 100,000
articles the table's scan and sort (bodies included) was 0.7 s of CPU, the index's 0.23 s. The
lead of an untitled article needs the table: those rows are read by id after."""
_DASH = re.compile(r"^\s*[-–—]+\s*")
_STATEMENT_COLUMNS = (
    "s.id, s.article, s.seq, s.speaker, s.speaker_as_written, s.role, s.text, s.kind, s.via, "
    "s.start, s.end, s.date"
)
_CACHE_KIB = 16 * 1024
"""Page cache per connection. At 64 MB the commit thread's cache filled with the archive (55 MB of
SQLite's memory at 6k articles) and stayed on top of every commit's transient: the writer's peak
was 412-413 MB at 6k, 380-382 with 16 MB (benchmarks/memory_s36scale.py, two runs a side).
Linking's lookups then read more pages from the OS's cache: +0.1-0.2 CPU ms an article at 10k."""
PAGE_BYTES = 16384
"""Page size of a new store (an existing file keeps its own). An article row (its compressed body
and ``extra``) takes about 2.8 KB: a 4 KB page held one and left 30 % of the table empty (40 of
28 MB at 10,000 articles); 16 KB pages hold five. Writing costs the same (measured)."""


LinkHook = Callable[[sqlite3.Connection, list[str], list[str]], None]
PeopleHook = Callable[[sqlite3.Connection, list[Article], list[str]], None]


@dataclass(frozen=True, slots=True)
class SourceState:
    """What we knew about a file when it was last indexed."""

    path: str
    file_hash: str
    mtime_ns: int
    size: int


def lead_of(opening: str, dateline: str) -> str:
    """The body's first words without the dateline, cut at a word boundary."""
    if dateline and opening.startswith(dateline):
        opening = _DASH.sub("", opening[len(dateline) :])
    opening = " ".join(opening.split())
    if len(opening) <= _LEAD_CHARS:
        return opening
    cut = opening.rfind(" ", 0, _LEAD_CHARS)
    return opening[: cut if cut > 0 else _LEAD_CHARS] + "…"


def newest_first(summaries: Iterable[ArticleSummary]) -> list[ArticleSummary]:
    """The list's order, as ``summaries()`` gives it: newest first, undated last, then title and id."""
    ordered = sorted(summaries, key=lambda s: (s.title, s.id))
    ordered.sort(key=lambda s: s.date, reverse=True)  # stable: ties keep title order
    ordered.sort(key=lambda s: s.date == "")
    return ordered


def summary_of(row: sqlite3.Row, id_key: str = "id", date_key: str = "date") -> ArticleSummary:
    """A list row from a row holding the summary columns; queries joining another table that has an
    ``id`` or ``date`` of its own name the article's under other keys."""
    path = f"{row['source']}#{row['locator']}" if row["locator"] else row["source"]
    return ArticleSummary(
        id=row[id_key],
        title=row["title"],
        outlet=row["outlet"],
        date=row[date_key],
        path=path,
        lang=row["lang"],
        lead="" if row["title"] else lead_of(row["lead"], row["dateline"]),
    )


def _extra_columns(article: Article) -> tuple[str, bytes]:
    """What has no table of its own, as ``extra`` and ``packed``.

    ``extra`` (JSON text) keeps only what SQL reads with ``json_extract`` (the event date: linking
    and profiles; the lead of an untitled article: summaries). ``packed`` holds the rest, read only
    in Python (entities with every mention, credits, boilerplate), as zlib-compressed JSON: the
    entity list was 546 of ``extra``'s 645 bytes an article at 2,000 articles, and compresses to a
    third. Statements live only in ``statements`` (copying them here too was 22 of 28 MB of
    ``extra`` at 10k articles); stores written before keep everything in ``extra`` (``packed``
    NULL), which :func:`extra_of` reads the same.
    """
    small: dict[str, Any] = {}
    if COMPRESS_BODIES and not article.title:
        small["lead"] = article.body[:LEAD_READ]
    small["event_date"] = article.event_date
    rest = {
        "boilerplate": article.boilerplate,
        "credits": [[c.role, c.name] for c in article.credits],
        "entities": [
            {
                "name": e.name,
                "type": e.type.value,
                "aliases": e.aliases,
                "mentions": [[m.start, m.end, m.text] for m in e.mentions],
            }
            for e in article.entities
        ],
    }
    packed = json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return json.dumps(small, ensure_ascii=False), zlib.compress(packed, 6)


def extra_of(extra: str, packed: bytes | None) -> dict[str, Any]:
    """An article's ``extra`` and ``packed`` columns as one dict, either layout."""
    found: dict[str, Any] = json.loads(extra)
    if packed is not None:
        found.update(json.loads(zlib.decompress(packed).decode("utf-8")))
    return found


def has_packed(db: sqlite3.Connection) -> bool:
    """Whether ``articles`` has the ``packed`` column (a store written before it may lack it, when
    it could not be added: a read-only copy)."""
    return any(str(r[1]) == "packed" for r in db.execute("PRAGMA table_info(articles)"))


def _add_packed_column(db: sqlite3.Connection) -> None:
    """Gives an older store's ``articles`` the ``packed`` column (NULL in its rows)."""
    if not has_packed(db):
        db.execute("ALTER TABLE articles ADD COLUMN packed BLOB")


def _article(row: sqlite3.Row) -> Article:
    packed = row["packed"] if "packed" in row.keys() else None  # noqa: SIM118 (``in`` a Row: values)
    extra = extra_of(row["extra"], packed)
    article = Article(
        id=row["id"],
        source=row["source"],
        locator=row["locator"],
        title=row["title"],
        outlet=row["outlet"],
        date=row["date"],
        author=row["author"],
        url=row["url"],
        lang=row["lang"],
        format=row["format"],
        dateline=row["dateline"],
        body=decode_body(row["body"]),
        boilerplate=list(extra.get("boilerplate", [])),
        event_date=str(extra.get("event_date", "")),
        credits=[Credit(role, name) for role, name in extra.get("credits", [])],
    )
    article.entities = [
        Entity(
            name=e["name"],
            type=EntityType(e["type"]),
            aliases=list(e.get("aliases", [])),
            mentions=[Mention(start, end, text) for start, end, text in e["mentions"]],
        )
        for e in extra.get("entities", [])
    ]
    return article


def statement_of(row: sqlite3.Row) -> Statement:
    """A statement from a row of the ``statements`` table (its cluster is linking's, read apart)."""
    return Statement(
        id=row["id"],
        article=row["article"],
        text=row["text"],
        kind=row["kind"],
        start=row["start"],
        end=row["end"],
        speaker=row["speaker"],
        speaker_as_written=row["speaker_as_written"],
        role=row["role"],
        via=row["via"],
    )


def _with_statements(db: sqlite3.Connection, article: Article) -> Article:
    """The article with its statements, in body order, from the ``statements`` table."""
    sql = f"SELECT {_STATEMENT_COLUMNS} FROM statements s WHERE s.article = ? ORDER BY s.seq"
    article.statements = [statement_of(r) for r in db.execute(sql, (article.id,))]
    return article


def _add_list_index(db: sqlite3.Connection) -> None:
    """Make :data:`_LIST_INDEX` if missing, waiting at most a second for a writer's lock."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_list'").fetchone():
        return
    db.execute("PRAGMA busy_timeout = 1000")
    try:
        with contextlib.suppress(sqlite3.OperationalError):  # busy or read-only
            db.execute(_LIST_INDEX)
    finally:
        db.execute("PRAGMA busy_timeout = 30000")


def _drop_cluster_column(db: sqlite3.Connection) -> None:
    """Older stores mirrored linking's clusters into ``statements.cluster``; linking's own tables
    are the one truth now, so the stale copy goes (its index first: SQLite refuses otherwise)."""
    columns = {str(r[1]) for r in db.execute("PRAGMA table_info(statements)")}
    if "cluster" in columns:
        # another process may have dropped it first, or hold the write lock (a full disk, a
        # read-only copy): the column is never read or written, so it can wait for a later open
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("DROP INDEX IF EXISTS link_statements_cluster")
            db.execute("ALTER TABLE statements DROP COLUMN cluster")


_WHOLE_TABLE = 20_000  # past this many ids, one scan of the table beats chunked lookups
# a linked statement and its cluster: its member row's, else its own id (it is alone)
_LINKED = "d.statement, coalesce(m.cluster, d.statement)"
_MEMBER = "LEFT JOIN link_members m ON m.statement = d.statement"


def cluster_ids(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """statement id -> cluster id, for the statements linked so far, read from linking's tables
    (layout: :mod:`kutip.index.linking.members`, which gives this function as its own). Here, so
    a read of statements never imports the linker: ``kutip quotes --json`` loaded the whole
    linking package (its normalisers' patterns) for this one query."""
    wanted = list(dict.fromkeys(ids))
    if not wanted or db.execute("SELECT 1 FROM sqlite_master WHERE name = 'link_members'").fetchone() is None:
        return {}
    if len(wanted) > _WHOLE_TABLE:
        every = {str(r[0]): str(r[1]) for r in db.execute(f"SELECT {_LINKED} FROM link_docs d {_MEMBER}")}
        return {sid: every[sid] for sid in wanted if sid in every}
    sql = f"SELECT {_LINKED} FROM link_docs d {_MEMBER} WHERE d.statement IN ({{marks}})"
    return {r[0]: r[1] for r in select_in(db, sql, wanted)}


def _fill_clusters(db: sqlite3.Connection, statements: Iterable[Statement]) -> None:
    """Sets each statement's cluster from linking's tables (``None`` until it is linked)."""
    wanted = list(statements)
    clusters = cluster_ids(db, (s.id for s in wanted))
    for statement in wanted:
        statement.cluster = clusters.get(statement.id)


def _use_wal(db: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch the file to write-ahead logging once (the mode is stored in the file).

    SQLite answers "database is locked" at once, without the busy handler, when two
    processes create a new store together and both ask for the mode; waiting and asking
    again is right, a damaged-store error would be wrong.
    """
    deadline = time.monotonic() + patience
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")  # a read-only file keeps its mode, no error
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


class DocStore:
    """Thread-safe access to the SQLite file: one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        try:
            self._db().executescript(_SCHEMA)  # executescript manages its own transaction
        except UnicodeDecodeError as error:  # SQLite's message quoted garbled bytes of its schema
            self.close()
            raise sqlite3.DatabaseError(f"unreadable schema ({error.reason})") from None
        _drop_cluster_column(self._db())
        with contextlib.suppress(sqlite3.OperationalError):  # busy or read-only: the writer adds it
            _add_packed_column(self._db())
        _add_list_index(self._db())

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA page_size={PAGE_BYTES}")  # only a new, empty file takes it
            _use_wal(db)
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")  # negative: KiB, not pages
            db.execute("PRAGMA temp_store=MEMORY")
            self._local.db = db
        return db

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, for readers that query the store's tables directly."""
        return self._db()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed whole, or rolled back on any error (Ctrl-C included)."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # never hide the real cause (disk full...)
                    db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # -- meta -----------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self._db().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        return int(self.meta("generation", "0"))

    def thorough_check(self) -> str:
        """SQLite's own check of every page (slow: for an explicit repair); "" when sound."""
        rows = [str(r[0]) for r in self._db().execute("PRAGMA quick_check").fetchall()]
        return "" if rows == ["ok"] else "; ".join(rows[:3])

    def check(self) -> None:
        """A cheap read of the schema and one page of each table; raises ``sqlite3.DatabaseError``."""
        db = self._db()
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for table in ("meta", "sources", "articles"):
            db.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()

    # -- sources --------------------------------------------------------------
    def sources(self) -> dict[str, SourceState]:
        rows = self._db().execute("SELECT path, file_hash, mtime_ns, size FROM sources").fetchall()
        return {r["path"]: SourceState(r["path"], r["file_hash"], r["mtime_ns"], r["size"]) for r in rows}

    def stamps(self) -> dict[str, tuple[str, int, int]]:
        """Each indexed file's ``(file_hash, mtime_ns, size)`` by path: what a run compares.

        Plain tuples of strings and numbers, read row by row: Python's collector stops tracking such
        a tuple at its first pass, so an unchanged re-run holding one per file (10k and more) does
        not fill the oldest generation and start a full pass over everything the process keeps
        (190-290 ms in a process that indexed 10k articles; see docs/benchmarks.md, Session 44)."""
        cursor = self._db().execute("SELECT path, file_hash, mtime_ns, size FROM sources")
        cursor.row_factory = None
        return {str(path): (str(digest), int(mtime), int(size)) for path, digest, mtime, size in cursor}

    def source_of(self, article_id: str) -> str | None:
        row = self._db().execute("SELECT source FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row["source"]) if row else None

    def commit_batch(
        self,
        replaced: Iterable[SourceState],
        articles: Iterable[Article],
        removed_sources: Iterable[str] = (),
        touched: Iterable[SourceState] = (),
        *,
        link: LinkHook | None = None,
        people: PeopleHook | None = None,
        stems: dict[str, str] | None = None,
    ) -> None:
        """Record new states of files, their articles, and files that are gone, atomically.

        ``link`` runs inside the same transaction with the ids of added and removed
        statements, so cross-article clusters never lag behind the articles; ``people``
        (before it) with the added articles and the ids of removed ones.
        """
        articles = list(articles)
        replaced = list(replaced)
        removed_sources = list(removed_sources)
        with self.transaction() as db:
            gone = [state.path for state in replaced] + removed_sources
            removed_articles = [
                row["id"]
                for source in gone
                for row in db.execute("SELECT id FROM articles WHERE source = ?", (source,))
            ]
            removed_statements = [
                row["id"]
                for source in gone
                for row in db.execute(
                    "SELECT s.id FROM statements s JOIN articles a ON a.id = s.article WHERE a.source = ?",
                    (source,),
                )
            ]
            db.executemany(
                "UPDATE sources SET mtime_ns = ?, size = ? WHERE path = ?",
                [(s.mtime_ns, s.size, s.path) for s in touched],
            )
            for path in removed_sources:
                self._delete_source(db, path)
                db.execute("DELETE FROM sources WHERE path = ?", (path,))
            for state in replaced:
                self._delete_source(db, state.path)
                db.execute(
                    "INSERT OR REPLACE INTO sources(path, file_hash, mtime_ns, size) VALUES (?, ?, ?, ?)",
                    (state.path, state.file_hash, state.mtime_ns, state.size),
                )
            _add_packed_column(db)  # under the write lock: an older store opened while busy
            db.executemany(
                "INSERT OR REPLACE INTO articles(id, source, locator, title, outlet, date, author, url, "
                "lang, format, dateline, body, extra, packed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.id,
                        a.source,
                        a.locator,
                        a.title,
                        a.outlet,
                        a.date,
                        a.author,
                        a.url,
                        a.lang,
                        a.format,
                        a.dateline,
                        encode_body(a.body),
                        *_extra_columns(a),
                    )
                    for a in articles
                ],
            )
            for a in articles:
                self._insert_analysis(db, a)
            if people is not None:  # first, so linking can ask who a speaker is
                people(db, articles, removed_articles)
            if link is not None:
                link(db, [s.id for a in articles for s in a.statements], removed_statements)
            if stems:
                # a re-analysis after a stemmer change must replace the stale stems snippets read
                db.executemany(
                    "INSERT INTO stems(word, stem) VALUES (?, ?) "
                    "ON CONFLICT(word) DO UPDATE SET stem = excluded.stem WHERE stem != excluded.stem",
                    stems.items(),
                )
            bump_generation(db)

    @staticmethod
    def _delete_source(db: sqlite3.Connection, source: str) -> None:
        ids = [(r["id"],) for r in db.execute("SELECT id FROM articles WHERE source = ?", (source,))]
        db.executemany("DELETE FROM entities WHERE article = ?", ids)
        db.executemany("DELETE FROM statements WHERE article = ?", ids)
        db.execute("DELETE FROM articles WHERE source = ?", (source,))

    @staticmethod
    def _insert_analysis(db: sqlite3.Connection, a: Article) -> None:
        db.execute("DELETE FROM entities WHERE article = ?", (a.id,))
        db.execute("DELETE FROM statements WHERE article = ?", (a.id,))
        db.executemany(
            "INSERT OR REPLACE INTO entities(article, name, type, mentions) VALUES (?, ?, ?, ?)",
            [(a.id, e.name, e.type.value, len(e.mentions)) for e in a.entities],
        )
        db.executemany(
            "INSERT OR REPLACE INTO statements(id, article, seq, speaker, speaker_as_written, role, text, "
            "kind, via, start, end, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    s.id,
                    a.id,
                    n,
                    s.speaker,
                    s.speaker_as_written,
                    s.role,
                    s.text,
                    s.kind,
                    s.via,
                    s.start,
                    s.end,
                    a.date,
                )
                for n, s in enumerate(a.statements)
            ],
        )

    def stems(self, words: Iterable[str]) -> dict[str, str]:
        """Indonesian stems recorded at index time for these words (Sastrawi is slow on rare words)."""
        rows = select_in(self._db(), "SELECT word, stem FROM stems WHERE word IN ({marks})", words)
        return {r["word"]: r["stem"] for r in rows}

    # -- articles -------------------------------------------------------------
    def count(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM articles").fetchone()[0])

    def summaries(self) -> list[ArticleSummary]:
        """Newest first; undated articles after dated ones, then by title.

        Rows as plain tuples made summaries in C (``sqlite3.Row``'s lookups by name and a Python
        step per row were over half of it at 100,000 articles).
        """
        cursor = self._db().cursor()
        cursor.row_factory = None
        found = list(starmap(ArticleSummary, cursor.execute(_LIST_SELECT)))
        untitled = {summary.id: n for n, summary in enumerate(found) if not summary.title}
        if untitled:
            for row in self._rows_by_id(f"SELECT {_SUMMARY_COLUMNS} FROM articles", untitled):
                found[untitled[row["id"]]] = summary_of(row)
        return found

    def _rows_by_id(self, select: str, ids: Iterable[str]) -> Iterator[sqlite3.Row]:
        return select_in(self._db(), select + " WHERE id IN ({marks})", ids)

    def summaries_by_id(self, ids: Iterable[str]) -> dict[str, ArticleSummary]:
        rows = self._rows_by_id(f"SELECT {_SUMMARY_COLUMNS} FROM articles", ids)
        return {r["id"]: summary_of(r) for r in rows}

    def article(self, article_id: str) -> Article | None:
        """The article; its statements carry their current clusters, which linking keeps up to date."""
        db = self._db()
        row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        article = _with_statements(db, _article(row))
        _fill_clusters(db, article.statements)
        return article

    def resolve_id(self, prefix: str) -> list[str]:
        """Ids starting with ``prefix``, so users can type a short id like git's."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = (
            self._db()
            .execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 10", (escaped + "%",))
            .fetchall()
        )
        return [r["id"] for r in rows]

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        return {
            r["id"]: decode_body(r["body"]) for r in self._rows_by_id("SELECT id, body FROM articles", ids)
        }

    def statements(self, where: str = "", params: tuple[str, ...] = ()) -> list[Statement]:
        """Statements in article order; ``where`` is a trusted SQL condition over ``statements``."""
        condition = f"WHERE {where}" if where else ""
        sql = (
            f"SELECT {_STATEMENT_COLUMNS} FROM statements s JOIN articles a ON a.id = s.article {condition} "
            "ORDER BY s.date = '', s.date DESC, a.title, s.article, s.seq"
        )
        found = [statement_of(r) for r in self._db().execute(sql, params)]
        _fill_clusters(self._db(), found)
        return found

    def statements_by_id(self, ids: Iterable[str]) -> dict[str, Statement]:
        rows = self._rows_by_id(f"SELECT {_STATEMENT_COLUMNS} FROM statements s", ids)
        found = {r["id"]: statement_of(r) for r in rows}
        _fill_clusters(self._db(), found.values())
        return found

    def speaker_counts(self) -> list[tuple[str, int]]:
        """(canonical speaker, statements), most quoted first."""
        rows = self._db().execute(
            "SELECT speaker, count(*) FROM statements WHERE speaker IS NOT NULL "
            "GROUP BY speaker ORDER BY count(*) DESC, speaker"
        )
        return [(r[0], r[1]) for r in rows]

    def entity_counts(self, entity_type: str | None = None) -> list[tuple[str, str, int, int]]:
        """(name, type, articles, mentions) for every entity, most widespread first."""
        sql = "SELECT name, type, count(*) AS articles, sum(mentions) AS mentions FROM entities"
        params: tuple[str, ...] = ()
        if entity_type:
            sql += " WHERE type = ?"
            params = (entity_type,)
        sql += " GROUP BY name, type ORDER BY articles DESC, mentions DESC, name"
        return [(r["name"], r["type"], r["articles"], r["mentions"]) for r in self._db().execute(sql, params)]

    def iter_articles(self) -> Iterator[Article]:
        db = self._db()
        for row in db.execute("SELECT * FROM articles ORDER BY date = '', date DESC, title, id"):
            yield _with_statements(db, _article(row))


def bump_generation(db: sqlite3.Connection) -> None:
    """A new generation of the archive, in the caller's transaction: readers polling
    :meth:`DocStore.generation` refresh once it commits."""
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('generation', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )
