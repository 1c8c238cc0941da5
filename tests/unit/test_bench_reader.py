"""The benchmark's reader timings run against a real archive and report every wait."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.reader import WAITS, main, parse_args, reader_timings, reader_waits
from kutip.index.facade import Archive
from tests.snapshots.test_tui_app import write_fixture_corpus


def _small_archive(tmp_path: Path) -> Path:
    archive = Archive.open(tmp_path / "ix")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    archive.close()
    return tmp_path / "ix"


def test_reader_timings_measure_each_wait_on_a_small_archive(tmp_path: Path) -> None:
    waits = reader_timings(_small_archive(tmp_path), ["jembatan", "zzzz"])
    assert set(waits) == set(WAITS) == {"first paint", "results", "esc", "j", "k", "enter", "tab"}
    for median, worst in waits.values():
        assert 0 < median <= worst < 60_000


def test_reader_waits_report_cpu_time_beside_wall_time(tmp_path: Path) -> None:
    waits = reader_waits(_small_archive(tmp_path), ["jembatan"], rounds=2)
    for wait in waits.values():
        assert 0 <= wait.cpu_median <= wait.cpu_worst
        assert wait.median <= wait.worst
    assert waits["first paint"].cpu_median > 0  # opening the archive and drawing the list costs CPU
    assert waits["results"].median < 60_000 and "results (pilot)" in waits  # to the painted frame; the pilot's


def test_help_is_an_option_not_an_archive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "usage: benchmarks/reader.py" in out and "--rounds" in out


def test_a_missing_archive_is_a_usage_error_not_an_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path / "nowhere"), "kata"])
    assert exit_.value.code == 2
    assert "no archive at" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()  # nothing was created where the typo pointed


def test_words_and_rounds_are_parsed(tmp_path: Path) -> None:
    args = parse_args([str(tmp_path), "banjir", "jalan", "--rounds", "3"])
    assert (args.archive, args.words, args.rounds) == (tmp_path, ["banjir", "jalan"], 3)
    assert parse_args([str(tmp_path)]).words == ["kata"]


def test_the_results_wait_ends_on_the_count_for_the_word_not_for_its_prefix() -> None:
    from types import SimpleNamespace

    from benchmarks.reader import _results_for

    status = SimpleNamespace(message="12 matches for jemb (still typing: Enter searches exactly)")
    app = SimpleNamespace(search_query="jembatan", status=status)
    done = _results_for(app, "jembatan")  # type: ignore[arg-type]
    assert not done()
    status.message = "3 matches for jembatan (still typing: Enter searches exactly)"
    assert done()
    status.message = "1 match for jembatan"
    assert done()


def test_main_prints_every_wait_and_the_peak_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(_small_archive(tmp_path)), "jembatan"])
    out = capsys.readouterr().out
    assert all(name in out for name in WAITS)
    assert "peak memory" in out and " MB" in out
