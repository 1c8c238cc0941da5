"""The kutip reader: article list, reader, entities and statements panes, search,
the quote finder, and citations copied to the clipboard.

The app lays out the main screen and hands each event and action over in a line to the
part that does that job: :mod:`~kutip.tui.loading` (the archive and its list),
:mod:`~kutip.tui.search_flow` (the search bar and the entity filter),
:mod:`~kutip.tui.opening` (what the reader shows), :class:`ListActions` (read state,
bookmarks, saved searches, sorting, facets) and :class:`Citing` (c, C, y). The user's
settings (theme, citation style, keys) are read once at start; key overrides are applied
to the command table, and bindings, footer, help and palette all follow it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import ClassVar, TypeVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from kutip.index.facade import Archive, Article, ArticleSummary, EntityType, IndexBusy, Statement
from kutip.tui.commands import COMMANDS, bindings, key_clashes, keymap, with_overrides
from kutip.tui.debounce import Debounce
from kutip.tui.heap import restore_heap, settle_heap
from kutip.tui.loading import SAMPLE_LABEL, Loading, default_sample_location, describe_report
from kutip.tui.messages import message
from kutip.tui.opening import Opening
from kutip.tui.palette_commands import CommandsProvider
from kutip.tui.scopes import scope_owner
from kutip.tui.screens.citing import Citing, Target
from kutip.tui.screens.help import HelpScreen
from kutip.tui.screens.palette_pages import EntitiesProvider, SpeakersProvider
from kutip.tui.screens.reader_screen import ReaderScreen
from kutip.tui.screens.saved_searches import SavedSearchesProvider
from kutip.tui.search_flow import EntityFilter, SearchFlow
from kutip.tui.settings import load_settings
from kutip.tui.switching import quick_switches, restore_switches
from kutip.tui.theme_keeper import ThemeKeeper
from kutip.tui.userstate import SavedSearch, UserState
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.article_reader import ArticleReader
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.facet_panel import FacetPanel
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.list_actions import ListActions
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.pane_list import PersonRequested, StatementRowChosen, VersionsRequested
from kutip.tui.widgets.search_bar import SearchBar
from kutip.tui.widgets.statement_results import StatementResults
from kutip.tui.widgets.statements_pane import StatementsPane
from kutip.tui.widgets.status_line import StatusLine

__all__ = ["MAIN_SCREEN_ACTIONS", "SAMPLE_LABEL", "KutipApp", "default_sample_location", "describe_report"]

SIDE_FITS_FROM = 108  # columns the list, reader and side panes need at their minimum widths (app.tcss)
PartT = TypeVar("PartT", bound=Widget)
MAIN_SCREEN_ACTIONS = frozenset(c.action for c in COMMANDS if c.scope == "app" and c.main_screen)
"""App actions that act on the main screen's widgets: off while another screen is on top."""


