"""The reader at the smallest supported terminal (80x24) with the side panes shown by ``s``: they
take the list's place beside the article (they overflowed the screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from tests.pilot_support import settle


def test_side_panes_at_80x24(snap_compare: Any, sample_index: Path) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)
        await pilot.press("s")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(Archive.open(sample_index)), terminal_size=(80, 24), run_before=run_before)
