"""A write batch's postings handed to Whoosh's block writer without a call per posting.

Flushing a segment, Whoosh passes each posting (~470 an article) through three calls: the field
writer's ``add``, the postings writer's ``add_posting`` (four type assertions, block statistics)
and a field-length lookup. Here the same loop (Whoosh-Reloaded 2.7's ``FieldWriter.add_postings``
and ``W3PostingsWriter.add_posting``, followed line for line) does that work inline, reading each
field's length column once (:mod:`.lengths`). Terms, blocks and their statistics are still
started, cut and written by Whoosh's own writer, so the segment is the same
(``tests/unit/test_scale_s25_documents.py``). A field writer or postings writer of another kind
gets Whoosh's own loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, WholeColumnLengths

__all__ = ["add_postings", "inline_postings"]

Posting = tuple[str, bytes, int, float, bytes | None]


def add_postings(fieldwriter: W3FieldWriter, schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
    """Whoosh's ``add_postings`` for a fresh segment's sorted postings."""
    lastfn: str | None = None
    lasttext: bytes | None = None
    postwriter: Any = None
    column: bytes | None = None
    columned = isinstance(lengths, WholeColumnLengths)
    decoded = DECODED_LENGTHS
    for fieldname, btext, docnum, weight, stored in items:
        if lastfn is not None and fieldname < lastfn:
            raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
        if fieldname == lastfn and lasttext and btext < lasttext:
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
        if fieldname != lastfn:
            if lasttext is not None:
                fieldwriter.finish_term()
            if lastfn is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            postwriter = fieldwriter._postwriter  # a W3PostingsWriter: W3Codec's (inline_postings)
            column = lengths.column(fieldname) if columned else None
            lastfn = fieldname
            lasttext = None
        if docnum == -1:  # Whoosh's spelling words: not postings
            continue
        if btext != lasttext:
            if lasttext is not None:
                fieldwriter.finish_term()
            fieldwriter.start_term(btext)
            lasttext = btext
        if column is not None and docnum < len(column):
            length = decoded[column[docnum]]
        elif lengths is not None:
            length = lengths.doc_field_length(docnum, fieldname)
        else:
            length = 0
        value = b"" if stored is None else stored
        if len(postwriter._ids) >= postwriter._blocklimit:
            postwriter._write_block()
        postwriter._ids.append(docnum)
        postwriter._weights.append(weight)
        if weight > postwriter._maxweight:  # noqa: PLR1730  (Whoosh's test, no call per posting)
            postwriter._maxweight = weight
        if value:
            postwriter._values.append(value)
        if length:
            minlength = postwriter._minlength
            if minlength is None or length < minlength:
                postwriter._minlength = length
            if length > postwriter._maxlength:  # noqa: PLR1730
                postwriter._maxlength = length
    if lasttext is not None:
        fieldwriter.finish_term()
    if lastfn is not None:
        fieldwriter.finish_field()


def inline_postings(writer: SegmentWriter) -> None:
    """Make ``writer``'s segment flush use :func:`add_postings` (Whoosh 3's writers only)."""
    fieldwriter = writer.fieldwriter
    if type(fieldwriter) is not W3FieldWriter or type(fieldwriter._codec) is not W3Codec:
        return

    def flush(schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
        add_postings(fieldwriter, schema, lengths, items)

    fieldwriter.add_postings = flush
