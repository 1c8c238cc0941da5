"""Three faults of the reader seen on real pages (session 43): the legend explained ``⧉n`` on an
article with no such mark; the status line kept the whole archive's count under a facet showing
fewer rows; a paragraph the page prints twice listed its statements twice. Invented text."""

from __future__ import annotations

from textual.widgets import Static

from kutip.index.facade import Archive, EntityType, Profile
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.widgets.article_reader import Legend
from kutip.tui.widgets.facet_panel import FacetPanel
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.page_facts import outlets_line
from kutip.tui.widgets.statements_pane import StatementsPane
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture, article_titled, summary_titled
from tests.pilot_support import settle, synchronous

SPEAKER = "Rosalina Wuwungan"
SHARED = "Jembatan gantung di hulu sungai akan kami perbaiki sebelum musim hujan datang tahun ini,"
REPEATED = "Para petani sudah menunggu jalan desa yang baru ini sejak lama sekali,"
ALONE = "Pasar ikan yang lama akan kami pindahkan ke dekat pelabuhan kecil di utara,"
UNQUOTED = "Yohanes Pattiasina"
ARTICLES = [
    {
        "title": "Jembatan gantung diperbaiki",
        "outlet": "Kabar Hulu",
        "date": "2025-06-02",
        "text": f'Bupati {SPEAKER} meninjau jembatan.\n\n"{SHARED}" kata {SPEAKER} di tepi sungai.'
        f'\n\n"{REPEATED}" ujar {SPEAKER} kepada warga.\n\nWarga menyambut rencana itu.'
        f'\n\n"{REPEATED}" ujar {SPEAKER} kepada warga.',
    },
    {
        "title": "Bupati janjikan jembatan baru",
        "outlet": "Warta Lembah",
        "date": "2025-06-03",
        "text": f'{SPEAKER} menerima kepala desa.\n\n"{SHARED}" ujar {SPEAKER} kepada wartawan.'
        "\n\nPerbaikan dimulai bulan depan.",
    },
    {
        "title": "Pasar ikan akan dipindahkan",
        "outlet": "Warta Lembah",
        "date": "2025-06-04",
        "text": f'{SPEAKER} berbicara di balai desa.\n\n"{ALONE}" kata {SPEAKER} di balai desa.'
        f"\n\nPedagang meminta waktu untuk bersiap. Camat {UNQUOTED} ikut hadir di balai desa.",
    },
]

archive = archive_fixture(ARTICLES)
FINDER_ARTICLES = [  # the repeated paragraph's remark reported by another article too
    {
        "title": "Jalan desa baru dibuka",
        "outlet": "Kabar Hulu",
        "date": "2025-07-01",
        "text": f'{SPEAKER} membuka jalan desa.\n\n"{REPEATED}" ujar {SPEAKER} kepada warga.'
        f'\n\nWarga berkumpul di ujung jalan.\n\n"{REPEATED}" ujar {SPEAKER} kepada warga.',
    },
    {
        "title": "Bupati resmikan jalan desa",
        "outlet": "Warta Lembah",
        "date": "2025-07-02",
        "text": f'Jalan sepanjang tiga kilometer diresmikan.\n\n"{REPEATED}" kata {SPEAKER} di lokasi.',
    },
]
finder_archive = archive_fixture(FINDER_ARTICLES)


