"""Faults seen walking the reader on k1-k5 (session 48). Ctrl+T after a word typed in part (k4: the
articles listed for the prefix) searched the statements for the exact word and found none; one more
letter listed them again. The statements are searched as the articles were: the last word a prefix
while typing. Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot.pages import archive_fixture
from tests.pilot.test_leftovers_s45reader import ARTICLES
from tests.pilot_support import settle, synchronous

archive = archive_fixture(ARTICLES)


@synchronous
async def test_statements_only_mid_word_keeps_the_prefix(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"perinti")  # "perintis" typed in part: both articles listed
        await settle(app, pilot)
        assert len(app.article_list.summaries) == 2
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert app.statement_results.display
        assert app.statement_results.option_count >= 2, app.status.message  # was 0
        await pilot.press("ctrl+t")  # and back to the articles, still the prefix's
        await settle(app, pilot)
        assert len(app.article_list.summaries) == 2, app.status.message
