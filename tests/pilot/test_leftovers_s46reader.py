"""Session 45's leftovers: a dropped run cut at the finder's 600-character limit lost its closing
bracket (``[− …`` and nothing after), so the words after it read as the report's own. Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.widgets.version_rows import TEXT_LIMIT, diff_content
from tests.pilot.pages import archive_fixture, article_titled
from tests.pilot_support import settle, synchronous

SPEAKER = "Yohanes Wambrauw"
CLAUSES = (
    "kami akan memperbaiki dermaga kayu di setiap kampung pesisir",
    "para nelayan akan mendapat perahu baru dengan mesin tempel",
    "sekolah dasar di pulau kecil akan menerima guru tambahan",
    "puskesmas keliling akan singgah sebulan sekali di tiap teluk",
    "jalan setapak menuju mata air akan dilapisi batu karang",
    "pasar ikan akan dibangun ulang dengan atap yang lebih tinggi",
    "lampu tenaga surya akan dipasang di sepanjang pantai utara",
    "balai adat akan dipugar bersama para tetua kampung",
    "kapal penumpang akan singgah dua kali setiap pekan",
)
KEPT = ", ".join(CLAUSES[:8])
DROPPED_RUN = (
    "tangki air hujan akan dibagikan kepada setiap keluarga di bukit karang yang kering, "
    "menara sinyal akan didirikan di tanjung paling timur"
)
FULL = f"{KEPT}, {DROPPED_RUN}, dan {CLAUSES[8]} mulai tahun depan,"
SHORT = f"{KEPT}, dan {CLAUSES[8]} mulai tahun depan,"
ARTICLES = [
    {
        "title": "Rencana kampung pesisir diumumkan",
        "outlet": "Kabar Teluk",
        "date": "2025-10-01",
        "text": f'Bupati {SPEAKER} berbicara di balai desa.\n\n"{FULL.capitalize()}" kata {SPEAKER} di balai desa.',
    },
    {
        "title": "Bupati janjikan dermaga dan perahu",
        "outlet": "Warta Karang",
        "date": "2025-10-03",
        "text": f'{SPEAKER} menemui warga.\n\n"{SHORT.capitalize()}" ujar {SPEAKER} kepada wartawan.',
    },
]

archive = archive_fixture(ARTICLES)


def test_a_dropped_run_cut_at_the_limit_is_closed() -> None:
    shown = str(diff_content(FULL, SHORT))
    assert len(KEPT) < TEXT_LIMIT < len(KEPT) + len(DROPPED_RUN)  # the limit falls inside the dropped run
    cut = shown[shown.index("[− ") :]
    assert cut.endswith("…]"), cut  # was "[− tangki … kering, men…": no closing bracket
    assert len(shown) <= TEXT_LIMIT + 1


@synchronous
async def test_the_finder_closes_a_dropped_run_cut_at_the_limit(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        article = article_titled(app, "Bupati janjikan dermaga dan perahu")  # the later report
        (statement,) = (s for s in article.statements if "dermaga kayu" in s.text)
        app.opening.quote_finder(statement)
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen) and len(finder.versions) == 2
        prompts = [str(option.prompt) for option in finder.version_list.options]
        (shown,) = (p for p in prompts if "Warta Karang" in p)
        assert "[− tangki" in shown, shown
        assert shown.rstrip().endswith("…]"), shown
