"""A larger archive opens on the list's top while the whole list loads: the status counts the
whole archive, the header says the rest is coming, keys work on the rows shown, and the whole
list then grows under the cursor without moving it."""

from __future__ import annotations

import threading

import pytest

from kutip.index.facade import Archive, ArticleSummary
from kutip.tui import loading
from kutip.tui.app import KutipApp
from kutip.tui.opening import Opening
from kutip.tui.widgets.list_header import ListHeader
from tests.pilot_support import settle, synchronous
from tests.snapshots.test_tui_app import FIXTURE_ARTICLES

TOP = 2


@synchronous
async def test_the_top_shows_first_then_the_whole_list_grows_under_the_cursor(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "TOP_ROWS", TOP)
    whole_read = threading.Event()
    read_whole = fixture_archive.summaries

    def slow_summaries() -> list[ArticleSummary]:
        whole_read.wait(10)
        return read_whole()

    monkeypatch.setattr(fixture_archive, "summaries", slow_summaries)
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    total = len(FIXTURE_ARTICLES)
    async with app.run_test(size=(140, 36)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            if app.article_list.summaries:
                break
        assert len(app.article_list.summaries) == TOP
        assert app.status.message == f"{total} articles"
        header = app.part(ListHeader).text
        assert header.startswith(f"{total} ·") and "loading the rest" in header
        await pilot.press("j")
        chosen = app.article_list.highlighted
        assert app.article_list.cursor == 1 and chosen is not None
        whole_read.set()
        await settle(app, pilot)
        assert [s.id for s in app.article_list.summaries] == [s.id for s in read_whole()]
        assert app.article_list.cursor == 1 and app.article_list.highlighted == chosen
        assert "loading" not in app.part(ListHeader).text
        assert app.article_list.unread_count == total
        await pilot.press("enter")  # read: the count follows the one mark
        await settle(app, pilot)
        assert app.article_list.unread_count == total - 1
        app.article_list.focus()
        assert app.loading.count_text() == f"{total} articles"
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total and app.status.message == f"{total} articles"


@synchronous
async def test_a_list_sorted_before_the_rest_came_is_shown_whole_in_that_order(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "TOP_ROWS", TOP)
    whole_read = threading.Event()
    read_whole = fixture_archive.summaries
    monkeypatch.setattr(fixture_archive, "summaries", lambda: whole_read.wait(10) and read_whole())
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(140, 36)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            if app.article_list.summaries:
                break
        await pilot.press("o")  # by date
        await pilot.press("o")  # by outlet
        whole_read.set()
        await settle(app, pilot)
        outlets = [s.outlet.casefold() for s in app.article_list.summaries]
        assert len(outlets) == len(FIXTURE_ARTICLES) and outlets == sorted(outlets)


@synchronous
async def test_the_list_worker_rehearses_opening_the_first_article(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the list is in, the first article is read as Enter reads it (results dropped), so the
    first Enter does not load the archive's name rules; an id no longer listed is no error."""
    rehearsed: list[str] = []
    prepare = Opening.prepare
    monkeypatch.setattr(Opening, "prepare", lambda self, article_id: rehearsed.append(article_id))
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        assert rehearsed == [app.all_summaries[0].id]
        prepare(app.opening, "no-such-article")
        prepare(app.opening, rehearsed[0])
        await pilot.press("r")  # a reload is not a first load: no rehearsal
        await settle(app, pilot)
        assert len(rehearsed) == 1
