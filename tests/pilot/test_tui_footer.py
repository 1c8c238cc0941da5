"""One footer everywhere: every screen shows its keys through the project's fast footer."""

from __future__ import annotations

import ast
from pathlib import Path

from textual.screen import Screen
from textual.widgets import Footer, Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.person import PersonScreen
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.screens.saved_searches import SavedSearchesScreen
from kutip.tui.screens.welcome import WelcomeScreen
from kutip.tui.widgets.keys_footer import KeysFooter
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app

TUI = Path(__file__).resolve().parents[2] / "tui"


def the_footer(screen: Screen[object]) -> KeysFooter:
    assert not screen.query(Footer), f"{type(screen).__name__} uses textual's Footer"
    footers = list(screen.query(KeysFooter))
    assert len(footers) == 1, footers
    return footers[0]


def shown(footer: KeysFooter) -> list[str]:
    left, palette = footer.keys
    return [key.key for key in left] + ([palette.key] if palette else [])


async def opened(app: KutipApp, pilot: object, kind: type[Screen[object]]) -> Screen[object]:
    await settle(app, pilot)
    await app.screen.workers.wait_for_complete()
    await settle(app, pilot)
    assert isinstance(app.screen, kind), app.screen
    return app.screen


@synchronous
async def test_the_pages_the_finder_and_the_lists_of_bookmarks_and_searches_use_the_keys_footer(
    fixture_archive: Archive,
) -> None:
    app = quick_app(fixture_archive)
    speaker = fixture_archive.speakers()[0][0]
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        for key, kind, own_key in (
            ("f", QuoteFinderScreen, "escape"),  # its "/" shows once the focus leaves the phrase box
            ("B", BookmarksScreen, "d"),
            ("R", SavedSearchesScreen, "d"),
        ):
            app.article_list.focus()
            await pilot.press(key)
            screen = await opened(app, pilot, kind)
            keys = shown(the_footer(screen))
            listed = getattr(screen, "shown", True)  # d shows only while a row is listed
            assert "escape" in keys and (own_key in keys) == bool(listed), (kind.__name__, keys)
            assert "o" not in keys and "u" not in keys  # the main screen's keys are off
            await pilot.press("escape")
            await settle(app, pilot)
        app.open_person(speaker)
        screen = await opened(app, pilot, PersonScreen)
        assert "escape" in shown(the_footer(screen))


@synchronous
async def test_the_welcome_screen_uses_the_keys_footer(tmp_path: Path) -> None:
    empty = Archive.open(tmp_path / "empty")
    try:
        app = KutipApp(empty, welcome=True, sample_location=tmp_path / "sample",
                       settings_file=tmp_path / "settings.toml")  # fmt: skip
        async with app.run_test(size=(120, 30)) as pilot:
            screen = await opened(app, pilot, WelcomeScreen)
            keys = shown(the_footer(screen))
            assert "a" in keys and "s" in keys
    finally:
        empty.close()


def test_no_module_of_the_reader_uses_textuals_footer() -> None:
    users = []
    for path in sorted(TUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imported = (
                node.names if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets" else []
            )
            if any(alias.name == "Footer" for alias in imported):
                users.append(path.relative_to(TUI).as_posix())
    assert users == []


@synchronous
async def test_a_screens_hint_line_names_the_users_keys(fixture_archive: Archive, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[keys]\nbookmarks_delete = "x"\n', encoding="utf-8")
    app = KutipApp(fixture_archive, settings_file=settings)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "b", "B")  # one bookmark: with none, the line offers Esc alone (session 45)
        screen = await opened(app, pilot, BookmarksScreen)
        hint = str(screen.query_one("#bookmarks-status", Static).render())
        assert hint == "Enter: open — x: remove — Esc: back"
