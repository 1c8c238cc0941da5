"""Widgets and screens declare the command scope they own; the palette runs a command on that owner."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import get_args

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.commands import COMMANDS, Scope
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.opening import PAGES
from kutip.tui.scopes import ScopedKeys, owns
from kutip.tui.screens.help import HelpScreen
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.pane_list import PaneList
from tests.pilot_support import settle, synchronous


def scoped_classes() -> Iterator[type[ScopedKeys]]:
    for page in PAGES:  # the screens opened on top are imported when first opened
        importlib.import_module(page)
    todo = list(ScopedKeys.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        yield cls


def test_every_scope_of_the_table_has_an_owner_that_declares_it() -> None:
    declared = {scope for cls in scoped_classes() for scope in cls.command_scopes}
    used = {command.scope for command in COMMANDS} - {"app"}
    assert used <= declared
    assert declared <= set(get_args(Scope))


def test_a_subclass_owns_its_scope_and_its_bases() -> None:
    assert EntitiesPane.command_scopes == {"pane", "entities"}
    assert {b.id for b in EntitiesPane.BINDINGS if not isinstance(b, tuple)} == {  # type: ignore[union-attr]
        c.id for c in COMMANDS if c.scope == "entities"
    }
    assert owns(EntitiesPane(), "pane") and not owns(PaneList(), "entities")


@synchronous
async def test_the_palette_runs_a_list_command_on_the_list_while_the_reader_has_the_focus(
    fixture_archive: Archive,
) -> None:
    app = KutipApp(fixture_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.reader.body.focus()
        await pilot.pause()
        await app.run_action("run_command('last')")
        await pilot.pause()
        assert app.article_list.cursor == len(app.article_list.summaries) - 1


@synchronous
async def test_the_palette_runs_a_screens_own_command_on_that_screen(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await app.run_action("run_command('close_help')")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)

