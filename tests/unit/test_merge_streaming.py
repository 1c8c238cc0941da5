"""The streaming merge writes the same segment as Whoosh's own merge through its sorting pool."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from kutip.index.models import Article, Statement
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import blockcopy, merges
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.lengths import merge_reader, read_lengths_whole
from kutip.index.search.whoosh_engine.merge_child import MergeJob, _Target, write_merged
from kutip.index.search.whoosh_engine.store import article_document, statement_documents

_WORDS = [
    "jembatan",
    "pasar",
    "ikan",
    "sungai",
    "banjir",
    "warga",
    "kota",
    "desa",
    "harga",
    "beras",
    "jalan",
    "tol",
    "sekolah",
]


def _article(n: int) -> Article:
    words = " ".join(_WORDS[(n * k) % len(_WORDS)] for k in range(1, 9))
    lang = "en" if n % 3 == 0 else "id"
    article = Article(
        id=f"a{n:03d}",
        source=f"/news/{n:03d}.txt",
        title=f"Catatan {_WORDS[n % len(_WORDS)]} {n}",
        lang=lang,
        body=f"Fulan Hidayat melihat {words} nomor {n}. Rina Marlina menjawab {words}.",
    )
    if n % 2:
        said = f"Kami {words}"
        article.statements = [
            Statement(f"s{n:03d}", article.id, said, "direct", 0, len(said), "Fulan Hidayat")
        ]
    return article


def _segments_index(folder: Path, commits: int, per_commit: int) -> WhooshEngine:
    """An index of ``commits`` segments, none merged."""
    index = WhooshEngine(folder)
    n = 0
    for _ in range(commits):
        writer = index._ix.writer()
        for _ in range(per_commit):
            article = _article(n)
            for doc in (article_document(article), *statement_documents(article)):
                writer.add_document(**doc)
            n += 1
        writer.commit(merge=False)
    return index


def _pool_merge(job: MergeJob) -> object:
    source = FileStorage(job.directory)
    writer = SegmentWriter(_Target(job), _lk=False, limitmb=job.limitmb)
    read_lengths_whole(writer)
    for segment in job.segments:
        writer.add_reader(merge_reader(SegmentReader(source, job.schema, segment)))
    merged = writer._finalize_segment()
    writer._finish()
    return merged


def test_the_streamed_segment_equals_whooshs_merge_deletions_included(tmp_path: Path) -> None:
    index = _segments_index(tmp_path / "ix", commits=4, per_commit=9)
    try:
        segments = index._ix._segments()
        assert len(segments) == 4
        for segment in segments[:2]:
            for docnum in range(0, segment.doc_count_all(), 4):
                segment.delete_document(docnum)
        readers = {}
        for name, merge in (("pool", _pool_merge), ("streamed", write_merged)):
            out = tmp_path / name
            os.makedirs(out)
            job = MergeJob(str(tmp_path / "ix"), "kutip", str(out), index._ix.schema, segments, 16)
            merged = merge(job)
            readers[name] = SegmentReader(FileStorage(str(out)), index._ix.schema, merged)
        pool, streamed = readers["pool"], readers["streamed"]
        assert streamed.doc_count_all() == pool.doc_count_all() == sum(s.doc_count() for s in segments)
        assert list(streamed.iter_postings()) == list(pool.iter_postings())
        assert list(streamed.iter_docs()) == list(pool.iter_docs())
        for field in index._ix.schema.names():
            for docnum in range(pool.doc_count_all()):
                assert streamed.doc_field_length(docnum, field) == pool.doc_field_length(docnum, field)
        for (field, text), info in pool._terms.items():
            other = streamed._terms.term_info(field, text)
            assert (other.doc_frequency(), other.max_weight(), other.min_length(), other.max_length()) == (
                info.doc_frequency(),
                info.max_weight(),
                info.min_length(),
                info.max_length(),
            )
        for reader in readers.values():
            reader.close()
    finally:
        index.close()


def test_a_merge_in_a_child_process_streams_and_every_article_stays_searchable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merges, "INLINE_DOCS", 0)
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(merges.MERGE_TIER + 1):
            with index.batch() as batch:
                batch.delete_source(f"/news/{n:03d}.txt")
                batch.add_article(_article(n))
        index.settle_merges()
        assert len(index._ix._segments()) == 1
        hits = {doc_id for doc_id, _ in index.rank(parse_query("nomor"), None).hits}
        assert hits == {f"a{n:03d}" for n in range(merges.MERGE_TIER + 1)}
    finally:
        index.close()


def _term_blocks(reader: SegmentReader) -> list[tuple[object, ...]]:
    """Every term's statistics, block headers and block contents, in term order."""
    terms = []
    for term, info in reader._terms.items():
        blocks = [  # a header's level aside: blockcopy.packed's
            ((*header[:3], *header[4:]), blockcopy._data(header, data))
            for header, data in blockcopy._blocks(blockcopy._raw_postings(reader, info))
        ]
        stats = (
            info._weight,
            info._df,
            info._minlength,
            info._maxlength,
            info._maxweight,
            info._minid,
            info._maxid,
        )
        terms.append((term, stats, blocks))
    return terms


def test_terms_copied_block_by_block_equal_whooshs_merge_blocks_included(tmp_path: Path) -> None:
    """No deletions: every term is copied a block at a time, words of every article spanning several
    blocks in each source and cut again across sources, rare words kept from one source."""
    index = _segments_index(tmp_path / "ix", commits=3, per_commit=150)
    try:
        segments = index._ix._segments()
        readers = {}
        for name, merge in (("pool", _pool_merge), ("blocks", write_merged)):
            out = tmp_path / name
            os.makedirs(out)
            job = MergeJob(str(tmp_path / "ix"), "kutip", str(out), index._ix.schema, segments, 16)
            readers[name] = SegmentReader(FileStorage(str(out)), index._ix.schema, merge(job))
        pool, blocks = readers["pool"], readers["blocks"]
        assert list(blocks.iter_postings()) == list(pool.iter_postings())
        expected, written = _term_blocks(pool), _term_blocks(blocks)
        assert written == expected
        assert max(len(term_blocks) for _, _, term_blocks in written) > 3  # 'nomor': 450 postings
        for reader in readers.values():
            reader.close()
    finally:
        index.close()


def test_a_block_compressed_small_reads_back_as_zlib_data() -> None:
    data = b"kutip " * 500
    assert zlib.decompress(blockcopy.compress(data, 3)) == data
