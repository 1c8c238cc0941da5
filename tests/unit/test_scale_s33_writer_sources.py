"""A batch finds which segments hold a file from each segment's set of files, read once per segment."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.query import Every
from whoosh.reading import SegmentReader

from kutip.index.models import Article
from kutip.index.search.whoosh_engine.schema import id_reader
from kutip.index.search.whoosh_engine.store import WhooshStore


def _article(n: int) -> Article:
    body = f"Fulan Hidayat mengatakan pasar nomor {n} dibuka besok pagi."
    return Article(id=f"a{n}", source=f"/news/{n}.txt", title=f"Pasar {n}", lang="id", body=body)


def _ids(store: WhooshStore) -> list[str]:
    with store._lock:
        searcher = store._current()
        read_id = id_reader(searcher)
        return sorted(read_id(d) for d in searcher.docs_for_query(Every()))


def _write(store: WhooshStore, numbers: range) -> None:
    with store.batch() as batch:
        for n in numbers:
            batch.delete_source(_article(n).source)
        for n in numbers:
            batch.add_article(_article(n))


def test_new_files_cost_no_term_lookup_and_each_segment_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = WhooshStore(tmp_path)
    for first in (0, 3, 6):  # three segments
        _write(store, range(first, first + 3))
    lookups: list[object] = []
    lexicons: list[str] = []
    contains, lexicon = SegmentReader.__contains__, SegmentReader.lexicon

    def counted_contains(self: SegmentReader, term: object) -> bool:
        lookups.append(term)
        return bool(contains(self, term))

    def counted_lexicon(self: SegmentReader, fieldname: str) -> object:
        lexicons.append(self.segment().segment_id())
        return lexicon(self, fieldname)

    monkeypatch.setattr(SegmentReader, "__contains__", counted_contains)
    monkeypatch.setattr(SegmentReader, "lexicon", counted_lexicon)
    for first in (10, 20):  # two batches of new files, then one re-written file
        _write(store, range(first, first + 5))
    _write(store, range(4, 5))
    assert lookups == []  # before: one term lookup per segment for every file written
    assert len(lexicons) == len(set(lexicons))  # a segment's files are read once, whatever the batches
    assert _ids(store) == sorted([f"a{n}" for n in [*range(9), *range(10, 15), *range(20, 25)]])
    store.close()


def test_a_file_rewritten_after_its_segment_was_merged_is_deleted_once(tmp_path: Path) -> None:
    store = WhooshStore(tmp_path)
    for first in range(0, 24, 3):  # enough segments for the policy to merge some
        _write(store, range(first, first + 3))
    store.settle_merges()
    for n in (1, 13, 22):
        _write(store, range(n, n + 1))
    _write(store, range(13, 14))  # twice: its old document is in a segment already read
    assert _ids(store) == sorted(f"a{n}" for n in range(24))
    store.close()


def test_a_few_files_added_to_a_large_segment_are_looked_up_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = WhooshStore(tmp_path)
    _write(store, range(64))  # one segment of 64 documents
    large: list[int] = []  # the documents of each segment whose files are read whole
    lexicon = SegmentReader.lexicon

    def counted_lexicon(self: SegmentReader, fieldname: str) -> object:
        large.append(self.doc_count_all())
        return lexicon(self, fieldname)

    monkeypatch.setattr(SegmentReader, "lexicon", counted_lexicon)
    _write(store, range(100, 103))  # three lookups: less than reading 64 files would cost
    assert 64 not in large
    _write(store, range(200, 202))  # the fourth lookup in it (64 / READ_AFTER): read once, then filed
    assert large.count(64) == 1
    _write(store, range(5, 6))
    assert large.count(64) == 1
    assert _ids(store) == sorted(f"a{n}" for n in [*range(64), 100, 101, 102, 200, 201])
    store.close()
