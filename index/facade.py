"""The one door from the reader (``kutip.tui``) into the archive.

The reader imports nothing else from ``kutip.index``; an import-linter contract
keeps it that way, so the engine behind this door can change freely.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import itertools
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kutip.index import people
from kutip.index.analysis import analysis_version
from kutip.index.analyzers import remember_stems, stems_of, unknown_words
from kutip.index.citations import (
    STYLE_LABELS,
    STYLES,
    CitationSource,
    Quote,
    cite,
    cite_article,
    cite_statement,
    export,
    source_from_article,
)
from kutip.index.docstore import DocStore, lead_of, newest_first
from kutip.index.facets import persons_by_article
from kutip.index.integrity import (
    REBUILD_HINT,
    ArchiveError,
    damaged_search,
    damaged_store,
    disk_full,
    is_disk_full,
    one_line,
    salvage_sources,
    store_damage,
)
from kutip.index.linking import Cluster, ClusterMember, members_of, word_diff
from kutip.index.linking import clusters as linked_clusters
from kutip.index.linking import find as find_clusters
from kutip.index.locations import default_location, sample_corpus_path
from kutip.index.lock import IndexBusy, WriterLock, create_once
from kutip.index.models import (
    Article,
    ArticleSummary,
    Credit,
    Entity,
    EntityType,
    Mention,
    SearchHit,
    Span,
    Statement,
)
from kutip.index.names import name_words
from kutip.index.prefixes import stems_beginning
from kutip.index.profiles import Profile, build_profile
from kutip.index.progress import IndexProgress, IndexReport
from kutip.index.query import QueryError, as_prefix, check_query, prefix_matches, typed_prefix
from kutip.index.schema import SCHEMA_VERSION
from kutip.index.searchindex import ENTITY_FIELDS, SearchDamaged, SearchIndex, query_terms
from kutip.index.searchindex import exists as search_exists
from kutip.index.snippets import candidate_words, find_matches, snippet

__all__ = [
    "STYLES",
    "STYLE_LABELS",
    "Archive",
    "ArchiveError",
    "Article",
    "ArticleSummary",
    "CitationSource",
    "Cluster",
    "ClusterMember",
    "Credit",
    "Entity",
    "EntityRow",
    "EntityType",
    "IndexBusy",
    "IndexProgress",
    "IndexReport",
    "Mention",
    "Profile",
    "QueryError",
    "Quote",
    "SearchHit",
    "Span",
    "Statement",
    "StatementHit",
    "StatementRow",
    "cite",
    "cite_article",
    "cite_statement",
    "default_location",
    "export",
    "sample_corpus_path",
    "source_from_article",
    "word_diff",
]

_STORE_FILE = "kutip.sqlite3"
_SEARCH_DIR = "whoosh"
_LOCK_FILE = "kutip.lock"
REBUILD_CHUNK = 500


F = TypeVar("F", bound=Callable[..., Any])


def _reported(error: BaseException, archive: Archive) -> ArchiveError:
    if isinstance(error, SearchDamaged):
        return ArchiveError(damaged_search(archive.location / _SEARCH_DIR, str(error)))
    if is_disk_full(error):
        return disk_full(archive.location)
    return damaged_store(archive.location / _STORE_FILE, error)


def _guarded(method: F) -> F:
    """A damaged file met while reading becomes one :class:`ArchiveError` line, never a traceback."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: Archive, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(self, *args, **kwargs)
            except (SearchDamaged, sqlite3.DatabaseError) as error:
                raise _reported(error, self) from None

        return generator  # type: ignore[return-value]

    @functools.wraps(method)
    def wrapper(self: Archive, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (SearchDamaged, sqlite3.DatabaseError) as error:
            raise _reported(error, self) from None

    return wrapper  # type: ignore[return-value]


def filesystem_path(stored: str) -> Path:
    """The file a stored source path names (ingest is heavy to import; searches never need it)."""
    from kutip.index.ingest import filesystem_path as decode

    return decode(stored)


def index_version() -> str:
    return f"{SCHEMA_VERSION}.{analysis_version()}"


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity of one article; ``credit`` names the role of a credited person (writer, photo)."""

    article: ArticleSummary
    entity: Entity
    credit: str = ""


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A statement joined to its article."""

    statement: Statement
    article: ArticleSummary


@dataclass(frozen=True, slots=True)
class StatementHit:
    """A statement found by a search, with highlight ranges inside its text."""

    row: StatementRow
    score: float
    highlights: tuple[Span, ...] = ()


def _summary_of(article: Article) -> ArticleSummary:
    lead = "" if article.title else lead_of(article.body[:210], article.dateline)
    return ArticleSummary(
        article.id, article.title, article.outlet, article.date, article.path, article.lang, lead
    )


class Archive:
    """An opened archive: list, read, search and (re)index articles."""

    def __init__(self, location: Path, store: DocStore, search: SearchIndex | None, damage: str = "") -> None:
        self.location = location
        self._store = store
        self._searchindex = search
        self.damage = damage  # one line: what is damaged and how to repair it; "" when sound

    @property
    def _search(self) -> SearchIndex:
        if self._searchindex is None:
            raise ArchiveError(self.damage)
        return self._searchindex

    @classmethod
    def open(cls, location: Path | None = None) -> Archive:
        """Open (creating when new) the archive; a damaged search index is noted in :attr:`damage`.

        Raises :class:`ArchiveError` when the document store itself cannot be read.
        """
        location = (location or default_location()).expanduser()
        store_path = location / _STORE_FILE
        try:
            location.mkdir(parents=True, exist_ok=True)
            problem = store_damage(store_path)
            if problem:
                raise ArchiveError(f"{problem}; {REBUILD_HINT}")
            store = DocStore(store_path)
            store.check()
            search, damage = cls._open_search(location, articles=store.count())
        except sqlite3.DatabaseError as error:
            if is_disk_full(error):
                raise disk_full(location) from None
            raise damaged_store(store_path, error) from None
        except OSError as error:
            if is_disk_full(error):
                raise disk_full(location) from None
            raise ArchiveError(f"cannot open the archive at {location}: {error.strerror or error}") from None
        if not store.meta("version"):
            with contextlib.suppress(sqlite3.OperationalError):  # a full disk: reading still works
                store.set_meta("version", index_version())
        return cls(location, store, search, damage)

    @staticmethod
    def _open_search(location: Path, articles: int) -> tuple[SearchIndex | None, str]:
        directory = location / _SEARCH_DIR
        if not search_exists(directory):
            if articles:
                reason = f"missing ({articles:,} articles have no search entries)"
                return None, damaged_search(directory, reason)
            lock = location / _LOCK_FILE
            create_once(lock, lambda: search_exists(directory), lambda: SearchIndex(directory))
        try:
            search = SearchIndex(directory)
            search.check()
        except SearchDamaged as error:
            return None, damaged_search(directory, str(error))
        return search, ""

    @classmethod
    def repair(
        cls, location: Path | None = None, progress: Callable[[IndexProgress], None] | None = None
    ) -> str:
        """Rebuild what is damaged; one line says what was done. ``kutip index --rebuild``.

        A sound document store rebuilds the search index from its articles (no re-analysis);
        a damaged one is kept aside and its recorded files are indexed again.
        """
        location = (location or default_location()).expanduser()
        lock_path = location / _LOCK_FILE
        if lock_path.is_dir():
            try:
                lock_path.rmdir()
            except OSError:
                raise ArchiveError(f"the lock file {lock_path} is a folder with files in it: remove it") from None  # noqa: E501
        store_path = location / _STORE_FILE
        with WriterLock(lock_path):
            try:
                problem = store_damage(store_path)
                if not problem:
                    store = DocStore(store_path)
                    try:
                        problem = store.thorough_check()
                    finally:
                        store.close()
            except sqlite3.DatabaseError as error:
                problem = one_line(error)
            if problem:
                sources = salvage_sources(store_path)
                kept = store_path.with_name(f"{_STORE_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
                store_path.rename(kept)
                for suffix in ("-wal", "-shm"):
                    Path(f"{store_path}{suffix}").unlink(missing_ok=True)
                shutil.rmtree(location / _SEARCH_DIR, ignore_errors=True)
        archive = cls.open(location)
        try:
            if not problem:
                count = archive.rebuild_search(progress)
                return f"rebuilt the search index from the document store: {count:,} articles"
            found = [filesystem_path(p) for p in sources if filesystem_path(p).exists()]
            report = archive.index(found, progress=progress)
        finally:
            archive.close()
        again = f"{report.added:,} of the {len(sources):,} files it recorded indexed again"
        if not sources:
            again = "the files it recorded could not be read back: run `kutip index` on your folders again"
        return f"the document store was damaged (kept as {kept.name}); {again}"

    # -- reading --------------------------------------------------------------
    @_guarded
    def is_empty(self) -> bool:
        return self._store.count() == 0

    @_guarded
    def count(self) -> int:
        return self._store.count()

    @_guarded
    def summaries(self) -> list[ArticleSummary]:
        """Every article, newest first (undated last)."""
        return self._store.summaries()

    @_guarded
    def has_articles(self, article_ids: set[str]) -> set[str]:
        """Which of these ids the archive holds (bookmarks outlive the articles they name)."""
        return set(self._store.summaries_by_id(sorted(article_ids)))

    @_guarded
    def article(self, article_id: str) -> Article | None:
        """The full article (clean body, metadata, entities, statements)."""
        return self._store.article(article_id)

    @_guarded
    def resolve(self, id_or_prefix: str) -> Article:
        """The article with this id or unique id prefix; :class:`ArchiveError` if none or ambiguous."""
        ids = self._store.resolve_id(id_or_prefix.strip())
        if not ids:
            raise ArchiveError(f"no article with id {id_or_prefix!r}")
        if len(ids) > 1 and id_or_prefix not in ids:
            raise ArchiveError(f"{id_or_prefix!r} is ambiguous: {', '.join(ids[:5])}…")
        article = self._store.article(id_or_prefix if id_or_prefix in ids else ids[0])
        if article is None:
            raise ArchiveError(f"no article with id {id_or_prefix!r}")
        return article

    @staticmethod
    def check_query(query: str, statements: bool = False) -> str:
        """The query as the engine spells it; raises :class:`QueryError` saying what is wrong with it.

        :meth:`search` and :meth:`search_statements` run it themselves; the CLI calls it
        first so a bad query is reported before an empty archive is.
        """
        return check_query(query, statements)

    @_guarded
    def search(
        self, query: str, limit: int | None = 50, snippets: int | None = None, prefix: bool = False
    ) -> list[SearchHit]:
        """Articles matching the query language, best first; raises :class:`QueryError`.

        Ranking is cheap and snippets are not: only the first ``snippets`` hits (all when
        None) get one; the rest carry an empty snippet, to be filled by :meth:`snippets_for`.
        With ``prefix`` (search as you type) the last word is a prefix: ``ban`` finds ``banjir``.
        """
        query = check_query(query)
        if prefix:
            query = self._as_prefix(query)
        parsed = self._search.parser.parse(self._people_query(query))
        ranked = self._search.search(parsed, limit)
        summaries = self._store.summaries_by_id(article_id for article_id, _ in ranked)
        ranked = [(article_id, score) for article_id, score in ranked if article_id in summaries]
        shown = ranked if snippets is None else ranked[:snippets]
        langs = {article_id: summaries[article_id].lang for article_id, _ in shown}
        excerpts = self._snippets(langs, query_terms(parsed))
        hits = []
        for article_id, score in ranked:  # a hit the store does not know yet was dropped above
            text, spans = excerpts.get(article_id, ("", ()))
            hits.append(SearchHit(summary=summaries[article_id], score=score, snippet=text, highlights=spans))
        return hits

    def _as_prefix(self, query: str) -> str:
        """The last typed word as a prefix, and as the stems of the recorded words it begins."""
        typed = typed_prefix(query)
        if not typed:
            return query
        return as_prefix(query, stems_beginning(self._store.connection(), typed))

    @_guarded
    def snippets_for(
        self, article_ids: list[str], query: str, prefix: bool = False
    ) -> dict[str, tuple[str, tuple[Span, ...]]]:
        """Snippet and highlights of the query in each article, for the rows a reader shows.

        With ``prefix`` (search as you type) words that begin with the last typed word count too.
        """
        try:
            checked = check_query(query)
            parsed = self._search.parser.parse(self._people_query(checked))
        except QueryError:
            return {}
        langs = {i: s.lang for i, s in self._store.summaries_by_id(article_ids).items()}
        return self._snippets(langs, query_terms(parsed), typed_prefix(checked) if prefix else "")

    def _snippets(
        self, langs: dict[str, str], terms: set[str], prefix: str = ""
    ) -> dict[str, tuple[str, tuple[Span, ...]]]:
        """Snippets of these articles (id -> language, which decides how words are stemmed)."""
        bodies = self._store.bodies(langs)
        self._recall_stems(
            set().union(*(candidate_words(b, terms) for i, b in bodies.items() if langs[i] != "en"))
        )
        found = {}
        for i, body in bodies.items():
            spans = find_matches(body, terms, langs[i])
            if prefix:
                spans = sorted({*spans, *prefix_matches(body, prefix)}, key=lambda span: span.start)
            found[i] = snippet(body, spans)
        return found

    @_guarded
    def matches_in(self, text: str, query: str, prefix: bool = False) -> list[Span]:
        """Where the query's words occur in ``text`` (folded and stemmed like the index); with
        ``prefix`` (search as you type) also the words that begin with the last typed word."""
        try:
            checked = check_query(query)
            parsed = self._search.parser.parse(self._people_query(checked))
        except QueryError:
            return []
        terms = query_terms(parsed)
        self._recall_stems(candidate_words(text, terms))
        found = find_matches(text, terms)
        if prefix and (typed := typed_prefix(checked)):
            found = sorted({*found, *prefix_matches(text, typed)}, key=lambda span: span.start)
        return found

    def _recall_stems(self, words: set[str]) -> None:
        """Read back the stems recorded at index time, instead of running Sastrawi again."""
        unknown = unknown_words(w for w in words if w.isalpha() and len(w) >= 4)
        if unknown:
            remember_stems(self._store.stems(unknown))

    # -- entities and statements ----------------------------------------------
    @_guarded
    def entities(
        self, entity_type: EntityType | None = None, article_id: str | None = None
    ) -> Iterator[EntityRow]:
        """Entities per article (credited people included as persons without mentions)."""
        if article_id is not None:
            articles: Iterable[Article] = [self.resolve(article_id)]
        else:
            articles = self._store.iter_articles()
        for article in articles:
            summary = _summary_of(article)
            for entity in article.entities:
                if entity_type is None or entity.type == entity_type:
                    yield EntityRow(summary, entity)
            if entity_type in (None, EntityType.PERSON):
                known = {e.name for e in article.entities if e.type == EntityType.PERSON}
                for credit in article.credits:
                    if credit.name not in known:
                        yield EntityRow(summary, Entity(credit.name, EntityType.PERSON), credit.role)

    @_guarded
    def entity_counts(self, entity_type: EntityType | None = None) -> list[tuple[str, EntityType, int, int]]:
        """(name, type, articles, mentions), most widespread first."""
        rows = self._store.entity_counts(entity_type.value if entity_type else None)
        found = [(name, EntityType(kind), articles, mentions) for name, kind, articles, mentions in rows]
        if entity_type not in (None, EntityType.PERSON):
            return found
        names = people.canonical_names(
            self._store.connection(), (name for name, kind, _, _ in found if kind is EntityType.PERSON)
        )
        merged: dict[tuple[str, EntityType], list[int]] = {}
        for name, kind, articles, mentions in found:  # one row per person, whichever names the articles used
            shown = names.get(name, name) if kind is EntityType.PERSON else name
            total = merged.setdefault((shown, kind), [0, 0])
            total[0] += articles
            total[1] += mentions
        rows_out = [(name, kind, articles, mentions) for (name, kind), (articles, mentions) in merged.items()]
        return sorted(rows_out, key=lambda row: (-row[2], -row[3], row[0]))

    @_guarded
    def persons_by_article(self) -> dict[str, frozenset[str]]:
        """Article id -> the people it mentions, each by the one name the archive knows them by.

        One query for the whole archive: the reader's person facet counts from it in memory.
        """
        found = persons_by_article(self._store.connection())
        names = people.canonical_names(self._store.connection(), set().union(*found.values()))
        return {article: frozenset(names.get(n, n) for n in said) for article, said in found.items()}

    @_guarded
    def articles_mentioning(self, name: str, entity_type: EntityType) -> list[ArticleSummary]:
        """Every article whose entities (or credits) include this canonical name, newest first."""
        escaped = name.replace("\\", " ").replace('"', " ")
        query = f'{ENTITY_FIELDS[entity_type]}:"{escaped}"'
        if entity_type is EntityType.PERSON:  # the articles that name this person any other way too
            query = self._people_query(query)
        parsed = self._search.parser.parse(query)
        ids = [article_id for article_id, _ in self._search.search(parsed, None)]
        return newest_first(self._store.summaries_by_id(ids).values())

    @_guarded
    def statements(
        self, speaker: str | None = None, kind: str | None = None, article_id: str | None = None
    ) -> list[StatementRow]:
        """Statements, newest article first; ``speaker`` matches full names, surnames and aliases."""
        where, params = [], []
        if kind:
            where.append("s.kind = ?")
            params.append(kind)
        if article_id:
            where.append("s.article = ?")
            params.append(self.resolve(article_id).id)
        match = None
        if speaker:
            match = people.speaker_match(self._store.connection(), speaker)
            if match is None:
                return []
            if match.names:  # one person: every name the archive knows them by
                where.append(f"s.speaker IN ({','.join('?' * len(match.names))})")
                params.extend(match.names)
            else:
                where.append("s.speaker LIKE ?")
                params.append(match.pattern)
        found = self._store.statements(" AND ".join(where), tuple(params))
        if match is not None and not match.names:
            found = [s for s in found if match.accepts(s.speaker)]
        self._name_speakers(found)
        summaries = self._store.summaries_by_id(s.article for s in found)
        return [StatementRow(s, summaries[s.article]) for s in found if s.article in summaries]

    @_guarded
    def speakers(self) -> list[tuple[str, int]]:
        """Every canonical speaker with their number of statements, most quoted first."""
        db = self._store.connection()
        merged: dict[str, int] = {}
        for name, count in self._store.speaker_counts():
            person = people.canonical(db, name)
            merged[person] = merged.get(person, 0) + count
        return sorted(merged.items(), key=lambda item: (-item[1], item[0]))

    @_guarded
    def canonical_names(self, names: Iterable[str]) -> dict[str, str]:
        """Each written person name -> the one name the archive knows that person by (itself when unknown)."""
        return people.canonical_names(self._store.connection(), names)

    def _name_speakers(self, found: list[Statement]) -> None:
        """Each speaker shown by the one name the archive knows them by ("Jokowi" -> "Joko Widodo").

        A canonical name shorter than the article's own is not shown instead of it: the
        archive's key drops forms the article wrote as part of the name ("Lalu", "Raden").
        """
        names = people.canonical_names(self._store.connection(), (s.speaker for s in found if s.speaker))
        for statement in found:
            if statement.speaker:
                named = names.get(statement.speaker, statement.speaker)
                if len(name_words(named)) >= len(name_words(statement.speaker)):
                    statement.speaker = named

    def _people_query(self, query: str) -> str:
        """``person:``/``speaker:`` terms widened to every name the archive knows that person by."""
        return people.expand_query(self._store.connection(), query)

    @_guarded
    def search_statements(
        self, query: str, limit: int | None = 100, prefix: bool = False
    ) -> list[StatementHit]:
        """Statements whose words, speaker, kind or via match the query; raises :class:`QueryError`."""
        query = check_query(query, statements=True)
        if prefix:
            query = self._as_prefix(query)
        parsed = self._search.statement_parser.parse(self._people_query(query))
        ranked = self._search.search(parsed, limit, doctype="statement")
        statements = self._store.statements_by_id(i for i, _ in ranked)
        summaries = self._store.summaries_by_id(s.article for s in statements.values())
        terms = query_terms(parsed)
        self._recall_stems(set().union(*(candidate_words(s.text, terms) for s in statements.values())))
        hits = []
        for statement_id, score in ranked:
            statement = statements.get(statement_id)
            if statement is None or statement.article not in summaries:
                continue
            spans = tuple(find_matches(statement.text, terms))
            hits.append(StatementHit(StatementRow(statement, summaries[statement.article]), score, spans))
        return hits

    # -- cross-article clusters -----------------------------------------------
    @_guarded
    def clusters(self, speaker: str | None = None, min_articles: int = 2) -> list[Cluster]:
        """Statements reported by at least ``min_articles`` articles, grouped by utterance."""
        return linked_clusters(self._store.connection(), speaker, min_articles)

    @_guarded
    def find(self, phrase: str, limit: int = 20) -> list[Cluster]:
        """The quote finder: every report of remarks that fuzzily match ``phrase``, by cluster."""
        return find_clusters(self._store.connection(), phrase, limit)

    @_guarded
    def cluster_of(self, statement: Statement) -> Cluster | None:
        """The cluster a statement belongs to (itself alone when no other article reports it)."""
        if not statement.cluster:
            return None
        found = members_of(self._store.connection(), [statement.cluster])
        return found[0] if found else None

    @_guarded
    def other_reports(self, article: Article) -> dict[str, int]:
        """Statement id -> how many other articles report the same remark (only those with any).

        One query for all of the article's clusters; the reader marks those statements.
        """
        wanted = {s.cluster for s in article.statements if s.cluster}
        if not wanted:
            return {}
        others = {
            cluster.id: len({m.article for m in cluster.members} - {article.id})
            for cluster in members_of(self._store.connection(), sorted(wanted))
        }
        return {s.id: others[s.cluster] for s in article.statements if s.cluster and others.get(s.cluster)}

    # -- pages ------------------------------------------------------------------
    @_guarded
    def profile(self, name: str, entity_type: EntityType | None = None) -> Profile:
        """A person's (or entity's) page: names, outlets, timeline, most-reported remarks."""
        return build_profile(self, self._store, name, entity_type)

    # -- writing --------------------------------------------------------------
    @property
    def needs_rebuild(self) -> bool:
        """True when the archive was built by a kutip with another index format or analysis."""
        return self._store.meta("version") != index_version() and not self.is_empty()

    def index(
        self,
        paths: Iterable[Path],
        *,
        prune: bool = False,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Add, update (and with ``prune``, remove) articles; raises :class:`IndexBusy`."""
        with WriterLock(self.location / _LOCK_FILE) as lock:
            paths = list(paths)
            rebuild = self.needs_rebuild
            try:
                if rebuild:
                    self._reset_search()
                    paths = [filesystem_path(p) for p in self._store.sources()] + paths
                elif self._searchindex is None:  # missing or damaged: rebuilt from the store first
                    self._rebuild_search_locked(progress)
                from kutip.index.indexer import Indexer  # analysis is heavy to import; searches skip it

                if self._store.meta("people_version") != people.people_version():
                    with self._store.transaction() as db:  # older people tables: refilled, not re-analysed
                        people.rebuild_people(db, [] if rebuild else self._store.iter_articles())
                        db.execute(
                            "INSERT OR REPLACE INTO meta(key, value) VALUES ('people_version', ?)",
                            (people.people_version(),),
                        )

                report = Indexer(self._store, self._search, progress, cancel).run(
                    paths, prune=prune, force=rebuild
                )
                if rebuild and not report.interrupted:
                    self._store.set_meta("version", index_version())
            except (OSError, sqlite3.OperationalError) as error:
                if is_disk_full(error):
                    raise disk_full(self.location, self._committed()) from None
                raise
            report.rebuilt = rebuild
            report.recovered_lock = lock.recovered
        return report

    def _committed(self) -> int | None:
        try:
            return self._store.count()
        except sqlite3.Error:
            return None

    def rebuild_search(self, progress: Callable[[IndexProgress], None] | None = None) -> int:
        """Rebuild the search index from the document store's articles; their number."""
        with WriterLock(self.location / _LOCK_FILE):
            return self._rebuild_search_locked(progress)

    def _rebuild_search_locked(self, progress: Callable[[IndexProgress], None] | None) -> int:
        self._reset_search()
        total, done = self._store.count(), 0
        articles = self._store.iter_articles()
        while True:
            chunk = list(itertools.islice(articles, REBUILD_CHUNK))
            if not chunk:
                break
            with self._search.batch() as batch:
                for article in chunk:
                    batch.delete_source(article.source)
                for article in chunk:
                    batch.add_article(article)
            stems: dict[str, str] = {}
            for article in chunk:  # stemmed above already: recorded so snippets need not stem again
                if article.lang != "en":
                    stems.update(stems_of(article.title + "\n" + article.body))
            self._store.commit_batch([], [], stems=stems)
            done += len(chunk)
            if progress is not None:
                progress(IndexProgress(done=done, total=total, path=chunk[-1].path))
        self.damage = ""
        return done

    def _reset_search(self) -> None:
        """Drop the search index so it is rebuilt with the current schema."""
        if self._searchindex is not None:
            self._searchindex.close()
        shutil.rmtree(self.location / _SEARCH_DIR, ignore_errors=True)
        self._searchindex = SearchIndex(self.location / _SEARCH_DIR)

    @_guarded
    def generation(self) -> tuple[int, int]:
        """Changes whenever any process commits to the archive; poll it to refresh."""
        search = self._searchindex.generation() if self._searchindex is not None else -1
        return search, self._store.generation()

    def close(self) -> None:
        if self._searchindex is not None:
            self._searchindex.close()
        self._store.close()
