"""A person's page says how many articles report a remark beyond the outlets it names: a remark of
one outlet's page and a page naming no outlet read "reported by" that outlet alone, as if no other
article had it. Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.widgets.page_rows import reported_by
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture
from tests.pilot_support import settle, synchronous

SPEAKER = "Martinus Sitanggang"
REMARK = "Kami akan menambah dua kapal penyeberangan sebelum libur panjang akhir tahun nanti,"
ARTICLES = [
    {
        "title": "Dua kapal penyeberangan baru disiapkan",
        "outlet": "Kabar Selat",
        "date": "2025-04-02",
        "text": f'Kepala dinas perhubungan {SPEAKER} meninjau dermaga.\n\n"{REMARK}" kata {SPEAKER} di dermaga.'
        "\n\nPenumpang menyambut rencana itu.",
    },
    {
        "title": "Dermaga penyeberangan akan diperluas",
        "date": "2025-04-03",
        "text": f'{SPEAKER} menerima para nakhoda di kantornya.\n\n"{REMARK}" ujar {SPEAKER} kepada wartawan.'
        "\n\nPerluasan dermaga dimulai bulan depan.",
    },
]


archive = archive_fixture(ARTICLES)


@synchronous
async def test_the_page_counts_the_report_of_a_page_naming_no_outlet(archive: Archive) -> None:
    (cluster,) = archive.clusters()
    assert sorted(m.outlet for m in cluster.members) == ["", "Kabar Selat"]
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        prompts = [str(option.prompt) for option in page.statement_list.options]
        widest = next(p for p in prompts if "⧉1" in p)
        assert widest.endswith("reported by Kabar Selat and 1 other article"), widest


def test_reported_by_names_the_outlets_then_counts_the_rest() -> None:
    assert reported_by(2, ("A", "B")) == "reported by A, B"
    assert reported_by(4, ("A",)) == "reported by A and 3 other articles"
    assert reported_by(3, ()) == "reported by 3 articles naming no outlet"
