"""The linker's statement rows keep the article only when the statement's id does not name it
(issue 11, disk): ``ARTICLE:SEQ`` ids, every one the extractor makes, carry it already."""

from __future__ import annotations

import sqlite3

from kutip.index.linking.store import LinkDoc, ensure_schema, insert_docs, load_docs


def _doc(statement: str, article: str) -> LinkDoc:
    return LinkDoc(
        statement, article, 24290, frozenset({"hidayat"}), frozenset(), ("harga", "cabai", "turun")
    )


def test_the_article_a_statement_id_names_is_not_stored_again() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    docs = [_doc("c6527d0382f96e25:4", "c6527d0382f96e25"), _doc("odd-id", "a1"), _doc("a:b:2", "a:b")]
    insert_docs(db, docs)
    stored = dict(db.execute("SELECT statement, article FROM link_docs"))
    assert stored == {"c6527d0382f96e25:4": "", "odd-id": "a1", "a:b:2": ""}
    assert load_docs(db, [d.statement for d in docs]) == {d.statement: d for d in docs}


def test_rows_of_the_older_layout_still_read_their_article() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    insert_docs(db, [_doc("f1:0", "f1")])
    db.execute("UPDATE link_docs SET article = 'f1'")  # as written before
    assert load_docs(db, ["f1:0"])["f1:0"].article == "f1"
