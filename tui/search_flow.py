"""The search bar's state and what it drives: the query, the entity filter, hits, snippets.

The app hands its search events here in a line each. Every archive call runs in a thread
worker of its own exclusive group and reports back on the UI thread. Search as you type works
like a fuzzy finder: a key typed when no search is under way searches at once; a newer key
stops the search under way (:mod:`kutip.tui.stoppable`: the archive asks a stop check as it
works) and, only while keys come faster than
searches end, waits for a pause (:mod:`kutip.tui.debounce`) so a burst costs one search.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.widgets import Input

from kutip.index.facade import ArticleSummary, Entity, QueryError, SearchHit, Span, StatementHit
from kutip.tui.debounce import still_wanted
from kutip.tui.messages import message
from kutip.tui.stoppable import StopCheck, StoppableWork
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.list_rows import Snippet

if TYPE_CHECKING:
    from kutip.tui.app import KutipApp

SEARCH_LIMIT = 1000
Hits = Sequence[SearchHit | StatementHit]
WIDENED = " (no article has the whole word: words starting with it)"
"""After Enter, where the exact search found nothing and the words typed so far are shown again."""
PREFIX_FROM = 3
"""Letters the word being typed needs before it is searched as a prefix. Two letters begin
thousands of words: at 10,000 articles ranking such a prefix took 8-10 s of CPU, in a thread
that cannot be stopped, so the list froze while the next keys came in; the two letters are
searched as the word they spell instead."""
_LAST_WORD = re.compile(r"[^\s(:]*$")


def widens_as_typed(value: str) -> bool:
    """Whether the text in the bar is searched with its last word a prefix: it is still being
    typed (no trailing space) and is long enough to narrow the archive's words."""
    last = _LAST_WORD.search(value)
    return value == value.rstrip() and last is not None and len(last.group().strip('"')) >= PREFIX_FROM


@dataclass(frozen=True, slots=True)
class EntityFilter:
    """The article list narrowed to the articles that mention one entity."""

    entity: Entity
    summaries: list[ArticleSummary]

    @property
    def ids(self) -> set[str]:
        return {summary.id for summary in self.summaries}

    def describe(self, app: object) -> str:
        count = len(self.summaries)
        verb = "mention" if count != 1 else "mentions"
        articles = f"{count} article{'s' if count != 1 else ''}"
        return message(app, "entity_filter", articles=articles, verb=verb, name=self.entity.name)


