"""A frame draws only the widgets that show in what changed, and draws what Textual's own frame draws.

Esc back to the list changes the list (the screen's full height) and the status line (its full
width): Textual drew every widget crossing the rectangle around both (the whole screen) for a
frame that writes only the changed spans, and the containers behind the list (covered by it).
``j`` changes two rows of the list and drew every pane beside them. :class:`ChangedOnlyCompositor`
leaves out the widgets that show in no changed region.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual._compositor import ChopsUpdate, Compositor
from textual.widget import Widget
from textual.widgets import OptionList

from kutip.index.facade import Archive
from kutip.tui.screens.reader_screen import ChangedOnlyCompositor
from kutip.tui.widgets.article_body import ArticleBody
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app

_IDLE_MOVE = re.compile(r"\x1b\[\d+;\d+H(?=\n|\x1b\[\d+;\d+H|$)")


def drawn(update: str) -> str:
    """What an update draws: Textual also moves the cursor to where a widget behind the changed
    spans begins and writes nothing there (its piece of the span is empty); a move with nothing
    written after it draws nothing."""
    return _IDLE_MOVE.sub("", update)


@synchronous
async def test_every_partial_frame_draws_what_textuals_frame_draws(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared: list[int] = []
    narrowed_update = ChangedOnlyCompositor.render_partial_update

    def both(self: ChangedOnlyCompositor) -> ChopsUpdate | None:
        regions = set(self._dirty_regions)
        narrowed = narrowed_update(self)
        self._dirty_regions.update(regions)
        whole = Compositor.render_partial_update(self)
        assert (narrowed is None) == (whole is None)
        if narrowed is not None and whole is not None:
            console = app.console
            assert drawn(narrowed.render_segments(console)) == drawn(whole.render_segments(console))
            compared.append(len(regions))
        return narrowed

    monkeypatch.setattr(ChangedOnlyCompositor, "render_partial_update", both)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        for keys in (("j", "j", "k"), ("enter",), ("tab",), ("shift+tab",), ("slash", "k", "a"), ("escape",),
                     ("j", "enter"), ("s",), ("s",), ("question_mark",), ("escape",)):  # fmt: skip
            await pilot.press(*keys)
            await settle(app, pilot)
    assert len(compared) >= 10


@synchronous
async def test_a_cursor_move_in_the_list_draws_no_pane_beside_it(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []

    def spy(kind: type[Widget]) -> Any:
        render_lines = kind.render_lines

        def spied(self: Widget, crop: Any) -> Any:
            drawn.append(type(self).__name__)
            return render_lines(self, crop)

        return spied

    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # an article in the reader, its panes filled
        await settle(app, pilot)
        app.article_list.focus()
        await settle(app, pilot)
        for kind in (Widget, OptionList):  # the side panes are OptionLists, which draw their own lines
            monkeypatch.setattr(kind, "render_lines", spy(kind))
        await pilot.press("j")
        await settle(app, pilot)
        monkeypatch.undo()
    assert "ArticleList" in drawn
    assert not any(name in drawn for name in (ArticleBody.__name__, "EntitiesPane", "StatementsPane"))
