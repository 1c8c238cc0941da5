"""Session 44's three leftovers: the ``⧉n`` mark wrapped onto a line of its own in the 35-cell
statements pane; ``o`` did nothing visible where the list it sorts is not shown; a person named but
never quoted had a page listing no article naming them. Invented text."""

from __future__ import annotations

from textual.widgets import Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.person import PersonScreen
from kutip.tui.widgets.statements_pane import StatementsPane
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture, summary_titled
from tests.pilot_support import settle, synchronous

SPEAKER = "Fransiskus Xaverius Manuhutu"
SHARED = "Kapal perintis ke pulau terluar akan berangkat dua kali sepekan mulai bulan depan,"
NAMED = "Albertina Rumbewas"
ARTICLES = [
    {
        "title": "Kapal perintis ditambah",
        "outlet": "Kabar Pesisir",
        "date": "2025-08-04",
        "text": f'Kepala syahbandar {SPEAKER} meninjau pelabuhan.\n\n"{SHARED}" kata {SPEAKER} di dermaga.'
        f"\n\nNelayan menyambut rencana itu. Kepala desa {NAMED} ikut hadir di dermaga.",
    },
    {
        "title": "Jadwal kapal perintis berubah",
        "outlet": "Warta Timur",
        "date": "2025-08-05",
        "text": f'{SPEAKER} menemui para nakhoda.\n\n"{SHARED}" ujar {SPEAKER} kepada wartawan.'
        f"\n\nJadwal baru diumumkan pekan ini. Kepala desa {NAMED} menyambut jadwal itu.",
    },
]

NO_OUTLET_SAID = "No outlet to filter by: the articles here name none (o and O step through named outlets)"

archive = archive_fixture(ARTICLES)


@synchronous
async def test_the_reports_mark_stays_on_a_line_with_words(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.open_at(summary_titled(app, "Kapal perintis ditambah").id, None)
        await settle(app, pilot)
        pane = app.query_one(StatementsPane)
        assert pane.content_size.width <= 35
        lines = ["".join(s.text for s in pane.render_line(y)) for y in range(pane.content_size.height)]
        (marked,) = (line for line in lines if "⧉1" in line)
        assert marked.lstrip().startswith("“ ⧉1"), lines  # beside the kind's mark, on the first line
        assert any(c.isalpha() for c in marked.replace("⧉1", "")), lines


@synchronous
async def test_o_says_why_the_statement_matches_keep_their_order(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"kapal", "ctrl+t")  # statement matches in the list's place
        await settle(app, pilot)
        assert app.statement_results.display and not app.article_list.display
        await pilot.press("enter")  # into the matches: the key reaches the app
        await settle(app, pilot)
        shape = app.article_list.shape
        await pilot.press("o")
        await settle(app, pilot)
        assert app.article_list.shape == shape  # the matches keep their order: nothing to sort
        said = str(app.status.render())  # the key looked dead: the line says why
        assert said == "Statement matches stay best match first: o sorts the article list (Ctrl+T back to it)"


@synchronous
async def test_o_says_the_order_where_the_side_panes_hide_the_list(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:  # the side panes shown in the list's column
        await settle(app, pilot)
        app.open_at(summary_titled(app, "Kapal perintis ditambah").id, None)
        await settle(app, pilot)
        await pilot.press("s", "o")
        await settle(app, pilot)
        assert not app.main_screen.query_one("#list-column").display
        assert app.article_list.shape.sort == "date"
        assert app.status.message == "List sorted: by date, newest first — s shows the list"


@synchronous
async def test_o_on_a_page_with_no_outlet_says_why_it_does_nothing(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        page.naming, page.profile.outlets = [], []  # type: ignore[union-attr]  # as a page naming no outlet
        await pilot.press("o")
        await settle(app, pilot)
        status = page.query_one("#person-status", Static)
        assert str(status.render()) == NO_OUTLET_SAID  # the keys' hint alone read as if o did nothing
        await pilot.press("d")  # the next filter brings the keys' hint back
        await settle(app, pilot)
        assert str(status.render()).startswith("Enter: open in the reader")


@synchronous
async def test_a_person_never_quoted_lists_the_articles_naming_them(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.opening.person(NAMED)  # as the entities pane's p: Enter on the page opens the article
        await settle(app, pilot)
        page = app.screen
        assert isinstance(page, PersonScreen)
        await page.workers.wait_for_complete()
        await settle(app, pilot)
        assert page.profile is not None and not page.profile.statements
        prompts = [str(option.prompt) for option in page.statement_list.options]
        assert prompts[0] == "Not quoted in the archive — articles naming them, newest first (2)"
        assert [p.split("\n")[1] for p in prompts[1:]] == ["Jadwal kapal perintis berubah", "Kapal perintis ditambah"]
        facts = str(page.query_one("#page-facts", Static).render())
        assert "not quoted, named in 2 articles" in facts and "Named by Kabar Pesisir 1 · Warta Timur 1" in facts
        await pilot.press("o")  # the articles' outlets filter the page
        await settle(app, pilot)
        assert len([o for o in page.statement_list.options if o.id]) == 1
        await pilot.press("x", "enter")  # Enter opens the article at its top
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.title == "Jadwal kapal perintis berubah"


@synchronous
async def test_d_on_a_page_with_no_statement_says_why_it_does_nothing(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, NAMED)
        await pilot.press("d")
        await settle(app, pilot)
        assert page.filters.kind == ""  # "kind direct" over a list of articles changed nothing
        said = "No statement here to filter by kind: d chooses direct or indirect speech"
        assert str(page.query_one("#person-status", Static).render()) == said
