"""A statement alone in its cluster keeps no linking row (issue 11, disk): most clusters have one
member, and a linked statement without a member row is its own cluster, read the same way."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking import cluster_ids, clusters, find, members_of, update_links
from kutip.index.linking.members import core_of, members, size_of
from kutip.index.linking.store import SCHEMA_VERSION, ensure_schema, meta, set_meta
from tests.unit.test_linking_incremental import FIRST, FULL, OTHER, Archive, _article


def _rows(archive: Archive) -> tuple[set[tuple[str, str]], set[tuple[str, int]]]:
    db = archive.store._db()
    member_rows = {(str(a), str(b)) for a, b in db.execute("SELECT statement, cluster FROM link_members")}
    cluster_rows = {(str(a), int(b)) for a, b in db.execute("SELECT cluster, size FROM link_clusters")}
    return member_rows, cluster_rows


def _two_reports(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(
        _article(
            "b",
            "Kabar Dua",
            "2024-05-03",
            ("Sri Lestari", FIRST, "direct"),
            ("Budi Santoso", OTHER, "direct"),
        )
    )
    return archive


def test_only_clusters_of_two_or_more_keep_rows(tmp_path: Path) -> None:
    archive = _two_reports(tmp_path)
    assert _rows(archive) == ({("a:0", "a:0"), ("b:0", "a:0")}, {("a:0", 2)})
    db = archive.store._db()
    # the statement alone reads as before: its own cluster, of size one, its own core
    assert cluster_ids(db, ["a:0", "b:0", "b:1", "gone"]) == {"a:0": "a:0", "b:0": "a:0", "b:1": "b:1"}
    assert (members(db, "b:1"), core_of(db, "b:1"), size_of(db, "b:1")) == (["b:1"], ["b:1"], 1)
    alone = members_of(db, ["b:1", "a:0"])
    assert [c.id for c in alone] == ["b:1", "a:0"]
    assert [(m.statement_id, m.outlet, m.earliest) for m in alone[0].members] == [("b:1", "Kabar Dua", True)]
    assert [c.id for c in find(db, "kelangkaan pupuk petani")] == ["b:1"]
    assert [c.id for c in clusters(db, speaker="Budi", min_articles=1)] == ["b:1"]
    assert [c.id for c in clusters(db, min_articles=1)] == ["a:0", "b:1"]
    assert [c.id for c in clusters(db)] == ["a:0"]


def test_a_member_left_alone_loses_its_rows(tmp_path: Path) -> None:
    archive = _two_reports(tmp_path)
    archive.remove(_article("a", "", ""))
    assert _rows(archive) == (set(), set())
    assert archive.cluster_of("b:0") == "b:0"
    archive.add(_article("c", "Warta Tiga", "2024-05-04", ("Lestari", FIRST + " kata dia", "direct")))
    assert _rows(archive) == ({("b:0", "b:0"), ("c:0", "b:0")}, {("b:0", 2)})


def test_statements_alone_are_still_linked_once(tmp_path: Path) -> None:
    # a statement alone has no member row, so 'never linked' is read from link_docs, not members
    archive = _two_reports(tmp_path)
    db = archive.store._db()
    before = db.execute("SELECT rowid, statement FROM link_docs ORDER BY rowid").fetchall()
    with archive.store.transaction() as tx:
        update_links(tx, [], [])
    assert db.execute("SELECT rowid, statement FROM link_docs ORDER BY rowid").fetchall() == before


def test_an_archive_of_layout_10_drops_its_rows_of_statements_alone_without_relinking(tmp_path: Path) -> None:
    archive = _two_reports(tmp_path)
    with archive.store.transaction() as db:  # as layout 10 left it: a row for every statement
        db.execute("INSERT INTO link_members VALUES ('b:1', 'b:1')")
        db.execute("INSERT INTO link_clusters VALUES ('b:1', 'b:1', 1)")
        set_meta(db, "schema", "10")
    db = archive.store._db()
    docs = db.execute("SELECT rowid, statement FROM link_docs ORDER BY rowid").fetchall()
    with archive.store.transaction() as tx:
        ensure_schema(tx)
    assert meta(db, "schema") == SCHEMA_VERSION
    assert _rows(archive) == ({("a:0", "a:0"), ("b:0", "a:0")}, {("a:0", 2)})
    assert db.execute("SELECT rowid, statement FROM link_docs ORDER BY rowid").fetchall() == docs
    assert cluster_ids(db, ["a:0", "b:0", "b:1"]) == {"a:0": "a:0", "b:0": "a:0", "b:1": "b:1"}


def test_a_profile_reads_a_statement_alone_as_before(tmp_path: Path) -> None:
    from kutip.index.profiles import _page_statement, _statement_select, _with_reach

    archive = _two_reports(tmp_path)
    archive.store.commit_batch(
        [], [_article("c", "Warta Tiga", "2024-05-04", ("Budi Santoso", FULL, "direct"))]
    )
    db = archive.store._db()  # c:0 is stored but not linked yet: no cluster, no reach
    rows = db.execute(f"{_statement_select(db)} WHERE s.speaker IN (?, ?)", ("Budi Santoso", "Sri Lestari"))
    found = {s.row.statement.id: s for s in _with_reach(db, [_page_statement(r, {}) for r in rows])}
    seen = {sid: (s.row.statement.cluster, s.cluster, s.reach, s.outlets) for sid, s in found.items()}
    assert seen == {
        "a:0": ("a:0", "a:0", 2, ("Harian Satu", "Kabar Dua")),
        "b:0": ("a:0", "a:0", 2, ("Harian Satu", "Kabar Dua")),
        "b:1": ("b:1", "b:1", 1, ("Kabar Dua",)),
        "c:0": (None, "c:0", 1, ()),
    }
