"""Analysis on worker processes: same results as in-process, in order, within a time budget."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.facade import Archive, IndexProgress
from kutip.index.indexer import Indexer
from kutip.index.pool import ANALYSIS_CHARS, Analysed, AnalysisPool, analyse_file, process_cpu
from tests.articles import write_corpus


def _files(tmp_path: Path, count: int) -> list[Path]:
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"item-{n:03d}.txt"
        path.write_text(
            f"Catatan nomor {n} tentang jembatan\n\n"
            f'"Jembatan nomor {n} segera diperbaiki," kata Rudi Hartono di Bogor, Senin.\n',
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_pool_returns_results_in_submission_order(tmp_path: Path) -> None:
    paths = _files(tmp_path, 12)
    pool = AnalysisPool(2)
    try:
        for path in paths:
            pool.submit(path, path.read_bytes())
        results = list(pool.results())
    finally:
        pool.close()
    titles = [r.articles[0].title for r in results]
    assert titles == [analyse_file(p, p.read_bytes()).articles[0].title for p in paths]


def stalling_analysis(path: Path, data: bytes) -> Analysed:
    """Stands in for a pathological file: never finishes within any budget.

    'spin' files work the CPU (a runaway pattern), 'slow' ones wait without working,
    'wait' ones wait two seconds (a sound file on a machine busy with other work).
    """
    if path.name.startswith("spin"):
        end = time.monotonic() + 60
        while time.monotonic() < end:
            pass
    elif path.name.startswith("slow"):
        time.sleep(60)
    elif path.name.startswith("wait"):
        time.sleep(2)
    return Analysed(articles=[], warnings=[path.name])


def _run(pool: AnalysisPool, *paths: Path) -> list[Analysed]:
    try:
        for path in paths:
            pool.submit(path, b"")
        return list(pool.results())
    finally:
        pool.close()


def test_file_over_time_budget_is_skipped_and_the_next_still_analysed(tmp_path: Path) -> None:
    slow, quick = tmp_path / "slow.txt", tmp_path / "quick.txt"
    first, second = _run(AnalysisPool(1, budget=0.3, analyse_one=stalling_analysis, stall=3.0), slow, quick)
    assert "longer than 3 s" in first.skip
    assert second.warnings == ["quick.txt"] and not second.skip


cpu_readable = pytest.mark.skipif(process_cpu(os.getpid()) is None, reason="no /proc CPU times here")


@cpu_readable
def test_file_over_its_cpu_budget_is_skipped(tmp_path: Path) -> None:
    spin, quick = tmp_path / "spin.txt", tmp_path / "quick.txt"
    first, second = _run(AnalysisPool(1, budget=1.0, analyse_one=stalling_analysis, stall=600.0), spin, quick)
    assert "longer than 1 s of CPU" in first.skip
    assert second.warnings == ["quick.txt"] and not second.skip


@cpu_readable
def test_a_file_slowed_by_a_busy_machine_is_not_skipped(tmp_path: Path) -> None:
    """Two wall seconds that used no CPU are no overrun of a one-second CPU budget."""
    (waiting,) = _run(
        AnalysisPool(1, budget=1.0, analyse_one=stalling_analysis, stall=600.0), tmp_path / "wait.txt"
    )
    assert not waiting.skip and waiting.warnings == ["wait.txt"]


def test_body_over_size_budget_is_skipped_with_reason(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Judul\n\n" + ("kata " * (ANALYSIS_CHARS // 4)), encoding="utf-8")
    result = analyse_file(big, big.read_bytes())
    assert "too long to analyse" in result.skip


def test_indexing_on_workers_matches_indexing_here(tmp_path: Path) -> None:
    paths = _files(tmp_path, 30)
    write_corpus(tmp_path / "many" / "sample")
    outcomes = []
    for workers in (1, 2):
        archive = Archive.open(tmp_path / f"ix{workers}")
        report = Indexer(archive._store, archive._search, workers=workers).run([paths[0].parent])
        outcomes.append(
            (
                report.added,
                sorted(s.title for s in archive.summaries()),
                len(archive.search("jembatan", None)),
            )
        )
        archive.close()
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][0] == 33


def test_interrupted_run_reports_what_was_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _files(tmp_path, 30)
    monkeypatch.setattr(indexer, "BATCH_FILES", 10)
    archive = Archive.open(tmp_path / "ix")
    cancel = threading.Event()

    def progress(step: IndexProgress) -> None:
        if step.done == 15:
            cancel.set()

    report = Indexer(archive._store, archive._search, progress, cancel, workers=2).run([paths[0].parent])
    assert report.interrupted
    assert report.added == archive.count() == 10  # read 15, committed 10
    archive.close()
