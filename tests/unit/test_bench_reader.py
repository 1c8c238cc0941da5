"""The benchmark's reader timings run against a real archive and report every wait."""

from __future__ import annotations

from pathlib import Path

from benchmarks.reader import reader_timings
from kutip.index.facade import Archive
from tests.snapshots.test_tui_app import write_fixture_corpus


def test_reader_timings_measure_each_wait_on_a_small_archive(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "ix")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    archive.close()
    waits = reader_timings(tmp_path / "ix", ["jembatan", "zzzz"])
    assert set(waits) == {"first paint", "results", "esc", "j"}
    for median, worst in waits.values():
        assert 0 < median <= worst < 60_000
