"""The one door from the reader (``kutip.tui``) into the archive.

The reader imports nothing else from ``kutip.index``; an import-linter contract
keeps it that way, so the engine behind this door can change freely.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kutip.index.analysis import analysis_version
from kutip.index.analyzers import folded_words, remember_stems, unknown_words
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
from kutip.index.indexer import Indexer
from kutip.index.linking import Cluster, ClusterMember, members_of, word_diff
from kutip.index.linking import clusters as linked_clusters
from kutip.index.linking import find as find_clusters
from kutip.index.locations import default_location, sample_corpus_path
from kutip.index.lock import IndexBusy, WriterLock
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
from kutip.index.names import name_matches, name_words
from kutip.index.progress import IndexProgress, IndexReport
from kutip.index.query import QueryError
from kutip.index.schema import SCHEMA_VERSION
from kutip.index.searchindex import ENTITY_FIELDS, SearchIndex, query_terms
from kutip.index.snippets import find_matches, snippet

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


def index_version() -> str:
    return f"{SCHEMA_VERSION}.{analysis_version()}"


class ArchiveError(RuntimeError):
    """The archive cannot be opened or used; the message says why in one line."""


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

    def __init__(self, location: Path, store: DocStore, search: SearchIndex) -> None:
        self.location = location
        self._store = store
        self._search = search

    @classmethod
    def open(cls, location: Path | None = None) -> Archive:
        location = (location or default_location()).expanduser()
        try:
            location.mkdir(parents=True, exist_ok=True)
            store = DocStore(location / _STORE_FILE)
            search = SearchIndex(location / _SEARCH_DIR)
        except OSError as error:
            raise ArchiveError(f"cannot open the archive at {location}: {error.strerror or error}") from None
        if not store.meta("version"):
            store.set_meta("version", index_version())
        return cls(location, store, search)

    # -- reading --------------------------------------------------------------
    def is_empty(self) -> bool:
        return self._store.count() == 0

    def count(self) -> int:
        return self._store.count()

    def summaries(self) -> list[ArticleSummary]:
        """Every article, newest first (undated last)."""
        return self._store.summaries()

    def article(self, article_id: str) -> Article | None:
        """The full article (clean body, metadata, entities, statements)."""
        return self._store.article(article_id)

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

    def search(self, query: str, limit: int | None = 50, snippets: int | None = None) -> list[SearchHit]:
        """Articles matching the query language, best first; raises :class:`QueryError`.

        Ranking is cheap and snippets are not: only the first ``snippets`` hits (all when
        None) get one; the rest carry an empty snippet, to be filled by :meth:`snippets_for`.
        """
        parsed = self._search.parser.parse(query)
        ranked = self._search.search(parsed, limit)
        summaries = self._store.summaries_by_id(article_id for article_id, _ in ranked)
        ranked = [(article_id, score) for article_id, score in ranked if article_id in summaries]
        shown = ranked if snippets is None else ranked[:snippets]
        excerpts = self._snippets([article_id for article_id, _ in shown], query_terms(parsed))
        hits = []
        for article_id, score in ranked:  # a hit the store does not know yet was dropped above
            text, spans = excerpts.get(article_id, ("", ()))
            hits.append(SearchHit(summary=summaries[article_id], score=score, snippet=text, highlights=spans))
        return hits

    def snippets_for(self, article_ids: list[str], query: str) -> dict[str, tuple[str, tuple[Span, ...]]]:
        """Snippet and highlights of the query in each article, for the rows a reader shows."""
        try:
            parsed = self._search.parser.parse(query)
        except QueryError:
            return {}
        return self._snippets(article_ids, query_terms(parsed))

    def _snippets(self, article_ids: list[str], terms: set[str]) -> dict[str, tuple[str, tuple[Span, ...]]]:
        bodies = self._store.bodies(article_ids)
        self._recall_stems(bodies.values())
        return {i: snippet(body, find_matches(body, terms)) for i, body in bodies.items()}

    def matches_in(self, text: str, query: str) -> list[Span]:
        """Where the query's words occur in ``text`` (folded and stemmed like the index)."""
        try:
            parsed = self._search.parser.parse(query)
        except QueryError:
            return []
        self._recall_stems([text])
        return find_matches(text, query_terms(parsed))

    def _recall_stems(self, texts: Iterable[str]) -> None:
        """Read back the stems recorded at index time, instead of running Sastrawi again."""
        words: set[str] = set()
        for text in texts:
            words |= folded_words(text)
        unknown = unknown_words(w for w in words if w.isalpha() and len(w) >= 4)
        if unknown:
            remember_stems(self._store.stems(unknown))

    # -- entities and statements ----------------------------------------------
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

    def entity_counts(self, entity_type: EntityType | None = None) -> list[tuple[str, EntityType, int, int]]:
        """(name, type, articles, mentions), most widespread first."""
        rows = self._store.entity_counts(entity_type.value if entity_type else None)
        return [(name, EntityType(kind), articles, mentions) for name, kind, articles, mentions in rows]

    def articles_mentioning(self, name: str, entity_type: EntityType) -> list[ArticleSummary]:
        """Every article whose entities (or credits) include this canonical name, newest first."""
        escaped = name.replace("\\", " ").replace('"', " ")
        parsed = self._search.parser.parse(f'{ENTITY_FIELDS[entity_type]}:"{escaped}"')
        ids = [article_id for article_id, _ in self._search.search(parsed, None)]
        return newest_first(self._store.summaries_by_id(ids).values())

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
        if speaker:
            words = name_words(speaker)
            if not words:
                return []
            where.append("s.speaker LIKE ?")
            params.append(f"%{max(words, key=len)}%")
        found = self._store.statements(" AND ".join(where), tuple(params))
        if speaker:
            found = [s for s in found if name_matches(speaker, s.speaker)]
        summaries = self._store.summaries_by_id(s.article for s in found)
        return [StatementRow(s, summaries[s.article]) for s in found if s.article in summaries]

    def speakers(self) -> list[tuple[str, int]]:
        """Every canonical speaker with their number of statements, most quoted first."""
        return self._store.speaker_counts()

    def search_statements(self, query: str, limit: int | None = 100) -> list[StatementHit]:
        """Statements whose words, speaker, kind or via match the query; raises :class:`QueryError`."""
        parsed = self._search.statement_parser.parse(query)
        ranked = self._search.search(parsed, limit, doctype="statement")
        statements = self._store.statements_by_id(i for i, _ in ranked)
        summaries = self._store.summaries_by_id(s.article for s in statements.values())
        terms = query_terms(parsed)
        self._recall_stems(s.text for s in statements.values())
        hits = []
        for statement_id, score in ranked:
            statement = statements.get(statement_id)
            if statement is None or statement.article not in summaries:
                continue
            spans = tuple(find_matches(statement.text, terms))
            hits.append(StatementHit(StatementRow(statement, summaries[statement.article]), score, spans))
        return hits

    # -- cross-article clusters -----------------------------------------------
    def clusters(self, speaker: str | None = None, min_articles: int = 2) -> list[Cluster]:
        """Statements reported by at least ``min_articles`` articles, grouped by utterance."""
        return linked_clusters(self._store.connection(), speaker, min_articles)

    def find(self, phrase: str, limit: int = 20) -> list[Cluster]:
        """The quote finder: every report of remarks that fuzzily match ``phrase``, by cluster."""
        return find_clusters(self._store.connection(), phrase, limit)

    def cluster_of(self, statement: Statement) -> Cluster | None:
        """The cluster a statement belongs to (itself alone when no other article reports it)."""
        if not statement.cluster:
            return None
        found = members_of(self._store.connection(), [statement.cluster])
        return found[0] if found else None

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
            if rebuild:
                self._reset_search()
                paths = [Path(p) for p in self._store.sources()] + paths
            report = Indexer(self._store, self._search, progress, cancel).run(
                paths, prune=prune, force=rebuild
            )
            if rebuild and not report.interrupted:
                self._store.set_meta("version", index_version())
            report.rebuilt = rebuild
            report.recovered_lock = lock.recovered
        return report

    def _reset_search(self) -> None:
        """Drop the search index so it is rebuilt with the current schema."""
        self._search.close()
        shutil.rmtree(self.location / _SEARCH_DIR, ignore_errors=True)
        self._search = SearchIndex(self.location / _SEARCH_DIR)

    def generation(self) -> tuple[int, int]:
        """Changes whenever any process commits to the archive; poll it to refresh."""
        return self._search.generation(), self._store.generation()

    def close(self) -> None:
        self._search.close()
        self._store.close()