class KutipApp(App[None]):
    """The reader. ``index_paths``, when given, are indexed first (e.g. after a rebuild).

    With ``welcome`` (the CLI sets it when the archive is empty) the first-run screen
    opens on top; its sample key opens a separate archive at ``sample_location``.
    ``debounce`` is how long searches wait for a pause in typing (tests give none).
    """

    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (SIDE_FITS_FROM, "-wide")]  # noqa: RUF012 (App types it so)
    TITLE = "kutip"
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("app"))
    # The palette is the command table (and its people, entities and saved searches) only: Textual's
    # system commands (Keys, Maximize, Screenshot) have no key here, and its theme list is T below.
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        CommandsProvider, SpeakersProvider, EntitiesProvider, SavedSearchesProvider,
    }

    def __init__(
        self,
        archive: Archive,
        *,
        index_paths: list[Path] | None = None,
        settings_file: Path | None = None,
        welcome: bool = False,
        sample_location: Path | None = None,
        debounce: Debounce | None = None,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.welcome = welcome
        self.sample_location = sample_location  # None: default_sample_location()
        self.sample_archive: Archive | None = None
        self.index_paths = index_paths
        self.debounce = debounce or Debounce()
        self.settings_file = settings_file  # None: the user's settings.toml
        self.settings, warnings = load_settings(settings_file)
        self.command_table = with_overrides(self.settings.keys)
        self.settings_warnings = [*warnings, *key_clashes(self.command_table)]
        self.set_keymap(keymap(self.command_table))
        self.all_summaries: list[ArticleSummary] = []
        self._summaries_by_id: dict[str, ArticleSummary] = {}
        self.outlet_names: Mapping[str, str] = {}  # other spellings -> one name (tui.outlet_names)
        self.cancel = threading.Event()  # set on exit: an indexing run stops between files
        self.user_state = UserState.beside(archive.location)  # read marks, bookmarks, saved searches
        self.loading = Loading(self)
        self.searching = SearchFlow(self)
        self.opening = Opening(self)
        self.lists = ListActions(self)
        self.citing = Citing(self)
        self.themes = ThemeKeeper(self)
        self._parts: dict[type[Widget], Widget] = {}

    def get_default_screen(self) -> Screen[object]:
        return ReaderScreen(id="_default")  # a change of focus does not redraw the whole screen

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

    def part(self, kind: type[PartT]) -> PartT:
        """The main screen's widget of ``kind``, found once (a key asks for several; a query is slow)."""
        found = self._parts.get(kind)
        if found is None or not found.is_attached or found.screen is not self.main_screen:
            found = self._parts[kind] = self.main_screen.query_one(kind)
        return found  # type: ignore[return-value]

    @property
    def main_screen(self) -> Screen[object]:
        """The reader's screen, even while the person view or help is on top."""
        return self.screen_stack[0]

    @property
    def article_list(self) -> ArticleList:
        return self.part(ArticleList)

    @property
    def reader(self) -> ArticleReader:
        return self.part(ArticleReader)

    @property
    def search_bar(self) -> SearchBar:
        return self.part(SearchBar)

    @property
    def status(self) -> StatusLine:
        return self.part(StatusLine)

    @property
    def entities_pane(self) -> EntitiesPane:
        return self.part(EntitiesPane)

    @property
    def statements_pane(self) -> StatementsPane:
        return self.part(StatementsPane)

    @property
    def statement_results(self) -> StatementResults:
        return self.part(StatementResults)

    @property
    def facet_panel(self) -> FacetPanel:
        return self.part(FacetPanel)

    @property
    def statements_only(self) -> bool:
        return self.search_bar.statements_only

    @property
    def search_query(self) -> str:
        return self.searching.query

    @search_query.setter
    def search_query(self, query: str) -> None:
        self.searching.query = query

    @property
    def entity_filter(self) -> EntityFilter | None:
        return self.searching.entity_filter

    def set_all_summaries(
        self,
        summaries: list[ArticleSummary],
        by_id: dict[str, ArticleSummary] | None = None,
        rows: dict[str, int] | None = None,
    ) -> None:
        """The archive's list; ``by_id`` (its summaries by id) and ``rows`` (its row of each id)
        when a worker built them already, else built here (the list's top, a few rows)."""
        self.all_summaries = summaries
        self._summaries_by_id = {summary.id: summary for summary in summaries} if by_id is None else by_id
        if rows is None:
            rows = {summary.id: row for row, summary in enumerate(summaries)}
        self.article_list.know_rows(summaries, rows)

    @property
    def summaries_by_id(self) -> dict[str, ArticleSummary]:
        """Every listed article's summary by id (replaced whole on reload, so a thread may read it)."""
        return self._summaries_by_id

    def knows(self, article_id: str) -> bool:
        """Whether the article is in the archive's list (shown or not)."""
        return article_id in self._summaries_by_id

    def headline(self, article: Article) -> str:
        """The list's headline for an article: its title, or an untitled scrape's opening words."""
        summary = self._summaries_by_id.get(article.id)
        return (summary.headline if summary else article.title) or "(untitled)"

    # -- lifecycle ----------------------------------------------------------

    def on_mount(self) -> None:
        quick_switches()  # the UI thread gets the interpreter back promptly from a search thread
        settle_heap()  # the modules and the screen out of collections before the list is read (tui.heap)
        self.themes.start()
        for warning in self.settings_warnings:
            self.notify(warning, title="Settings", severity="warning", timeout=12, markup=False)
        self.article_list.focus()
        self.article_list.on_shown = self._list_shown
        self.article_list.set_read(self.user_state.read_ids)
        if self.user_state.problem:
            problem = self.user_state.problem
            self.notify(problem, title="Bookmarks", severity="warning", timeout=12, markup=False)
        # the list still loads from the store when the search index is damaged. Knowing it opens
        # the search engine: before an indexing run takes the writer lock, else in a worker, not
        # before the first paint
        if self.index_paths is not None:
            self._report_damage()
        self.loading.start()
        if self.index_paths is None:
            self.run_worker(self._report_damage, thread=True, group="damage")

    def _report_damage(self) -> None:
        try:
            damage = getattr(self.archive, "damage", "")
        except IndexBusy:  # another process is creating the archive: its run says how it went
            return
        if damage:
            notify = partial(self.notify, title="Archive", severity="error", timeout=20, markup=False)
            if threading.current_thread() is threading.main_thread():
                notify(damage)
            else:
                self.call_from_thread(notify, damage)

    def on_unmount(self) -> None:
        self.cancel.set()
        self.searching.searches.stop()  # a search under way must not outlive the reader
        restore_heap()
        restore_switches()

    def _check_generation(self) -> None:
        self.loading.poll()

    # -- events -------------------------------------------------------------

    def on_article_list_selected(self, message: ArticleList.Selected) -> None:
        self.opening.article(message.summary.id, self.search_query)

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        if message.summary is not None:
            self.opening.read_ahead(message.summary.id)

    def on_entities_pane_chosen(self, message: EntitiesPane.Chosen) -> None:
        self.opening.entity(message.entity)

    def on_entities_pane_mentioning_requested(self, message: EntitiesPane.MentioningRequested) -> None:
        self.searching.filter_by_entity(message.entity)

    def on_statements_pane_chosen(self, message: StatementsPane.Chosen) -> None:
        self.opening.statement_chosen(message.statement)

    def on_person_requested(self, message: PersonRequested) -> None:
        self.open_person(message.name, message.entity_type)

    def on_versions_requested(self, message: VersionsRequested) -> None:
        self.open_quote_finder(message.statement)

    def on_statement_row_chosen(self, message: StatementRowChosen) -> None:
        self.opening.statement(message.row)

    def open_person(self, name: str, entity_type: EntityType | None = None) -> None:
        """The page of ``name``: a person's statements across the archive, or an organisation's or place's."""
        self.opening.person(name, entity_type)

    def open_at(self, article_id: str, statement_id: str | None) -> None:
        """Open an article (at a statement) with the list's cursor on it."""
        self.opening.at(article_id, statement_id)

    def open_quote_finder(self, statement: Statement | None = None) -> None:
        self.opening.quote_finder(statement)

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.searching.changed(event.value)

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self.searching.submitted()

    def run_search(self, typing: bool = False) -> None:
        """Search (the last word a prefix while ``typing``); the worker group drops a stale search."""
        self.searching.run(typing)

    # -- actions (named in kutip.tui.commands) --------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Main-screen actions rest while another screen is on top; Esc shows only when it has work."""
        if action in MAIN_SCREEN_ACTIONS and self.screen is not self.main_screen:
            return False
        if action == "close_search":
            try:
                bar = self.search_bar
            except NoMatches:  # not composed yet
                return False
            selected = self.reader.selected_entity is not None
            narrowed = self.article_list.shape.narrowed
            return bar.is_open or self.entity_filter is not None or selected or narrowed
        return True

    async def action_run_command(self, command_id: str) -> None:
        """Run a command from the palette on the node that owns its scope (as its key would)."""
        command = next((c for c in self.command_table if c.id == command_id), None)
        if command is not None:
            await scope_owner(self, self.main_screen, command.scope).run_action(command.action)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.command_table))

    def action_quote_finder(self) -> None:
        """The versions of the statement the reader marks (the one ``c`` would cite: reached from a
        page, the finder or a bookmark), else a phrase to type: with the side panes hidden, the
        marked remark's other reports were out of reach."""
        target = self.citation_target()
        self.open_quote_finder(target[1] if target is not None else None)

    def action_search(self) -> None:
        self.search_bar.open()

    def action_close_search(self) -> None:
        """Esc peels one layer: the search, the entity filter, the facet filters, the selected entity."""
        if self.search_bar.is_open:
            self.searching.close_bar()
        elif self.entity_filter is not None:
            self.searching.clear_filter()
        elif self.article_list.shape.narrowed:
            self.action_clear_facets()
        elif self.reader.selected_entity is not None:
            self.reader.select_entity(None)
            self.status.say(message(self, "selection_cleared"))
        self.refresh_bindings()

    def action_toggle_statements(self) -> None:
        self.searching.toggle_statements()

    def action_toggle_side(self) -> None:
        screen = self.main_screen
        if isinstance(screen, ReaderScreen):
            screen.toggle_side()

    def action_reload(self) -> None:
        self.status.say("Reloading…")
        self.loading.reload(note="Reloaded")

    def action_next_match(self) -> None:
        self.opening.step(1)

    def action_previous_match(self) -> None:
        self.opening.step(-1)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    # -- citations and the clipboard (kutip.tui.screens.citing) -------------------------

    def citation_target(self) -> Target | None:
        """What c, y and b act on: the statement under the cursor, else the open article."""
        return self.citing.target()

    def action_cite(self) -> None:
        self.citing.cite()

    def action_cite_choose(self) -> None:
        self.citing.choose()

    def action_copy_text(self) -> None:
        self.citing.copy_text()

    def copy_out(self, text: str, what: str) -> None:
        """Copy ``text`` (named ``what`` in the status line) through the clipboard chain."""
        self.run_worker(self.citing.copy(text, what), exclusive=True, group="copy")

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
        self._list_shown()

    def _list_shown(self) -> None:
        """The list's rows changed: its header and the facet counts follow, in the same frame."""
        if self.screen_stack:  # a list shown as the reader quits (a search's last hits) updates nothing
            self.lists.shown()

    def on_article_list_snippets_wanted(self, message: ArticleList.SnippetsWanted) -> None:
        self.searching.fetch_snippets(message.ids)
