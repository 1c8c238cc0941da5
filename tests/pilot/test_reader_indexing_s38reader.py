"""The reader indexes (a rebuild at start, a folder or the sample from the welcome screen) with the
resource tracker started before Textual captures standard error.

Under Textual's capture ``sys.stderr.fileno()`` is -1, which multiprocessing hands the tracker it
starts for the indexing pool: every rebuild and every folder added from the reader failed with
"bad value(s) in fds_to_keep" (session 38, by hand on a 2k archive an older kutip had built).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.tui import cli_reader
from kutip.tui.app import KutipApp
from kutip.tui.cli_common import Consoles, Context


def _run(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    events: list[str] = []
    monkeypatch.setattr(cli_reader, "_indexing_ready", lambda: events.append("ready"))
    monkeypatch.setattr(KutipApp, "run", lambda self, *a, **k: events.append(f"run {self.welcome}"))
    monkeypatch.setattr("kutip.tui.esc_key.prompt_escape", lambda: None)
    cli_reader.run(Context(argparse.Namespace(), archive, Consoles()))
    return events


def test_the_tracker_starts_before_the_reader_when_the_reader_will_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = Archive.open(tmp_path / "empty")
    try:
        assert _run(empty, monkeypatch) == ["ready", "run True"]  # the welcome screen may index a folder
    finally:
        empty.close()


def test_a_reader_that_will_not_index_starts_no_tracker(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not fixture_archive.needs_rebuild
    assert _run(fixture_archive, monkeypatch) == ["run False"]


def test_the_tracker_is_started_with_the_terminals_standard_error() -> None:
    from multiprocessing import resource_tracker

    cli_reader._indexing_ready()
    assert resource_tracker._resource_tracker._fd is not None  # running: later pools reuse it
