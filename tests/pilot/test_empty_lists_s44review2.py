"""The bookmarks and saved-searches views offer d only while a row is listed: an empty
view's footer read "d Remove" with nothing to remove (session 44's reader leftover). Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.saved_searches import SavedSearchesScreen
from kutip.tui.userstate import Bookmark
from kutip.tui.widgets.keys_footer import KeysFooter
from tests.pilot.pages import archive_fixture
from tests.pilot_support import settle, synchronous

ARTICLES = [
    {
        "title": "Taman kota dibuka kembali",
        "outlet": "Kabar Pesisir",
        "date": "2025-05-10",
        "text": '"Taman ini kami rawat bersama warga setiap pekan," kata lurah Theresia Manoppo.'
        "\n\nPengunjung datang sejak pagi.",
    },
]

archive = archive_fixture(ARTICLES)


def footer_keys(app: KutipApp) -> set[str]:
    left, _palette = app.screen.query_one(KeysFooter).keys
    return {key.key for key in left}


@synchronous
async def test_the_bookmarks_footer_offers_d_only_with_a_bookmark(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.article_list.focus()
        await pilot.press("B")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert "escape" in footer_keys(app) and "d" not in footer_keys(app)
        await pilot.press("escape")
        await settle(app, pilot)
        first = app.article_list.summaries[0]
        app.user_state.toggle_bookmark(Bookmark("article", first.id, first.title, first.outlet, first.date))
        await pilot.press("B")
        await settle(app, pilot)
        assert {"d", "escape"} <= footer_keys(app)
        await pilot.press("d")  # the last one removed: the keys go with it
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen) and not app.screen.shown
        assert "d" not in footer_keys(app)


@synchronous
async def test_the_saved_searches_footer_offers_d_only_with_a_search(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.article_list.focus()
        await pilot.press("R")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSearchesScreen)
        assert "d" not in footer_keys(app)
        await pilot.press("escape")
        await settle(app, pilot)
        app.user_state.save_search("taman", "taman")
        await pilot.press("R")
        await settle(app, pilot)
        assert "d" in footer_keys(app)
        await pilot.press("d")
        await settle(app, pilot)
        assert "d" not in footer_keys(app)
