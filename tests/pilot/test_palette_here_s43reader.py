"""The palette offers a screen's commands only where they run: over the main screen it offered a
person's page's filters (``o``, ``O``, ``d``, ``w``, ``x`` there), and choosing one did nothing;
over a page it offered the list's and the reader's keys, which moved the list behind the page."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.commands import COMMANDS, Command
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.scopes import owns, scope_owner
from tests.pilot.page_screens import pushed_page
from tests.pilot.palette import palette_prompts
from tests.pilot_support import settle, synchronous


async def _offered(app: KutipApp, pilot: object) -> list[Command]:
    """The table's commands the palette lists with nothing typed; the palette closed again."""
    prompts = await palette_prompts(app, pilot)
    return [command for command in COMMANDS if command.palette and command.description in prompts]


@synchronous
async def test_the_main_screen_offers_no_page_filter_and_a_page_no_list_key(sample_archive: Archive) -> None:
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.screen
        offered = await _offered(app, pilot)
        assert {c.scope for c in offered} >= {"app", "list", "reader", "statements", "entities"}
        assert not [c.id for c in offered if c.scope == "person"]
        for command in offered:  # each one runs on a node of this screen, as its key would
            assert command.scope == "app" or owns(scope_owner(app, main, command.scope), command.scope), (
                command.id
            )

        speaker = sample_archive.speakers()[0][0]
        await pushed_page(app, pilot, speaker)
        offered = await _offered(app, pilot)
        ids = {c.id for c in offered}
        assert {"page_outlet", "page_kind", "page_dates", "page_clear"} <= ids
        assert not [c.id for c in offered if c.scope in ("list", "reader", "statements", "entities")]
