"""Opening a person's or an entity's page in a pilot test: five tests in four files pushed the
screen and waited for its profile the same five lines."""

from __future__ import annotations

from typing import Any

from kutip.index.facade import EntityType
from kutip.tui.app import KutipApp
from kutip.tui.screens.person import PersonScreen
from tests.pilot_support import settle


async def pushed_page(
    app: KutipApp, pilot: Any, name: str, kind: EntityType = EntityType.PERSON
) -> PersonScreen:
    """The page of ``name`` pushed over the reader, once its profile is read (the page's own
    worker) and drawn."""
    page = PersonScreen(app.archive, name, kind)
    app.push_screen(page)
    await settle(app, pilot)
    await page.workers.wait_for_complete()
    await settle(app, pilot)
    return page
