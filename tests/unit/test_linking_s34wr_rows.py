"""A batch's linker reads each candidate's row once and never a new statement's own row
(issue 11: linking's cost per article grew with the rows read back, ~2x a batch each)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from kutip.index.linking import store
from kutip.index.linking.shortlist import candidates
from kutip.index.linking.store import LinkDoc, batch_rows, delete_docs, ensure_schema, insert_docs, set_meta

_TERMS = ("harga", "cabai", "merah", "turun", "pasar", "induk", "pekan", "lalu")


def _doc(article: str, seq: int, names: frozenset[str] = frozenset({"rudi", "hartono"})) -> LinkDoc:
    return LinkDoc(f"{article}:{seq}", article, 24290, names, frozenset(), _TERMS[seq : seq + 6])


def _archive() -> tuple[sqlite3.Connection, list[LinkDoc]]:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    old = [_doc(f"old{n}", n % 2) for n in range(6)]
    other = ("harga", "bawang", "putih", "naik", "gudang", "besar")  # one term in common
    old.append(LinkDoc("oldx:0", "oldx", 24290, frozenset({"rudi", "salim"}), frozenset(), other))
    old.append(LinkDoc("oldy:0", "oldy", 24290, frozenset({"rudi", "hartono"}), frozenset(), other))
    insert_docs(db, old)
    set_meta(db, "rowid_seen", "8")  # the batch that filed them ends
    return db, old


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real: Callable[..., LinkDoc] = store._doc

    def counted(row: Any) -> LinkDoc:
        doc = real(row)
        parsed.append(doc.statement)
        return doc

    monkeypatch.setattr(store, "_doc", counted)
    return parsed


def test_a_new_statements_own_row_is_never_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = _archive()
    new = [_doc("new", 0), _doc("new", 1)]
    insert_docs(db, new)
    parsed = _counting(monkeypatch)
    first = candidates(db, new[0])
    assert "new:0" not in parsed and "new:0" not in first
    assert "new:1" in first  # another statement of the batch is still a candidate
    second = candidates(db, new[1])
    assert "new:1" not in second and "new:0" in second
    older = [sid for sid in parsed if sid.startswith("old")]
    assert older and sorted(older) == sorted(set(older))  # each older row parsed once in the batch


def test_the_batchs_rows_are_parsed_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = _archive()
    new = [_doc("new", 0), _doc("new", 1), _doc("new", 2)]
    insert_docs(db, new)
    parsed = _counting(monkeypatch)
    first = candidates(db, new[0])
    reads = [sid for sid in parsed if sid.startswith("old")]
    assert candidates(db, new[0]) == first
    assert [sid for sid in parsed if sid.startswith("old")] == reads  # no older row read again
    kept = batch_rows(db)
    assert kept is not None and kept.docs
    assert not any(doc.statement.startswith("new") for doc in kept.docs.values())  # the linker has those


def test_the_same_candidates_with_and_without_kept_rows() -> None:
    db, _ = _archive()
    new = [_doc("new", n) for n in range(3)] + [_doc("newb", 0, frozenset({"rudi", "salim"}))]
    insert_docs(db, new)
    kept = [candidates(db, doc) for doc in new]
    again = [candidates(db, doc) for doc in new]  # from the kept rows
    set_meta(db, "rowid_seen", "11")  # nothing kept: every row read
    assert batch_rows(db) is None
    fresh = [candidates(db, doc) for doc in new]
    assert kept == again == fresh
    assert "oldx:0" not in fresh[0]  # one key, a speaker sharing one name word: chance
    assert "oldy:0" in fresh[0] and "old0:0" in fresh[0]


@pytest.mark.parametrize("close", ["set_meta", "delete_docs", "ensure_schema", "insert_docs"])
def test_kept_rows_end_with_any_write_of_the_tables(close: str) -> None:
    db, old = _archive()
    insert_docs(db, [_doc("new", 0)])
    candidates(db, _doc("new", 0))
    assert batch_rows(db) is not None and batch_rows(db).docs  # type: ignore[union-attr]
    before = batch_rows(db)
    {
        "set_meta": lambda: set_meta(db, "rowid_seen", "8"),
        "delete_docs": lambda: delete_docs(db, [old[0].statement]),
        "ensure_schema": lambda: ensure_schema(db),
        "insert_docs": lambda: insert_docs(db, [_doc("later", 0)]),
    }[close]()
    after = batch_rows(db)
    assert after is not before and (after is None or not after.docs)


def test_another_connection_never_meets_the_kept_rows(tmp_path: Any) -> None:
    path = tmp_path / "links.sqlite3"
    db = sqlite3.connect(path)
    ensure_schema(db)
    insert_docs(db, [_doc("old0", 0), _doc("new", 0)])
    candidates(db, _doc("new", 0))
    db.commit()
    other = sqlite3.connect(path)
    assert batch_rows(other) is None
    assert candidates(other, _doc("new", 0)) == candidates(db, _doc("new", 0))

