"""A new document store packs its article rows in 16 KB pages; an existing file keeps its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.docstore import PAGE_BYTES, DocStore


def _page_size(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA page_size").fetchone()[0])
    finally:
        db.close()


def test_a_new_store_takes_the_larger_pages_and_write_ahead_logging(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    assert store.connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _page_size(tmp_path / "kutip.sqlite3") == PAGE_BYTES == 16384


def test_an_existing_store_keeps_its_page_size(tmp_path: Path) -> None:
    path = tmp_path / "kutip.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=4096")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE keep (x)")
    db.close()
    store = DocStore(path)
    store.connection().execute("INSERT INTO meta(key, value) VALUES ('a', 'b')")
    assert _page_size(path) == 4096
    assert store.connection().execute("SELECT value FROM meta WHERE key = 'a'").fetchone()[0] == "b"
