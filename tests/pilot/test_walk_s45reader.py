"""Faults seen walking the reader on v1-v3 (session 45): the quote finder opened at a statement kept
"Versions of a statement by …" over a typed phrase's remarks, and clearing the phrase emptied the list
with "not linked to any other report"; a person's filter line counted a paragraph the page prints
twice twice ("7 of 35") under a title counting it once (34). Invented text (session 44's pages: REPEATED is printed twice)."""

from __future__ import annotations

from textual.widgets import Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture, article_titled
from tests.pilot.test_reader_faults_s44reader import ARTICLES, SHARED, SPEAKER
from tests.pilot_support import settle, synchronous

archive = archive_fixture(ARTICLES)


@synchronous
async def test_a_typed_phrase_retitles_the_finder_and_clearing_it_brings_the_versions_back(
    archive: Archive,
) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        article = article_titled(app, "Jembatan gantung diperbaiki")
        (statement,) = (s for s in article.statements if SHARED.rstrip(",") in s.text)
        app.opening.quote_finder(statement)
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen) and len(finder.versions) == 2
        header = finder.query_one("#finder-header", Static)
        assert str(header.render()).startswith("Versions of a statement by")
        await pilot.press("slash", *"pasar")
        await settle(app, pilot)
        assert str(header.render()).startswith("Quote finder")  # the remarks "pasar" finds, anyone's
        await pilot.press(*["backspace"] * 5)
        await settle(app, pilot)
        assert str(header.render()).startswith("Versions of a statement by")
        assert len(finder.versions) == 2  # the statement's reports again
        assert "not linked" not in str(finder.query_one("#finder-status", Static).render())


@synchronous
async def test_a_pages_filter_line_counts_a_repeated_paragraph_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        assert page.profile is not None and len(page.profile.statements) == 5  # one printed twice
        await pilot.press("d")  # direct only: every statement here is direct
        await settle(app, pilot)
        line = str(page.query_one("#page-filters", Static).render())
        assert line.endswith("4 of 4 statements"), line  # REPEATED's two copies count once


@synchronous
async def test_an_empty_bookmarks_or_searches_view_offers_only_esc(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        for key, status in (("B", "#bookmarks-status"), ("R", "#searches-status")):
            await pilot.press(key)
            await settle(app, pilot)
            assert str(app.screen.query_one(status, Static).render()) == "Esc: back"  # Enter, d: nothing to act on
            await pilot.press("escape")
            await settle(app, pilot)
        await pilot.press("enter", "b", "B")  # the article opened, bookmarked
        await settle(app, pilot)
        hint = app.screen.query_one("#bookmarks-status", Static)
        assert str(hint.render()) == "Enter: open — d: remove — Esc: back"
        await pilot.press("d")  # the last one removed: Enter and d leave the line with it
        await settle(app, pilot)
        assert str(hint.render()) == "Esc: back"
