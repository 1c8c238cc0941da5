"""The quote finder, the "who said what" results and ``kutip statements`` name a report whose article
names no outlet by its site or its title (or opening words), marked, never "unknown outlet" for all
of them alike. The articles are invented."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive, EntityType
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture
from tests.pilot_support import settle, synchronous

REMARK = "Kami akan memperbaiki semua jalan desa yang rusak sebelum musim hujan tiba,"
ARTICLES = [
    {
        "title": "Wali kota Tanjung Sari janji perbaiki jalan desa",
        "text": f'Wali Kota Bonifasius Rantelangi berjanji memperbaiki jalan.\n\n"{REMARK}" kata Bonifasius '
        "Rantelangi di balai kota.\n\nIa menambahkan bahwa anggaran sudah disiapkan.",
    },
    {
        "title": "",
        "text": "Bonifasius Rantelangi mengunjungi pasar induk pada pagi hari bersama para camat.\n\n"
        f'"{REMARK}" ujar Bonifasius Rantelangi kepada wartawan.\n\nKunjungan di Surabaya itu berlangsung dua jam.',
    },
    {
        "title": "Rantelangi tinjau pasar ikan",
        "url": "https://www.kabarcontoh.example/berita/123",
        "text": f'Bonifasius Rantelangi meninjau pasar ikan.\n\n"{REMARK}" kata Bonifasius Rantelangi.\n\n'
        "Pedagang menyambut baik.",
    },
]
EXPECTED = (
    "no outlet · “Wali kota Tanjung Sari janji perbaiki jalan desa”",
    "no outlet · [Bonifasius Rantelangi mengunjungi pasar induk…]",
    "site kabarcontoh.example",
)


archive = archive_fixture(ARTICLES)


@synchronous
async def test_the_finder_names_outletless_reports_by_site_or_title(archive: Archive) -> None:
    (cluster,) = archive.clusters()
    assert len(cluster.members) == 3 and not any(m.outlet for m in cluster.members)
    first = cluster.members[0]
    article = archive.article(first.article)
    assert article is not None
    statement = next(s for s in article.statements if s.id == first.statement_id)
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.push_screen(QuoteFinderScreen(archive, statement))
        await settle(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        await finder.workers.wait_for_complete()
        await settle(app, pilot)
        prompts = [str(option.prompt) for option in finder.version_list.options if option.id]
        versions = [p for p in prompts if "direct" in p]
        assert len(versions) == 3
        for label in EXPECTED:
            assert sum(label in p for p in versions) == 1, (label, versions)
        assert not any("unknown outlet" in p or "pages.jsonl" in p for p in versions)


@synchronous
async def test_who_said_what_names_them_by_title_too(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        for key in "jalan desa":
            await pilot.press("space" if key == " " else key)
        await settle(app, pilot)
        results = app.query_one("StatementResults")
        prompts = [str(option.prompt) for option in results.options if option.id]  # type: ignore[attr-defined]
        assert len(prompts) == 3
        assert any(EXPECTED[0] in p for p in prompts) and any(EXPECTED[1] in p for p in prompts)
        assert not any("unknown outlet" in p for p in prompts)


def test_kutip_statements_prints_the_same_names(archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    from kutip.tui.cli import main

    location = str(archive.location)
    archive.close()
    assert main(["--index", location, "statements"]) == 0
    printed = " ".join(capsys.readouterr().out.split())
    for label in EXPECTED:
        assert label in printed
    assert "unknown outlet" not in printed


@synchronous
async def test_the_persons_and_a_places_pages_name_them_too(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, "Bonifasius Rantelangi")
        prompts = " ".join(str(option.prompt) for option in page.query_one("OptionList").options)  # type: ignore[attr-defined]
        assert EXPECTED[0] in prompts and "unknown outlet" not in prompts
        app.pop_screen()
        await settle(app, pilot)
        page = await pushed_page(app, pilot, "Surabaya", EntityType.PLACE)
        prompts = " ".join(str(option.prompt) for option in page.query_one("OptionList").options)  # type: ignore[attr-defined]
        assert "no outlet · " in prompts and "unknown outlet" not in prompts
