"""The kutip reader: article list, reader pane and search, over one ``Archive``.

Every archive call runs in a thread worker and reports back with
``call_from_thread``, so the UI never waits on the index.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from kutip.index.facade import (
    Archive,
    Article,
    ArticleSummary,
    IndexProgress,
    IndexReport,
    QueryError,
    SearchHit,
    Span,
)
from kutip.tui.commands import COMMANDS_BY_ID, CommandsProvider, bindings
from kutip.tui.screens.help import HelpScreen
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.article_reader import ArticleReader
from kutip.tui.widgets.search_bar import SearchBar
from kutip.tui.widgets.status_line import StatusLine

SEARCH_DEBOUNCE = 0.15  # seconds of quiet typing before a search runs
SEARCH_LIMIT = 1000
POLL_INTERVAL = 2.0  # seconds between checks for changes by other processes

Generation = tuple[int, int]


def describe_report(report: IndexReport) -> str:
    """The one-line summary of an indexing run."""
    text = f"Indexed: {report.added} added, {report.updated} updated, {report.unchanged} unchanged"
    if report.removed:
        text += f", {report.removed} removed"
    if report.skipped:
        text += f", {len(report.skipped)} skipped"
    if report.interrupted:
        text += " (interrupted)"
    return text


class KutipApp(App[None]):
    """The reader. ``index_paths``, when given, are indexed first (the CLI passes the sample corpus)."""

    CSS_PATH = "app.tcss"
    TITLE = "kutip"
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("app"))
    COMMANDS = App.COMMANDS | {CommandsProvider}

    def __init__(self, archive: Archive, *, index_paths: list[Path] | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.index_paths = index_paths
        self.search_query = ""
        self.all_summaries: list[ArticleSummary] = []
        self._generation: Generation | None = None
        self._indexing = False
        self._cancel = threading.Event()

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                yield SearchBar(id="search")
                yield ArticleList(id="articles")
            yield ArticleReader(id="reader")
        yield StatusLine(id="status")
        yield Footer()

    # -- parts --------------------------------------------------------------

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ArticleReader:
        return self.query_one(ArticleReader)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    # -- lifecycle ----------------------------------------------------------

    def on_mount(self) -> None:
        self.article_list.focus()
        if self.index_paths:
            self._indexing = True
            self.status.say("Indexing…")
            self._index(list(self.index_paths))
        else:
            self.status.say("Loading…")
            self._load_list()
        self.set_interval(POLL_INTERVAL, self._check_generation)

    def on_unmount(self) -> None:
        self._cancel.set()

    # -- workers: all archive access happens here -----------------------------

    @work(thread=True, exclusive=True, group="index")
    def _index(self, paths: list[Path]) -> None:
        def progress(step: IndexProgress) -> None:
            self.call_from_thread(self.status.say, f"Indexing {step.done}/{step.total}: {step.path}")

        try:
            report = self.archive.index(paths, progress=progress, cancel=self._cancel)
        except Exception as error:  # shown, never swallowed: the list still loads what exists
            self.call_from_thread(self._after_index, None, f"Indexing failed: {error}")
            return
        self.call_from_thread(self._after_index, report, "")

    def _after_index(self, report: IndexReport | None, error: str) -> None:
        self._indexing = False
        self._load_list(note=error or describe_report(report) if report else error)

    @work(thread=True, exclusive=True, group="list")
    def _load_list(self, keep_id: str | None = None, note: str = "") -> None:
        try:
            generation = self.archive.generation()
            summaries = self.archive.summaries()
        except Exception as error:
            self.call_from_thread(self.status.say, f"Cannot read the archive: {error}", error=True)
            return
        self.call_from_thread(self._show_list, summaries, generation, keep_id, note)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        worker = get_current_worker()
        time.sleep(SEARCH_DEBOUNCE)
        if worker.is_cancelled:
            return
        try:
            hits = self.archive.search(query, limit=SEARCH_LIMIT)
        except QueryError as error:
            if not worker.is_cancelled:
                self.call_from_thread(self._show_query_error, query, str(error))
            return
        except Exception as error:  # an engine fault must not take the reader down
            self.call_from_thread(self._show_query_error, query, f"Search failed: {error}")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._show_hits, query, hits)

    @work(thread=True, exclusive=True, group="article")
    def _open_article(self, article_id: str, query: str) -> None:
        try:
            article = self.archive.article(article_id)
        except Exception as error:  # shown in the status line; the list stays usable
            self.call_from_thread(self.status.say, f"Cannot open the article: {error}", error=True)
            return
        if article is None:
            self.call_from_thread(self.status.say, "That article is no longer in the archive.", error=True)
            return
        matches = self._matches(article.body, query)
        self.call_from_thread(self._show_article, article, matches, query)

    @work(thread=True, exclusive=True, group="matches")
    def _rematch_open_article(self, body: str, query: str) -> None:
        matches = self._matches(body, query)
        self.call_from_thread(self._show_matches, body, matches)

    @work(thread=True, exclusive=True, group="poll")
    def _poll_generation(self) -> None:
        try:
            generation = self.archive.generation()
        except Exception:  # a busy or vanished index: try again at the next tick
            return
        self.call_from_thread(self._on_generation, generation)

    def _matches(self, body: str, query: str) -> list[Span]:
        if not query:
            return []
        try:
            return self.archive.matches_in(body, query)
        except Exception:  # highlights are a nicety; the article still opens without them
            return []

    # -- results, back on the UI thread --------------------------------------

    def _show_list(
        self, summaries: list[ArticleSummary], generation: Generation, keep_id: str | None, note: str
    ) -> None:
        self.all_summaries = summaries
        self._generation = generation
        if self.search_query:
            self._search(self.search_query)
        else:
            self.article_list.set_summaries(summaries, keep_id)
        count = f"{len(summaries)} article{'s' if len(summaries) != 1 else ''}"
        if not summaries and not self._indexing:
            count = "The archive is empty"
        self.status.say(f"{note} — {count}" if note else count)

    def _show_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        if query != self.search_query:
            return
        keep = self.article_list.highlighted
        self.article_list.set_summaries([hit.summary for hit in hits], keep.id if keep else None)
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        self.status.say(f"{len(hits)}{more} match{'es' if len(hits) != 1 else ''} for {query}")
        if self.reader.article is not None:
            self._rematch_open_article(self.reader.article.body, query)

    def _show_query_error(self, query: str, message: str) -> None:
        if query == self.search_query:
            self.status.say(message, error=True)

    def _show_article(self, article: Article, matches: list[Span], query: str) -> None:
        self.reader.show_article(article, matches)
        if matches:
            self.status.say(f"Match 1/{len(matches)} for {query} — n/N for next/previous")
        else:
            self.status.say(article.title)

    def _show_matches(self, body: str, matches: list[Span]) -> None:
        article = self.reader.article
        if article is not None and article.body == body:
            self.reader.set_matches(matches)

    def _on_generation(self, generation: Generation) -> None:
        if self._generation is None or self._indexing or generation == self._generation:
            return
        self._generation = generation
        self.status.say("The archive changed; reloading…")
        self._reload(note="The archive changed; list reloaded")

    def _check_generation(self) -> None:
        self._poll_generation()

    def _reload(self, note: str = "") -> None:
        current = self.article_list.highlighted
        self._load_list(current.id if current else None, note)

    # -- events -------------------------------------------------------------

    def on_article_list_selected(self, message: ArticleList.Selected) -> None:
        self._open_article(message.summary.id, self.search_query)

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value.strip()
        if self.search_query:
            self._search(self.search_query)
        else:
            self.workers.cancel_group(self, "search")
            self._restore_full_list()

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self.article_list.focus()

    def _restore_full_list(self) -> None:
        keep = self.article_list.highlighted
        self.article_list.set_summaries(self.all_summaries, keep.id if keep else None)
        self.status.say(f"{len(self.all_summaries)} articles")

    # -- actions (named in kutip.tui.commands) --------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc appears (and works) only while the search is open."""
        if action == "close_search":
            bars = self.query(SearchBar)
            return bool(bars) and bars.first().is_open
        return True

    async def action_run_command(self, command_id: str) -> None:
        """Run a command from the palette on the node that owns its scope."""
        command = COMMANDS_BY_ID.get(command_id)
        if command is None:
            return
        targets: dict[str, App[None] | Widget] = {
            "app": self,
            "list": self.article_list,
            "reader": self.reader.body,
            "search": self.search_bar,
            "help": self.screen,
        }
        await targets[command.scope].run_action(command.action)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        self.search_bar.open()

    def action_close_search(self) -> None:
        self.search_bar.close()  # clearing the value restores the full list
        self.article_list.focus()

    def action_reload(self) -> None:
        self.status.say("Reloading…")
        self._reload(note="Reloaded")

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        current = self.reader.step_match(step)
        if current is None:
            self.status.say("No matches in this article" if self.search_query else "No search yet: press /")
            return
        self.status.say(f"Match {current + 1}/{len(self.reader.matches)} for {self.search_query}")

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
