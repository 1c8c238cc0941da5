"""The writer collects and then freezes its heap after each commit, and examines it once more when the
run ends (``indexer_heap.settle_writer_heap`` / ``resettle_writer_heap``): a full collection of a
process that indexed walks only what it allocated since, not linking's memos and the analysers'
lists (session 45). Files invented."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.facade import Archive
from kutip.index.indexer_heap import resettle_writer_heap, settle_writer_heap


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    gc.unfreeze()
    gc.collect()
    yield
    gc.unfreeze()


def test_settling_collects_garbage_then_freezes_what_lives() -> None:
    garbage = _cycle()
    alive = _Node()
    settle_writer_heap()
    assert garbage() is None
    assert gc.get_freeze_count() > 0
    assert all(obj is not alive for obj in gc.get_objects())  # frozen: no collection walks it


def test_resettling_reclaims_what_died_in_a_cycle_while_frozen() -> None:
    holder = [_Node(), _Node()]
    holder[0].other, holder[1].other = holder[1], holder[0]
    dead = weakref.ref(holder[0])
    settle_writer_heap()
    holder.clear()  # the pair is garbage now, but frozen: no collection sees it
    gc.collect()
    assert dead() is not None
    resettle_writer_heap()
    assert dead() is None
    assert gc.get_freeze_count() > 0


def _write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"kabar-{n}.txt").write_text(
            f'Kabar nomor {n}\n\n"Pasar nomor {n} dibuka lagi," kata Fulan Sasmita di Depok, Selasa.\n',
            encoding="utf-8",
        )


def test_an_index_run_settles_after_each_commit_and_ends_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled: list[int] = []
    monkeypatch.setattr(indexer, "settle_writer_heap", lambda: settled.append(1))
    monkeypatch.setattr(indexer, "BATCH_FILES", 1)
    _write(tmp_path / "kabar", 2)
    archive = Archive.open(tmp_path / "ix")
    try:
        report = archive.index([tmp_path / "kabar"])
    finally:
        archive.close()
    assert len(settled) == len(report.batches) == 2
    assert gc.get_freeze_count() > 0  # resettled at the run's end


def test_a_run_without_commits_leaves_the_collector_alone(tmp_path: Path) -> None:
    _write(tmp_path / "kabar", 1)
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "kabar"])
        gc.unfreeze()
        archive.index([tmp_path / "kabar"])  # unchanged: nothing to commit
    finally:
        archive.close()
    assert gc.get_freeze_count() == 0


def test_no_search_writer_is_frozen_alive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoosh's segment writer lives in cycles: were it alive when a commit froze the heap, it would be
    garbage no collection sees (a writer and its buffers a commit, over a long run)."""
    monkeypatch.setattr(indexer, "resettle_writer_heap", lambda: None)
    monkeypatch.setattr(indexer, "BATCH_FILES", 1)
    _write(tmp_path / "kabar", 2)
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "kabar"])
    finally:
        archive.close()
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        died = {type(obj).__name__ for obj in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert "SegmentWriter" not in died
