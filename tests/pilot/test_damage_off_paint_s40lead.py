"""The reader learns of a damaged search index in a worker, not before its first paint (issue 11).

Knowing whether the search index is sound opens the search engine (Whoosh's import and its
files): the scale work of session 40 left the engine unopened until first use, and the reader's
mount asked for the damage on the UI thread, opening it before the list was drawn. The
notification still comes; closing an archive whose engine was never opened opens none.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from kutip.index.archive import opening
from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from tests.articles import write_corpus
from tests.pilot_support import settle, synchronous


def _built(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([folder])
    archive.close()
    return tmp_path / "ix"


@synchronous
async def test_a_damaged_search_index_is_still_reported(tmp_path: Path) -> None:
    location = _built(tmp_path)
    shutil.rmtree(location / "whoosh")
    archive = Archive.open(location)
    app = KutipApp(archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("search index" in message for message in messages)
    archive.close()


@synchronous
async def test_the_ui_thread_never_opens_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = Archive.open(_built(tmp_path))
    opened_on: list[str] = []
    real = opening.open_search

    def recorded(*args: Any, **kwargs: Any) -> Any:
        opened_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(opening, "open_search", recorded)
    app = KutipApp(archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
    archive.close()
    assert opened_on and threading.main_thread().name not in opened_on


def test_closing_an_unopened_archive_opens_no_engine(tmp_path: Path) -> None:
    archive = Archive.open(_built(tmp_path))
    archive.close()
    assert not archive._search_opened
