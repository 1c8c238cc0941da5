"""Field lengths read a column at a time give the postings Whoosh's own per-posting lookup gave."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine import lengths

TEXTS = [
    "banjir besar melanda desa",
    "harga beras naik lagi di pasar desa",
    "",
    "jembatan desa " * 40,
    "warga desa membangun jembatan baru bersama",
]


def _write(folder: Path, whole: bool) -> list[tuple[str, bytes, float, int, int]]:
    folder.mkdir()
    schema = Schema(key=ID(stored=True), body=TEXT, note=TEXT)
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    assert isinstance(writer, SegmentWriter)
    if whole:
        lengths.read_lengths_whole(writer)
    for n, text in enumerate(TEXTS):
        fields = {"key": str(n), "body": text}
        if n % 2:
            fields["note"] = f"catatan {n}"  # a field some documents lack
        writer.add_document(**fields)
    writer.commit()
    with ix.reader() as reader:
        infos = [(field, text, reader.term_info(field, text)) for field, text in reader.all_terms()]
        return [(f, t, i.weight(), i.min_length(), i.max_length()) for f, t, i in infos]


def test_whole_column_lengths_equal_whooshs_own(tmp_path: Path) -> None:
    assert _write(tmp_path / "whole", True) == _write(tmp_path / "own", False)


def test_the_writer_uses_the_whole_column_reader(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), Schema(body=TEXT))
    writer = ix.writer()
    lengths.read_lengths_whole(writer)
    writer.add_document(body="satu dua tiga")
    writer.perdocwriter.close()
    reader = writer.per_document_reader()
    assert isinstance(reader, lengths.WholeColumnLengths)
    assert reader.doc_field_length(0, "body") == 3
    assert reader.doc_field_length(0, "absent", 7) == 7
    reader.close()
    writer.cancel()
