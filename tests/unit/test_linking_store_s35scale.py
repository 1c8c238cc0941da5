"""Session 35 (scale): a batch's keys are gathered in a temporary table and filed into
``link_keys`` once, in the table's order; the rows filed are those filed statement by statement."""

from __future__ import annotations

import sqlite3

from kutip.index.linking.store import LinkDoc, delete_docs, ensure_schema, insert_docs, set_meta

_TERMS = ("gaji", "guru", "honorer", "naik", "tahun", "depan", "kata", "dinas")


def _docs(article: str, count: int, month: int) -> list[LinkDoc]:
    names = frozenset({"wulan", "pratiwi"})
    return [
        LinkDoc(f"{article}:{n}", article, month, names, frozenset(), _TERMS[n % 3 : n % 3 + 5])
        for n in range(count)
    ]


def _expected(db: sqlite3.Connection) -> set[tuple[int, int, int]]:
    rows = db.execute("SELECT statement, rowid, month FROM link_docs").fetchall()
    wanted: set[tuple[int, int, int]] = set()
    for statement, rowid, month in rows:
        article, seq = statement.rsplit(":", 1)
        doc = next(d for d in _docs(article, int(seq) + 1, month) if d.statement == statement)
        wanted.update((key, month, rowid) for key in doc.blocking_keys())
    return wanted


def test_the_keys_filed_are_each_statements_blocking_keys_and_nothing_is_left_behind() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    insert_docs(db, _docs("satu", 4, 24290) + _docs("dua", 3, 0))
    set_meta(db, "rowid_seen", "7")
    insert_docs(db, _docs("tiga", 5, 24291))  # a second batch: the temporary table starts empty
    filed = set(db.execute("SELECT key, month, doc FROM link_keys").fetchall())
    assert filed == _expected(db)
    assert db.execute("SELECT count(*) FROM temp.link_keys_filed").fetchone()[0] == 0
    delete_docs(db, ["tiga:0", "tiga:1"])
    assert set(db.execute("SELECT key, month, doc FROM link_keys").fetchall()) == _expected(db)


def test_filing_inside_a_rolled_back_transaction_files_nothing() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    ensure_schema(db)
    db.execute("BEGIN")
    insert_docs(db, _docs("empat", 3, 24292))
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM link_keys").fetchone()[0] == 0
    db.execute("BEGIN")
    insert_docs(db, _docs("lima", 2, 24292))
    db.execute("COMMIT")
    assert set(db.execute("SELECT key, month, doc FROM link_keys").fetchall()) == _expected(db)
