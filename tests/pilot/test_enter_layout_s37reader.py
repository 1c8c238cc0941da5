"""Opening an article lays the screen out at most once (session 37): the first article (the
legend shows, the body's and the side panes' scrollbars appear) laid it out twice, the second
asked for only by the new sizes the first gave the scrollbars, the legend and the header."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.widgets.article_body import ArticleBody
from kutip.tui.widgets.scroll_size import SteadyScrollBar
from kutip.tui.widgets.statements_pane import StatementsPane
from tests.pilot.test_tui_no_layout import count_layouts
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_opening_articles_lays_out_at_most_once(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        layouts = count_layouts(app.screen, monkeypatch)
        for _ in range(min(6, len(app.all_summaries))):
            layouts.clear()
            chosen = app.article_list.highlighted
            await pilot.press("enter")
            await settle(app, pilot)
            assert (
                chosen is not None and app.reader.article is not None and app.reader.article.id == chosen.id
            )
            assert len(layouts) <= 1
            app.article_list.focus()
            await pilot.press("j")
            await settle(app, pilot)


@synchronous
async def test_the_panes_scrollbars_are_steady_and_styled_as_textual_s(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        for view in (app.query_one(ArticleBody), app.query_one(StatementsPane)):
            bar = view.vertical_scrollbar
            assert isinstance(bar, SteadyScrollBar) and bar is view.vertical_scrollbar
            assert bar.styles.get_rules() == view.horizontal_scrollbar.styles.get_rules()
