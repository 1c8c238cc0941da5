"""Every indexing run says where its CPU went, per committed batch: the benchmark's stage table."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.docstore import DocStore
from kutip.index.indexer import POOL_MIN_FILES, Indexer
from kutip.index.progress import IndexReport
from kutip.index.search.whoosh_engine.engine import WhooshEngine

WORKER_STAGES = {"ingest", "entities", "statements", "stems"}
WRITER_STAGES = {"read files", "whoosh documents", "whoosh commit", "sqlite", "people", "linking"}


def _write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(
            f"Jembatan desa nomor {n}\n\nPembangunan jembatan penghubung nomor {n} diresmikan kemarin. "
            f'"Warga kini lebih mudah berdagang," kata Fulan Hidayat, Kepala Desa Sukamaju.\n',
            encoding="utf-8",
        )


def _run(tmp_path: Path, files: int, workers: int) -> IndexReport:
    _write(tmp_path / "news", files)
    store = DocStore(tmp_path / "kutip.sqlite3")
    search = WhooshEngine(tmp_path / "whoosh")
    try:
        return Indexer(store, search, workers=workers).run([tmp_path / "news"])
    finally:
        search.close()
        store.close()


@pytest.mark.parametrize(
    ("files", "workers"), [(3, 1), (POOL_MIN_FILES, 2)], ids=["in the writer", "in workers"]
)
def test_each_batch_records_the_cpu_of_every_stage(tmp_path: Path, files: int, workers: int) -> None:
    report = _run(tmp_path, files, workers)
    assert report.added == files
    assert sum(articles for articles, _ in report.batches) == files
    stages = {stage for _, cpu in report.batches for stage in cpu}
    assert stages >= WORKER_STAGES | WRITER_STAGES
    for _, cpu in report.batches:
        assert all(seconds >= 0 for seconds in cpu.values())
    total = {stage: sum(cpu.get(stage, 0.0) for _, cpu in report.batches) for stage in stages}
    assert total["entities"] > 0 and total["statements"] > 0 and total["whoosh commit"] > 0


def test_the_benchmark_table_shows_the_run_and_its_first_and_last_tenth() -> None:
    from benchmarks.stages import stage_table

    report = IndexReport(added=1000)
    # linking's cost per article grows from 1 ms to 10 ms over ten batches of 100 articles
    report.batches = [(100, {"linking": 0.1 * n, "entities": 0.5}) for n in range(1, 11)]
    rows = {row[0]: row[1:] for row in stage_table(report)}
    assert rows["writer: linking"] == ("5.5", "1.0", "10.0")
    assert rows["workers: entities"] == ("5.0", "5.0", "5.0")
    assert rows["workers: total"] == ("5.0", "5.0", "5.0")
