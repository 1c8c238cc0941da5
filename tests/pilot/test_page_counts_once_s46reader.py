"""A person's page counted a paragraph its page prints twice as two statements in its timeline
(``peak 5/month`` under a title of 4) and its ``Quoted by`` line: the façade's counts took both
copies the analysis keeps. Invented text (session 44's pages: REPEATED is printed twice)."""

from __future__ import annotations

from textual.widgets import Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.widgets.page_timeline import Timeline
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture
from tests.pilot.test_reader_faults_s44reader import ARTICLES, SPEAKER
from tests.pilot_support import settle, synchronous

archive = archive_fixture(ARTICLES)


@synchronous
async def test_the_timeline_and_outlets_count_a_paragraph_printed_twice_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        assert page.profile is not None and len(page.profile.statements) == 5  # one printed twice
        facts = str(page.query_one("#page-facts", Static).render())
        assert "4 statements in 3 articles" in facts, facts
        assert "Quoted by Kabar Hulu 2 · Warta Lembah 2" in facts, facts  # was "Kabar Hulu 3 · Warta Lembah 2"
        timeline = str(page.query_one(Timeline).render())
        assert timeline.endswith("peak 4/month"), timeline  # was "peak 5/month"
        await pilot.press("d")  # filtered: the view's counts too
        await settle(app, pilot)
        assert str(page.query_one(Timeline).render()).endswith("peak 4/month")
        assert str(page.query_one("#page-filters", Static).render()).endswith("4 of 4 statements")
