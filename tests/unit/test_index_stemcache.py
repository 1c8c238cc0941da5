"""A write batch stems through functools' cache, and writes the terms Whoosh's own cache did."""

from __future__ import annotations

from functools import _lru_cache_wrapper
from pathlib import Path

from whoosh.analysis import StemFilter

from kutip.index.search.whoosh_engine.schema import build_schema
from kutip.index.search.whoosh_engine.stemcache import cache_stems

TEXT = "Fulan Hidayat mengatakan para menteri membicarakan harga beras; the ministers were meeting."


def _stem_filters(schema: object) -> list[StemFilter]:
    found = []
    for name in schema.names():  # type: ignore[attr-defined]
        items = getattr(getattr(schema[name], "analyzer", None), "items", ())  # type: ignore[index]
        found += [item for item in items if isinstance(item, StemFilter)]
    return found


def test_every_stem_filter_gets_a_c_cache_and_the_same_terms(tmp_path: Path) -> None:
    plain, cached = build_schema(), build_schema()
    cache_stems(cached)
    filters = _stem_filters(cached)
    assert filters and all(isinstance(f._stem, _lru_cache_wrapper) for f in filters)
    for field in ("body_id", "body_en", "said_id", "title_en"):
        want = [t.text for t in plain[field].analyzer(TEXT)]
        assert [t.text for t in cached[field].analyzer(TEXT)] == want
        assert [t.text for t in cached[field].analyzer(TEXT)] == want  # from the cache


def test_the_schema_pickles_as_before() -> None:
    import pickle

    plain, cached = build_schema(), build_schema()
    cache_stems(cached)
    assert pickle.dumps(cached) == pickle.dumps(plain)
