"""Files sent to a worker ahead of its results: kept in order, never lost with a dead worker."""

from __future__ import annotations

import os
import time
from pathlib import Path

from kutip.index import pool
from kutip.index.pool import Analysed, AnalysisPool


def named(path: Path, data: bytes) -> Analysed:
    """Stands in for analysis: a file named ``crash*`` kills its worker, ``slow*`` takes a while."""
    if path.name.startswith("crash"):
        os._exit(3)
    if path.name.startswith("slow"):
        time.sleep(0.3)
    return Analysed(warnings=[path.name, str(len(data))])


def _run(workers: int, names: list[str], data: bytes = b"x") -> list[Analysed]:
    analysis = AnalysisPool(workers, analyse_one=named)
    try:
        for name in names:
            analysis.submit(Path(name), data)
        return list(analysis.results())
    finally:
        analysis.close()


def test_a_worker_holds_the_next_file_while_it_works() -> None:
    analysis = AnalysisPool(1, analyse_one=named)
    try:
        for name in ("slow-a", "b", "c"):
            analysis.submit(Path(name), b"x")
        deadline = time.monotonic() + 30
        while not analysis._workers[0].ready and time.monotonic() < deadline:
            analysis._collect(0.1)
        assert [t[1].name for t in analysis._workers[0].tasks] == ["slow-a", "b"]
        assert [r.warnings[0] for r in analysis.results()] == ["slow-a", "b", "c"]
    finally:
        analysis.close()


def test_a_large_file_is_not_sent_ahead() -> None:
    analysis = AnalysisPool(1, analyse_one=named)
    big = b"x" * (pool.PREFETCH_BYTES + 1)
    try:
        analysis.submit(Path("slow-a"), b"x")
        analysis.submit(Path("big"), big)
        deadline = time.monotonic() + 30
        while not analysis._workers[0].ready and time.monotonic() < deadline:
            analysis._collect(0.1)
        assert [t[1].name for t in analysis._workers[0].tasks] == ["slow-a"]
        results = list(analysis.results())
    finally:
        analysis.close()
    assert [r.warnings for r in results] == [["slow-a", "1"], ["big", str(len(big))]]


def test_the_file_behind_a_crashing_one_is_analysed_by_the_fresh_worker() -> None:
    results = _run(1, ["a", "crash-b", "c", "d"])
    assert [r.skip for r in results] == ["", "analysis crashed; skipped", "", ""]
    assert [r.warnings[0] for r in results if not r.skip] == ["a", "c", "d"]


def test_order_holds_on_two_workers_with_uneven_files() -> None:
    names = [("slow-" if n % 3 == 0 else "") + f"f{n:02d}" for n in range(12)]
    assert [r.warnings[0] for r in _run(2, names)] == names
