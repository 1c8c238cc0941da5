"""Commits run on a thread while the writer gathers the next batch, in order, errors surfacing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.committer import Committer
from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.indexer import Indexer


def test_jobs_run_one_at_a_time_in_order_on_one_thread() -> None:
    done: list[tuple[int, str]] = []
    running = threading.Event()

    def commit(job: int) -> None:
        assert not running.is_set()  # never two at once
        running.set()
        time.sleep(0.02)
        done.append((job, threading.current_thread().name))
        running.clear()

    finished: list[str] = []
    committer: Committer[int] = Committer(
        commit, finish=lambda: finished.append(threading.current_thread().name)
    )
    for job in range(5):
        committer.submit(job)  # returns while the job runs: the caller goes on working
    committer.close()
    assert [job for job, _ in done] == [0, 1, 2, 3, 4]
    assert {name for _, name in done} == {"kutip-commit"}
    assert finished == ["kutip-commit"]


def test_a_failed_commit_is_raised_at_the_next_hand_over() -> None:
    def commit(job: int) -> None:
        if job == 1:
            raise OSError(28, "No space left on device")

    committer: Committer[int] = Committer(commit)
    committer.submit(0)
    committer.submit(1)
    with pytest.raises(OSError, match="No space"):
        committer.submit(2)
    committer.close()  # the error was raised once: closing is quiet


def _files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"item-{n:03d}.txt").write_text(
            f"Catatan nomor {n} tentang jembatan\n\n"
            f'"Jembatan nomor {n} segera diperbaiki," kata Fulan Hidayat di Bogor, Senin.\n',
            encoding="utf-8",
        )
    return folder


def test_with_workers_batches_are_committed_off_the_writer_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _files(tmp_path / "news", 30)
    monkeypatch.setattr(indexer, "BATCH_FILES", 10)
    threads: list[str] = []
    original = DocStore.commit_batch

    def recording(self: DocStore, *args: object, **kwargs: object) -> None:
        threads.append(threading.current_thread().name)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DocStore, "commit_batch", recording)
    archive = Archive.open(tmp_path / "ix")
    try:
        report = Indexer(archive._store, archive._search, workers=2).run([folder])
        assert report.added == archive.count() == 30
        assert set(threads) == {"kutip-commit"}  # a batch due while one commits may grow: 2 or 3
        assert 2 <= len(threads) <= 3
        assert len(archive.search("jembatan", None)) == 30
    finally:
        archive.close()


def test_a_commit_error_with_workers_stops_the_run_and_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _files(tmp_path / "news", 30)
    monkeypatch.setattr(indexer, "BATCH_FILES", 10)
    calls = []
    original = DocStore.commit_batch

    def failing(self: DocStore, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DocStore, "commit_batch", failing)
    archive = Archive.open(tmp_path / "ix")
    try:
        with pytest.raises(OSError, match="No space"):
            Indexer(archive._store, archive._search, workers=2).run([folder])
        assert archive.count() == 10  # the first batch stays committed
    finally:
        archive.close()


def test_a_batch_is_due_by_size_or_by_age_once_it_is_not_tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    from kutip.index.docstore import SourceState

    now = [1000.0]
    monkeypatch.setattr(indexer.time, "monotonic", lambda: now[0])
    pending = indexer._Pending(started=now[0])
    state = SourceState("/news/a.txt", "h", 1, 1)
    pending.states = [state] * 10
    now[0] += indexer.BATCH_SECONDS + 1
    assert not pending.due()  # a few files on a slow machine: wait for more
    pending.states = [state] * indexer.BATCH_MIN_FILES
    assert pending.due()
    pending.states = [state] * 10
    now[0] += indexer.BATCH_MAX_SECONDS
    assert pending.due()  # but never longer than this
    fresh = indexer._Pending(started=now[0])
    fresh.states = [state] * indexer.BATCH_FILES
    assert fresh.due()


def test_while_a_batch_commits_the_writer_gathers_on_up_to_twice_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _files(tmp_path / "news", 40)
    monkeypatch.setattr(indexer, "BATCH_FILES", 5)
    sizes: list[int] = []
    original = DocStore.commit_batch

    def slow_first(self: DocStore, replaced: list[object], *args: object, **kwargs: object) -> None:
        sizes.append(len(replaced))
        if len(sizes) == 1:
            time.sleep(4)  # the workers go on analysing meanwhile
        original(self, replaced, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DocStore, "commit_batch", slow_first)
    archive = Archive.open(tmp_path / "ix")
    try:
        report = Indexer(archive._store, archive._search, workers=2).run([folder])
        assert report.added == archive.count() == 40
    finally:
        archive.close()
    assert sizes[0] == 5
    assert max(sizes) == 10  # gathered past 5 while the first committed, handed over at twice that
    assert sum(sizes) == 40
