"""The list names each outlet whole where there is room and gives a title the cells an outlet does
not use: a fixed 14-cell column cut longer names and stood blank beside the titles of pages that
name no outlet. The date stays in one column. Invented text."""

from __future__ import annotations

from rich.cells import cell_len

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.widgets.list_rows import OUTLET_WIDTH, TITLE_KEPT, outlet_room
from tests.pilot.pages import archive_fixture
from tests.pilot_support import settle, synchronous

LONG = "Harian Pagi Lembah Hijau"  # 24 cells, longer than the old column
HEADLINES = {
    "long": "Pasar ikan Lembah Hijau buka sampai malam mulai pekan depan kata pengelola",
    "short": "Jembatan gantung desa Suka Air diperbaiki warga secara gotong royong pekan ini",
    "none": "Petani kopi Lereng Batu panen lebih awal karena kemarau datang terlalu cepat",
}
ARTICLES = [
    {"title": HEADLINES["long"], "outlet": LONG, "date": "2025-03-03", "text": "Pasar ikan dibuka sore."},
    {
        "title": HEADLINES["short"],
        "outlet": "Warta",
        "date": "2025-03-02",
        "text": "Warga memperbaiki jembatan.",
    },
    {"title": HEADLINES["none"], "date": "2025-03-01", "text": "Panen kopi datang lebih awal."},
]


archive = archive_fixture(ARTICLES)


async def _rows(archive: Archive, width: int) -> tuple[dict[str, str], int]:
    """Each headline's row as drawn, by the headline's key, and the list's row width."""
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        listed = app.article_list
        cells = listed.scrollable_content_region.width
        rows = {}
        for summary in listed.summaries:
            key = next(k for k, h in HEADLINES.items() if summary.title == h)
            rows[key] = listed.row_content(summary, cells).plain
        return rows, cells


@synchronous
async def test_a_wide_list_names_a_long_outlet_whole(archive: Archive) -> None:
    rows, _ = await _rows(archive, 160)
    assert rows["long"].rstrip().endswith(f"{LONG} 2025-03-03")
    assert cell_len(LONG) > OUTLET_WIDTH
    dates = {row.index("2025-03-0") for row in rows.values()}
    assert len(dates) == 1, rows  # the date column stays put


@synchronous
async def test_a_title_takes_the_cells_its_outlet_leaves(archive: Archive) -> None:
    rows, cells = await _rows(archive, 100)
    titles = {key: row.split("…")[0] for key, row in rows.items()}
    # no outlet: the title runs to the date; a short outlet: to the outlet's name
    assert rows["none"].index("…") == rows["none"].index("2025-03-01") - 2
    assert rows["short"].rstrip().endswith("… Warta 2025-03-02")
    assert len(titles["none"]) > len(titles["short"]) > len(titles["long"])
    # the old column left the title ``cells - 27`` cells whatever the outlet
    assert len(titles["none"]) + 1 > cells - 27 + OUTLET_WIDTH
    # at 100 columns a 16-18 letter name shows whole; a longer one is cut where the title keeps its cells
    room = outlet_room(cells)
    assert OUTLET_WIDTH < room < cell_len(LONG)
    assert f"{LONG[: room - 1]}… 2025-03-03" in rows["long"]
    assert rows["long"].index(LONG[:3]) - 1 == TITLE_KEPT  # the title's cells and its gap before it
