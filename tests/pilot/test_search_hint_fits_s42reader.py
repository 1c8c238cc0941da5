"""The search bar's hint is whole at any width: the fullest that fits, never cut mid-phrase (at
80 columns the closed bar read "… · Ctrl+T who")."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.widgets.search_bar import ARTICLES_HINTS, CLOSED_HINTS, STATEMENTS_HINTS, fitting
from tests.pilot_support import settle, synchronous


def test_the_fullest_hint_that_fits_is_chosen() -> None:
    assert fitting(CLOSED_HINTS, 200) == CLOSED_HINTS[0]
    assert fitting(CLOSED_HINTS, 36) == "/ search · Ctrl+T who said what"
    assert fitting(CLOSED_HINTS, 3) == "/ search"  # none fits: the shortest
    assert fitting(CLOSED_HINTS, 0) == CLOSED_HINTS[0]  # not laid out yet


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 40)])
@synchronous
async def test_the_bar_shows_a_whole_hint_closed_open_and_for_statements(
    fixture_archive: Archive, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        bar = app.search_bar
        room = bar.content_size.width - 1
        for keys, hints in (((), CLOSED_HINTS), (("slash",), ARTICLES_HINTS), (("ctrl+t",), STATEMENTS_HINTS)):
            await pilot.press(*keys)
            await settle(app, pilot)
            assert bar.placeholder in hints
            assert cell_len(bar.placeholder) <= room, (size, bar.placeholder)
            assert bar.placeholder == fitting(hints, room)
            line = bar.render_line(0).text
            assert bar.placeholder in line, (line, bar.placeholder)


@synchronous
async def test_a_resize_picks_the_hint_for_the_new_width(fixture_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert app.search_bar.placeholder == CLOSED_HINTS[0]
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert app.search_bar.placeholder == "/ search · Ctrl+T who said what"
