"""What a key press must not redo: DOM queries for the app's own widgets, rows that look the same."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input

from kutip.index.facade import Archive
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot.hosts import ListHost, listing, made_up_rows
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_the_apps_widgets_are_found_once_not_queried_on_every_key(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        first = app.article_list
        queries: list[object] = []
        query_one = app.main_screen.query_one
        monkeypatch.setattr(
            app.main_screen, "query_one", lambda *a, **k: queries.append(a) or query_one(*a, **k)
        )
        await pilot.press("j", "k", "slash", *"beras", "escape", "tab", "shift+tab")
        await settle(app, pilot)
        assert app.article_list is first
        kinds = [q[0] for q in queries if q and isinstance(q[0], type)]  # type: ignore[index]
        assert len(kinds) == len(set(kinds)), kinds  # each found once at most, then kept


def _record_rows(article_list: ArticleList) -> list[int]:
    """From now on, every row the list draws, in order."""
    drawn: list[int] = []
    render_row = article_list._render_row
    article_list._render_row = lambda row, width: drawn.append(row) or render_row(row, width)  # type: ignore[method-assign]
    return drawn


@synchronous
async def test_moving_the_focus_redraws_only_the_cursor_row() -> None:
    app = ListHost()
    rows = made_up_rows(30)
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = listing(app, rows)
        article_list.focus()
        await pilot.pause()
        app.query_one(Input).focus()
        await pilot.pause()
        article_list.focus()  # both focus states have been drawn once
        await pilot.pause()
        drawn = _record_rows(article_list)
        app.query_one(Input).focus()
        await pilot.pause()
        article_list.focus()
        await pilot.pause()
        assert set(drawn) <= {article_list.cursor}, drawn


@synchronous
async def test_moving_the_cursor_redraws_only_the_two_rows_it_leaves_and_reaches() -> None:
    app = ListHost()
    rows = made_up_rows(10_000, date="2024-05", digits=5)
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = listing(app, rows)
        article_list.focus()
        await pilot.pause()
        drawn: list[int] = []
        render_line = article_list.render_line
        article_list.render_line = lambda y: drawn.append(y) or render_line(y)  # type: ignore[method-assign]
        await pilot.press("j", "j", "k")
        assert article_list.cursor == 1
        assert sorted(set(drawn)) == [0, 1, 2], drawn  # the rows the cursor left and reached, nothing else
        assert len(drawn) <= 6, drawn
        drawn.clear()
        await pilot.press("G")  # a jump scrolls: then every line on screen is drawn
        assert article_list.cursor == len(rows) - 1
        assert len(set(drawn)) >= article_list.scrollable_content_region.height


@synchronous
async def test_marking_the_open_article_read_redraws_its_row_alone_and_shows_the_mark() -> None:
    app = ListHost()
    rows = made_up_rows(1_000, date="2024-05", digits=5)
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = listing(app, rows)
        read: set[str] = set()
        article_list.set_read(read)
        article_list.focus()
        await pilot.press("j")
        assert article_list.render_line(1).text.startswith("•")  # unread: the dot
        drawn = _record_rows(article_list)
        read.add("id00001")
        article_list.set_read(read, changed="id00001")
        await pilot.pause()
        assert drawn == [1], drawn
        assert not article_list.render_line(1).text.startswith("•")
        assert article_list.render_line(2).text.startswith("•")
        assert article_list.unread_count == len(rows) - 1


@synchronous
async def test_opening_another_article_lays_out_nothing_when_no_size_changes(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The body and the side panes take new content within their own sizes: a layout (the whole
    screen arranged and drawn again) is asked for only by what changes size."""
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        asked: list[str] = []
        refresh = Widget.refresh

        def spy(self: Widget, *regions: Region, **options: bool) -> Widget:
            if options.get("layout"):
                asked.append(type(self).__name__)
            return refresh(self, *regions, **options)

        monkeypatch.setattr(Widget, "refresh", spy)
        opened = app.reader.article
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article is not opened
        assert not {"ArticleBody", "EntitiesPane", "StatementsPane"} & set(asked), asked
        assert app.reader.body.virtual_size.height == app.reader.body.line_count  # the new body's size


@synchronous
async def test_a_scrollbar_once_shown_stays_so_new_rows_lay_nothing_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A scrollbar that shows or hides lays the whole screen out. Once the rows have overflowed,
    the list keeps its scrollbar (session 28): a short list of hits and the whole list back lay
    nothing out (before, each cost one layout: the list settled its scrollbar first, so not two)."""
    app = ListHost()
    rows = made_up_rows(100, date="2024-05")
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = listing(app, rows)
        await pilot.pause()
        assert article_list.show_vertical_scrollbar
        layouts: list[object] = []
        refresh_layout = app.screen._refresh_layout
        monkeypatch.setattr(
            app.screen, "_refresh_layout", lambda *a, **k: layouts.append(a) or refresh_layout(*a, **k)
        )
        article_list.set_summaries(rows[:2])
        await pilot.pause()
        await pilot.pause()
        assert article_list.show_vertical_scrollbar and layouts == []
        article_list.set_summaries(rows)
        await pilot.pause()
        await pilot.pause()
        assert article_list.show_vertical_scrollbar and layouts == []
        assert (
            article_list.scrollable_content_region.width == 80 - article_list.styles.scrollbar_size_vertical
        )
