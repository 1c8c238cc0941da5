"""A flush packs its posting blocks as the merges do: a block under ``RAW_BELOW`` bytes as it is
(its header's level 0), a longer one compressed from a zlib state sized for small blocks, never
through ``zlib.compress``, whose default state it set up for each block of ~200 bytes; the blocks
read back as Whoosh's own (``test_scale_s25_documents`` compares them whole)."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pytest

from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import blockcopy
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from tests.unit.test_scale_s25_documents import _ARTICLES


def test_a_flush_compresses_its_blocks_without_zlibs_default_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(data: bytes, level: int = -1, **_: Any) -> bytes:
        raise AssertionError("zlib.compress set up its default state for a block")

    monkeypatch.setattr(zlib, "compress", refused)
    engine = WhooshEngine(tmp_path)
    try:
        with engine.batch() as batch:
            for article in _ARTICLES[:40]:
                batch.add_article(article)
        raw, compressed = [], []
        with engine._ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                for _, info in leaf._terms.items():
                    for header, data in blockcopy._blocks(blockcopy._raw_postings(leaf, info)):
                        pickled = zlib.decompress(data) if header[3] else data
                        (compressed if header[3] else raw).append(len(pickled))
        assert len(raw) > 100 and max(raw) < blockcopy.RAW_BELOW
        assert len(compressed) > 20 and min(compressed) >= blockcopy.RAW_BELOW
        assert engine.rank(parse_query("jembatan"), None, "article")
    finally:
        engine.close()
