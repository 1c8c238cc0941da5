"""The palette lists the command table and nothing else: Textual's own entries (Keys, Maximize,
Screenshot, Theme) had no key and none in the help screen; the theme list they offered is ``T``."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.commands import COMMANDS
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot.palette import listed_prompts, palette_prompts
from tests.pilot_support import settle, synchronous


@synchronous
async def test_every_palette_entry_is_a_table_command_with_a_key(sample_archive: Archive) -> None:
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        prompts = await palette_prompts(app, pilot)
        described = {command.description for command in COMMANDS if command.palette}
        assert prompts, "the palette listed nothing"
        assert prompts <= described, prompts - described
        assert not prompts & {"Keys", "Maximize", "Screenshot", "Theme"}


@synchronous
async def test_shift_t_opens_the_theme_list(sample_archive: Archive) -> None:
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        await pilot.pause(0.5)
        await settle(app, pilot)
        prompts = listed_prompts(app)
        assert {"textual-dark", "textual-light"} <= prompts
