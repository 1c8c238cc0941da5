"""The search index keeps document ids in a column, not as Whoosh stored fields (issue 11, disk),
and reads the ids of an index written before the same way."""

from __future__ import annotations

from pathlib import Path

from whoosh import fields, index

from kutip.index.search.whoosh_engine.schema import build_schema, id_reader


def test_the_search_index_keeps_ids_in_a_column_not_as_stored_fields() -> None:
    schema = build_schema()
    assert schema.stored_names() == []
    assert schema["id"].column_type is not None
    assert schema["date"].column_type is None  # nothing sorts by date: no column to keep


def test_an_index_written_with_stored_ids_still_names_its_documents(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.STORED(), doctype=fields.ID()))
    with ix.writer() as writer:
        writer.add_document(id="a1", doctype="article")
        writer.add_document(id="a1:1", doctype="statement")
    with ix.searcher() as searcher:
        read_id = id_reader(searcher)
        assert [read_id(d) for d in range(2)] == ["a1", "a1:1"]
