"""The kutip reader: article list, reader, entities and statements panes, and search.

Every archive call runs in a thread worker and reports back with
``call_from_thread``, so the UI never waits on the index.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from kutip.index.facade import (
    Archive,
    Article,
    ArticleSummary,
    Entity,
    EntityType,
    IndexProgress,
    IndexReport,
    QueryError,
    SearchHit,
    Span,
    StatementHit,
    StatementRow,
)
from kutip.tui.commands import COMMANDS_BY_ID, CommandsProvider, bindings
from kutip.tui.screens.help import HelpScreen
from kutip.tui.screens.person import PersonScreen, SpeakersProvider
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.article_reader import ArticleReader
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.pane_list import PaneList, PersonRequested, StatementRowChosen
from kutip.tui.widgets.search_bar import SearchBar
from kutip.tui.widgets.statement_results import StatementResults
from kutip.tui.widgets.statements_pane import StatementsPane
from kutip.tui.widgets.status_line import StatusLine

SEARCH_DEBOUNCE = 0.15  # seconds of quiet typing before a search runs
SEARCH_LIMIT = 1000
POLL_INTERVAL = 2.0  # seconds between checks for changes by other processes

Generation = tuple[int, int]
MAIN_SCREEN_ACTIONS = frozenset(
    {"search", "close_search", "reload", "next_match", "previous_match", "toggle_statements", "toggle_side"}
)
"""App actions that act on the main screen's widgets: off while another screen is on top."""


