"""The document store reads clusters from linking's tables; an older store's mirrored column goes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.docstore import DocStore
from tests.unit.test_linking_incremental import FIRST, FULL, OTHER, Archive, _article


def _columns(db: sqlite3.Connection) -> set[str]:
    return {str(r[1]) for r in db.execute("PRAGMA table_info(statements)")}


def test_statements_carry_linking_clusters_without_a_column(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct"), ("Budi", OTHER, "direct")))
    store = archive.store
    assert "cluster" not in _columns(store._db())
    article = store.article("b")
    assert article is not None
    assert [s.cluster for s in article.statements] == ["a:0", "b:1"]
    assert {s.id: s.cluster for s in store.statements()} == {"a:0": "a:0", "b:0": "a:0", "b:1": "b:1"}
    assert store.statements_by_id(["b:0"])["b:0"].cluster == "a:0"


def test_an_unlinked_store_gives_no_clusters(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "store.sqlite3")
    store.commit_batch([], [_article("a", "Harian Satu", "2024-05-02", ("Budi", OTHER, "direct"))])
    assert [s.cluster for s in store.statements()] == [None]


def test_an_older_store_loses_its_mirrored_column(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    DocStore(path).close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE statements ADD COLUMN cluster TEXT")
    db.execute("CREATE INDEX link_statements_cluster ON statements(cluster)")
    db.commit()
    db.close()
    store = DocStore(path)
    assert "cluster" not in _columns(store._db())
    store.commit_batch([], [_article("a", "Harian Satu", "2024-05-02", ("Budi", OTHER, "direct"))])
    assert len(store.statements()) == 1


def test_the_page_cache_is_set_above_sqlites_default(tmp_path: Path) -> None:
    """Linking's lookups want more than SQLite's 2 MB default; 16 MB, not 64, keeps the writer's peak down
    (b968333, docs/benchmarks.md session 36)."""
    store = DocStore(tmp_path / "store.sqlite3")
    size = int(store._db().execute("PRAGMA cache_size").fetchone()[0])
    assert size <= -16 * 1024  # negative: KiB
