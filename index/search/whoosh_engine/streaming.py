"""A merge that streams postings into the new segment instead of sorting them again.

Whoosh merges a segment (``SegmentWriter.add_reader``) by pouring every posting into its
sorting pool: at a few thousand articles the pool spills, and each posting is pickled to a
run file, read back and merged, after being found a second time through the term table. But
each source already lists its terms in order, and the sources' documents follow one another
in the new segment, so the new segment's postings are the sources' term lists merged: for a
term, the first source's postings, then the second's, each renumbered. The terms are merged
here and written a block at a time by :mod:`blockcopy` (posting by posting, as read here, for a
source with deletions). Same segment, postings for postings (``tests/unit/test_merge_streaming.py``).

This reaches into Whoosh-Reloaded 2.7's segment reader, term table and posting blocks; a
reader of another layout is merged by Whoosh's own ``add_reader``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from whoosh.codec.base import Segment
from whoosh.codec.whoosh3 import W3LeafMatcher, W3TermsReader
from whoosh.fields import Schema
from whoosh.reading import SegmentReader
from whoosh.system import emptybytes
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.blockcopy import Slow, length_columns, write_terms

Posting = tuple[str, bytes, int, float, Any]  # field, term, new document number, weight, value


def _blocks(matcher: Any) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[Any]]]:
    """A term's postings as (ids, weights, values), one posting block at a time."""
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            yield matcher._ids, matcher._weights, matcher._values
            if matcher._lastblock:
                return
            matcher._goto(matcher._nextoffset)
        return
    ids, weights, values = [], [], []  # inlined postings (a term of one document)
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    yield ids, weights, values


class _Source:
    """One segment being merged: its terms in order, and its postings renumbered."""

    def __init__(self, reader: SegmentReader, number: int, base: int, docmap: dict[int, int] | None) -> None:
        self.reader = reader
        self.number = number
        self.base = base
        self.docmap = docmap  # old -> new document number when the segment has deletions

    def terms(self) -> Iterator[tuple[str, bytes, int, Any]]:
        schema = self.reader.schema
        for (fieldname, btext), info in self.reader._terms.items():
            if fieldname in schema:
                yield fieldname, btext, self.number, info

    def postings(self, fieldname: str, btext: bytes, info: Any) -> Iterator[Posting]:
        terms = self.reader._terms
        fmt = self.reader.schema[fieldname].format
        matcher = terms._codec.postings_reader(terms._postfile, info, fmt, term=(fieldname, btext))
        base, docmap = self.base, self.docmap
        for ids, weights, values in _blocks(matcher):
            if docmap is None:
                for i, docnum in enumerate(ids):
                    yield fieldname, btext, base + docnum, weights[i], values[i]
            else:
                for i, docnum in enumerate(ids):
                    new = docmap.get(docnum)
                    if new is not None:  # a deleted document's posting is left out
                        yield fieldname, btext, new, weights[i], values[i]


def streamable(reader: Any) -> bool:
    return isinstance(reader, SegmentReader) and isinstance(getattr(reader, "_terms", None), W3TermsReader)


def write_streamed(writer: SegmentWriter, readers: Sequence[SegmentReader]) -> Segment:
    """Write ``readers``' live documents, in order, as ``writer``'s one new segment (which must be
    empty) and return it; the caller finishes the writer."""
    if not all(streamable(reader) for reader in readers):
        for reader in readers:
            writer.add_reader(reader)
        return writer._finalize_segment()
    schema = writer.schema
    sources = []
    for number, reader in enumerate(readers):
        base = writer.docnum
        names = set(schema.names()) | {n for n in reader.indexed_field_names() if n in schema}
        docmap = writer.write_per_doc(names, reader)  # stored values, lengths, columns
        sources.append(_Source(reader, number, base, docmap))
    writer._added = True
    writer.pool.iter_postings = lambda: iter(())  # the pool holds nothing
    fieldwriter = writer.fieldwriter

    def add_postings(schema: Schema, lengths: Any, items: object) -> None:
        """In place of Whoosh's posting-by-posting loop: the sources' terms a block at a time."""
        write_terms(
            fieldwriter, schema, sources, length_columns(lengths) or _unreadable, _slow(fieldwriter, lengths)
        )

    fieldwriter.add_postings = add_postings
    return writer._finalize_segment()


def _unreadable(fieldname: str) -> None:
    return None


def _slow(fieldwriter: Any, lengths: Any) -> Slow:
    """Whoosh's own writing of one term, posting by posting (a term with nothing left: no term)."""

    def write(fieldname: str, btext: bytes, parts: Sequence[tuple[Any, Any]]) -> None:
        postings = (p for source, info in parts for p in source.postings(fieldname, btext, info))
        first = next(postings, None)  # streamed: a term of a whole run's documents is not held
        if first is None:
            return
        fieldwriter.start_term(btext)
        for _, _, docnum, weight, value in itertools.chain((first,), postings):
            length = lengths.doc_field_length(docnum, fieldname)
            fieldwriter.add(docnum, weight, emptybytes if value is None else value, length)
        fieldwriter.finish_term()

    return write
