"""The end of a small run merges its small segments a block at a time, never through Whoosh's pool,
and searches find what Whoosh's own merge (``add_reader``) gave: same hits, same scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.codec.base import Segment
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from kutip.index.models import Article
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import merges
from kutip.index.search.whoosh_engine.engine import WhooshEngine

_QUERIES = ("lumbung", "warga", '"membuka lumbung"', "desa", "santoso")


def _article(n: int) -> Article:
    return Article(
        id=f"c{n:04d}",
        source=f"/arsip/{n:04d}.txt",
        title=f"Warta desa nomor {n}",
        lang="id",
        body=f"Badu Santoso membuka lumbung nomor {n} bersama warga desa {n % 4}.",
    )


def _commit(index: WhooshEngine, first: int, count: int) -> None:
    with index.batch() as batch:
        for n in range(first, first + count):
            batch.delete_source(_article(n).source)
            batch.add_article(_article(n))


def _ranked(index: WhooshEngine, query: str) -> list[tuple[str, float]]:
    return [(doc_id, round(score, 9)) for doc_id, score in index.rank(parse_query(query), None).hits]


def _run(folder: Path) -> tuple[list[int], dict[str, list[tuple[str, float]]]]:
    """A large segment, two small runs and a deletion in one of them, then the end of a run."""
    index = WhooshEngine(folder)
    try:
        _commit(index, 0, 30)
        index.settle_merges()
        _commit(index, 30, 3)
        _commit(index, 33, 3)
        with index.batch() as batch:
            batch.delete_source(_article(31).source)
        index.settle_merges()
        return sorted(s.doc_count_all() for s in index._ix._segments()), {
            q: _ranked(index, q) for q in _QUERIES
        }
    finally:
        index.close()


def _whooshs_own(writer: SegmentWriter, group: list[Segment]) -> Segment:
    for segment in group:
        writer.add_reader(SegmentReader(writer.storage, writer.schema, segment))
    segment: Segment = writer._finalize_segment()
    writer._added = False
    return segment


def test_the_small_segments_merge_streamed_as_whoosh_would_merge_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 12)  # the two small runs, not the large segment
    with monkeypatch.context() as patch:
        patch.setattr(merges, "merged_inline", _whooshs_own)
        expected = _run(tmp_path / "whoosh")

    def refused(self: SegmentWriter, reader: object) -> None:
        raise AssertionError("merged posting by posting")

    monkeypatch.setattr(SegmentWriter, "add_reader", refused)
    got = _run(tmp_path / "streamed")
    assert got == expected
    assert len(got[0]) == 2 and got[0][0] < got[0][1]  # the large segment stayed apart
    assert [doc for doc, _ in got[1]["lumbung"]] and "c0031" not in dict(got[1]["lumbung"])


def test_a_group_with_nothing_alive_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 12)
    index = WhooshEngine(tmp_path / "ix")
    try:
        _commit(index, 0, 30)
        index.settle_merges()
        _commit(index, 30, 2)
        _commit(index, 32, 2)
        with index.batch() as batch:
            for n in range(30, 34):
                batch.delete_source(_article(n).source)
        index.settle_merges()
        assert [s.doc_count_all() for s in index._ix._segments()] == [30]
        assert len(_ranked(index, "lumbung")) == 30
    finally:
        index.close()
