"""The linker's tables: an older layout is replaced and relinked; clusters read back by id."""

from __future__ import annotations

import zlib
from pathlib import Path

from kutip.index.linking import cluster_ids, update_links
from tests.unit.test_linking_incremental import FIRST, FULL, OTHER, Archive, _article

OLD_LAYOUT = """
DROP TABLE IF EXISTS link_meta;
DROP TABLE IF EXISTS link_docs;
DROP TABLE IF EXISTS link_members;
DROP TABLE IF EXISTS link_clusters;
CREATE TABLE link_docs (rowid INTEGER PRIMARY KEY, statement TEXT, article TEXT, month INTEGER,
    names TEXT, written TEXT, terms TEXT);
CREATE TABLE IF NOT EXISTS link_edges (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
"""


def test_an_archive_linked_by_an_older_layout_is_relinked(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct"), ("Budi", OTHER, "direct")))
    with archive.store.transaction() as db:
        for statement in OLD_LAYOUT.split(";"):
            if statement.strip():
                db.execute(statement)
    with archive.store.transaction() as db:
        update_links(db, [], [])
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == "a:0"
    assert archive.cluster_of("b:1") == "b:1"
    db = archive.store._db()
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'link_edges'").fetchone()[0] == 0
    assert cluster_ids(db, ["a:0", "b:0", "b:1", "gone"]) == {"a:0": "a:0", "b:0": "a:0", "b:1": "b:1"}


def test_removing_the_fullest_report_relinks_the_rest(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct")))
    archive.add(_article("c", "Warta Tiga", "2024-05-04", ("Lestari", FIRST + " kata dia", "direct")))
    assert archive.cluster_of("c:0") == archive.cluster_of("b:0") == "a:0"
    archive.remove(_article("a", "", ""))
    assert archive.cluster_of("c:0") == archive.cluster_of("b:0") == "b:0"


def test_blocking_keys_are_stored_as_small_integers_and_leave_with_their_statement(tmp_path: Path) -> None:
    # the blocking index is the linker's largest table: a 32-bit key, a month, the link_docs rowid
    # and its speaker's 31-bit name signature
    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", OTHER, "direct")))
    db = archive.store._db()
    columns = {r[1]: r[2] for r in db.execute("PRAGMA table_info(link_keys)")}
    assert columns == {"key": "INTEGER", "month": "INTEGER", "doc": "INTEGER", "names": "INTEGER"}
    rows = db.execute("SELECT key, doc FROM link_keys").fetchall()
    assert rows and all(-(2**31) <= key < 2**31 for key, _ in rows)
    docs = {r[0] for r in db.execute("SELECT rowid FROM link_docs")}
    assert {doc for _, doc in rows} == docs
    archive.remove(_article("a", "", ""))
    left = {r[0] for r in db.execute("SELECT rowid FROM link_docs")}
    assert {r[0] for r in db.execute("SELECT DISTINCT doc FROM link_keys")} == left != docs


def test_article_bodies_are_read_through_one_helper(tmp_path: Path) -> None:
    # bodies may be stored compressed: the linker reads them through the store's read_body only
    from kutip.index.docstore import read_body as body_text

    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    db = archive.store._db()
    assert body_text(db, "a") == "-"  # the body the fixture stores
    assert body_text(db, "gone") == ""
    linking = Path(__file__).resolve().parents[2] / "index" / "linking"
    readers = [p.name for p in linking.glob("*.py") if "SELECT body" in p.read_text(encoding="utf-8")]
    assert readers == []  # the store's read_body decodes whichever form the body is kept in
    with archive.store.transaction() as tx:  # a compressed body reads back the same
        tx.execute("UPDATE articles SET body = ? WHERE id = 'a'", (zlib.compress(b"Badan teks."),))
    assert body_text(archive.store._db(), "a") == "Badan teks."
