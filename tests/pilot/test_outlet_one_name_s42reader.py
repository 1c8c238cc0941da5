"""An outlet the archive spells two ways (its acronym on one page, spelled out on another) shows
under one name in the list, its facet, the reader's byline and the quote finder. Invented text."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.widgets.list_shape import facet_counts
from tests.pilot.pages import archive_fixture
from tests.pilot_support import settle, synchronous

SPELLED = "Kantor Berita Cendana (KBC)"
REMARK = "Kami akan membuka tiga dermaga baru untuk kapal nelayan sebelum akhir tahun depan,"
ARTICLES = [
    {
        "title": "Bupati janji dermaga baru bagi nelayan",
        "outlet": "KBC",
        "date": "2025-02-03",
        "text": f'Bupati Yohanes Tangkilisan meninjau pantai.\n\n"{REMARK}" kata Yohanes Tangkilisan di pelabuhan.'
        "\n\nNelayan menyambut rencana itu.",
    },
    {
        "title": "Tangkilisan tinjau pelabuhan ikan",
        "outlet": SPELLED,
        "date": "2025-02-04",
        "text": f'Yohanes Tangkilisan berkunjung ke pelabuhan ikan.\n\n"{REMARK}" ujar Yohanes Tangkilisan.'
        "\n\nKunjungan itu berlangsung sejam.",
    },
    {
        "title": "Dermaga nelayan akan ditambah",
        "outlet": "Warta Lumbung",
        "date": "2025-02-05",
        "text": f'Pemerintah kabupaten menyiapkan anggaran.\n\n"{REMARK}" kata Yohanes Tangkilisan.'
        "\n\nWarga berharap dermaga segera dibangun.",
    },
]


archive = archive_fixture(ARTICLES)


@synchronous
async def test_the_list_its_facet_the_byline_and_the_finder_name_the_outlet_once(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        listed = app.article_list
        assert sorted(s.outlet for s in listed.summaries) == [SPELLED, SPELLED, "Warta Lumbung"]
        assert facet_counts(listed.base, {})["outlet"] == [(SPELLED, 2), ("Warta Lumbung", 1)]
        row = next(i for i, s in enumerate(listed.summaries) if s.title.startswith("Bupati"))
        listed.cursor = row
        await pilot.press("enter")
        await settle(app, pilot)
        assert SPELLED in str(app.reader.query_one("#reader-header").render())

        (cluster,) = archive.clusters()
        first = next(m for m in cluster.members if m.outlet == "KBC")
        article = archive.article(first.article)
        assert article is not None
        statement = next(s for s in article.statements if s.id == first.statement_id)
        app.push_screen(QuoteFinderScreen(archive, statement))
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        await finder.workers.wait_for_complete()
        await settle(app, pilot)
        options = finder.version_list.options
        prompts = [str(option.prompt) for option in options if option.id and option.id[0] == "v"]
        assert len(prompts) == 3
        assert sum(SPELLED in p for p in prompts) == 2, prompts
        assert not any("KBC ·" in p.replace(SPELLED, "") for p in prompts), prompts


def test_kutip_statements_prints_the_one_name_and_json_what_each_page_printed(
    archive: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    from kutip.tui.cli import main

    location = str(archive.location)
    archive.close()
    assert main(["--index", location, "statements"]) == 0
    printed = " ".join(capsys.readouterr().out.split())
    assert printed.count(SPELLED) == 2 and "KBC ·" not in printed.replace(SPELLED, "")
    assert main(["--index", location, "statements", "--json"]) == 0
    assert '"outlet": "KBC"' in capsys.readouterr().out
