"""A terminal narrowed while a side pane has the focus: the pane is hidden (below 108 columns), and
the focus moves to the reader's body. Session 40, by hand in tmux: 160 columns to 80 left the focus
in the hidden statements pane (``j`` moved its hidden cursor; the footer named its keys)."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.widgets.article_body import ArticleBody
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_narrowing_moves_the_focus_out_of_a_hidden_side_pane(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        app.statements_pane.focus()
        await settle(app, pilot)
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert not app.statements_pane.display or not app.main_screen.query_one("#side-column").display
        assert isinstance(app.focused, ArticleBody)
        await pilot.resize_terminal(160, 48)  # widened again: the focus stays where it is
        await settle(app, pilot)
        assert isinstance(app.focused, ArticleBody)


@synchronous
async def test_narrowing_leaves_a_visible_focus_alone(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        focused = app.focused
        assert focused is app.article_list
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert app.focused is focused