class SearchFlow:
    """The query typed, whether it is still being typed, and the entity filter under it."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app
        self.query = ""
        self.typing = False  # the last search ran while typing (its last word a prefix)
        self.entity_filter: EntityFilter | None = None
        self.searches = StoppableWork()  # the search under way, stopped when a newer one starts

    # -- the search bar ---------------------------------------------------------

    def changed(self, value: str) -> None:
        """The bar's text changed: search as you type (a trailing space ends the prefix)."""
        self.query = value.strip()
        if self.query:
            self.run(typing=widens_as_typed(value))
        else:
            self.cancel()
            self.restore_full_list()

    def run(self, typing: bool = False, *, widen: bool = False) -> None:
        """Search (the last word a prefix while ``typing``), at once unless a search is still
        under way while typing: that one is stopped, and this one waits for a pause. ``widen``: an
        exact search that finds nothing searches the last word as a prefix again (Enter after a
        word typed in part)."""
        app = self.app
        self.typing = typing
        statements = app.statements_only
        self.show_statement_results(statements)
        settle = app.debounce.search if typing and self.searches.busy else 0.0
        self.cancel()
        work = partial(self._search, self.query, typing, statements, settle, widen)
        app.run_worker(work, thread=True, exclusive=True, group="search")

    def cancel(self) -> None:
        """Drop the searches started so far: those waiting never ask, the one working stops."""
        self.app.workers.cancel_group(self.app, "search")
        self.searches.stop()

    def submitted(self) -> None:
        app = self.app
        if self.query and self.typing:  # Enter searches the words exactly as typed (already so when
            self.run(widen=True)  # not widened); when no article has the whole word, as typed so far
        if app.statements_only and self.query:
            app.statement_results.focus()
        else:
            app.article_list.focus()

    def close_bar(self) -> None:
        """Close the bar and show the list under it, all at once so it is drawn in one frame."""
        app = self.app
        with app.search_bar.prevent(Input.Changed):
            app.search_bar.close()
        self.query = ""
        self.cancel()
        self.restore_full_list()
        app.main_screen.set_focus(app.article_list)

    def toggle_statements(self) -> None:
        app = self.app
        bar = app.search_bar
        bar.set_statements_only(not bar.statements_only)
        if not bar.is_open:
            bar.open()
        else:
            bar.focus()
        app.status.say("Searching statements: words, or speaker:name words" if bar.statements_only
                       else "Searching articles")  # fmt: skip
        if self.query:  # a word typed in part stays a prefix: Ctrl+T mid-word found no statement
            self.run(typing=self.typing)  # where the articles had listed some
        else:
            self.show_statement_results(False)

    def show_statement_results(self, on: bool) -> None:
        """Statement hits replace the article list while statements-only search has a query; the
        list's header counts what is shown."""
        app = self.app
        if app.statement_results.display == on:
            return  # setting ``display`` again, even to the same value, lays the screen out anew
        app.statement_results.display = on
        app.article_list.display = not on
        if on:
            app.part(ListHeader).show_statements(None)
        else:
            app.lists.shown()

    def restore_full_list(self) -> None:
        app = self.app
        self.show_statement_results(False)
        keep = app.article_list.highlighted
        if self.entity_filter is not None:
            app.article_list.set_summaries(self.entity_filter.summaries, keep.id if keep else None)
            app.status.say(self.entity_filter.describe(app))
            return
        app.article_list.set_summaries(app.all_summaries, keep.id if keep else None)
        app.status.say(app.lists.count_text())

    def unnarrow(self) -> None:
        """Close the search, the entity filter and the facet filters (the order stays)."""
        app = self.app
        if app.search_bar.is_open or self.query:
            self.cancel()
            self.query = ""
            with app.search_bar.prevent(Input.Changed):
                app.search_bar.close()
            self.show_statement_results(False)
        self.entity_filter = None
        app.article_list.shape = app.article_list.shape.cleared()

    def list_loaded(self, summaries: list[ArticleSummary], keep_id: str | None) -> None:
        """A new list of the archive: the filter and the search run again on it."""
        if self.entity_filter is not None:
            self.filter_by_entity(self.entity_filter.entity)  # the archive changed: refresh the filter too
        if self.query:
            self.run()
        elif self.entity_filter is None:
            self.app.article_list.set_summaries(summaries, keep_id)

    # -- workers (in threads) ----------------------------------------------------

    def _search(self, query: str, typing: bool, statements: bool, settle: float, widen: bool = False) -> None:
        """Articles (or statements) matching ``query``, after ``settle`` seconds of quiet; while
        ``typing`` its last word is a prefix; with ``widen``, a prefix again when the exact search
        finds nothing. None comes back when a newer search stopped it."""
        app = self.app
        archive = app.archive
        widened = False

        def asked(stop: StopCheck, prefix: bool) -> Hits:  # article snippets: for the rows on screen only
            if statements:
                return archive.search_statements(query, limit=SEARCH_LIMIT, prefix=prefix, stop=stop)
            known = app.summaries_by_id  # the list's own rows: the store is not read again for them
            return archive.search(
                query, limit=SEARCH_LIMIT, snippets=0, prefix=prefix, stop=stop, known=known
            )

        def ask(stop: StopCheck) -> Hits:
            nonlocal widened
            found = asked(stop, typing)
            if widen and not typing and not found and not stop():  # the results seen while typing stay
                widened = True
                return asked(stop, True)
            return found

        try:
            found = self.searches.run(ask, still_wanted, settle)
        except QueryError as error:
            if still_wanted():
                app.call_from_thread(self._show_query_error, query, str(error))
            return
        except Exception as error:  # an engine fault must not take the reader down
            app.call_from_thread(self._show_query_error, query, f"Search failed: {error}")
            return
        if found is not None and still_wanted():
            show = self._show_statement_hits if statements else self._show_hits
            app.call_from_thread(show, query, found, widened)

    def filter_by_entity(self, entity: Entity) -> None:
        self.app.status.say(f"Finding articles that mention {entity.name}…")
        self.app.run_worker(partial(self._filter, entity), thread=True, exclusive=True, group="filter")

    def _filter(self, entity: Entity) -> None:
        app = self.app
        try:
            summaries = app.archive.articles_mentioning(entity.name, entity.type)
        except Exception as error:  # the list stays as it was
            app.call_from_thread(app.status.say, f"Cannot list the articles: {error}", error=True)
            return
        app.call_from_thread(self._show_filter, EntityFilter(entity, summaries))

    def fetch_snippets(self, ids: list[str]) -> None:
        if self.query and not self.app.statements_only:
            work = partial(self._snippets, ids, self.query, self.typing)
            self.app.run_worker(work, thread=True, exclusive=True, group="snippets")

    def _snippets(self, ids: list[str], query: str, typing: bool) -> None:
        try:
            found = self.app.archive.snippets_for(ids, query, prefix=typing)
        except Exception:  # snippets are a nicety; the rows stay without them
            return
        self.app.call_from_thread(self._show_snippets, query, found)

    def _rematch(self, body: str, query: str) -> None:
        matches = self.matches(body, query)
        self.app.call_from_thread(self._show_matches, body, matches)

    def matches(self, body: str, query: str) -> list[Span]:
        """Where ``query`` matches ``body`` (in a thread; "ban" marks "banjir" too while typing)."""
        if not query:
            return []
        try:
            return self.app.archive.matches_in(body, query, prefix=self.typing)
        except Exception:  # highlights are a nicety; the article still opens without them
            return []

    # -- results, back on the UI thread -------------------------------------------

    def _show_hits(self, query: str, found: Hits, widened: bool = False) -> None:
        app = self.app
        hits = [hit for hit in found if isinstance(hit, SearchHit)]
        if query != self.query:
            return
        self.typing = self.typing or widened  # its snippets and marks: the last word as a prefix
        keep = app.article_list.highlighted
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        note = ""
        if self.entity_filter is not None:
            allowed = self.entity_filter.ids
            hits = [hit for hit in hits if hit.summary.id in allowed]
            note = message(app, "among_mentioning", name=self.entity_filter.entity.name)
        summaries = [hit.summary for hit in hits]
        app.article_list.set_summaries(summaries, keep.id if keep else None, snippets=True)
        typed = WIDENED if widened else message(app, "still_typing") if self.typing else ""
        app.status.say(f"{len(hits)}{more} match{'es' if len(hits) != 1 else ''} for {query}{typed}{note}")
        if app.reader.article is not None:
            work = partial(self._rematch, app.reader.article.body, query)
            app.run_worker(work, thread=True, exclusive=True, group="matches")

    def _show_statement_hits(self, query: str, found: Hits, widened: bool = False) -> None:
        hits = [hit for hit in found if isinstance(hit, StatementHit)]
        if query != self.query or not self.app.statements_only:
            return
        self.typing = self.typing or widened
        self.app.statement_results.show_hits(hits)
        shown = len(self.app.statement_results.hits)  # a repeated paragraph's statement once
        self.app.part(ListHeader).show_statements(shown, len(hits) >= SEARCH_LIMIT)
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        plural = "s" if shown != 1 else ""
        said = message(self.app, "statement_matches", shown=str(shown), more=more, plural=plural, query=query)
        self.app.status.say(said)

    def _show_query_error(self, query: str, message: str) -> None:
        if query == self.query:
            self.app.status.say(message, error=True)

    def _show_snippets(self, query: str, found: Mapping[str, Snippet]) -> None:
        if query == self.query:
            self.app.article_list.add_snippets(found)

    def _show_matches(self, body: str, matches: list[Span]) -> None:
        article = self.app.reader.article
        if article is not None and article.body == body:
            self.app.reader.set_matches(matches)

    def _show_filter(self, entity_filter: EntityFilter) -> None:
        app = self.app
        self.entity_filter = entity_filter
        if self.query and not app.statements_only:
            self.run()
        else:
            keep = app.reader.article
            app.article_list.set_summaries(entity_filter.summaries, keep.id if keep else None)
        app.status.say(entity_filter.describe(app))
        if not app.statements_only or not self.query:
            app.article_list.focus()

    def clear_filter(self) -> None:
        app = self.app
        entity_filter, self.entity_filter = self.entity_filter, None
        if self.query and not app.statements_only:
            self.run()
        else:
            self.restore_full_list()
        if entity_filter is not None:
            app.status.say(f"Filter cleared — {app.lists.count_text()}")
