"""Esc back from a search to a long list is one frame: no layout, and the list's header counts the
rows in the same frame as the rows (session 28, issue 11)."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.widgets.list_header import ListHeader
from tests.pilot.test_tui_no_layout import count_layouts
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app

SHORT = (140, 7)
"""A terminal short enough that the fixture archive's list overflows its pane."""


@synchronous
async def test_a_search_narrowing_an_overflowing_list_and_esc_lay_nothing_out(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole list needs a scrollbar and one hit does not: the scrollbar stays, so neither the
    search nor Esc lays the screen out (before, each showed or hid it: a layout of every pane)."""
    app = quick_app(fixture_archive)
    async with app.run_test(size=SHORT) as pilot:
        await settle(app, pilot)
        article_list = app.article_list
        assert len(article_list.summaries) > article_list.container_size.height  # it overflows
        await pilot.press("slash", *"beras")
        await settle(app, pilot)  # the first search may lay out once: the scrollbar becomes steady
        await pilot.press("escape")
        await settle(app, pilot)
        assert article_list.show_vertical_scrollbar
        layouts = count_layouts(app.screen, monkeypatch)
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        hits = len(article_list.summaries)
        assert hits > 0 and hits * article_list.row_height <= article_list.container_size.height
        assert article_list.show_vertical_scrollbar  # kept, though the hits fit
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(article_list.summaries) == len(app.all_summaries)
        assert layouts == []


@synchronous
async def test_a_list_that_never_overflowed_has_no_scrollbar(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not app.article_list.show_vertical_scrollbar
        assert app.article_list.styles.overflow_y == "auto"


@synchronous
async def test_the_header_counts_the_rows_as_they_are_set(fixture_archive: Archive) -> None:
    """No message hop between the rows and their count: Esc's rows and the header's count of
    them are drawn in one frame (through a message the count came a frame later)."""
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        header = app.query_one(ListHeader)
        total = len(app.all_summaries)
        assert header.text.startswith(f"{total} ")
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        assert header.text.startswith(f"{len(app.article_list.summaries)} · ")
        app.searching.close_bar()  # Esc's work, with no message handled after it
        assert header.text.startswith(f"{total} ")
