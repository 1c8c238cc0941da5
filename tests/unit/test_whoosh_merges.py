"""Large merges run in a child process: commits go on meanwhile, the merged segment is swapped
in by a later commit with the deletions made meanwhile, and nothing is lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kutip.index.models import Article
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import merges
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.merges import MERGE_TIER, MERGING_DIR


def _article(n: int, words: str = "jembatan baru") -> Article:
    return Article(
        id=f"art{n:04d}-{len(words)}",
        source=f"/news/{n:04d}.txt",
        title=f"Catatan nomor {n}",
        lang="id",
        body=f"Warga melihat {words} nomor {n} kemarin sore.",
    )


def _commit(index: WhooshEngine, article: Article) -> None:
    with index.batch() as batch:
        batch.delete_source(article.source)
        batch.add_article(article)


def _ids(index: WhooshEngine, query: str) -> list[str]:
    return sorted(article_id for article_id, _ in index.rank(parse_query(query), None).hits)


@pytest.fixture
def background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 0)  # every merge goes to a child process


def test_a_large_merge_runs_in_a_child_and_a_later_commit_swaps_it_in(
    tmp_path: Path, background: None
) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(MERGE_TIER):
            _commit(index, _article(n))
        _commit(index, _article(MERGE_TIER))  # this commit starts the merge of the first six
        assert index._merges.running and (tmp_path / "ix" / MERGING_DIR).is_dir()
        assert len(index._ix._segments()) == MERGE_TIER + 1  # nothing merged on the writer's path
        _commit(index, _article(2, "pasar ikan"))  # replaces a document the child is copying
        index.settle_merges()  # the merge committed, then the end of the run's compaction
        assert not index._merges.running and not (tmp_path / "ix" / MERGING_DIR).exists()
        assert len(index._ix._segments()) == 1  # the merged one and the two committed meanwhile
        assert index.doc_count() == MERGE_TIER + 1
        expected = sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 1) if n != 2)
        assert _ids(index, "jembatan") == expected  # the replaced document stays deleted
        assert _ids(index, "pasar") == ["art0002-10"]
        assert index.merge_cpu > 0
    finally:
        index.close()


def test_commits_without_waiting_adopt_a_finished_merge(tmp_path: Path, background: None) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(MERGE_TIER + 1):
            _commit(index, _article(n))
        deadline = time.monotonic() + 60
        while index._merges._running is not None and not index._merges._running.done():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        _commit(index, _article(MERGE_TIER + 1))  # adopts the finished merge
        assert not index._merges.running
        assert len(index._ix._segments()) == 3
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 2))
    finally:
        index.close()


def test_closing_gives_a_running_merge_up_and_the_index_stays_whole(tmp_path: Path, background: None) -> None:
    index = WhooshEngine(tmp_path / "ix")
    for n in range(MERGE_TIER + 1):
        _commit(index, _article(n))
    assert index._merges.running
    index.close()  # the child is stopped; its folder removed
    assert not (tmp_path / "ix" / MERGING_DIR).exists()
    again = WhooshEngine(tmp_path / "ix")
    try:
        assert len(again._ix._segments()) == MERGE_TIER + 1
        assert _ids(again, "jembatan") == sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 1))
    finally:
        again.close()


def test_a_failed_merge_process_leaves_the_index_whole_and_merges_inline_after(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(MERGE_TIER):
            _commit(index, _article(n))
        monkeypatch.setattr(merges.sys, "executable", "/bin/false")  # the child fails at once
        _commit(index, _article(MERGE_TIER))
        index._merges.adopt_finished(index._ix._segments(), wait=True)
        assert index._merges.last_error and not index._merges.background
        assert len(index._ix._segments()) == MERGE_TIER + 1
        for n in range(MERGE_TIER + 1, MERGE_TIER + 3):
            _commit(index, _article(n))  # merged inline now
        assert len(index._ix._segments()) < MERGE_TIER
        index.settle_merges()  # so is the end of the run's compaction
        assert len(index._ix._segments()) == 1
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 3))
    finally:
        index.close()


_KILLED_WRITER = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from kutip.index.search.whoosh_engine import merges
merges.INLINE_DOCS = 0
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from test_whoosh_merges import _article, _commit
index = WhooshEngine(Path({folder!r}))
for n in range(merges.MERGE_TIER + 1):
    _commit(index, _article(n))
print(index._merges._running.child.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_writer_takes_its_merge_process_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    script = _KILLED_WRITER.format(tests=str(Path(__file__).parent), folder=str(folder))
    writer = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120
    )
    assert writer.returncode == -signal.SIGKILL, writer.stderr
    child = int(writer.stdout.split()[0])
    deadline = time.monotonic() + 30
    while _alive(child):  # its stdin closed with the writer: it exits
        assert time.monotonic() < deadline, "the merge process outlived its writer"
        time.sleep(0.05)
    index = WhooshEngine(folder)
    try:
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 1))
        for n in range(MERGE_TIER + 1, MERGE_TIER + 3):
            _commit(index, _article(n))  # the next merge clears what the dead one left
        index.settle_merges()
        assert not (folder / MERGING_DIR).exists() and len(index._ix._segments()) == 1
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(MERGE_TIER + 3))
    finally:
        index.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_the_end_of_a_run_merges_the_smallest_segments_up_to_a_bound(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "COMPACT_DOCS", 3)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(8):
            _commit(index, _article(n))
        index.settle_merges()  # the run wrote the whole index: one segment, past the bound
        assert [s.doc_count_all() for s in index._ix._segments()] == [8]
        for n in range(8, 12):
            _commit(index, _article(n))
        index.settle_merges()  # four of twelve: three one-document segments fit the bound
        assert sorted(s.doc_count_all() for s in index._ix._segments()) == [1, 3, 8]
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(12))
        index.settle_merges()  # nothing written since: nothing merged
        assert len(index._ix._segments()) == 3
    finally:
        index.close()


def test_a_run_writing_half_the_index_merges_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "COMPACT_DOCS", 2)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(4):
            _commit(index, _article(n))
        index.settle_merges()
        for n in range(4, 8):
            _commit(index, _article(n))
        index.settle_merges()  # four of eight
        assert [s.doc_count_all() for s in index._ix._segments()] == [8]
        assert _ids(index, "jembatan") == sorted(f"art{n:04d}-13" for n in range(8))
    finally:
        index.close()
