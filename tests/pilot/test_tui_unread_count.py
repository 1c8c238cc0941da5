"""The list header's count of unread rows follows one changed mark without a recount, and counts
through the rows' ids when few are read: at 100,000 rows a recount was a pass over every row on
each Enter (marking the article read) and on Esc back to the list after reading one."""

from __future__ import annotations

from textual.app import App, ComposeResult

from kutip.index.facade import ArticleSummary
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import synchronous


def summaries(count: int) -> list[ArticleSummary]:
    return [
        ArticleSummary(
            id=f"id{n:03}", title=f"Judul {n}", outlet="Warta Uji", date="2024-05-01", path=f"/{n}"
        )
        for n in range(count)
    ]


class ListHost(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleList()


def brute_unread(article_list: ArticleList, read: set[str]) -> int:
    return sum(1 for summary in article_list.summaries if summary.id not in read)


@synchronous
async def test_the_unread_count_follows_marks_searches_and_kept_rows() -> None:
    app = ListHost()
    base = summaries(40)
    read: set[str] = {"id003", "id999"}  # a mark of an article no longer listed counts for nothing
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_read(read)
        article_list.set_summaries(base)
        await pilot.pause()
        assert article_list.unread_count == brute_unread(article_list, read) == 39
        for step in range(5):  # Enter on the cursor's row marks it read; m toggles it back
            article_list.cursor = step
            chosen = base[step].id
            if chosen in read:
                read.discard(chosen)
            else:
                read.add(chosen)
            article_list.set_read(read, changed=chosen)
            assert article_list.unread_count == brute_unread(article_list, read)
        article_list.set_summaries(base[5:9], snippets=True)  # a search's hits
        assert article_list.unread_count == brute_unread(article_list, read)
        article_list.cursor = 2
        read.add(article_list.summaries[2].id)  # read from the hits
        article_list.set_read(read, changed=article_list.summaries[2].id)
        article_list.set_summaries(base)  # Esc: the kept rows, counted again through their ids
        assert article_list.unread_count == brute_unread(article_list, read)
        read.update(summary.id for summary in base[:30])  # most rows read: counted row by row
        article_list.set_read(read)
        assert article_list.unread_count == brute_unread(article_list, read) == 10
