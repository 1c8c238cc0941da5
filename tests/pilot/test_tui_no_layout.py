"""Typing a search and closing it redraw lines, never the screen's layout (every pane arranged
and drawn again): the search bar is always there and inputs keep their size as text changes."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


def count_layouts(screen: object, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    layouts: list[object] = []
    refresh_layout = screen._refresh_layout  # type: ignore[attr-defined]
    monkeypatch.setattr(
        screen, "_refresh_layout", lambda *a, **k: layouts.append(a) or refresh_layout(*a, **k)
    )
    return layouts


@synchronous
async def test_slash_typing_and_esc_lay_nothing_out(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        layouts = count_layouts(app.screen, monkeypatch)
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        assert app.search_bar.is_open and len(app.article_list.summaries) < len(app.all_summaries)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not app.search_bar.is_open and app.search_bar.value == ""
        assert len(app.article_list.summaries) == len(app.all_summaries)
        assert layouts == []


@synchronous
async def test_a_closed_bar_is_passed_by_tab_and_opened_by_a_click(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        for _ in range(6):
            await pilot.press("tab")
            assert app.focused is not app.search_bar
        await pilot.click("#search")
        await settle(app, pilot)
        assert app.search_bar.is_open and app.focused is app.search_bar


@synchronous
async def test_typing_in_the_quote_finder_lays_nothing_out(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, QuoteFinderScreen)
        layouts = count_layouts(app.screen, monkeypatch)
        await pilot.press(*"kami")
        await pilot.pause()
        assert layouts == []
        assert app.screen.phrase_input.value == "kami"


@synchronous
async def test_a_shorter_headline_after_a_longer_one_lays_nothing_out(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's header keeps its height for a shorter headline (a blank line below it): a new
    height would arrange and redraw every pane, most of an Enter."""
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        first, second = (fixture_archive.article(s.id) for s in app.all_summaries[:2])
        assert first is not None and second is not None
        app.reader.show_article(first, headline="Fulan Hidayat " * 12)  # wraps to several lines
        await settle(app, pilot)
        header = app.reader.query_one("#reader-header")
        tall = header.size.height
        layouts = count_layouts(app.screen, monkeypatch)
        app.reader.show_article(second, headline="Rina Marlina")
        await settle(app, pilot)
        assert layouts == [] and header.size.height == tall
        app.reader.show_article(first, headline="Fulan Hidayat " * 24)  # taller still: the header grows
        await settle(app, pilot)
        assert header.size.height > tall
