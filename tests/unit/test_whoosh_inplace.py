"""Mapped segments are read in place (not copied when a reader opens), and dropping their pages
from the process changes no result."""

from __future__ import annotations

import io
import os
import pickle
import random
from pathlib import Path

from kutip.index.models import Article
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.inplace import InPlaceCompound, InPlaceFile, _View
from kutip.index.search.whoosh_engine.store import release_pages


def test_the_view_reads_like_a_bytes_file() -> None:
    rng = random.Random(3)
    data = bytes(rng.randrange(256) for _ in range(5000)) + b"line one\nline two\n"
    view, reference = _View(memoryview(data)), io.BytesIO(data)
    for step in range(200):
        size = rng.choice([-1, 0, 1, 7, 300, 9000]) if step % 50 else -1
        where = rng.randrange(len(data) + 10)
        assert view.seek(where) == reference.seek(where)
        assert view.read(size) == reference.read(size)
        assert view.tell() == reference.tell()
        assert view.seek(-5, os.SEEK_END) == reference.seek(-5, os.SEEK_END)
        assert view.readline() == reference.readline()
        assert view.seek(3, os.SEEK_CUR) == reference.seek(3, os.SEEK_CUR)


def test_mapped_segments_are_read_in_place_and_pages_can_be_dropped(tmp_path: Path) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        for n in range(3):
            with index.batch() as batch:
                batch.add_article(
                    Article(
                        id=f"art{n}",
                        source=f"/news/{n}.txt",
                        title=f"Catatan {n}",
                        lang="id",
                        body=f"Warga melihat jembatan baru nomor {n} kemarin sore.",
                    )
                )
        before = index.rank(parse_query("jembatan"), None).hits
        searcher = index._current()
        leaves = [leaf for leaf, _ in searcher.reader().leaf_readers()]
        compounds = [leaf._storage.a for leaf in leaves]
        assert compounds and all(isinstance(c, InPlaceCompound) and c._source is not None for c in compounds)
        name = compounds[0].list()[0]
        assert isinstance(compounds[0].open_file(name), InPlaceFile)
        release_pages(searcher.reader())
        assert index.rank(parse_query("jembatan"), None).hits == before
        assert sorted(article_id for article_id, _ in before) == ["art0", "art1", "art2"]
    finally:
        index.close()


def test_pickles_load_from_the_view_as_from_a_bytes_file() -> None:
    data = pickle.dumps(({"weight": 1.5, "ids": [3, 9]}, "kata", 12345), 2) + b"after" * 3
    view, reference = _View(memoryview(data)), io.BytesIO(data)
    assert pickle.load(view) == pickle.load(reference)  # pickle reads ahead through peek
    assert view.tell() == reference.tell() and view.read() == reference.read()
