"""Enter paints the article first; the panes beside it fill in once their reports are read
(issue 11, session 27)."""

from __future__ import annotations

import threading

import pytest

from kutip.index.facade import Archive, Article, Statement
from kutip.tui.widgets.article_reader import ArticleReader
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.statement_rows import CLUSTER_MARK
from tests.pilot.hosts import ReaderHost
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_the_article_paints_before_the_reports_of_its_panes_are_read(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    released = threading.Event()
    other_reports = fixture_archive.other_reports

    def slow_reports(article: Article) -> dict[str, int]:
        released.wait(10)  # the archive answering slowly (a cold page of a large archive)
        return other_reports(article)

    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        before = app.reader.article
        assert before is not None and app.entities_pane.article is before
        old = next(e for e in before.entities if e.mentions)
        monkeypatch.setattr(fixture_archive, "other_reports", slow_reports)
        await pilot.press("j", "enter")
        for _ in range(250):  # up to 5 s on a loaded machine; the reports stay blocked throughout
            await pilot.pause(0.02)
            if app.reader.article is not before:
                break
        opened = app.reader.article
        assert opened is not None and opened is not before  # painted while the reports are read
        assert app.reader.body.body == opened.body.replace("\t", " ")
        assert app.entities_pane.article is before  # the panes fill in after
        app.entities_pane.post_message(EntitiesPane.Chosen(old))
        await pilot.pause()
        assert app.reader.selected_entity is None  # the article before's mentions are not this body's
        released.set()
        await settle(app, pilot)
        assert app.entities_pane.article is opened
        ids = [s.id for s in app.statements_pane.statements]
        assert ids == [s.id for s in sorted(opened.statements, key=lambda s: s.start)]


@synchronous
async def test_an_article_opened_meanwhile_is_not_filled_with_the_panes_of_the_one_before(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "j", "enter", "j", "enter")
        await settle(app, pilot)
        assert app.reader.article is not None
        assert app.entities_pane.article is app.reader.article


@synchronous
async def test_others_read_after_the_body_mark_the_statement_line_and_keep_the_scroll() -> None:
    paragraphs = [f"Paragraf {n} tentang harga beras di pasar kota." for n in range(80)]
    body = "\n\n".join(paragraphs)
    start = body.index("Paragraf 70")
    statement = Statement(
        id="s1", article="a1", kind="direct", text="harga beras", speaker="Fulan Hidayat",
        start=start, end=start + 11,
    )  # fmt: skip
    article = Article(
        id="a1", source="/c/a1.txt", title="Judul", outlet="Warta Uji", date="2024-05-01", body=body,
        statements=[statement],
    )  # fmt: skip
    app = ReaderHost()
    async with app.run_test(size=(80, 14)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(article)
        await pilot.pause()
        reader.body.scroll_to_offset(start)
        await pilot.pause()
        top = reader.body.scroll_y
        line = reader.body.line_of(start)
        assert reader.body.marker_on(line) == ""
        reader.set_others({"s1": 3})
        await pilot.pause()
        assert reader.body.marker_on(line) == f"{CLUSTER_MARK}3"
        assert reader.body.scroll_y == top
        assert f"{CLUSTER_MARK}3" in reader.body.render_line(line - int(top)).text
