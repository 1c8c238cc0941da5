"""A write batch sorts its postings in memory up to ``BATCH_WRITER_MB``: the largest batch the
indexer cuts (two commits' worth of files) must not spill sorted runs to disk."""

from __future__ import annotations

from pathlib import Path

from kutip.index.indexer import BATCH_FILES
from kutip.index.search.whoosh_engine import store
from kutip.index.search.whoosh_engine.store import WhooshStore

COUNTED_PER_ARTICLE = 82 * 1024 * 1024 // 1000  # Whoosh's count of a 3 KB article's postings (measured)


def test_a_batch_of_the_largest_size_the_indexer_cuts_fits_in_the_pool(tmp_path: Path) -> None:
    search = WhooshStore(tmp_path)
    with search.batch() as batch:
        limit = batch._writer.pool.limit
    search.close()
    assert limit == store.BATCH_WRITER_MB * 1024 * 1024
    assert limit > 2 * BATCH_FILES * COUNTED_PER_ARTICLE
