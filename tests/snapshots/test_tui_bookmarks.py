"""Read state, bookmarks and saved searches in the reader, driven by the pilot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.saved_searches import NamePrompt, SavedSearchesScreen
from kutip.tui.userstate import UserState
from kutip.tui.widgets.list_rows import UNREAD_MARK
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app
from tests.snapshots.test_tui_app import write_fixture_corpus

SIZE = (130, 32)




def row_text(app: KutipApp, row: int) -> str:
    return app.article_list.render_line(row).text


async def palette_prompts(app: KutipApp, pilot: Any, typed: str) -> list[str]:
    """From a fresh app: open the command palette, type into it and read what it offers."""
    from textual.command import CommandPalette

    await settle(app, pilot)
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*typed)
    await settle(app, pilot)
    options = app.screen.query_one("CommandList")
    return [str(option.prompt) for option in options.options]  # type: ignore[attr-defined]


@synchronous
async def test_opened_articles_are_read_and_unread_only_hides_them(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = len(app.article_list.summaries)
        assert row_text(app, 0).startswith(UNREAD_MARK)
        first = app.article_list.highlighted
        assert first is not None
        await pilot.press("enter")
        await settle(app, pilot)
        assert UserState.beside(fixture_archive.location).is_read(first.id)  # saved at once
        assert f"{total} · {total - 1} unread" in app.main_screen.query_one("#list-header").text  # type: ignore[attr-defined]
        assert not row_text(app, 0).startswith(UNREAD_MARK)
        await pilot.press("u")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total - 1
        assert first.id not in {s.id for s in app.article_list.summaries}
        assert "unread only" in app.main_screen.query_one("#list-header").text  # type: ignore[attr-defined]
        await pilot.press("u")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total
        app.article_list.cursor = app.article_list.index_of(first.id) or 0
        await pilot.press("m")  # the cursor's article back to unread
        await settle(app, pilot)
        assert not UserState.beside(fixture_archive.location).is_read(first.id)


async def open_first(app: KutipApp, pilot: Any) -> None:
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)


@synchronous
async def test_b_bookmarks_the_article_and_the_view_opens_it(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        opened = app.reader.article
        assert opened is not None
        await pilot.press("b")
        assert "Bookmarked the article" in app.status.message
        await pilot.press("j", "enter")  # read another article
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.id != opened.id
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert [b.article for b in app.screen.shown] == [opened.id]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.main_screen
        assert app.reader.article is not None and app.reader.article.id == opened.id
        highlighted = app.article_list.highlighted
        assert highlighted is not None and highlighted.id == opened.id  # the list follows


@synchronous
async def test_b_on_a_statement_bookmarks_the_statement_and_d_removes_it(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        with_statements = next(
            s for s in app.article_list.summaries if (a := fixture_archive.article(s.id)) and a.statements
        )
        app.article_list.cursor = app.article_list.index_of(with_statements.id) or 0
        await pilot.press("enter")
        await settle(app, pilot)
        article = app.reader.article
        assert article is not None
        app.statements_pane.focus()
        app.statements_pane.select_statement(article.statements[0].id)
        await pilot.pause()
        await pilot.press("b")
        state = UserState.beside(fixture_archive.location)
        (mark,) = state.bookmarks
        assert mark.kind == "statement" and mark.text and mark.article == with_statements.id
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("d")
        assert app.screen.shown == [] and UserState.beside(fixture_archive.location).bookmarks == []
        await pilot.press("escape")
        assert app.screen is app.main_screen


@synchronous
async def test_a_search_saved_with_a_name_runs_again_from_the_view_and_the_palette(
    fixture_archive: Archive,
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"beras", "enter")
        await settle(app, pilot)
        hits = [s.id for s in app.article_list.summaries]
        await pilot.press("S")
        await settle(app, pilot)
        assert isinstance(app.screen, NamePrompt)
        field = app.screen.query_one(Input)
        assert field.value == "beras"  # the query is offered as the name
        field.value = "harga"
        await pilot.press("enter")
        await settle(app, pilot)
        assert [(s.name, s.query) for s in app.user_state.searches] == [("harga", "beras")]
        await pilot.press("escape")  # close the search
        await settle(app, pilot)
        assert len(app.article_list.summaries) > len(hits)
        await pilot.press("R")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchesScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.search_query == "beras" and [s.id for s in app.article_list.summaries] == hits
        await pilot.press("escape")
        await settle(app, pilot)
        app.run_saved_search(app.user_state.searches[0])  # what the palette's "Search: <name>" runs
        await settle(app, pilot)
        assert [s.id for s in app.article_list.summaries] == hits


@synchronous
async def test_saving_with_no_search_says_how(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("S")
        assert "No search to save" in app.status.message
        assert app.screen is app.main_screen


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_bookmarks_screen_snapshot(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    archive = Archive.open(tmp_path / "fx")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    first = archive.summaries()[0]
    from kutip.tui.userstate import Bookmark

    state = UserState.beside(archive.location)
    state.toggle_bookmark(Bookmark("article", first.id, first.title, first.outlet, first.date, added="2024-06-01"))
    state.toggle_bookmark(
        Bookmark("statement", first.id, first.title, first.outlet, first.date, statement=f"{first.id}:1",
                 text="Kata-kata yang dicatat", speaker="Sari Wulandari", start=10, added="2024-06-02")
    )

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("B")
        await settle(pilot.app, pilot)

    try:
        assert snap_compare(quick_app(archive), terminal_size=size, run_before=run_before)
    finally:
        archive.close()


def test_saved_searches_screen_snapshot(snap_compare: Any, tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "fx")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    state = UserState.beside(archive.location)
    state.save_search("harga beras", "beras date:2024-05")
    state.save_search("kata warga", "speaker:sari", statements=True)

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("R")
        await settle(pilot.app, pilot)

    try:
        assert snap_compare(quick_app(archive), terminal_size=(80, 24), run_before=run_before)
    finally:
        archive.close()


def test_name_prompt_snapshot(snap_compare: Any, tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "fx")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("slash", *"beras", "enter")
        await settle(pilot.app, pilot)
        await pilot.press("S")
        await settle(pilot.app, pilot)

    try:
        assert snap_compare(quick_app(archive), terminal_size=(80, 24), run_before=run_before)
    finally:
        archive.close()


@synchronous
async def test_the_palette_offers_each_saved_search(fixture_archive: Archive) -> None:
    UserState.beside(fixture_archive.location).save_search("harga pasar", "beras")
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        prompts = await palette_prompts(app, pilot, "harga pasar")
        assert any("Search: harga pasar" in prompt for prompt in prompts), prompts
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.search_query == "beras" and app.search_bar.value == "beras"


@synchronous
async def test_a_bookmark_of_an_article_gone_from_the_archive_says_so(fixture_archive: Archive) -> None:
    from kutip.tui.userstate import Bookmark

    UserState.beside(fixture_archive.location).toggle_bookmark(
        Bookmark(kind="article", article="0000gone", title="Berita lama yang dihapus")
    )
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert "no longer in the archive" in str(app.screen.bookmark_list.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(app, pilot)
        assert "no longer in the archive" in app.status.message


@synchronous
async def test_a_saved_search_name_with_markup_stays_literal_in_the_palette(fixture_archive: Archive) -> None:
    UserState.beside(fixture_archive.location).save_search("[@click=app.quit]x[/] [b]tebal[/b]", "beras")
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        prompts = await palette_prompts(app, pilot, "tebal")
        assert any("[@click=app.quit]x[/] [b]tebal[/b]" in prompt for prompt in prompts), prompts
        assert app.is_running


@synchronous
async def test_an_article_read_while_unread_only_stays_under_the_cursor(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = len(app.article_list.summaries)
        await pilot.press("u", "j", "enter")
        await settle(app, pilot)
        opened = app.reader.article
        highlighted = app.article_list.highlighted
        assert opened is not None and highlighted is not None and highlighted.id == opened.id
        assert len(app.article_list.summaries) == total  # still listed, no longer bold
        assert not app.article_list.render_line(1).text.startswith(UNREAD_MARK)
        await pilot.press("o")  # the list changes: now it leaves
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total - 1
