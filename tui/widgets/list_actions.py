"""The article list's commands that need the app: read marks, bookmarks, saved searches,
sorting and facets.

The app keeps one :class:`ListActions` and its ``action_*`` methods hand over to it in a
line, so ``KutipApp`` holds the wiring and this module the behaviour. Everything the
user keeps goes through :class:`kutip.tui.userstate.UserState`, saved at each change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from kutip.tui.messages import message
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.saved_searches import NamePrompt, SavedSearchesScreen
from kutip.tui.text import articles_count
from kutip.tui.userstate import Bookmark, SavedSearch, UserState, UserStateError, locate_statement
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.list_shape import Facet, ListShape

if TYPE_CHECKING:
    from kutip.tui.app import KutipApp


class ListActions:
    """What ``b``, ``B``, ``u``, ``m``, ``S``, ``R``, ``o``, ``F`` and ``x`` do."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app
        self.persons_stale = True  # the person facet's data is read when the panel first needs it

    @property
    def state(self) -> UserState:
        return self.app.user_state

    # -- read marks -------------------------------------------------------------------

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Mark at once in the list; the file is written in a thread."""
        if self.state.mark_read(article_id, read, save=False):
            self.app.article_list.set_read(self.state.read_ids, changed=article_id)
            self.app.run_worker(self._save, thread=True, group="state")

    def _save(self) -> None:
        try:
            self.state.save()
        except UserStateError as error:
            self.app.call_from_thread(self.app.status.say, f"Read mark not saved: {error}", error=True)

    def toggle_read(self, article_id: str, headline: str) -> None:
        read = not self.state.is_read(article_id)
        self.mark_read(article_id, read)
        self.app.status.say(f"Marked {'read' if read else 'unread'}: {headline or '(untitled)'}")

    def unread_only(self) -> None:
        self.refilter(self.app.article_list.shape.toggled_unread())

    # -- bookmarks ----------------------------------------------------------------------

    def bookmark(self) -> None:
        """Bookmark what ``c`` would cite: the statement under the cursor, else the open article."""
        app = self.app
        target = app.citation_target()
        if target is None:
            app.bell()
            self.say("no_target")
            return
        article, statement = target
        bookmark = Bookmark(
            kind="statement" if statement else "article",
            article=article.id,
            title=app.headline(article),
            outlet=article.outlet,
            date=article.date,
            statement=statement.id if statement else "",
            text=statement.text if statement else "",
            speaker=(statement.speaker or "") if statement else "",
            start=statement.start if statement else -1,
        )
        try:
            added = self.state.toggle_bookmark(bookmark)
        except UserStateError as error:
            app.status.say(f"Bookmark not saved: {error}", error=True)
            return
        what = "statement" if statement else "article"
        self.say("bookmarked" if added else "unbookmarked", what=what)

    def bookmarks(self) -> None:
        app = self.app
        try:  # one query: which bookmarked articles the archive still holds
            present: set[str] | None = app.archive.has_articles({b.article for b in self.state.bookmarks})
        except Exception:  # the view still lists them, from their saved words
            present = None
        app.push_screen(BookmarksScreen(self.state, present), callback=self._bookmark_chosen)

    def _bookmark_chosen(self, bookmark: Bookmark | None) -> None:
        if bookmark is not None:
            self.app.run_worker(
                lambda: self._open_bookmark(bookmark), thread=True, exclusive=True, group="article"
            )

    def _open_bookmark(self, bookmark: Bookmark) -> None:
        """(In a thread) find a bookmark's statement again, as a newer analysis may number it
        differently, then open it."""
        app = self.app
        try:
            article = app.archive.article(bookmark.article)
        except Exception as error:
            app.call_from_thread(app.status.say, f"Cannot open the bookmark: {error}", error=True)
            return
        if article is None:
            gone = f"“{bookmark.title}” is no longer in the archive (its bookmark is kept)"
            app.call_from_thread(app.status.say, gone, error=True)
            return
        statement = locate_statement(article.statements, bookmark) if bookmark.kind == "statement" else None
        app.call_from_thread(app.open_at, article.id, statement.id if statement else None)

    # -- saved searches -----------------------------------------------------------------

    def save_search(self) -> None:
        app = self.app
        if not app.search_query:
            app.bell()
            self.say("no_search")
            return
        query, statements = app.search_query, app.statements_only
        note = message(app, "name_search", what="Statements" if statements else "Articles", query=query)

        def named(name: str | None) -> None:
            if name is None:
                return
            try:
                self.state.save_search(name, query, statements)
            except UserStateError as error:
                app.status.say(f"Search not saved: {error}", error=True)
                return
            self.say("search_saved", name=name)

        app.push_screen(NamePrompt("Save this search as", note, query), callback=named)

    def saved_searches(self) -> None:
        self.app.push_screen(SavedSearchesScreen(self.state), callback=self._saved_search_chosen)

    def _saved_search_chosen(self, search: SavedSearch | None) -> None:
        if search is not None:
            self.run_saved_search(search)

    def run_saved_search(self, search: SavedSearch) -> None:
        """Put a saved search in the search bar and run it exactly as saved."""
        app = self.app
        bar = app.search_bar
        bar.set_statements_only(search.statements)
        bar.open()
        with bar.prevent(Input.Changed):
            bar.value = search.query
        app.search_query = search.query
        app.run_search()
        app.status.say(f"Searching “{search.name}”: {search.query}")

    def say(self, name: str, /, **values: str) -> None:
        """One of :data:`kutip.tui.messages.MESSAGES` in the status line, with the user's keys."""
        self.app.status.say(message(self.app, name, **values))

    # -- sorting and facets ---------------------------------------------------------------

    def sort(self) -> None:
        """The next order. Where the article list is not on screen (statement matches in its
        place, or the side panes in its column) the status line says what ``o`` did, or why not:
        the header naming the order is out of sight, and the key looked dead."""
        app = self.app
        if app.statement_results.display:
            self.say("sort_statements")
            return
        self.reshape(app.article_list.shape.next_sort())
        if not app.main_screen.query_one("#list-column").display:  # ``s`` showed the panes in its place
            searching = bool(app.search_query) and not app.statements_only
            self.say("sorted_unseen", order=app.article_list.shape.order(searching))

    def facets(self) -> None:
        app = self.app
        panel = app.facet_panel
        if panel.toggle():
            self.recount()
            panel.focus()
        elif panel.has_focus:
            app.article_list.focus()

    def clear_facets(self) -> None:
        shape = self.app.article_list.shape
        if not shape.narrowed:  # "Filters cleared" would claim a change that did not happen
            self.say("no_filters")
            return
        self.reshape(shape.cleared())
        self.app.status.say(f"Filters cleared — {self.count_text()}")

    def choose_facet(self, facet: Facet, value: str) -> None:
        self.refilter(self.app.article_list.shape.toggled_filter(facet, value))

    def reshape(self, shape: ListShape) -> None:
        self.app.article_list.set_shape(shape)

    def refilter(self, shape: ListShape) -> None:
        """Narrow or widen the list, and count what it shows: the count said before (the whole
        archive's, or a search's) no longer matches the rows."""
        self.reshape(shape)
        self.app.status.say(self.count_text())

    def count_text(self) -> str:
        """``40 articles``, or ``2 of 40 articles`` while a filter hides some of the list's rows
        (of the whole archive's, or of a search's matches)."""
        app = self.app
        article_list = app.article_list
        base = len(article_list.base)
        whole = app.loading.count_text() if article_list.base is app.all_summaries else articles_count(base)
        if not article_list.shape.narrowed:
            return whole
        return f"{len(article_list.summaries)} of {whole}"

    def shown(self) -> None:
        """The list changed (new base, order or filters): its header and the facet counts follow."""
        app = self.app
        article_list = app.article_list
        searching = bool(app.search_query) and not app.statements_only
        if app.statement_results.display:  # the header counts the statement results shown instead
            self.recount()
            return
        if app.loading.rest_pending and article_list.base is app.all_summaries:
            app.part(ListHeader).show_loading(article_list.shape, app.loading.total)
        else:
            entity_filter = app.searching.entity_filter
            app.part(ListHeader).show_shape(
                article_list.shape, searching, len(article_list.summaries), len(article_list.base),
                article_list.unread_count, mentioning=entity_filter.entity.name if entity_filter else "",
            )  # fmt: skip
        self.recount()

    def recount(self) -> None:
        panel = self.app.facet_panel
        if not panel.is_open:
            return
        article_list = self.app.article_list
        panel.show_counts(article_list.base, article_list.persons_of, article_list.shape)
        if self.persons_stale:  # counted without people this once; they follow from a worker
            self.persons_stale = False
            self.app.run_worker(self._load_persons, thread=True, exclusive=True, group="persons")

    def _load_persons(self) -> None:
        """(In a thread) who each article mentions: one query, and a name lookup per person."""
        app = self.app
        try:
            persons = app.archive.persons_by_article()
        except Exception as error:  # the other facets still count
            app.call_from_thread(app.status.say, f"Cannot count people: {error}", error=True)
            return
        app.call_from_thread(self._use_persons, persons)

    def _use_persons(self, persons: dict[str, frozenset[str]]) -> None:
        self.app.article_list.persons_of = persons
        self.recount()
