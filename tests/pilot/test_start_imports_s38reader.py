"""The reader's start-up: it imports only what the main screen shows (issue 11: first paint ≤ 1.5 s),
and settles its heap before the list is read (every key ≤ 50 ms, while the list loads too).

The screens opened on top (a person's page, the quote finder, the citation picker with its
TextArea) were a fifth of the reader's imports, ~90 ms of CPU before the first paint: they are
imported when first opened, and ahead of that in the list's thread once the list is shown.
"""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.heap import YOUNG_THRESHOLD
from kutip.tui.loading import Loading
from kutip.tui.opening import PAGES
from tests.pilot_support import settle, synchronous


def test_importing_the_app_leaves_the_pages_on_top_unimported() -> None:
    probe = "import sys, kutip.tui.app; print(sorted(m for m in {pages} if m in sys.modules))"
    found = subprocess.run(
        [sys.executable, "-c", probe.format(pages=repr(set(PAGES)))],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout.strip()  # fmt: skip
    assert found == "[]"


@synchronous
async def test_the_pages_are_imported_once_the_list_is_loaded_and_open_as_before(
    fixture_archive: Archive,
) -> None:
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert all(page in sys.modules for page in PAGES)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "CiteScreen"
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "QuoteFinderScreen"
        await pilot.press("escape")
        await settle(app, pilot)
        speaker = fixture_archive.speakers()[0][0]
        app.open_person(speaker)
        await settle(app, pilot)
        assert type(app.screen).__name__ == "PersonScreen"


@synchronous
async def test_the_heap_is_settled_before_the_list_is_read(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 articles the list's reading made four full collections over every module's objects
    (the longest 60-67 ms, no key handled meanwhile): the reader settles its heap when it mounts."""
    seen: list[tuple[int, int]] = []
    start = Loading.start

    def recorded(self: Loading) -> None:
        seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
        start(self)

    monkeypatch.setattr(Loading, "start", recorded)
    thresholds = gc.get_threshold()
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
    assert seen == [(YOUNG_THRESHOLD, seen[0][1])] and seen[0][1] > 0
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0