@synchronous
async def test_the_legend_explains_the_reports_mark_only_where_the_body_draws_one(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        legend = app.query_one(Legend)
        heights = []
        for title, marked in (("Pasar ikan akan dipindahkan", False), ("Jembatan gantung diperbaiki", True)):
            app.open_at(summary_titled(app, title).id, None)
            await settle(app, pilot)
            assert any(app.reader.body.marker_on(n) for n in range(app.reader.body.line_count)) is marked
            assert ("in n more articles" in str(legend.render())) is marked, title
            heights.append(legend.size.height)
        assert heights[0] == heights[1]  # the mark's place kept blank: no new layout between them


@synchronous
async def test_the_status_line_counts_the_rows_a_facet_leaves(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert app.status.message == "3 articles"
        await pilot.press("F")
        await settle(app, pilot)
        panel = app.main_screen.query_one(FacetPanel)
        panel.highlighted = panel.get_option_index("outlet\x00Kabar Hulu")
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == 1
        assert app.status.message == "1 of 3 articles"
        await pilot.press("x")
        await settle(app, pilot)
        assert app.status.message == "Filters cleared — 3 articles"


@synchronous
async def test_a_paragraph_printed_twice_lists_its_statement_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.open_at(summary_titled(app, "Jembatan gantung diperbaiki").id, None)
        await settle(app, pilot)
        article = app.reader.article
        assert article is not None
        repeats = [s for s in article.statements if REPEATED.rstrip(",") in s.text]
        assert len(repeats) == 2  # the data keeps both: the page prints both
        pane = app.query_one(StatementsPane)
        prompts = [str(option.prompt) for option in pane.options if option.id]
        assert sum(REPEATED.rstrip(",") in p for p in prompts) == 1
        assert len(prompts) == len(article.statements) - 1
        assert pane.border_title == f"Statements ({len(prompts)})"
        (folded,) = (p for p in prompts if REPEATED.rstrip(",") in p)
        assert "printed twice" in folded
        pane.select_statement(repeats[1].id)  # the repeat's id finds the one row listing both
        assert pane.current is repeats[0]


@synchronous
async def test_a_persons_page_lists_and_counts_a_repeated_statement_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        assert page.profile is not None and len(page.profile.statements) == 5  # the data keeps both
        prompts = [str(option.prompt) for option in page.statement_list.options if option.id]
        (folded,) = (p for p in prompts if REPEATED.rstrip(",") in p)
        assert "printed twice" in folded
        facts = str(page.query_one("#page-facts", Static).render())
        assert "4 statements in 3 articles" in facts


@synchronous
async def test_f_in_the_reader_finds_the_marked_statements_reports(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:  # the side panes hidden: no statements pane
        await settle(app, pilot)
        article = article_titled(app, "Bupati janjikan jembatan baru")
        (statement,) = (s for s in article.statements if SHARED.rstrip(",") in s.text)
        app.open_at(article.id, statement.id)
        await settle(app, pilot)
        app.reader.body.focus()
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, QuoteFinderScreen)
        assert app.screen.statement is not None and app.screen.statement.id == statement.id
        assert len(app.screen.versions) == 2  # both articles' reports
        await pilot.press("escape")
        await settle(app, pilot)
        app.open_at(article.id, None)  # no statement marked: the phrase to type
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, QuoteFinderScreen) and app.screen.statement is None


@synchronous
async def test_a_narrow_list_header_shows_the_filter_before_the_order(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.lists.choose_facet("outlet", "Kabar Hulu")
        await settle(app, pilot)
        header = app.query_one(ListHeader)
        assert header.size.width < len(header.text)  # too long for the list's column
        shown = "".join(segment.text for segment in header.render_line(0))
        assert "1 of 3 · outlet: Kabar Hulu ·" in shown
        assert shown.rstrip().endswith("…")  # cut, and showing it is cut


@synchronous
async def test_the_list_header_names_the_entity_the_list_is_narrowed_to(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        article = article_titled(app, "Pasar ikan akan dipindahkan")
        speaker = next(e for e in article.entities if e.name == SPEAKER)
        app.searching.filter_by_entity(speaker)
        await settle(app, pilot)
        header = app.query_one(ListHeader)
        assert len(app.article_list.summaries) == 3
        assert header.text.startswith(f"3 · mentioning {SPEAKER} · ") and header.text.endswith("Esc clears")
        assert header.has_class("-narrowed")  # the warning colour of any narrowed list
        await pilot.press("escape")
        await settle(app, pilot)
        assert "mentioning" not in header.text and not header.has_class("-narrowed")


@synchronous
async def test_the_page_of_a_person_never_quoted_says_so_and_where_the_mentions_are(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert archive.articles_mentioning(UNQUOTED, EntityType.PERSON)  # mentioned, never quoted
        page = await pushed_page(app, pilot, UNQUOTED)
        assert page.profile is not None and not page.profile.statements
        facts = str(page.query_one("#page-facts", Static).render())
        assert "Quoted by" not in facts  # "(no outlet named)" read as quoted by unnamed outlets
        heading, article = [str(option.prompt) for option in page.statement_list.options if option.prompt]
        assert heading.startswith("Not quoted in the archive") and "Pasar ikan" in article  # session 45


def test_the_quoted_by_line_counts_the_pages_naming_no_outlet() -> None:
    profile = Profile(name=SPEAKER, entity_type=EntityType.PERSON)
    profile.months, profile.undated = [("2025-06", 5)], 4  # the tally's count: 9 statements
    profile.outlets = [("Kabar Hulu", 4), ("Warta Lembah", 1)]
    line = str(outlets_line(profile))
    assert line == "Quoted by Kabar Hulu 4 · (no outlet) 4 · Warta Lembah 1"
    profile.outlets = [("Kabar Hulu", 9)]
    assert str(outlets_line(profile)) == "Quoted by Kabar Hulu 9"  # every statement's outlet named
    place = Profile(name="Lembah", entity_type=EntityType.PLACE, article_count=3, outlets=[("Warta Lembah", 1)])
    assert str(outlets_line(place)) == "Outlets (no outlet) 2 · Warta Lembah 1"


@synchronous
async def test_a_statement_search_lists_a_repeated_paragraphs_statement_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+t", *"petani")
        await settle(app, pilot)
        results = app.statement_results
        prompts = [str(option.prompt) for option in results.options if option.id]
        assert len(prompts) == 1 and "printed twice" in prompts[0]
        assert len(results.hits) == 1
        assert app.status.message.startswith("1 statement match petani")


@synchronous
async def test_the_quote_finder_lists_a_repeated_paragraphs_report_once(finder_archive: Archive) -> None:
    archive = finder_archive
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        article = article_titled(app, "Jalan desa baru dibuka")
        first, second = (s for s in article.statements if REPEATED.rstrip(",") in s.text)
        app.open_at(article.id, second.id)  # the repeat's own id
        await settle(app, pilot)
        app.reader.body.focus()
        await pilot.press("f")
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        (cluster,) = finder.clusters
        assert len(cluster.members) == 3  # both copies and the other article's report
        prompts = [str(option.prompt) for option in finder.version_list.options if option.id in finder.versions]
        assert len(prompts) == 2 and sum("printed twice" in p for p in prompts) == 1
        assert finder.current is not None and finder.current.statement_id == first.id  # its row
