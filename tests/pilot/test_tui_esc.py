"""Closing a search is fast: the full list comes back from memory and the footer is not rebuilt."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.screens.help import HelpScreen
from kutip.tui.widgets import keys_footer
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.list_rows import UNREAD_MARK
from tests.pilot.hosts import ListHost, made_up_rows
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


def shown_keys(footer: KeysFooter) -> list[str]:
    left, palette = footer.keys
    return [key.key for key in left] + ([palette.key] if palette else [])


@synchronous
async def test_esc_shows_the_footer_keys_shown_before_the_search_again(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        footer = app.query_one(KeysFooter)
        before, drawn = shown_keys(footer), footer.render()
        assert "slash" in before
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        searching = shown_keys(footer)
        assert "escape" in searching and "q" not in searching  # typing: letters are the input's
        await pilot.press("escape")
        await settle(app, pilot)
        assert shown_keys(footer) == before
        assert footer.render() is drawn  # the line drawn before, from memory


@synchronous
async def test_the_footer_draws_nothing_new_for_binding_changes_that_change_no_key(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    drawn: list[object] = []
    draw = keys_footer._draw
    monkeypatch.setattr(keys_footer, "_draw", lambda *args: drawn.append(args) or draw(*args))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        footer = app.query_one(KeysFooter)
        before = len(drawn)
        refreshes = footer._repaint_required
        for _ in range(3):
            app.screen.refresh_bindings()  # nothing changed: nothing is drawn
        await settle(app, pilot)
        assert len(drawn) == before and footer._repaint_required == refreshes
        assert not footer.children  # one line, not a widget per key: new keys never change the layout


@synchronous
async def test_a_click_on_a_footer_key_presses_it(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        footer = app.query_one(KeysFooter)
        line = footer.render().plain
        await pilot.click(KeysFooter, offset=(line.index(" ? ") + 1, 0))
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


@synchronous
async def test_kept_rows_are_redrawn_when_an_article_was_read_during_the_search() -> None:
    app = ListHost()
    base = made_up_rows(5)
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_read(frozenset())
        article_list.set_summaries(base)
        await pilot.pause()
        assert article_list.render_line(0).text.startswith(UNREAD_MARK)
        article_list.set_summaries(base[:1], snippets=True)
        article_list.set_read(frozenset({"id000"}))  # opened from the hits
        article_list.set_summaries(base, "id000")
        await pilot.pause()
        assert article_list.summaries == base
        assert not article_list.render_line(0).text.startswith(UNREAD_MARK)
        assert article_list.unread_count == 4


@synchronous
async def test_kept_rows_with_unread_only_drop_an_article_read_during_the_search() -> None:
    app = ListHost()
    base = made_up_rows(5)
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_read(frozenset())
        article_list.set_summaries(base)
        article_list.set_shape(article_list.shape.toggled_unread())
        article_list.set_summaries(base[:2], snippets=True)
        article_list.set_read(frozenset({"id001"}))
        article_list.set_summaries(base)
        await pilot.pause()
        assert [s.id for s in article_list.summaries] == ["id000", "id002", "id003", "id004"]


@synchronous
async def test_a_new_base_or_shape_is_not_shown_from_kept_rows() -> None:
    app = ListHost()
    base = made_up_rows(5)
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_summaries(base)
        article_list.set_summaries(base[:1], snippets=True)
        article_list.set_shape(article_list.shape.next_sort().next_sort().next_sort())  # by title
        article_list.set_summaries(base)
        await pilot.pause()
        assert [s.id for s in article_list.summaries][:3] == ["id000", "id001", "id002"]
        assert article_list.shape.sort == "title"
        reloaded = made_up_rows(3)  # the archive changed: a new list of summaries
        article_list.set_summaries(base[:1], snippets=True)
        article_list.set_summaries(reloaded)
        assert article_list.summaries == reloaded


@synchronous
async def test_the_loaded_list_is_left_out_of_collections_until_the_reader_exits(
    fixture_archive: Archive,
) -> None:
    import gc

    thresholds = gc.get_threshold()
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] > thresholds[0]
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds
