"""Sorting and facets: the list's order and filters, and counts that follow the search."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from kutip.index.facade import Archive, ArticleSummary
from kutip.tui.app import KutipApp
from kutip.tui.widgets.facet_panel import FacetPanel
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.list_shape import ListShape, facet_counts, sort_summaries
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app
from tests.snapshots.test_tui_app import write_fixture_corpus

SIZE = (130, 40)


def summary(n: int, outlet: str, date: str, title: str, lang: str = "id") -> ArticleSummary:
    return ArticleSummary(id=f"a{n}", title=title, outlet=outlet, date=date, path=f"/c/{n}", lang=lang)


ROWS = [
    summary(1, "Warta", "2024-05-03", "beras naik"),
    summary(2, "Kabar", "2024-04-12", "Angin kencang", "en"),
    summary(3, "Warta", "", "Cuaca cerah"),
    summary(4, "", "2024-05-20", "Banjir surut"),
]
PERSONS = {"a1": {"Sari"}, "a2": {"Sari", "Tomas"}, "a4": {"Tomas"}}


def ids(rows: list[ArticleSummary]) -> list[str]:
    return [row.id for row in rows]


def test_sorts_are_stable_and_put_the_undated_and_unnamed_last() -> None:
    assert ids(sort_summaries(ROWS, "date")) == ["a4", "a1", "a2", "a3"]
    assert ids(sort_summaries(ROWS, "outlet")) == ["a2", "a1", "a3", "a4"]
    assert ids(sort_summaries(ROWS, "title")) == ["a2", "a4", "a1", "a3"]
    assert ids(sort_summaries(ROWS, "default")) == ids(ROWS)


def test_filters_widen_within_a_facet_and_narrow_across() -> None:
    shape = ListShape().toggled_filter("outlet", "Warta").toggled_filter("outlet", "Kabar")
    assert ids(shape.apply(ROWS, set(), PERSONS)) == ["a1", "a2", "a3"]
    shape = shape.toggled_filter("person", "Tomas")
    assert ids(shape.apply(ROWS, set(), PERSONS)) == ["a2"]
    assert ids(shape.toggled_unread().apply(ROWS, {"a2"}, PERSONS)) == []
    assert shape.toggled_filter("person", "Tomas").toggled_filter("outlet", "Kabar").filters == (("outlet", "Warta"),)
    assert not shape.cleared().narrowed and shape.cleared().sort == shape.sort


def test_counts_per_outlet_language_month_and_person() -> None:
    counts = facet_counts(ROWS, PERSONS)
    assert counts["outlet"][0] == ("Warta", 2)
    assert dict(counts["lang"]) == {"id": 3, "en": 1}
    assert [month for month, _ in counts["month"]] == ["2024-05", "2024-04", "undated"]
    assert counts["person"] == [("Sari", 2), ("Tomas", 2)]


def test_counting_10k_articles_is_fast() -> None:
    rows = [summary(n, f"Outlet {n % 40}", f"20{10 + n % 14}-{1 + n % 12:02}-01", f"T {n}") for n in range(10_000)]
    persons = {f"a{n}": {f"Orang {n % 300}", f"Orang {(n * 7) % 300}"} for n in range(10_000)}
    start = time.perf_counter()
    facet_counts(rows, persons)
    ListShape(sort="title").toggled_filter("person", "Orang 5").apply(rows, set(), persons)
    assert time.perf_counter() - start < 1.0




def header(app: KutipApp) -> str:
    return app.main_screen.query_one(ListHeader).text


@synchronous
async def test_o_cycles_the_order_and_the_header_says_which(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "newest first" in header(app)
        await pilot.press("o", "o")
        await settle(app, pilot)
        assert "by outlet" in header(app)
        outlets = [s.outlet for s in app.article_list.summaries]
        assert outlets == sorted(outlets, key=str.casefold)
        await pilot.press("o")
        assert "by title" in header(app)


@synchronous
async def test_a_facet_value_filters_and_x_clears(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = len(app.article_list.summaries)
        await pilot.press("F")
        await settle(app, pilot)
        panel = app.main_screen.query_one(FacetPanel)
        assert panel.is_open and panel.has_focus
        english = panel.get_option_index("lang\x00en")
        panel.highlighted = english
        await pilot.press("enter")
        await settle(app, pilot)
        assert [s.lang for s in app.article_list.summaries] == ["en"]
        assert "language: en" in header(app) and f"1 of {total}" in header(app)
        assert "✓" in str(panel.get_option("lang\x00en").prompt)
        await pilot.press("x")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total


@synchronous
async def test_counts_follow_the_search(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        panel = app.main_screen.query_one(FacetPanel)
        assert "lang\x00en" in panel._values
        app.search_bar.open()
        await pilot.press(*"beras", "enter")
        await settle(app, pilot)
        assert "lang\x00en" not in panel._values  # no English article mentions beras
        assert "best match first" in header(app)


@synchronous
async def test_typing_a_prefix_finds_and_snippets_mark_it(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"perpus")
        await settle(app, pilot)
        titles = [s.title for s in app.article_list.summaries]
        assert titles and all("perpustakaan" in t for t in titles)
        assert "still typing" in app.status.message
        await settle(app, pilot)  # the row asked for its snippet when drawn
        await settle(app, pilot)
        snippet_line = app.article_list.render_line(1).text
        assert "perpustakaan" in snippet_line
        await pilot.press("enter")  # Enter searches the word exactly as typed: no whole word "perpus",
        await settle(app, pilot)  # so the prefix's results stay and the status line says why
        assert "no article has the whole word" in app.status.message
        assert [s.title for s in app.article_list.summaries] == titles


def test_facets_snapshot(snap_compare: Any, tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "fx")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("F")
        await settle(pilot.app, pilot)
        panel = pilot.app.main_screen.query_one(FacetPanel)
        panel.highlighted = panel.get_option_index("lang\x00id")
        await pilot.press("enter", "o", "o")
        await settle(pilot.app, pilot)

    try:
        assert snap_compare(quick_app(archive), terminal_size=(130, 30), run_before=run_before)
    finally:
        archive.close()
