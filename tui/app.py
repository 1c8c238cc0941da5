"""The kutip reader: article list, reader, entities and statements panes, search,
the quote finder, and citations copied to the clipboard.

Every archive call runs in a thread worker and reports back with
``call_from_thread``, so the UI never waits on the index. The user's settings
(theme, citation style, keys) are read once at start; key overrides are applied
to the command table, and bindings, footer, help and palette all follow it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.theme import Theme
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from kutip.index.facade import (
    Archive,
    Article,
    ArticleSummary,
    ClusterMember,
    Entity,
    EntityType,
    IndexProgress,
    IndexReport,
    QueryError,
    SearchHit,
    Span,
    Statement,
    StatementHit,
    StatementRow,
)
from kutip.tui.clipboard import CopyResult, copy_text_async
from kutip.tui.commands import COMMANDS, CommandsProvider, bindings, key_clashes, keymap, with_overrides
from kutip.tui.screens.cite import FallbackDialog
from kutip.tui.screens.citing import Citing, Target, describe_copy
from kutip.tui.screens.help import HelpScreen
from kutip.tui.screens.person import EntitiesProvider, PersonScreen, SpeakersProvider
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.screens.saved_searches import SavedSearchesProvider
from kutip.tui.screens.welcome import WelcomeChoice, WelcomeScreen
from kutip.tui.settings import SettingsError, load_settings, save_setting
from kutip.tui.userstate import SavedSearch, UserState
from kutip.tui.widgets.article_list import ArticleList, Snippet
from kutip.tui.widgets.article_reader import ArticleReader
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.facet_panel import FacetPanel
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.list_actions import ListActions
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.pane_list import PaneList, PersonRequested, StatementRowChosen, VersionsRequested
from kutip.tui.widgets.search_bar import SearchBar
from kutip.tui.widgets.statement_results import StatementResults
from kutip.tui.widgets.statements_pane import StatementsPane
from kutip.tui.widgets.status_line import StatusLine

SEARCH_DEBOUNCE = 0.15  # seconds of quiet typing before a search runs
SEARCH_LIMIT = 1000
POLL_INTERVAL = 2.0  # seconds between checks for changes by other processes
SIDE_FITS_FROM = 108  # columns the list, reader and side panes need at their minimum widths

Generation = tuple[int, int]
MAIN_SCREEN_ACTIONS = frozenset(c.action for c in COMMANDS if c.scope == "app" and c.main_screen)
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
    """The one-line summary of an indexing run: files, told apart from the articles the list counts
    (one JSON Lines file can hold many articles)."""
    files = report.added + report.updated + report.unchanged + len(report.skipped)
    text = f"Indexed {files} file{'s' if files != 1 else ''}: {report.added} added, "
    text += f"{report.updated} updated, {report.unchanged} unchanged"
    if report.removed:
        text += f", {report.removed} removed"
    if report.skipped:
        text += f", {len(report.skipped)} skipped"
    if report.interrupted:
        text += " (interrupted)"
    return text


SAMPLE_LABEL = "SAMPLE archive: fictional articles, kept apart from yours"


def default_sample_location() -> Path:
    """Where the sample archive lives: its own folder in the data dir, never the user's archive."""
    import platformdirs

    return Path(platformdirs.user_data_dir("kutip")) / "sample-index"


