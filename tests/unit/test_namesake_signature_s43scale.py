"""Namesake rows told by their name signature (:mod:`kutip.index.linking.shortlist`): a row sharing
one speaker key whose speaker's name signature and ours each hold a bit the other lacks is never
read back for its names; a row the signatures cannot tell apart still is, and an archive filed before
the signatures (0: tells nothing) answers as before. Names and texts invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.index.linking import candidates, shortlist
from kutip.index.linking.shortlist import by_chance
from kutip.index.linking.store import ensure_schema, load_docs, meta, name_signature
from tests.unit.test_linking_incremental import Archive, _article

LONG = "Harga beras naik tajam bulan ini di semua pasar kota"
SHORT = "Kami menolak beras impor"  # one content term in common with LONG, no pair in common
NAMES = st.frozensets(
    st.sampled_from(["fulan", "wijaya", "hidayat", "sri", "budi", "ayu", "tono"]), max_size=3
)


def _signatures_tell_apart(mine: frozenset[str], other: frozenset[str]) -> bool:
    a, b = name_signature(mine), name_signature(other)
    return (b & ~a) != 0 and (a & ~b) != 0


@settings(max_examples=500, deadline=None)
@given(NAMES, NAMES)
def test_signatures_only_tell_apart_names_that_partly_agree(
    mine: frozenset[str], other: frozenset[str]
) -> None:
    if _signatures_tell_apart(mine, other):
        assert by_chance(mine, other)


def test_signatures_fit_four_bytes_and_are_stable() -> None:
    found = name_signature(["fulan", "wijaya"])
    assert 0 < found < 2**31 and found == name_signature(["wijaya", "fulan"])
    assert name_signature([]) == 0
    assert name_signature(["fulan wijaya"]) == found  # as link_docs gives the words back


def _archive(tmp_path: Path, other_speaker: str) -> tuple[Archive, list[int]]:
    archive = Archive(tmp_path)
    archive.add(_article("b", "Kabar Dua", "2024-05-02", (other_speaker, SHORT, "direct")))
    archive.add(_article("a", "Harian Satu", "2024-05-03", ("Fulan Hidayat", LONG, "direct")))
    return archive, []


def _candidates_of_long(archive: Archive, read: list[int], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names_of = shortlist._keyed_names

    def recorded(db: object, rows: list[int]) -> object:
        read.extend(rows)
        return names_of(db, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(shortlist, "_keyed_names", recorded)
    db = archive.store._db()
    return candidates(db, load_docs(db, ["a:0"])["a:0"])


def test_a_namesake_is_left_out_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive, read = _archive(tmp_path, "Fulan Wijaya")
    assert not _signatures_tell_apart(frozenset({"fulan", "hidayat"}), frozenset({"fulan"}))
    assert _signatures_tell_apart(frozenset({"fulan", "hidayat"}), frozenset({"fulan", "wijaya"}))
    assert _candidates_of_long(archive, read, monkeypatch) == []
    assert read == []  # its signature told it: its names were never read


def test_names_that_agree_are_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive, read = _archive(tmp_path, "Fulan")
    assert _candidates_of_long(archive, read, monkeypatch) == ["b:0"]
    assert len(read) == 1  # one speaker key shared, the names checked


def test_an_archive_filed_before_signatures_answers_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, read = _archive(tmp_path, "Fulan Wijaya")
    db = archive.store._db()
    with db:  # back to layout 11: no signature column
        db.execute(
            "CREATE TABLE old_keys (key INTEGER NOT NULL, month INTEGER NOT NULL, doc INTEGER NOT NULL, "
            "PRIMARY KEY (key, month, doc)) WITHOUT ROWID"
        )
        db.execute("INSERT INTO old_keys SELECT key, month, doc FROM link_keys")
        db.execute("DROP TABLE link_keys")
        db.execute("ALTER TABLE old_keys RENAME TO link_keys")
        db.execute("UPDATE link_meta SET value = '11' WHERE key = 'schema'")
    with db:
        ensure_schema(db)
    assert meta(db, "schema") == "12"
    assert {r[0] for r in db.execute("SELECT DISTINCT names FROM link_keys")} == {0}
    assert db.execute("SELECT count(*) FROM link_docs").fetchone()[0] == 2  # nothing relinked
    assert _candidates_of_long(archive, read, monkeypatch) == []
    assert len(read) == 1  # told apart by its names, as before the signatures
