"""The cursor's row found through the list's id -> row map, not a scan of every row (issue 11:
Esc back to 100,000 rows scanned them all for the cursor's article)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from textual.app import App, ComposeResult

from kutip.index.facade import ArticleSummary
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.list_shape import ListShape
from tests.pilot_support import synchronous

ROWS = 100_000


class ListHost(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleList()


class AskedRows(Mapping[str, int]):
    """A row map that remembers which ids it was asked for."""

    def __init__(self, rows: dict[str, int]) -> None:
        self.rows = rows
        self.asked: list[str] = []

    def __getitem__(self, key: str) -> int:
        self.asked.append(key)
        return self.rows[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def _summaries(count: int) -> list[ArticleSummary]:
    return [
        ArticleSummary(id=f"n{n:06}", title=f"Kabar {n}", outlet="Warta Uji", date="2025-03-01", path=f"/{n}")
        for n in range(count)
    ]


@synchronous
async def test_esc_back_to_the_whole_list_finds_the_cursors_row_through_the_map() -> None:
    app = ListHost()
    base = _summaries(ROWS)
    rows = AskedRows({summary.id: row for row, summary in enumerate(base)})
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.know_rows(base, rows)
        article_list.set_summaries(base)
        await pilot.pause()
        hits = [base[70_000], base[5]]
        article_list.set_summaries(hits, hits[0].id, snippets=True)  # a search's hits
        await pilot.pause()
        assert article_list.highlighted == base[70_000]
        article_list.set_summaries(base, base[70_000].id)  # Esc: the kept rows come back
        await pilot.pause()
        assert article_list.cursor == 70_000
        assert rows.asked == [base[70_000].id]
        assert article_list.index_of("n099999") == 99_999
        assert article_list.index_of("elsewhere") is None


@synchronous
async def test_a_list_ordered_another_way_finds_its_rows_without_the_map() -> None:
    app = ListHost()
    base = _summaries(50)
    rows = AskedRows({summary.id: row for row, summary in enumerate(base)})
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.know_rows(base, rows)
        article_list.set_summaries(base, "n000010")
        assert article_list.cursor == 10
        article_list.set_shape(ListShape(sort="title"))  # "Kabar 10" sorts right after "Kabar 1"
        await pilot.pause()
        assert article_list.highlighted == base[10]
        assert article_list.cursor == 2
        assert article_list.index_of("n000010") == 2
        other = list(reversed(base))  # another base than the one the map is of
        article_list.set_shape(ListShape())
        article_list.set_summaries(other, "n000010")
        assert article_list.cursor == 39


@synchronous
async def test_the_unread_are_counted_through_the_map_while_the_base_shows_in_its_order() -> None:
    app = ListHost()
    base = _summaries(1_000)
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.know_rows(base, {summary.id: row for row, summary in enumerate(base)})
        article_list.set_summaries(base)
        article_list.set_read({"n000003", "n000700", "gone"})
        await pilot.pause()
        assert article_list.unread_count == 998