@dataclass(frozen=True, slots=True)
class EntityFilter:
    """The article list narrowed to the articles that mention one entity."""

    entity: Entity
    summaries: list[ArticleSummary]

    @property
    def ids(self) -> set[str]:
        return {summary.id for summary in self.summaries}

    def describe(self) -> str:
        count = len(self.summaries)
        verb = "mention" if count != 1 else "mentions"
        return f"{count} article{'s' if count != 1 else ''} {verb} {self.entity.name} — Esc clears"


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
    COMMANDS = App.COMMANDS | {CommandsProvider, SpeakersProvider}

    def __init__(self, archive: Archive, *, index_paths: list[Path] | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.index_paths = index_paths
        self.search_query = ""
        self.all_summaries: list[ArticleSummary] = []
        self.entity_filter: EntityFilter | None = None
        self._generation: Generation | None = None
        self._indexing = False
        self._cancel = threading.Event()

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                yield SearchBar(id="search")
                yield ArticleList(id="articles")
                yield StatementResults(id="statement-results")
            yield ArticleReader(id="reader")
            with Vertical(id="side-column"):
                yield EntitiesPane(id="entities")
                yield StatementsPane(id="statements")
        yield StatusLine(id="status")
        yield Footer()

    # -- parts --------------------------------------------------------------

    @property
    def main_screen(self) -> Screen[object]:
        """The reader's screen, even while the person view or help is on top."""
        return self.screen_stack[0]

    @property
    def article_list(self) -> ArticleList:
        return self.main_screen.query_one(ArticleList)

    @property
    def reader(self) -> ArticleReader:
        return self.main_screen.query_one(ArticleReader)

    @property
    def search_bar(self) -> SearchBar:
        return self.main_screen.query_one(SearchBar)

    @property
    def status(self) -> StatusLine:
        return self.main_screen.query_one(StatusLine)

    @property
    def entities_pane(self) -> EntitiesPane:
        return self.main_screen.query_one(EntitiesPane)

    @property
    def statements_pane(self) -> StatementsPane:
        return self.main_screen.query_one(StatementsPane)

    @property
    def statement_results(self) -> StatementResults:
        return self.main_screen.query_one(StatementResults)

    @property
    def statements_only(self) -> bool:
        return self.search_bar.statements_only

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

    @work(thread=True, exclusive=True, group="search")
    def _search_statements(self, query: str) -> None:
        worker = get_current_worker()
        time.sleep(SEARCH_DEBOUNCE)
        if worker.is_cancelled:
            return
        try:
            hits = self.archive.search_statements(query, limit=SEARCH_LIMIT)
        except QueryError as error:
            if not worker.is_cancelled:
                self.call_from_thread(self._show_query_error, query, str(error))
            return
        except Exception as error:
            self.call_from_thread(self._show_query_error, query, f"Search failed: {error}")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._show_statement_hits, query, hits)

    @work(thread=True, exclusive=True, group="article")
    def _open_article(self, article_id: str, query: str, statement_id: str | None = None) -> None:
        try:
            article = self.archive.article(article_id)
        except Exception as error:  # shown in the status line; the list stays usable
            self.call_from_thread(self.status.say, f"Cannot open the article: {error}", error=True)
            return
        if article is None:
            self.call_from_thread(self.status.say, "That article is no longer in the archive.", error=True)
            return
        matches = self._matches(article.body, query)
        self.call_from_thread(self._show_article, article, matches, query, statement_id)

    @work(thread=True, exclusive=True, group="filter")
    def _filter_by_entity(self, entity: Entity) -> None:
        try:
            summaries = self.archive.articles_mentioning(entity.name, entity.type)
        except Exception as error:  # the list stays as it was
            self.call_from_thread(self.status.say, f"Cannot list the articles: {error}", error=True)
            return
        self.call_from_thread(self._show_filter, EntityFilter(entity, summaries))

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
        if self.entity_filter is not None:
            self._filter_by_entity(self.entity_filter.entity)  # the archive changed: refresh the filter too
        if self.search_query:
            self._run_search()
        elif self.entity_filter is None:
            self.article_list.set_summaries(summaries, keep_id)
        count = f"{len(summaries)} article{'s' if len(summaries) != 1 else ''}"
        if not summaries and not self._indexing:
            count = "The archive is empty"
        self.status.say(f"{note} — {count}" if note else count)

    def _show_filter(self, entity_filter: EntityFilter) -> None:
        self.entity_filter = entity_filter
        if self.search_query and not self.statements_only:
            self._run_search()
        else:
            keep = self.reader.article
            self.article_list.set_summaries(entity_filter.summaries, keep.id if keep else None)
        self.status.say(entity_filter.describe())
        if not self.statements_only or not self.search_query:
            self.article_list.focus()

    def _clear_filter(self) -> None:
        entity_filter, self.entity_filter = self.entity_filter, None
        if self.search_query and not self.statements_only:
            self._run_search()
        else:
            self._restore_full_list()
        if entity_filter is not None:
            self.status.say(f"Filter cleared — {len(self.all_summaries)} articles")

    def _show_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        if query != self.search_query:
            return
        keep = self.article_list.highlighted
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        note = ""
        if self.entity_filter is not None:
            allowed = self.entity_filter.ids
            hits = [hit for hit in hits if hit.summary.id in allowed]
            note = f" among articles mentioning {self.entity_filter.entity.name} — Esc clears"
        self.article_list.set_summaries([hit.summary for hit in hits], keep.id if keep else None)
        self.status.say(f"{len(hits)}{more} match{'es' if len(hits) != 1 else ''} for {query}{note}")
        if self.reader.article is not None:
            self._rematch_open_article(self.reader.article.body, query)

    def _show_statement_hits(self, query: str, hits: Sequence[StatementHit]) -> None:
        if query != self.search_query or not self.statements_only:
            return
        self.statement_results.show_hits(hits)
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        plural = "s" if len(hits) != 1 else ""
        self.status.say(f"{len(hits)}{more} statement{plural} match {query} — Enter opens the article at one")

    def _show_query_error(self, query: str, message: str) -> None:
        if query == self.search_query:
            self.status.say(message, error=True)

    def _show_article(
        self, article: Article, matches: list[Span], query: str, statement_id: str | None
    ) -> None:
        self.reader.show_article(article, matches)
        self.entities_pane.show_article(article)
        self.statements_pane.show_article(article)
        if statement_id is not None and (statement := self.reader.show_statement(statement_id)) is not None:
            self.statements_pane.select_statement(statement_id)
            speaker = statement.speaker or "an unattributed speaker"
            self.status.say(f"Statement by {speaker} ({statement.kind}) in {article.outlet or article.title}")
            return
        if self.entity_filter is not None and self._select_entity_named(article, self.entity_filter.entity):
            return
        if matches:
            self.status.say(f"Match 1/{len(matches)} for {query} — n/N for next/previous")
        else:
            self.status.say(article.title)

    def _select_entity_named(self, article: Article, wanted: Entity) -> bool:
        """Mark ``wanted`` in a newly opened article when it is there (after filtering by it)."""
        entity = next((e for e in article.entities if e.name == wanted.name and e.type == wanted.type), None)
        if entity is None or not entity.mentions:
            return False
        self.entities_pane.select_entity(entity)
        self._choose_entity(entity)
        return True

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

    def on_entities_pane_chosen(self, message: EntitiesPane.Chosen) -> None:
        self._choose_entity(message.entity)

    def on_entities_pane_mentioning_requested(self, message: EntitiesPane.MentioningRequested) -> None:
        self.status.say(f"Finding articles that mention {message.entity.name}…")
        self._filter_by_entity(message.entity)

    def on_statements_pane_chosen(self, message: StatementsPane.Chosen) -> None:
        statement = self.reader.show_statement(message.statement.id)
        if statement is not None:
            speaker = statement.speaker or "an unattributed speaker"
            via = f", via {statement.via}" if statement.via else ""
            self.status.say(f"Statement by {speaker} ({statement.kind}{via})")

    def on_person_requested(self, message: PersonRequested) -> None:
        self.open_person(message.name)

    def on_statement_row_chosen(self, message: StatementRowChosen) -> None:
        self._open_statement(message.row)

    def _choose_entity(self, entity: Entity) -> None:
        current = self.reader.select_entity(entity)
        if current is None:
            why = "credited, not mentioned in the body" if entity.type == EntityType.PERSON else "no mentions"
            self.status.say(f"{entity.name}: {why} — a: articles mentioning")
            return
        count = len(self.reader.mentions)
        keys = "n/N next/previous, a: articles mentioning, Esc clears"
        self.status.say(f"{entity.name}: mention {current + 1}/{count} — {keys}")

    def open_person(self, name: str) -> None:
        """Show every statement by ``name`` across the archive (the palette's "Statements by …")."""
        self.push_screen(PersonScreen(self.archive, name), callback=self._person_closed)

    def _person_closed(self, row: StatementRow | None) -> None:
        if row is not None:
            self._open_statement(row)

    def _open_statement(self, row: StatementRow) -> None:
        """Open a statement's article, scrolled to the statement, with the cursor on it in the list."""
        index = self.article_list.index_of(row.article.id)
        if index is not None:
            self.article_list.cursor = index
        self._open_article(row.article.id, "", row.statement.id)

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value.strip()
        if self.search_query:
            self._run_search()
        else:
            self.workers.cancel_group(self, "search")
            self._restore_full_list()

    def _run_search(self) -> None:
        self._show_statement_results(self.statements_only)
        if self.statements_only:
            self._search_statements(self.search_query)
        else:
            self._search(self.search_query)

    def _show_statement_results(self, on: bool) -> None:
        """Statement hits replace the article list while statements-only search has a query."""
        self.statement_results.display = on
        self.article_list.display = not on

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        if self.statements_only and self.search_query:
            self.statement_results.focus()
        else:
            self.article_list.focus()

    def _restore_full_list(self) -> None:
        self._show_statement_results(False)
        keep = self.article_list.highlighted
        if self.entity_filter is not None:
            self.article_list.set_summaries(self.entity_filter.summaries, keep.id if keep else None)
            self.status.say(self.entity_filter.describe())
            return
        self.article_list.set_summaries(self.all_summaries, keep.id if keep else None)
        self.status.say(f"{len(self.all_summaries)} articles")

    # -- actions (named in kutip.tui.commands) --------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Main-screen actions rest while another screen is on top; Esc shows only when it has work."""
        if action in MAIN_SCREEN_ACTIONS and self.screen is not self.main_screen:
            return False
        if action == "close_search":
            bars = self.main_screen.query(SearchBar)
            if not bars:
                return False
            selected = self.reader.selected_entity is not None
            return bars.first().is_open or self.entity_filter is not None or selected
        return True

    async def action_run_command(self, command_id: str) -> None:
        """Run a command from the palette on the node that owns its scope."""
        command = COMMANDS_BY_ID.get(command_id)
        if command is None:
            return
        focused = self.focused
        targets: dict[str, App[None] | Widget] = {
            "app": self,
            "list": self.article_list,
            "reader": self.reader.body,
            "search": self.search_bar,
            "help": self.screen,
            "pane": focused if isinstance(focused, PaneList) else self.entities_pane,
            "entities": self.entities_pane,
            "statements": self.statements_pane,
            "person": self.screen,
        }
        await targets[command.scope].run_action(command.action)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        self.search_bar.open()

    def action_close_search(self) -> None:
        """Esc peels one layer: the search, then the entity filter, then the selected entity."""
        if self.search_bar.is_open:
            self.search_bar.close()  # clearing the value restores the (filtered) list
            self.article_list.focus()
        elif self.entity_filter is not None:
            self._clear_filter()
        elif self.reader.selected_entity is not None:
            self.reader.select_entity(None)
            self.status.say("Selection cleared — n/N step through search matches")
        self.refresh_bindings()

    def action_toggle_statements(self) -> None:
        bar = self.search_bar
        bar.set_statements_only(not bar.statements_only)
        if not bar.is_open:
            bar.open()
        else:
            bar.focus()
        self.status.say("Searching statements: words, or speaker:name words" if bar.statements_only
                        else "Searching articles")
        if self.search_query:
            self._run_search()
        else:
            self._show_statement_results(False)

    def action_toggle_side(self) -> None:
        side = self.main_screen.query_one("#side-column")
        side.display = not side.display
        if not side.display and self.focused is not None and side in self.focused.ancestors:
            self.reader.body.focus()

    def action_reload(self) -> None:
        self.status.say("Reloading…")
        self._reload(note="Reloaded")

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        reader = self.reader
        if reader.selected_entity is not None and reader.mentions:
            mention = reader.step_mention(step)
            assert mention is not None
            name = reader.selected_entity.name
            self.status.say(f"{name}: mention {mention + 1}/{len(reader.mentions)} — Esc clears")
            return
        current = self.reader.step_match(step)
        if current is None:
            self.status.say("No matches in this article" if self.search_query else "No search yet: press /")
            return
        self.status.say(f"Match {current + 1}/{len(self.reader.matches)} for {self.search_query}")

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
