"""The virtual article list: keys, mouse, messages, inert titles and 100,000 rows."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.message import Message

from kutip.index.facade import ArticleSummary
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import synchronous

ROWS = 100_000


def summaries(count: int) -> list[ArticleSummary]:
    return [
        ArticleSummary(
            id=f"id{n:06}", title=f"Title {n}", outlet="Warta Uji", date="2024-05-01", path=f"/c/{n}.txt"
        )
        for n in range(count)
    ]


class ListHost(App[None]):
    """Just the list, recording the messages it posts."""

    def __init__(self, rows: list[ArticleSummary]) -> None:
        super().__init__()
        self.rows = rows
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield ArticleList(self.rows)

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        self.messages.append(message)

    def on_article_list_selected(self, message: ArticleList.Selected) -> None:
        self.messages.append(message)


def visible_text(article_list: ArticleList) -> list[str]:
    return [article_list.render_line(y).text for y in range(article_list.size.height)]


@synchronous
async def test_100k_rows_render_first_and_last() -> None:
    app = ListHost(summaries(ROWS))
    async with app.run_test(size=(80, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        assert article_list.virtual_size.height == ROWS
        assert "Title 0 " in article_list.render_line(0).text
        await pilot.press("G")
        assert article_list.cursor == ROWS - 1
        await pilot.pause()
        lines = visible_text(article_list)
        assert "Title 99999" in lines[-1]
        assert "Title 0 " not in "".join(lines)
        await pilot.press("g")
        await pilot.pause()
        assert article_list.cursor == 0
        assert "Title 0 " in article_list.render_line(0).text


@synchronous
async def test_keys_move_the_cursor_and_post_highlighted() -> None:
    app = ListHost(summaries(100))
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        await pilot.press("j", "j", "down")
        assert article_list.cursor == 3
        await pilot.press("k", "up")
        assert article_list.cursor == 1
        await pilot.press("pagedown")
        assert article_list.cursor > 5
        await pilot.press("end")
        assert article_list.cursor == 99
        await pilot.press("j")
        assert article_list.cursor == 99  # stays on the last row
        await pilot.press("home", "k")
        assert article_list.cursor == 0
        await pilot.pause()
        highlighted = [m for m in app.messages if isinstance(m, ArticleList.Highlighted)]
        assert highlighted[-1].summary is not None
        assert highlighted[-1].summary.id == "id000000"


@synchronous
async def test_enter_and_click_select() -> None:
    app = ListHost(summaries(20))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        selected = [m for m in app.messages if isinstance(m, ArticleList.Selected)]
        assert [m.summary.id for m in selected] == ["id000001"]
        await pilot.click(ArticleList, offset=(5, 4))
        await pilot.pause()
        selected = [m for m in app.messages if isinstance(m, ArticleList.Selected)]
        assert selected[-1].summary.id == "id000004"
        assert app.query_one(ArticleList).cursor == 4


@synchronous
async def test_wheel_scrolls() -> None:
    app = ListHost(summaries(200))
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        wheel = events.MouseScrollDown(article_list, 5, 5, 0, 1, 0, False, False, False)
        for _ in range(3):
            article_list.post_message(wheel)
        await pilot.pause()
        assert article_list.scroll_y > 0


@synchronous
async def test_keep_id_survives_a_reload() -> None:
    rows = summaries(50)
    app = ListHost(rows)
    async with app.run_test(size=(80, 12)) as pilot:
        article_list = app.query_one(ArticleList)
        await pilot.press("j", "j", "j")
        article_list.set_summaries(list(reversed(rows)), keep_id="id000003")
        await pilot.pause()
        highlighted = article_list.highlighted
        assert highlighted is not None
        assert highlighted.id == "id000003"
        article_list.set_summaries([])
        assert article_list.highlighted is None


@synchronous
async def test_markup_in_titles_stays_literal_and_clicking_does_nothing() -> None:
    row = ArticleSummary(
        id="evil",
        title="[@click=app.quit]Click[/] [bold]x[/bold] \x1b[31mred",
        outlet="[b]Out[/b]",
        date="2024-01-01",
        path="/c/evil.txt",
    )
    app = ListHost([row])
    async with app.run_test(size=(100, 6)) as pilot:
        article_list = app.query_one(ArticleList)
        text = article_list.render_line(0).text
        assert "[@click=app.quit]Click[/] [bold]x[/bold] ␛[31mred" in text
        assert "[b]Out[/b]" in text
        await pilot.click(ArticleList, offset=(3, 0))
        await pilot.pause()
        assert app.is_running
        assert not any(segment.style and segment.style.meta for segment in article_list.render_line(0))
