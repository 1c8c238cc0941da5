"""Searching the archive: typed text to kutip's query tree, the engine's ranking, the
store's rows, and snippets. The engine is reached only through its protocol."""

from __future__ import annotations

from collections.abc import Mapping

from kutip.index import people
from kutip.index.archive.base import ArchiveBase
from kutip.index.archive.guard import guarded
from kutip.index.archive.rows import StatementHit, StatementRow
from kutip.index.docstore import newest_first
from kutip.index.models import ArticleSummary, EntityType, SearchHit, Span
from kutip.index.prefixes import stems_beginning
from kutip.index.search.check import QueryError, check_query
from kutip.index.search.engine import StopCheck, merged_spans, stop_if
from kutip.index.search.parse import parse_query
from kutip.index.search.people import widen_names
from kutip.index.search.snippets import snippet
from kutip.index.search.tree import Query
from kutip.index.search.typing import prefix_matches, typed_prefix, widen_typed


class Searching(ArchiveBase):
    @staticmethod
    def check_query(query: str, statements: bool = False) -> str:
        """The query with field aliases spelled kutip's way; raises :class:`QueryError` saying what
        is wrong with it.

        :meth:`search` and :meth:`search_statements` run it themselves; the CLI calls it
        first so a bad query is reported before an empty archive is.
        """
        return check_query(query, statements)

    def _tree(self, query: str, statements: bool = False, prefix: bool = False) -> Query:
        """The parsed query, ``person:``/``speaker:`` widened to every name the archive knows
        that person by, and with ``prefix`` the word being typed made a prefix."""
        checked = check_query(query, statements)
        tree = parse_query(checked)
        typed = typed_prefix(checked) if prefix else ""
        if typed:
            tree = widen_typed(tree, typed, stems_beginning(self._store.connection(), typed))
        db = self._store.connection()
        return widen_names(tree, lambda name: people.variants(db, name))

    @guarded
    def search(
        self,
        query: str,
        limit: int | None = 50,
        snippets: int | None = None,
        prefix: bool = False,
        stop: StopCheck | None = None,
        *,
        known: Mapping[str, ArticleSummary] | None = None,
    ) -> list[SearchHit]:
        """Articles matching the query language, best first; raises :class:`QueryError`.

        Ranking is cheap and snippets are not: only the first ``snippets`` hits (all when
        None) get one; the rest carry an empty snippet, to be filled by :meth:`snippets_for`.
        With ``prefix`` (search as you type) the last word is a prefix: ``ban`` finds ``banjir``.
        ``stop`` is asked now and then: once it says True the search raises :class:`SearchStopped`.
        ``known`` summaries (the reader holds every one) are used as they are; the store is asked
        only for the others (reading 1,000 hits' rows was a tenth of a search as you type).
        """
        tree = self._tree(query, prefix=prefix)
        stop_if(stop)
        ranked = self._engine.rank(tree, limit, stop=stop).hits
        stop_if(stop)
        summaries = self._summaries_of([article_id for article_id, _ in ranked], known or {})
        ranked = [(article_id, score) for article_id, score in ranked if article_id in summaries]
        shown = ranked if snippets is None else ranked[:snippets]
        excerpts = self._snippets({article_id: summaries[article_id].lang for article_id, _ in shown}, tree)
        hits = []
        for article_id, score in ranked:  # a hit the store does not know yet was dropped above
            text, spans = excerpts.get(article_id, ("", ()))
            hits.append(SearchHit(summary=summaries[article_id], score=score, snippet=text, highlights=spans))
        return hits

    def _summaries_of(self, ids: list[str], known: Mapping[str, ArticleSummary]) -> dict[str, ArticleSummary]:
        found = {article_id: known[article_id] for article_id in ids if article_id in known}
        if len(found) < len(ids):
            found.update(self._store.summaries_by_id(i for i in ids if i not in found))
        return found

    @guarded
    def snippets_for(
        self, article_ids: list[str], query: str, prefix: bool = False
    ) -> dict[str, tuple[str, tuple[Span, ...]]]:
        """Snippet and highlights of the query in each article, for the rows a reader shows.

        With ``prefix`` (search as you type) words that begin with the last typed word count too.
        """
        try:
            tree = self._tree(query)
        except QueryError:
            return {}
        langs = {i: s.lang for i, s in self._store.summaries_by_id(article_ids).items()}
        return self._snippets(langs, tree, typed_prefix(check_query(query)) if prefix else "")

    def _snippets(
        self, langs: dict[str, str], tree: Query, prefix: str = ""
    ) -> dict[str, tuple[str, tuple[Span, ...]]]:
        """Snippets of these articles (id -> language, which decides how words are stemmed)."""
        bodies = self._store.bodies(langs)
        found = self._engine.matches({i: (body, langs[i]) for i, body in bodies.items()}, tree)
        return {
            i: snippet(body, merged_spans(found.get(i, ()), prefix_matches(body, prefix)))
            for i, body in bodies.items()
        }

    @guarded
    def matches_in(self, text: str, query: str, prefix: bool = False) -> list[Span]:
        """Where the query's words occur in ``text`` (folded and stemmed like the index); with
        ``prefix`` (search as you type) also the words that begin with the last typed word."""
        try:
            tree = self._tree(query)
        except QueryError:
            return []
        found = self._engine.matches({"": (text, "")}, tree).get("", [])
        if prefix and (typed := typed_prefix(check_query(query))):
            return merged_spans(found, prefix_matches(text, typed))
        return found

    @guarded
    def articles_mentioning(self, name: str, entity_type: EntityType) -> list[ArticleSummary]:
        """Every article whose entities (or credits) include this canonical name, newest first."""
        names = [name]
        if entity_type is EntityType.PERSON:  # the articles that name this person any other way too
            names += people.variants(self._store.connection(), name)
        ids = self._engine.with_entity(names, entity_type)
        return newest_first(self._store.summaries_by_id(ids).values())

    @guarded
    def search_statements(
        self, query: str, limit: int | None = 100, prefix: bool = False, stop: StopCheck | None = None
    ) -> list[StatementHit]:
        """Statements whose words, speaker, kind or via match the query; raises :class:`QueryError`
        (and :class:`SearchStopped` once ``stop`` says True, as :meth:`search`)."""
        tree = self._tree(query, statements=True, prefix=prefix)
        stop_if(stop)
        ranked = self._engine.rank(tree, limit, doctype="statement", stop=stop).hits
        stop_if(stop)
        statements = self._store.statements_by_id(i for i, _ in ranked)
        summaries = self._store.summaries_by_id(s.article for s in statements.values())
        spans = self._engine.matches({i: (s.text, "") for i, s in statements.items()}, tree)
        hits = []
        for statement_id, score in ranked:
            statement = statements.get(statement_id)
            if statement is None or statement.article not in summaries:
                continue
            row = StatementRow(statement, summaries[statement.article])
            hits.append(StatementHit(row, score, tuple(spans.get(statement_id, ()))))
        return hits
