"""Session 35 (scale): a batch is never committed past ``BATCH_FILES`` files, and nothing of a
committed batch is kept while the writer gathers the next (a commit's memory grows with its batch:
the writer's peak is its largest commit)."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.committer import Committer
from kutip.index.docstore import DocStore, SourceState
from kutip.index.facade import Archive
from kutip.index.indexer import Indexer
from kutip.index.models import Article


class _Job:
    pass


def test_the_committer_keeps_no_reference_to_a_committed_job() -> None:
    committer: Committer[_Job] = Committer(lambda job: None)
    job = _Job()
    gone = weakref.ref(job)
    committer.submit(job)
    committer.wait()
    del job
    gc.collect()
    assert gone() is None  # the thread waits for the next job without holding the last one
    committer.close()


def test_a_batch_is_full_at_batch_files(monkeypatch: pytest.MonkeyPatch) -> None:
    pending = indexer._Pending()
    state = SourceState("/news/a.txt", "h", 1, 1)
    pending.states = [state] * (indexer.BATCH_FILES - 1)
    assert not pending.full()
    pending.touched = [state]
    assert pending.full()


def _files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"berita-{n:03d}.txt").write_text(
            f"Kabar nomor {n} dari pasar ikan\n\n"
            f'"Harga ikan nomor {n} turun pekan ini," kata Rahmat Sulaiman di Kendari, Selasa.\n',
            encoding="utf-8",
        )
    return folder


def test_batches_cut_while_a_commit_runs_are_committed_in_order_and_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _files(tmp_path / "news", 60)
    monkeypatch.setattr(indexer, "BATCH_FILES", 6)
    batches: list[list[str]] = []
    threads: set[str] = set()
    original = DocStore.commit_batch

    def slow(self: DocStore, replaced: list[SourceState], *args: object, **kwargs: object) -> None:
        batches.append([state.path for state in replaced])
        threads.add(threading.current_thread().name)
        time.sleep(0.5 if len(batches) % 3 == 1 else 0.0)  # some commits slower than gathering
        original(self, replaced, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DocStore, "commit_batch", slow)
    archive = Archive.open(tmp_path / "ix")
    try:
        report = Indexer(archive._store, archive._search, workers=2).run([folder])
        assert report.added == archive.count() == 60
        assert len(archive.search("ikan", None)) == 60
    finally:
        archive.close()
    assert threads == {"kutip-commit"}
    assert all(0 < len(batch) <= 6 for batch in batches)
    committed = [path for batch in batches for path in batch]
    assert committed == sorted(committed)  # the files' order: no batch overtook another
    assert len(set(committed)) == 60


def test_a_copy_in_the_batch_waiting_for_the_commit_is_refused(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "ix")
    try:
        run = Indexer(archive._store, archive._search, workers=2)
        article_id = "0123456789abcdef"
        waiting = indexer._Pending()
        waiting.ids[article_id] = str(tmp_path / "news" / "first.txt")
        (tmp_path / "news").mkdir()
        (tmp_path / "news" / "first.txt").write_text("x", encoding="utf-8")
        run._ready = waiting
        copy = Article(id=article_id, title="t", body="b", source="")
        assert not run._accept(copy, str(tmp_path / "news" / "second.txt"))
        assert "same text as" in run.report.skipped[-1][1]
    finally:
        archive.close()
