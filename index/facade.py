"""The one door from the reader (``kutip.tui``) into the archive.

The reader imports nothing else from ``kutip.index``; an import-linter contract
keeps it that way, so the engine behind this door can change freely. The archive's
jobs live in :mod:`kutip.index.archive` (opening and repair, searching, listing,
writing); :class:`Archive` composes them, and this module names what the reader may use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kutip.index import people
from kutip.index.archive.base import ArchiveBase
from kutip.index.archive.guard import guarded
from kutip.index.archive.listing import Listing
from kutip.index.archive.opening import open_parts, repair
from kutip.index.archive.rows import EntityRow, StatementHit, StatementRow
from kutip.index.archive.searching import Searching
from kutip.index.archive.writing import REBUILD_CHUNK, Writing, filesystem_path, index_version
from kutip.index.docstore import _SUMMARY_COLUMNS, summary_of
from kutip.index.integrity import ArchiveError
from kutip.index.lazy import lazy_names
from kutip.index.locations import default_location, sample_corpus_path
from kutip.index.lock import IndexBusy
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
from kutip.index.progress import IndexProgress, IndexReport
from kutip.index.search.check import QueryError
from kutip.index.search.engine import SearchStopped, StopCheck

if TYPE_CHECKING:
    from kutip.index.citations import (
        STYLES,
        CitationSource,
        Quote,
        cite,
        cite_article,
        cite_statement,
        export,
        source_from_article,
    )
    from kutip.index.linking import Cluster, ClusterMember, word_diff
    from kutip.index.profiles import Filters, Profile
    from kutip.index.views.entity_groups import entity_groups, merge_people

# Citations, clusters, person pages and the reader's entity views are imported on first use
# (PEP 562): a one-shot ``kutip search`` needs none of them, and they were a fifth of its start-up.
_LAZY = {
    **dict.fromkeys(
        ("STYLES", "CitationSource", "Quote", "cite", "cite_article", "cite_statement", "export"),
        "kutip.index.citations",
    ),
    "source_from_article": "kutip.index.citations",
    **dict.fromkeys(("Cluster", "ClusterMember", "word_diff"), "kutip.index.linking"),
    **dict.fromkeys(("Filters", "Profile"), "kutip.index.profiles"),
    **dict.fromkeys(("entity_groups", "merge_people"), "kutip.index.views.entity_groups"),
}
_load = lazy_names(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    return _load(name)


__all__ = [
    "REBUILD_CHUNK",
    "STYLES",
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
    "Filters",
    "IndexBusy",
    "IndexProgress",
    "IndexReport",
    "Mention",
    "Profile",
    "QueryError",
    "Quote",
    "SearchHit",
    "SearchStopped",
    "Span",
    "Statement",
    "StatementHit",
    "StatementRow",
    "StopCheck",
    "cite",
    "cite_article",
    "cite_statement",
    "default_location",
    "entity_groups",
    "export",
    "filesystem_path",
    "index_version",
    "merge_people",
    "sample_corpus_path",
    "source_from_article",
    "word_diff",
]


def _reported(member: ClusterMember) -> tuple[bool, str, str, str]:
    """Earliest report first (undated last), as :func:`kutip.index.linking.clusters` orders them."""
    date = member.date or member.event_date
    return (date == "", date, member.article, member.statement_id)


class Archive(Searching, Listing, Writing, ArchiveBase):
    """An opened archive: list, read, search and (re)index articles."""

    @classmethod
    def open(cls, location: Path | None = None) -> Archive:
        """Open (creating when new) the archive; a damaged search index is noted in :attr:`damage`.

        Raises :class:`ArchiveError` when the document store itself cannot be read.
        """
        return cls(*open_parts(location))

    @classmethod
    def repair(
        cls, location: Path | None = None, progress: Callable[[IndexProgress], None] | None = None
    ) -> str:
        """Rebuild what is damaged; one line says what was done. ``kutip index --rebuild``.

        A sound document store rebuilds the search index from its articles (no re-analysis);
        a damaged one is kept aside and its recorded files are indexed again.
        """
        return repair(location, progress, cls.open)

    # -- reading --------------------------------------------------------------
    @guarded
    def is_empty(self) -> bool:
        return self._store.count() == 0

    @guarded
    def count(self) -> int:
        return self._store.count()

    @guarded
    def summaries(self) -> list[ArticleSummary]:
        """Every article, newest first (undated last)."""
        return self._store.summaries()

    @guarded
    def first_summaries(self, limit: int) -> list[ArticleSummary]:
        """The first ``limit`` rows of :meth:`summaries`, walked from the date index: the whole list
        sorts every row of the table (a second at 100,000 articles), this reads a screen's worth,
        so the reader paints the list's top while the rest loads."""
        db = self._store.connection()
        select = f"SELECT {_SUMMARY_COLUMNS} FROM articles"
        dated = f"{select} WHERE date != '' ORDER BY date DESC, title, id LIMIT ?"
        rows = db.execute(dated, (limit,)).fetchall()
        if len(rows) < limit:  # undated articles come last, as in the whole list
            undated = f"{select} WHERE date = '' ORDER BY title, id LIMIT ?"
            rows += db.execute(undated, (limit - len(rows),)).fetchall()
        return [summary_of(row) for row in rows]

    @guarded
    def has_articles(self, article_ids: set[str]) -> set[str]:
        """Which of these ids the archive holds (bookmarks outlive the articles they name)."""
        return set(self._store.summaries_by_id(sorted(article_ids)))

    @guarded
    def article(self, article_id: str) -> Article | None:
        """The full article (clean body, metadata, entities, statements)."""
        return self._store.article(article_id)

    # -- cross-article clusters -----------------------------------------------
    @guarded
    def clusters(self, speaker: str | None = None, min_articles: int = 2) -> list[Cluster]:
        """Statements reported by at least ``min_articles`` articles, grouped by utterance.

        ``speaker`` asks for one person under every name the archive knows them by (the rule
        ``kutip quotes --speaker`` and the person page follow): ``Jokowi`` finds the remarks
        reported as Joko Widodo's too, and a name without its middle name the full name's.
        """
        from kutip.index.linking import clusters as linked_clusters

        db = self._store.connection()
        if not speaker:
            return self._as_people(linked_clusters(db, None, min_articles))
        match = people.speaker_match(db, speaker)
        if match is None:
            return []
        found: dict[str, Cluster] = {}
        for name in dict.fromkeys(match.names or (speaker,)):
            for cluster in linked_clusters(db, name, min_articles):
                if any(match.accepts(member.speaker) for member in cluster.members):
                    found.setdefault(cluster.id, cluster)
        ordered = sorted(found.values(), key=lambda cluster: (-cluster.articles, _reported(cluster.earliest)))
        return self._as_people(ordered)

    def _as_people(self, found: list[Cluster]) -> list[Cluster]:
        """Each cluster under the name its speaker is shown by everywhere else (the entities pane,
        ``kutip quotes``): one person is not Jokowi in one cluster and Joko Widodo in the next."""
        canonical = self.canonical_names(c.speaker for c in found if c.speaker)
        return [
            replace(c, speaker=people.shown_name(c.speaker, canonical[c.speaker])) if c.speaker else c
            for c in found
        ]

    @guarded
    def find(self, phrase: str, limit: int = 20) -> list[Cluster]:
        """The quote finder: every report of remarks that fuzzily match ``phrase``, by cluster."""
        from kutip.index.linking import find as find_clusters

        return find_clusters(self._store.connection(), phrase, limit)

    @guarded
    def cluster_of(self, statement: Statement) -> Cluster | None:
        """The cluster a statement belongs to (itself alone when no other article reports it)."""
        from kutip.index.linking import members_of

        if not statement.cluster:
            return None
        found = members_of(self._store.connection(), [statement.cluster])
        return found[0] if found else None

    @guarded
    def other_reports(self, article: Article) -> dict[str, int]:
        """Statement id -> how many other articles report the same remark (only those with any).

        One query for all of the article's clusters; the reader marks those statements.
        """
        from kutip.index.linking import members_of

        wanted = {s.cluster for s in article.statements if s.cluster}
        if not wanted:
            return {}
        others = {
            cluster.id: len({m.article for m in cluster.members} - {article.id})
            for cluster in members_of(self._store.connection(), sorted(wanted))
        }
        return {s.id: others[s.cluster] for s in article.statements if s.cluster and others.get(s.cluster)}

    # -- pages ------------------------------------------------------------------
    @guarded
    def profile(self, name: str, entity_type: EntityType | None = None) -> Profile:
        """A person's (or entity's) page: names, outlets, timeline, most-reported remarks."""
        from kutip.index.profiles import build_profile

        return build_profile(self, self._store, name, entity_type)

    @guarded
    def generation(self) -> tuple[int, int]:
        """Changes whenever any process commits to the archive; poll it to refresh."""
        search = self._searchindex.generation() if self._searchindex is not None else -1
        return search, self._store.generation()

    def close(self) -> None:
        if self._search_opened and self._searchindex is not None:  # never opened: nothing to close
            self._searchindex.close()
        self._store.close()
