"""The quote finder's dropped words: a later report that leaves out words of the earliest one
shows them inside ``[− …]``. Struck through alone, a terminal without strikethrough drew them as
part of the later outlet's quote, and a fact-checker would have cited words it never printed.
Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.widgets.version_rows import DROPPED
from tests.pilot.pages import archive_fixture, article_titled
from tests.pilot_support import settle, synchronous

SPEAKER = "Yosefina Tanamal"
FULL = "Kami akan membuka tiga balai latihan kerja di kecamatan terpencil sebelum akhir tahun depan,"
SHORT = "Kami akan membuka tiga balai latihan kerja sebelum akhir tahun depan,"
ARTICLES = [
    {
        "title": "Balai latihan kerja dibuka",
        "outlet": "Kabar Selatan",
        "date": "2025-09-01",
        "text": f'Gubernur {SPEAKER} berbicara di aula.\n\n"{FULL}" kata {SPEAKER} di aula provinsi.',
    },
    {
        "title": "Gubernur janjikan balai latihan",
        "outlet": "Warta Pantai",
        "date": "2025-09-03",
        "text": f'{SPEAKER} menemui warga.\n\n"{SHORT}" ujar {SPEAKER} kepada wartawan.',
    },
]

archive = archive_fixture(ARTICLES)


@synchronous
async def test_a_later_reports_dropped_words_read_as_not_part_of_its_quote(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        article = article_titled(app, "Gubernur janjikan balai latihan")  # the later report
        (statement,) = (s for s in article.statements if "balai latihan" in s.text)
        app.opening.quote_finder(statement)
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen) and len(finder.versions) == 2
        prompts = [option.prompt for option in finder.version_list.options]
        (shown,) = (str(p) for p in prompts if "Warta Pantai" in str(p))
        assert "kerja [− di kecamatan terpencil] sebelum" in shown, shown  # plain text, no style needed
        styles = {str(span.style) for p in prompts for span in p.spans}  # type: ignore[union-attr]
        assert DROPPED in styles
