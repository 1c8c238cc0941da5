"""The merge policy at scale: a first import defers the merges its final whole merge would redo,
and a small run on a large index never rewrites the segments that hold the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.models import Article
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import merges
from kutip.index.search.whoosh_engine.engine import WhooshEngine


def _article(n: int) -> Article:
    return Article(
        id=f"b{n:04d}",
        source=f"/arsip/{n:04d}.txt",
        title=f"Kabar nomor {n}",
        lang="id",
        body=f"Rina Marlina meninjau pasar nomor {n} pagi ini.",
    )


def _commit(index: WhooshEngine, first: int, count: int = 1) -> None:
    with index.batch() as batch:
        for n in range(first, first + count):
            batch.delete_source(_article(n).source)
            batch.add_article(_article(n))


def _all_found(index: WhooshEngine, count: int) -> bool:
    hits = {doc_id for doc_id, _ in index.rank(parse_query("pasar"), None).hits}
    return hits == {f"b{n:04d}" for n in range(count)}


@pytest.fixture
def background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 0)  # every merge would go to a child process


def test_a_first_import_starts_no_merge_its_whole_merge_would_redo(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "DEFER_FROM_DOCS", 3)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(3 * merges.MERGE_TIER):
            _commit(index, n)
            assert not index._merges.running  # tiers piled up, nothing merged meanwhile
        assert len(index._ix._segments()) == 3 * merges.MERGE_TIER
        index.settle_merges()  # the end of the run: one whole merge
        assert len(index._ix._segments()) == 1
        assert _all_found(index, 3 * merges.MERGE_TIER)
    finally:
        index.close()


def test_deferred_merges_resume_once_too_many_segments_pile_up(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "DEFER_FROM_DOCS", 3)
    monkeypatch.setattr(merges, "DEFERRED_SEGMENTS", merges.MERGE_TIER + 2)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(merges.MERGE_TIER + 3):
            _commit(index, n)
        assert index._merges.running  # the bound on segments started the tier's merge
        index.settle_merges()
        assert len(index._ix._segments()) == 1 and _all_found(index, merges.MERGE_TIER + 3)
    finally:
        index.close()


def test_a_small_run_does_not_defer_and_merges_its_tiers_as_before(tmp_path: Path, background: None) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(merges.MERGE_TIER + 1):
            _commit(index, n)
        assert index._merges.running  # far below DEFER_FROM_DOCS: tiers merge in the background
        index.settle_merges()
    finally:
        index.close()


def test_adding_a_little_to_a_large_index_leaves_its_large_segment_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 2)
    index = WhooshEngine(tmp_path / "ix")
    try:
        _commit(index, 0, 40)
        index.settle_merges()
        (big,) = index._ix._segments()
        for run in range(5):  # runs of one article each
            _commit(index, 40 + run)
            index.settle_merges()
            segments = index._ix._segments()
            assert big.segment_id() in {s.segment_id() for s in segments}  # never rewritten
            small = [s.doc_count_all() for s in segments if s.segment_id() != big.segment_id()]
            assert sum(small) == run + 1 and len(small) < merges.MERGE_TIER  # the tail stays short
        assert _all_found(index, 45)
    finally:
        index.close()


def test_a_first_import_merges_its_head_while_it_goes_on_and_its_end_merges_only_the_rest(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "DEFER_FROM_DOCS", 3)
    monkeypatch.setattr(merges, "HEAD_FROM_DOCS", 0)
    index = WhooshEngine(tmp_path / "ix")
    commits = 10
    try:
        for n in range(commits):
            index.run_progress((n + 1) / commits)
            _commit(index, n)
            if n + 1 < merges.HEAD_SHARE * commits:
                assert not index._merges.running  # deferred, as before
            if index._merges.running:
                break
        head = index._merges._running
        assert head is not None and head.head and len(head.sources) == n  # all but this batch's
        for m in range(n + 1, n + 4):  # the run goes on while the head is merged
            _commit(index, m)
        index.settle_merges()  # waits for the head, then merges only what came after it
        segments = index._ix._segments()
        assert len(segments) == 2
        assert sorted(s.doc_count() for s in segments) == [4, n]
        assert _all_found(index, n + 4)
        assert index._merges.head is None and index._merges.share == 0.0  # the next run starts afresh
        _commit(index, n + 4, 20)  # a run writing more than the index holds: merged whole again
        index.settle_merges()
        assert len(index._ix._segments()) == 1 and _all_found(index, n + 24)
    finally:
        index.close()


def test_a_run_that_never_says_how_far_it_got_merges_no_head(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "DEFER_FROM_DOCS", 3)
    monkeypatch.setattr(merges, "HEAD_FROM_DOCS", 0)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(8):
            _commit(index, n)
            assert not index._merges.running
        index.settle_merges()
        assert len(index._ix._segments()) == 1 and _all_found(index, 8)
    finally:
        index.close()


def test_a_first_import_too_small_for_a_long_whole_merge_merges_no_head(
    tmp_path: Path, background: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "DEFER_FROM_DOCS", 3)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(8):
            index.run_progress((n + 1) / 8)
            _commit(index, n)
            assert not index._merges.running  # far below HEAD_FROM_DOCS: one whole merge at the end
        index.settle_merges()
        assert len(index._ix._segments()) == 1 and _all_found(index, 8)
    finally:
        index.close()
