"""A change of focus draws only what looks different with it (``kutip.tui.widgets.focus_redraw``).

Tab, Enter and Esc move the focus between the list, the reader's body and the side panes. Textual
redrew the widget losing the focus and the one gaining it whole, and restyled them, which redrew
their scrollbars and asked for a layout (a scrollbar colour set to the same value redraws): the
body, whose look owes nothing to focus, was drawn again with its scrollbar at every Tab through
it. Now the body draws nothing, the list only its cursor's row, and every screen stays the one a
full redraw gives.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Input

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.widgets.article_body import ArticleBody
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


def _screen_text(app: KutipApp) -> str:
    return app.export_screenshot()


@synchronous
async def test_every_focus_change_leaves_the_screen_a_full_redraw_draws(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        for field in app.query(Input):
            field.cursor_blink = False  # a blink between the two screens is no stale drawing
        seen = 0
        for keys in (("j",), ("enter",), ("tab",), ("tab",), ("tab",), ("tab",), ("shift+tab",),
                     ("escape",), ("j", "enter"), ("tab",), ("slash", "k", "a"), ("escape",)):  # fmt: skip
            await pilot.press(*keys)
            await settle(app, pilot)
            shown = _screen_text(app)
            for widget in app.screen.walk_children(Widget):
                widget.refresh()
            await settle(app, pilot)
            assert shown == _screen_text(app), keys
            seen += 1
        assert seen == 12


@synchronous
async def test_tab_into_and_out_of_the_body_draws_neither_it_nor_its_scrollbar(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    render_lines = Widget.render_lines

    def spied(self: Widget, crop: Any) -> Any:
        parent = self.parent
        owner = type(parent).__name__ if type(self).__name__.endswith("ScrollBar") and parent else ""
        drawn.append(f"{owner}>{type(self).__name__}" if owner else type(self).__name__)
        return render_lines(self, crop)

    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        app.article_list.focus()
        await settle(app, pilot)
        monkeypatch.setattr(Widget, "render_lines", spied)
        await pilot.press("tab")  # the list to the body
        await settle(app, pilot)
        assert isinstance(app.focused, ArticleBody)
        into = list(drawn)
        drawn.clear()
        await pilot.press("tab")  # the body to the entities pane
        await settle(app, pilot)
        out_of = list(drawn)
    assert "ArticleBody" not in into + out_of
    assert not [name for name in into + out_of if name.startswith("ArticleBody>")]


@synchronous
async def test_the_list_redraws_only_its_cursor_row_when_the_focus_moves(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j")
        await settle(app, pilot)
        listed = app.article_list
        assert isinstance(listed, ArticleList) and listed.has_focus
        regions = listed.focus_regions()
        assert regions is not None and len(regions) == 1
        assert regions[0].y == listed.cursor * listed.row_height - int(listed.scroll_y)
        assert regions[0].height == listed.row_height
