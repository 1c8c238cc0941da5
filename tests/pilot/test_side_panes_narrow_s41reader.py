"""``s`` below the width the list, the reader and the side panes need together: the side panes take
the list's place, on the screen. They overflowed it: drawn beyond its right edge, out of sight,
with the reader's lines cut off at the edge."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from tests.pilot_support import settle, synchronous

PARTS = ("#list-column", "#reader", "#side-column")


def shown(app: KutipApp) -> dict[str, Widget]:
    parts = {part: app.main_screen.query_one(part) for part in PARTS}
    return {part: widget for part, widget in parts.items() if widget.display}


def assert_on_screen(app: KutipApp) -> None:
    width = app.main_screen.size.width
    for part, widget in shown(app).items():
        assert widget.region.right <= width, (part, widget.region, width)
        assert widget.region.width > 0, part


@synchronous
async def test_s_at_80_columns_shows_the_side_panes_in_the_lists_place(
    fixture_archive: Archive, tmp_path: Path
) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert set(shown(app)) == {"#list-column", "#reader"}
        await pilot.press("s")
        await settle(app, pilot)
        assert set(shown(app)) == {"#reader", "#side-column"}
        assert_on_screen(app)
        assert app.reader.body.has_focus  # the list it was in is hidden
        assert app.main_screen.query_one("#reader").region.width >= 40
        await pilot.press("s")
        await settle(app, pilot)
        assert set(shown(app)) == {"#list-column", "#reader"}
        assert_on_screen(app)


@synchronous
async def test_a_search_brings_the_list_back(fixture_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        assert set(shown(app)) == {"#list-column", "#reader"}
        assert app.search_bar.has_focus


@synchronous
async def test_the_choice_holds_across_resizes_and_stays_on_screen(fixture_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert set(shown(app)) == set(PARTS)
        await pilot.press("s", "s")  # hidden, then shown again: shown by choice
        await settle(app, pilot)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert set(shown(app)) == {"#reader", "#side-column"}
        assert_on_screen(app)
        await pilot.resize_terminal(160, 40)
        await settle(app, pilot)
        assert set(shown(app)) == set(PARTS)
        assert_on_screen(app)
        await pilot.press("s")  # hidden by choice, at any width
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert set(shown(app)) == {"#list-column", "#reader"}
        assert_on_screen(app)
