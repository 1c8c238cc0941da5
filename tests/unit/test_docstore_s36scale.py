"""The store's page cache is bounded per connection: the writer's peak memory carries it."""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import _CACHE_KIB, DocStore


def test_every_connection_asks_for_the_bounded_page_cache(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    try:
        assert store.connection().execute("PRAGMA cache_size").fetchone()[0] == -_CACHE_KIB
        assert _CACHE_KIB <= 16 * 1024  # 64 MB held 31 MB more at the writer's peak at 6k articles
    finally:
        store.close()
