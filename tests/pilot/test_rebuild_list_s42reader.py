"""A rebuild from the reader (an archive made by another kutip) lists the archive's articles while
it runs, and the cursor stays where the user put it when the rebuilt list comes: the list was empty
for the whole rebuild (a minute for a few hundred pages, about an hour at 100,000)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from kutip.index.facade import Archive, IndexReport
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot_support import settle, synchronous


@synchronous
async def test_the_list_shows_the_archive_while_it_is_rebuilt(
    fixture_archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = [summary.id for summary in fixture_archive.summaries()]
    assert len(listed) >= 3
    release, started = threading.Event(), threading.Event()
    index = fixture_archive.index

    def slow_index(paths: Iterable[Path], **kwargs: Any) -> IndexReport:
        started.set()
        release.wait(30)
        return index(paths, **kwargs)

    monkeypatch.setattr(fixture_archive, "index", slow_index)
    app = KutipApp(
        fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE, index_paths=[]
    )
    async with app.run_test(size=(120, 30)) as pilot:
        try:
            for _ in range(200):  # the list's worker, while the rebuild's waits
                await pilot.pause(0.05)
                if app.article_list.summaries and app.status.message.startswith("Rebuilding"):
                    break
            assert started.is_set() and app.loading.indexing
            assert [summary.id for summary in app.article_list.summaries] == listed
            app.article_list.focus()
            await pilot.press("j", "j")
            kept = app.article_list.highlighted
            assert kept is not None and kept.id == listed[2]
        finally:
            release.set()
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert not app.loading.indexing
        assert [summary.id for summary in app.article_list.summaries] == listed
        assert app.article_list.highlighted == kept
        assert "rebuilt" in app.status.message.lower() or "indexed" in app.status.message.lower()
