"""The command table is the single source of keys, footer, help and palette."""

from __future__ import annotations

from collections import Counter

import pytest
from textual.screen import Screen

from kutip.tui.app import KutipApp
from kutip.tui.commands import (
    COMMANDS,
    COMMANDS_BY_ID,
    GROUPS,
    bindings,
    grouped,
    key_clashes,
    keymap,
    with_overrides,
)
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.cite import CiteScreen, FallbackDialog
from kutip.tui.screens.help import HelpScreen, help_content
from kutip.tui.screens.person import PersonScreen
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.screens.saved_searches import NamePrompt, SavedSearchesScreen
from kutip.tui.screens.welcome import WelcomeScreen
from kutip.tui.widgets.article_body import ArticleBody
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.facet_panel import FacetPanel
from kutip.tui.widgets.pane_list import PaneList
from kutip.tui.widgets.search_bar import SearchBar
from kutip.tui.widgets.statements_pane import StatementsPane

OWNERS: dict[str, type[object]] = {
    "app": KutipApp,
    "list": ArticleList,
    "reader": ArticleBody,
    "search": SearchBar,
    "help": HelpScreen,
    "pane": PaneList,
    "entities": EntitiesPane,
    "statements": StatementsPane,
    "person": PersonScreen,
    "finder": QuoteFinderScreen,
    "cite": CiteScreen,
    "fallback": FallbackDialog,
    "welcome": WelcomeScreen,
    "bookmarks": BookmarksScreen,
    "searches": SavedSearchesScreen,
    "prompt": NamePrompt,
    "facets": FacetPanel,
}


def test_ids_are_unique_and_groups_known() -> None:
    assert len({command.id for command in COMMANDS}) == len(COMMANDS)
    assert {command.group for command in COMMANDS} <= set(GROUPS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command.id)
def test_every_action_exists_on_its_owner(command: object) -> None:
    from kutip.tui.commands import Command

    assert isinstance(command, Command)
    owner = OWNERS[command.scope]
    assert hasattr(owner, f"action_{command.action}") or hasattr(Screen, f"action_{command.action}")


def test_no_key_is_bound_twice_in_one_scope() -> None:
    for scope in OWNERS:
        keys = Counter(key for c in COMMANDS if c.scope == scope for key in c.keys.split(","))
        assert [key for key, count in keys.items() if count > 1] == [], scope


def test_bindings_come_from_the_table() -> None:
    app_bindings = bindings("app")
    assert {binding.id for binding in app_bindings} == {c.id for c in COMMANDS if c.scope == "app"}
    assert app_bindings == KutipApp.BINDINGS
    assert [binding.id for binding in bindings("list")] == [c.id for c in COMMANDS if c.scope == "list"]
    assert bindings("list") == ArticleList.BINDINGS
    assert bindings("pane") == PaneList.BINDINGS
    assert bindings("entities") == EntitiesPane.BINDINGS
    assert bindings("statements") == StatementsPane.BINDINGS
    assert bindings("person") == PersonScreen.BINDINGS
    assert bindings("finder") == QuoteFinderScreen.BINDINGS
    assert bindings("cite") == CiteScreen.BINDINGS
    assert bindings("fallback") == FallbackDialog.BINDINGS
    assert bindings("bookmarks") == BookmarksScreen.BINDINGS
    assert bindings("searches") == SavedSearchesScreen.BINDINGS
    assert bindings("prompt") == NamePrompt.BINDINGS
    assert bindings("facets") == FacetPanel.BINDINGS


def test_vim_keys_and_arrows_both_move() -> None:
    keys = {command.id: command.keys.split(",") for command in COMMANDS}
    assert {"j", "down"} <= set(keys["cursor_down"])
    assert {"k", "up"} <= set(keys["cursor_up"])
    assert {"g", "home"} <= set(keys["first"])
    assert {"G", "end"} <= set(keys["last"])
    assert {"j", "down"} <= set(keys["pane_down"])
    assert {"k", "up"} <= set(keys["pane_up"])
    assert {"g", "home"} <= set(keys["pane_first"])
    assert {"G", "end"} <= set(keys["pane_last"])


def test_help_lists_every_command_by_group() -> None:
    text = help_content().plain
    words = " ".join(text.split())  # a long description goes on under itself on the next line
    for command in COMMANDS:
        assert command.description in words
    positions = [text.index(group) for group, _ in grouped()]
    assert positions == sorted(positions)


def test_overrides_change_the_table_once_for_everything() -> None:
    table = with_overrides({"quote_finder": "ctrl+f", "help": "f1"})
    by_id = {command.id: command for command in table}
    assert by_id["quote_finder"].keys == "ctrl+f"
    assert by_id["help"].display_keys == "f1"  # the default's "?" display goes with the default key
    assert by_id["quit"] == COMMANDS_BY_ID["quit"]
    assert keymap(table) == {"quote_finder": "ctrl+f", "help": "f1"}
    assert keymap(COMMANDS) == {}
    assert "ctrl+f" in help_content(table).plain


def test_an_override_onto_a_taken_key_is_reported() -> None:
    assert key_clashes(COMMANDS) == []
    clashes = key_clashes(with_overrides({"quit": "r"}))
    assert clashes == ["key 'r' is bound to both quit and reload"]


def test_main_screen_commands_are_flagged_in_the_table() -> None:
    from kutip.tui.app import MAIN_SCREEN_ACTIONS

    assert {"search", "bookmark", "sort", "facets", "cite"} <= MAIN_SCREEN_ACTIONS
    assert "help" not in MAIN_SCREEN_ACTIONS and "quit" not in MAIN_SCREEN_ACTIONS
    assert all(c.scope == "app" for c in COMMANDS if c.main_screen)


def test_hint_lines_name_the_keys_of_the_table_with_the_users_overrides() -> None:
    from kutip.tui.commands import key_hint

    hint = "bookmarks_open: open — page_outlet/page_kind/page_dates: filter — bookmarks_back: back"
    assert key_hint(COMMANDS, hint) == "Enter: open — o/d/w: filter — Esc: back"
    table = with_overrides({"bookmarks_back": "backspace,escape", "page_kind": "k"})
    assert key_hint(table, hint) == "Enter: open — o/k/w: filter — backspace: back"
