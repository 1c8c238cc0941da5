"""Field lengths read once per field while Whoosh writes or merges a segment.

Writing a segment, Whoosh looks up the field length of every posting's document in the new
segment's length column: one seek and one one-byte read per posting (about 480,000 for
1,000 articles), a quarter of a commit's CPU. The column is one byte per document, so it is
read here whole, once per field, and the lookups become indexing. It is kept as those bytes:
a list of numbers took eight bytes a document and field (a whole merge at 100k articles would hold
~180 MB of them for its sources and as much for the new segment). A merge reads each old
segment's lengths (once per document and field) the same way. Same values: the postings'
length bounds (which ranking's block-skipping relies on) do not change.

This reaches into Whoosh-Reloaded 2.7's segment reader (a private column layout); when that
layout is not what is expected, Whoosh's own lookup is used.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

# a zero byte reads as None in Whoosh
DECODED_LENGTHS: list[int | None] = [None] + [byte_to_length(b) for b in range(1, 256)]


class WholeColumnLengths:
    """A per-document reader whose ``doc_field_length`` reads each field's column once."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._columns: dict[str, bytes | None] = {}  # a byte per document, decoded on lookup
        self._present: dict[str, bool] = {}  # has_column is a file-system check: once per field

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)

    def column(self, fieldname: str) -> bytes | None:
        """A field's column, a byte per document up to the last one with a value (``None``:
        this Whoosh's columns are laid out otherwise)."""
        if fieldname not in self._columns:
            try:
                column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
                raw = None if column is None else column._dbfile.get(column._basepos, column._count)
            except AttributeError:  # another Whoosh: its own lookup
                self._columns[fieldname] = None
                return None
            self._columns[fieldname] = b"" if raw is None else bytes(raw)
        return self._columns[fieldname]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        lengths = self.column(fieldname)
        if lengths is None:
            return self._reader.doc_field_length(docnum, fieldname, default)  # type: ignore[no-any-return]
        if docnum < len(lengths):
            return DECODED_LENGTHS[lengths[docnum]]
        if docnum > self._reader._doccount:
            raise IndexError(f"Asked for docnum {docnum!r} of {self._reader._doccount}")
        present = self._present.get(fieldname)
        if present is None:
            present = self._present[fieldname] = bool(self._reader.has_column(_lenfield(fieldname)))
        return None if present else default


def read_lengths_whole(writer: SegmentWriter) -> None:
    """Make ``writer`` read field lengths a column at a time when it writes its postings."""
    original = writer.per_document_reader

    def per_document_reader() -> Any:
        return WholeColumnLengths(original())

    writer.per_document_reader = per_document_reader


def merge_reader(reader: SegmentReader) -> SegmentReader:
    """``reader`` (of a segment about to be merged) reading its field lengths a column at a time."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is not None:
        reader._perdoc = WholeColumnLengths(perdoc)
    return reader


class ScoreTable(dict[tuple[float, int], float]):
    """A term's BM25F score by (frequency, length byte): a posting's score depends on nothing else,
    and a term's postings hold few such pairs, so each is computed once, as
    ``whoosh.scoring.bm25`` computes it (the same operations in the same order)."""

    def __init__(self, idf: float, avgfl: float, b: float, k1: float) -> None:
        super().__init__()
        self._terms = idf, avgfl, b, k1

    def __missing__(self, key: tuple[float, int]) -> float:
        tf, byte = key
        idf, avgfl, b, k1 = self._terms
        fl: Any = DECODED_LENGTHS[byte]
        score: float = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        self[key] = score
        return score