class KutipApp(App[None]):
    """The reader. ``index_paths``, when given, are indexed first (e.g. after a rebuild).

    With ``welcome`` (the CLI sets it when the archive is empty) the first-run screen
    opens on top; its sample key opens a separate archive at ``sample_location``.
    """

    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (SIDE_FITS_FROM, "-wide")]  # noqa: RUF012 (App types it so)
    CSS = "Screen.-narrow #side-column { display: none; }"  # `s` still shows it; the layout needs 108 cells
    TITLE = "kutip"
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("app"))
    COMMANDS = App.COMMANDS | {CommandsProvider, SpeakersProvider, EntitiesProvider, SavedSearchesProvider}

    def __init__(
        self,
        archive: Archive,
        *,
        index_paths: list[Path] | None = None,
        settings_file: Path | None = None,
        welcome: bool = False,
        sample_location: Path | None = None,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.welcome = welcome
        self.sample_location = sample_location  # None: default_sample_location()
        self.sample_archive: Archive | None = None
        self._welcome_folder: Path | None = None  # the folder the welcome screen asked to index
        self.index_paths = index_paths
        self.settings_file = settings_file  # None: the user's settings.toml
        self.settings, warnings = load_settings(settings_file)
        self.command_table = with_overrides(self.settings.keys)
        self.settings_warnings = [*warnings, *key_clashes(self.command_table)]
        self.set_keymap(keymap(self.command_table))
        self._saved_theme = self.settings.theme
        self._summaries_by_id: dict[str, ArticleSummary] = {}
        self.search_query = ""
        self.all_summaries: list[ArticleSummary] = []
        self.entity_filter: EntityFilter | None = None
        self._generation: Generation | None = None
        self._indexing = False
        self._cancel = threading.Event()
        self.search_debounce = SEARCH_DEBOUNCE  # tests set 0 so they need not sleep
        self.user_state = UserState.beside(archive.location)  # read marks, bookmarks, saved searches
        self.lists = ListActions(self)
        self.citing = Citing(self)
        self._typing = False  # the last search ran while typing (its last word a prefix)

    def compose(self) -> ComposeResult:
        yield Static("", id="archive-label", markup=False)  # shown only on the sample archive
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                yield SearchBar(id="search")
                yield FacetPanel(id="facets")
                yield ListHeader(id="list-header")
                yield ArticleList(id="articles")
                yield StatementResults(id="statement-results")
            yield ArticleReader(id="reader")
            with Vertical(id="side-column"):
                yield EntitiesPane(id="entities")
                yield StatementsPane(id="statements")
        yield StatusLine(id="status")
        yield KeysFooter()

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
    def facet_panel(self) -> FacetPanel:
        return self.main_screen.query_one(FacetPanel)

    @property
    def statements_only(self) -> bool:
        return self.search_bar.statements_only

    # -- lifecycle ----------------------------------------------------------

    def on_mount(self) -> None:
        if self.settings.theme and self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for warning in self.settings_warnings:
            self.notify(warning, title="Settings", severity="warning", timeout=12, markup=False)
        self.article_list.focus()
        self.article_list.set_read(self.user_state.read_ids)
        if self.user_state.problem:
            problem = self.user_state.problem
            self.notify(problem, title="Bookmarks", severity="warning", timeout=12, markup=False)
        if self.welcome:
            self.status.say("The archive is empty.")
            self.push_screen(WelcomeScreen(self.archive.location), callback=self._welcome_chosen)
        elif self.index_paths:
            self._indexing = True
            self.status.say("Indexing…")
            self._index(list(self.index_paths))
        else:
            self.status.say("Loading…")
            self._load_list()
        if getattr(self.archive, "damage", ""):  # the list still loads; search says why not
            self.notify(self.archive.damage, title="Archive", severity="error", timeout=20, markup=False)
        self.set_interval(POLL_INTERVAL, self._check_generation)

    def on_unmount(self) -> None:
        self._cancel.set()

    def _welcome_chosen(self, choice: WelcomeChoice | None) -> None:
        """Index the folder the user gave into their archive, or switch to the separate sample."""
        if choice is None:
            return
        self._indexing = True
        if choice.kind == "sample":
            self.sub_title = SAMPLE_LABEL
            self.status.say("Opening the sample archive…")
            self._open_sample(self.sample_location or default_sample_location())
        elif choice.path is not None:
            self.status.say(f"Indexing {choice.path}…")
            self._welcome_folder = choice.path
            self._index([choice.path])

    @work(thread=True, exclusive=True, group="index")
    def _open_sample(self, location: Path) -> None:
        from kutip.index.facade import sample_corpus_path

        try:
            sample = Archive.open(location)
            if sample.is_empty() or sample.needs_rebuild:
                sample.index([sample_corpus_path()], cancel=self._cancel)
        except Exception as error:  # shown; the user's (empty) archive stays open
            self.call_from_thread(self._after_index, None, f"Cannot open the sample archive: {error}")
            return
        self.call_from_thread(self._use_sample, sample)

    def _use_sample(self, sample: Archive) -> None:
        self.sample_archive = sample
        self.archive = sample
        self.user_state = UserState.beside(sample.location)  # the sample's bookmarks stay apart too
        self.article_list.set_read(self.user_state.read_ids)
        label = self.main_screen.query_one("#archive-label", Static)
        label.update(f"{SAMPLE_LABEL} — {sample.location}")
        label.add_class("shown")
        self._generation = None
        self._after_index(None, f"{SAMPLE_LABEL} ({sample.location})")

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
        folder, self._welcome_folder = self._welcome_folder, None
        found = report is not None and (report.added or report.updated or report.unchanged)
        if folder is not None and not found:
            note = error or f"No articles found in {folder}: try another folder."
            self.push_screen(WelcomeScreen(self.archive.location, note=note), callback=self._welcome_chosen)
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
    def _search(self, query: str, typing: bool = False, statements: bool = False) -> None:
        """Articles (or statements) matching ``query``; while ``typing`` it waits for a pause and
        its last word is a prefix. A newer search cancels this one (one worker group)."""
        worker = get_current_worker()
        if typing:
            time.sleep(self.search_debounce)
        if worker.is_cancelled:
            return
        try:  # article snippets are fetched for the rows on screen only (ArticleList.SnippetsWanted)
            if statements:
                found: Sequence[SearchHit | StatementHit] = self.archive.search_statements(
                    query, limit=SEARCH_LIMIT, prefix=typing
                )
            else:
                found = self.archive.search(query, limit=SEARCH_LIMIT, snippets=0, prefix=typing)
        except QueryError as error:
            if not worker.is_cancelled:
                self.call_from_thread(self._show_query_error, query, str(error))
            return
        except Exception as error:  # an engine fault must not take the reader down
            self.call_from_thread(self._show_query_error, query, f"Search failed: {error}")
            return
        if not worker.is_cancelled:
            show = self._show_statement_hits if statements else self._show_hits
            self.call_from_thread(show, query, found)

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
        others = self._other_reports(article)
        self.call_from_thread(self._show_article, article, matches, query, statement_id, others)

    def _other_reports(self, article: Article) -> dict[str, int]:
        try:
            return self.archive.other_reports(article)
        except Exception:  # the marker is a nicety; the article opens without it
            return {}

    @work(thread=True, exclusive=True, group="filter")
    def _filter_by_entity(self, entity: Entity) -> None:
        try:
            summaries = self.archive.articles_mentioning(entity.name, entity.type)
        except Exception as error:  # the list stays as it was
            self.call_from_thread(self.status.say, f"Cannot list the articles: {error}", error=True)
            return
        self.call_from_thread(self._show_filter, EntityFilter(entity, summaries))

    @work(thread=True, exclusive=True, group="snippets")
    def _fetch_snippets(self, ids: list[str], query: str, typing: bool) -> None:
        try:
            found = self.archive.snippets_for(ids, query, prefix=typing)
        except Exception:  # snippets are a nicety; the rows stay without them
            return
        self.call_from_thread(self._show_snippets, query, found)

    def _show_snippets(self, query: str, found: Mapping[str, Snippet]) -> None:
        if query == self.search_query:
            self.article_list.add_snippets(found)

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
            return self.archive.matches_in(body, query, prefix=self._typing)  # "ban" marks "banjir" too
        except Exception:  # highlights are a nicety; the article still opens without them
            return []

    # -- results, back on the UI thread --------------------------------------

    def _show_list(
        self,
        summaries: list[ArticleSummary],
        generation: Generation,
        keep_id: str | None,
        note: str,
    ) -> None:
        self.lists.persons_stale = True  # who each article mentions is read again when facets need it
        self.all_summaries = summaries
        self._summaries_by_id = {summary.id: summary for summary in summaries}
        self._generation = generation
        if self.entity_filter is not None:
            self._filter_by_entity(self.entity_filter.entity)  # the archive changed: refresh the filter too
        if self.search_query:
            self.run_search()
        elif self.entity_filter is None:
            self.article_list.set_summaries(summaries, keep_id)
        count = f"{len(summaries)} article{'s' if len(summaries) != 1 else ''}"
        if not summaries and not self._indexing:
            count = "The archive is empty"
        self.status.say(f"{note} — {count}" if note else count)

    def _show_filter(self, entity_filter: EntityFilter) -> None:
        self.entity_filter = entity_filter
        if self.search_query and not self.statements_only:
            self.run_search()
        else:
            keep = self.reader.article
            self.article_list.set_summaries(entity_filter.summaries, keep.id if keep else None)
        self.status.say(entity_filter.describe())
        if not self.statements_only or not self.search_query:
            self.article_list.focus()

    def _clear_filter(self) -> None:
        entity_filter, self.entity_filter = self.entity_filter, None
        if self.search_query and not self.statements_only:
            self.run_search()
        else:
            self._restore_full_list()
        if entity_filter is not None:
            self.status.say(f"Filter cleared — {len(self.all_summaries)} articles")

    def _show_hits(self, query: str, found: Sequence[SearchHit | StatementHit]) -> None:
        hits = [hit for hit in found if isinstance(hit, SearchHit)]
        if query != self.search_query:
            return
        keep = self.article_list.highlighted
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        note = ""
        if self.entity_filter is not None:
            allowed = self.entity_filter.ids
            hits = [hit for hit in hits if hit.summary.id in allowed]
            note = f" among articles mentioning {self.entity_filter.entity.name} — Esc clears"
        summaries = [hit.summary for hit in hits]
        self.article_list.set_summaries(summaries, keep.id if keep else None, snippets=True)
        typed = " (still typing: Enter searches exactly)" if self._typing else ""
        self.status.say(f"{len(hits)}{more} match{'es' if len(hits) != 1 else ''} for {query}{typed}{note}")
        if self.reader.article is not None:
            self._rematch_open_article(self.reader.article.body, query)

    def _show_statement_hits(self, query: str, found: Sequence[SearchHit | StatementHit]) -> None:
        hits = [hit for hit in found if isinstance(hit, StatementHit)]
        if query != self.search_query or not self.statements_only:
            return
        self.statement_results.show_hits(hits)
        more = "+" if len(hits) >= SEARCH_LIMIT else ""
        plural = "s" if len(hits) != 1 else ""
        self.status.say(f"{len(hits)}{more} statement{plural} match {query} — Enter opens the article at one")

    def _show_query_error(self, query: str, message: str) -> None:
        if query == self.search_query:
            self.status.say(message, error=True)

    def headline(self, article: Article) -> str:
        """The list's headline for an article: its title, or an untitled scrape's opening words."""
        summary = self._summaries_by_id.get(article.id)
        return (summary.headline if summary else article.title) or "(untitled)"

    def _show_article(
        self,
        article: Article,
        matches: list[Span],
        query: str,
        statement_id: str | None,
        others: dict[str, int] | None = None,
    ) -> None:
        headline = self.headline(article)
        self.lists.mark_read(article.id)
        self.reader.show_article(article, matches, others=others, headline=headline)
        self.entities_pane.show_article(article)
        self.statements_pane.show_article(article, others)
        if statement_id is not None and (statement := self.reader.show_statement(statement_id)) is not None:
            self.statements_pane.select_statement(statement_id)
            speaker = statement.speaker or "an unattributed speaker"
            self.status.say(f"Statement by {speaker} ({statement.kind}) in {article.outlet or headline}")
            return
        if self.entity_filter is not None and self._select_entity_named(article, self.entity_filter.entity):
            return
        if matches:
            self.status.say(f"Match 1/{len(matches)} for {query} — n/N for next/previous")
        else:
            self.status.say(headline)

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
        self.open_person(message.name, message.entity_type)

    def on_versions_requested(self, message: VersionsRequested) -> None:
        self.open_quote_finder(message.statement)

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

    def open_person(self, name: str, entity_type: EntityType | None = None) -> None:
        """The page of ``name``: a person's statements across the archive, or an organisation's or place's."""
        self.push_screen(PersonScreen(self.archive, name, entity_type), callback=self._person_closed)

    def _person_closed(self, row: StatementRow | None) -> None:
        if row is not None:
            self._open_statement(row)

    def _open_statement(self, row: StatementRow) -> None:
        """Open a statement's article, scrolled to the statement, with the cursor on it in the list."""
        self.open_at(row.article.id, row.statement.id)

    def open_at(self, article_id: str, statement_id: str | None) -> None:
        """Open an article (at a statement) with the list's cursor on it: when the search or a
        filter hides it, the list is shown whole again so the selection matches the reader."""
        index = self.article_list.index_of(article_id)
        if index is None and article_id in self._summaries_by_id:
            self._unnarrow()
            self.article_list.set_summaries(self.all_summaries, article_id)
            index = self.article_list.index_of(article_id)
        if index is not None:
            self.article_list.cursor = index
        self._open_article(article_id, "", statement_id)

    def _unnarrow(self) -> None:
        """Close the search, the entity filter and the facet filters (the order stays)."""
        if self.search_bar.is_open or self.search_query:
            self.workers.cancel_group(self, "search")
            self.search_query = ""
            with self.search_bar.prevent(Input.Changed):
                self.search_bar.close()
            self._show_statement_results(False)
        self.entity_filter = None
        self.article_list.shape = self.article_list.shape.cleared()

    def open_quote_finder(self, statement: Statement | None = None) -> None:
        """The quote finder: a phrase to type, or (given a statement) that statement's versions."""
        self.push_screen(QuoteFinderScreen(self.archive, statement), callback=self._finder_closed)

    def _finder_closed(self, member: ClusterMember | None) -> None:
        if member is not None:
            self.open_at(member.article, member.statement_id)

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value.strip()
        if self.search_query:
            self.run_search(typing=event.value == event.value.rstrip())
        else:
            self.workers.cancel_group(self, "search")
            self._restore_full_list()

    def run_search(self, typing: bool = False) -> None:
        """Search (the last word a prefix while ``typing``); the worker group drops a stale search."""
        self._typing = typing
        self._show_statement_results(self.statements_only)
        self._search(self.search_query, typing, self.statements_only)

    def _show_statement_results(self, on: bool) -> None:
        """Statement hits replace the article list while statements-only search has a query."""
        self.statement_results.display = on
        self.article_list.display = not on

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        if self.search_query and self._typing:
            self.run_search()  # Enter searches the words exactly as typed
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
            narrowed = self.article_list.shape.narrowed
            return bars.first().is_open or self.entity_filter is not None or selected or narrowed
        return True

    async def action_run_command(self, command_id: str) -> None:
        """Run a command from the palette on the node that owns its scope."""
        command = next((c for c in self.command_table if c.id == command_id), None)
        if command is None:
            return
        focused = self.focused
        targets: dict[str, App[None] | Widget] = {  # any other scope is a screen's own
            "app": self,
            "list": self.article_list,
            "reader": self.reader.body,
            "search": self.search_bar,
            "pane": focused if isinstance(focused, PaneList) else self.entities_pane,
            "entities": self.entities_pane,
            "statements": self.statements_pane,
            "facets": self.facet_panel,
        }
        await targets.get(command.scope, self.screen).run_action(command.action)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, less its Quit: the command table offers that one."""
        return (command for command in super().get_system_commands(screen) if command.title != "Quit")

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.command_table))

    def action_quote_finder(self) -> None:
        self.open_quote_finder()

    def action_search(self) -> None:
        self.search_bar.open()

    def action_close_search(self) -> None:
        """Esc peels one layer: the search, the entity filter, the facet filters, the selected entity."""
        if self.search_bar.is_open:
            with self.search_bar.prevent(Input.Changed):  # all of it now, so it is drawn in one frame
                self.search_bar.close()
            self.search_query = ""
            self.workers.cancel_group(self, "search")
            self._restore_full_list()
            self.main_screen.set_focus(self.article_list)
        elif self.entity_filter is not None:
            self._clear_filter()
        elif self.article_list.shape.narrowed:
            self.action_clear_facets()
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
            self.run_search()
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

    # -- citations and the clipboard --------------------------------------------

    def citation_target(self) -> Target | None:
        """What c, y and b act on: the statement under the cursor, else the open article."""
        return self.citing.target()

    def action_cite(self) -> None:
        self.citing.cite()

    def action_cite_choose(self) -> None:
        self.citing.choose()

    def action_copy_text(self) -> None:
        self.citing.copy_text()

    @work(exclusive=True, group="copy")
    async def copy_out(self, text: str, what: str) -> None:
        """Run the copy chain (slow steps in threads); say which step holds the text, or show it."""
        self.status.say(f"Copying {what}…")
        try:
            result = await copy_text_async(self, text)
        except Exception as error:  # never lose the text: show it
            result = CopyResult("none", f"Not copied: {error}")
        message = describe_copy(result, what)
        if message is not None:
            self.status.say(message)
            return
        self.status.say(f"Could not copy {what} to a clipboard: it is shown to copy by hand", error=True)
        self.push_screen(FallbackDialog(text, result.path, result.detail))

    # -- settings -------------------------------------------------------------------

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self._saved_theme:
            self._saved_theme = theme.name
            self._save_theme(theme.name)

    @work(thread=True, exclusive=True, group="settings")
    def _save_theme(self, name: str) -> None:
        try:
            save_setting("theme", name, self.settings_file)
        except (SettingsError, OSError) as error:
            self.call_from_thread(self.status.say, f"Theme not saved: {error}", error=True)
            return
        self.call_from_thread(self.status.say, f"Theme {name} saved to the settings")

    # -- read state, bookmarks, saved searches, sorting, facets (kutip.tui.widgets.list_actions) --

    def action_bookmark(self) -> None:
        self.lists.bookmark()

    def action_bookmarks(self) -> None:
        self.lists.bookmarks()

    def action_unread_only(self) -> None:
        self.lists.unread_only()

    def action_save_search(self) -> None:
        self.lists.save_search()

    def action_saved_searches(self) -> None:
        self.lists.saved_searches()

    def run_saved_search(self, search: SavedSearch) -> None:
        """The palette's "Search: <name>"."""
        self.lists.run_saved_search(search)

    def action_sort(self) -> None:
        self.lists.sort()

    def action_facets(self) -> None:
        self.lists.facets()

    def action_clear_facets(self) -> None:
        self.lists.clear_facets()

    def on_article_list_mark_read_requested(self, message: ArticleList.MarkReadRequested) -> None:
        self.lists.toggle_read(message.summary.id, message.summary.headline)

    def on_facet_panel_chosen(self, message: FacetPanel.Chosen) -> None:
        self.lists.choose_facet(message.facet, message.value)

    def on_article_list_shown(self, message: ArticleList.Shown) -> None:
        self.lists.shown()

    def on_article_list_snippets_wanted(self, message: ArticleList.SnippetsWanted) -> None:
        if self.search_query and not self.statements_only:
            self._fetch_snippets(message.ids, self.search_query, self._typing)
