"""What the command palette lists, read the one way the palette tests need: each test asked the same
question (which entries does it offer here?) and opened, read and closed the palette by hand."""

from __future__ import annotations

from typing import Any

from textual.command import CommandList

from kutip.tui.app import KutipApp
from tests.pilot_support import settle


def listed_prompts(app: KutipApp) -> set[str]:
    """The first lines of the entries the open command list shows (the palette's, the theme list's):
    an entry's second line is its help text."""
    return {str(option.prompt).split("\n")[0] for option in app.screen.query_one(CommandList).options}


async def palette_prompts(app: KutipApp, pilot: Any) -> set[str]:
    """The entries the palette lists over the current screen with nothing typed; the palette closed
    again, so the test goes on where it was."""
    await pilot.press("ctrl+p")
    await pilot.pause(0.5)  # the palette gathers its entries in a worker of its own
    await settle(app, pilot)
    prompts = listed_prompts(app)
    await pilot.press("escape")
    await settle(app, pilot)
    return prompts
