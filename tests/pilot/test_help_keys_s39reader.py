"""Keys that come faster than frames (a held key, keys pasted or sent together, as tmux sends them):
each scrolls the help a line. Session 39, by hand in tmux at 80 x 24: eighteen j's sent at once
scrolled the help one line (each asked to scroll from where the view was at the last frame)."""

from __future__ import annotations

from textual.containers import VerticalScroll

from kutip.index.facade import Archive
from kutip.tui.screens.help import HelpScreen
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_keys_between_two_frames_each_scroll_the_help(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        scroll = help_screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 6
        for _ in range(5):  # no frame between them
            help_screen.action_help_down()
        await pilot.pause()
        assert scroll.scroll_y == 5
        for _ in range(2):
            help_screen.action_help_up()
        await pilot.pause()
        assert scroll.scroll_y == 3
