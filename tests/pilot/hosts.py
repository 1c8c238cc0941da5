"""Bare apps that hold one widget of the reader, and the made-up rows the list tests fill them with."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input

from kutip.index.facade import ArticleSummary
from kutip.tui.widgets.article_list import ArticleList
from kutip.tui.widgets.article_reader import ArticleReader


class ListHost(App[None]):
    """The article list, and an input to take the focus away from it."""

    def compose(self) -> ComposeResult:
        yield ArticleList()
        yield Input()


class ReaderHost(App[None]):
    """The article reader alone."""

    def compose(self) -> ComposeResult:
        yield ArticleReader()


def made_up_rows(count: int, date: str = "2024-05-01", digits: int = 3) -> list[ArticleSummary]:
    """``count`` made-up summaries, ids numbered in order."""
    return [
        ArticleSummary(id=f"id{n:0{digits}}", title=f"Title {n}", outlet="Warta Uji", date=date, path=f"/{n}")
        for n in range(count)
    ]


def listing(app: ListHost, rows: list[ArticleSummary]) -> ArticleList:
    """The host's list, showing ``rows``."""
    article_list = app.query_one(ArticleList)
    article_list.set_summaries(rows)
    return article_list
