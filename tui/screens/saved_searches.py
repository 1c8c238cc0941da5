"""Saved searches: the dialog that names one, the view that lists them, the palette's entries.

A saved search is a query with a name (and whether it searched statements only),
kept in the user's state file. The palette offers "Search: <name>" for each, so a
saved search is two keystrokes away without opening the view.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from textual.app import ComposeResult
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Vertical
from textual.content import Content
from textual.markup import escape
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from kutip.tui.commands import key_hint, table_of
from kutip.tui.messages import message
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import one_line
from kutip.tui.userstate import SavedSearch, UserState, UserStateError
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.pane_list import PaneList

HINT = "searches_run: run — searches_delete: forget — searches_back: back"
EMPTY_HINT = "searches_back: back"


def search_prompt(search: SavedSearch) -> Content:
    where = "statements" if search.statements else "articles"
    query = f"{where}: {one_line(search.query)}"
    return Content.assemble((one_line(search.name), "bold"), "  ", (query, "$text-muted"))


class NamePrompt(ScopedKeys, ModalScreen[str | None], scope="prompt"):
    """Asks for a name; dismissed with it (stripped, never empty), or None on Esc."""

    DEFAULT_CSS = """
    NamePrompt {
        align: center middle;
        & > Vertical {
            width: 64; height: auto; border: round $primary; background: $surface; padding: 0 1;
            border-title-align: center;
        }
        & #prompt-note { color: $text-muted; }
    }
    """

    def __init__(self, title: str, note: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.note = note
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.title_text
            yield Static(Content(one_line(self.note)), id="prompt-note")
            yield Input(self.value, placeholder="a name, e.g. banjir bekasi", id="prompt-input")
        yield KeysFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = " ".join(event.value.split())
        if name:
            self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SavedSearchesScreen(ScopedKeys, Screen[SavedSearch | None], scope="searches"):
    """The saved searches; dismissed with the one to run, or None on Esc."""

    DEFAULT_CSS = """
    SavedSearchesScreen {
        & > #searches-header { padding: 0 1; height: auto; border-bottom: solid $primary-muted; }
        & > #searches-list { height: 1fr; border-top: none; }
        & > #searches-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    }
    """

    def __init__(self, state: UserState) -> None:
        super().__init__()
        self.state = state
        self.shown: list[SavedSearch] = []

    def hint(self) -> str:
        """The hint line, with the user's keys: with nothing listed, only the one that acts."""
        return key_hint(table_of(self.app), HINT if self.shown else EMPTY_HINT)

    def compose(self) -> ComposeResult:
        yield Static(id="searches-header")
        yield PaneList(id="searches-list", markup=False)
        yield Static(Content(self.hint()), id="searches-status")
        yield KeysFooter()

    @property
    def search_list(self) -> PaneList:
        return self.query_one("#searches-list", PaneList)

    def on_mount(self) -> None:
        self._fill()
        self.search_list.focus()

    def _fill(self, index: int = 0) -> None:
        self.shown = self.state.searches
        options = self.search_list
        options.clear_options()
        options.add_options([Option(search_prompt(s)) for s in self.shown])
        count = len(self.shown)
        said = f"{count}" if count else message(self.app, "no_saved_searches")
        header = Content.assemble(("Saved searches", "bold"), f"  {said}")
        self.query_one("#searches-header", Static).update(header)
        if self.shown:
            options.highlighted = max(0, min(index, count - 1))
        self.refresh_bindings()  # the footer's d comes and goes with the list's rows
        self.query_one("#searches-status", Static).update(Content(self.hint()))  # its Enter and d too

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """d removes the highlighted saved search: with none listed, the footer does not offer it."""
        return bool(self.shown) if action == "delete" else True

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index])

    def action_run(self) -> None:
        self.search_list.action_select()

    def action_delete(self) -> None:
        index = self.search_list.highlighted
        if index is None or not self.shown:
            return
        try:
            self.state.forget_search(self.shown[index].name)
        except UserStateError as error:
            self.query_one("#searches-status", Static).update(Content(str(error)))
            return
        self._fill(index)

    def action_back(self) -> None:
        self.dismiss(None)


class SearchRunner(Protocol):
    """What the palette entries need from the app."""

    user_state: UserState

    def run_saved_search(self, search: SavedSearch) -> None: ...


class SavedSearchesProvider(Provider):
    """The palette's "Search: <name>" for every saved search."""

    def _entries(self) -> list[tuple[str, Callable[[], None]]]:
        app = self.app
        state = getattr(app, "user_state", None)
        if not isinstance(state, UserState) or not hasattr(app, "run_saved_search"):
            return []
        run = app.run_saved_search
        # the palette reads its titles as markup: a name is the user's text, shown as typed
        return [(f"Search: {escape(one_line(s.name))}", partial(run, s)) for s in state.searches]

    async def discover(self) -> Hits:
        for title, runner in self._entries():
            yield DiscoveryHit(title, runner, help="a saved search")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, runner in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), runner, help="a saved search")
