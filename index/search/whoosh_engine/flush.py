"""A write batch's postings written to the new segment without a call per posting or per term.

Flushing a segment, Whoosh passes each posting (~470 an article) through three calls: the field
writer's ``add``, the postings writer's ``add_posting`` (four type assertions, block statistics)
and a field-length lookup; and each term (~67 an article, most with a handful of postings) through
about twenty more (start and finish the term and its postings, a fresh block, the block's
statistics one method each, its minified lists, the term's statistics). Here the loop of
Whoosh-Reloaded 2.7's ``FieldWriter.add_postings`` gathers a term's postings, reading each field's
length column once (:mod:`.lengths`), and writes the term as ``W3PostingsWriter`` and
``W3FieldWriter.finish_term`` would, in one function: blocks cut at the codec's limit (128
postings), each with the same header, pickled lists and compression, then the same term
statistics in the term table (``tests/unit/test_scale_s25_documents.py`` compares block headers,
block contents and statistics with Whoosh's own). A field writer or codec of another kind gets
Whoosh's own loop.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from pickle import dumps
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, WholeColumnLengths

__all__ = ["add_postings", "inline_postings"]

Posting = tuple[str, bytes, int, float, bytes | None]


class _Term:
    """One term's postings as Whoosh's postings writer would buffer them."""

    __slots__ = ("btext", "ids", "lengths", "maxlength", "maxweight", "minlength", "values", "weights")

    def __init__(self, btext: bytes) -> None:
        self.btext = btext
        self.ids: list[int] = []
        self.weights: list[float] = []  # as given (the block holds them as 32-bit floats)
        self.values: list[bytes] = []  # every posting's (b"" where it has none)
        self.lengths: list[int | None] = []  # every posting's field length (None: none recorded)
        self.minlength: int | None = None
        self.maxlength = 0
        self.maxweight: float = 0


def _mini_weights(weights: array[float]) -> Any:
    """``W3PostingsWriter._mini_weights``."""
    if all(w == 1.0 for w in weights):
        return None
    if all(w == weights[0] for w in weights):
        return weights[0]
    return tuple(weights)


def _block_stats(weights: list[float], lengths: list[int | None]) -> tuple[float, int | None, int]:
    """A block's highest weight and shortest and longest field length, as ``add_posting`` keeps
    them (the weight starts at 0; a length of 0 is not counted)."""
    maxweight: float = 0
    minlength: int | None = None
    maxlength = 0
    for weight in weights:
        if weight > maxweight:  # noqa: PLR1730
            maxweight = weight
    for length in lengths:
        if length:
            if minlength is None or length < minlength:
                minlength = length
            if length > maxlength:  # noqa: PLR1730
                maxlength = length
    return maxweight, minlength, maxlength


def _write_term(fieldwriter: W3FieldWriter, term: _Term, fixedsize: int | None, blocklimit: int) -> None:
    """What ``start_term``, the postings writer (cutting blocks of ``blocklimit`` postings) and
    ``finish_term`` write for a term: its blocks, then its statistics in the term table."""
    postfile = fieldwriter._postfile
    comp = fieldwriter._postwriter._compression
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    info = W3TermInfo()
    count = len(term.ids)
    for first in range(0, count, blocklimit):
        end = min(count, first + blocklimit)
        ids = term.ids[first:end]
        weights = array("f", term.weights[first:end])
        if first == 0 and end == count:  # one block: its statistics were kept while gathering
            maxweight, minlength, maxlength = term.maxweight, term.minlength, term.maxlength
        else:
            maxweight, minlength, maxlength = _block_stats(term.weights[first:end], term.lengths[first:end])
        info._weight += sum(weights)  # W3TermInfo.add_block
        info._df += len(ids)
        info._minlength = minlength if info._minlength is None else min(info._minlength, minlength)
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        deltas = []
        base = 0
        for docnum in ids:
            deltas.append(docnum - base)
            base = docnum
        values = [value for value in term.values[first:end] if value]  # the writer keeps only these
        if fixedsize is None or fixedsize < 0:
            minivalues: Any = tuple(values)
        elif fixedsize == 0:
            minivalues = None
        else:
            minivalues = b"".join(values)
        databytes = dumps((tuple(deltas), _mini_weights(weights), minivalues), 2)
        if comp:
            databytes = zlib.compress(databytes, comp)
        header = (len(ids), ids[-1], maxweight, comp, length_to_byte(minlength), length_to_byte(maxlength))
        infobytes = dumps(header, 2)
        size = len(infobytes) + len(databytes)
        postfile.write(pack_int(-size if end == count else size))
        postfile.write(infobytes)
        postfile.write(databytes)
    info.set_extent(start, postfile.tell() - start)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + term.btext, info.to_bytes())


def add_postings(fieldwriter: W3FieldWriter, schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
    """Whoosh's ``add_postings`` for a fresh segment's sorted postings."""
    lastfn: str | None = None
    lasttext: bytes | None = None
    term: _Term | None = None
    column: bytes | None = None
    fixedsize: int | None = None
    columned = isinstance(lengths, WholeColumnLengths)
    decoded = DECODED_LENGTHS
    blocklimit = fieldwriter._codec._blocklimit

    def finish(term: _Term) -> None:
        _write_term(fieldwriter, term, fixedsize, blocklimit)

    for fieldname, btext, docnum, weight, stored in items:
        if lastfn is not None and fieldname < lastfn:
            raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
        if fieldname == lastfn and lasttext and btext < lasttext:
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
        if fieldname != lastfn:
            if term is not None:
                finish(term)
                term = None
            if lastfn is not None:
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            fixedsize = fieldobj.format.fixed_value_size()
            column = lengths.column(fieldname) if columned else None
            lastfn = fieldname
            lasttext = None
        if docnum == -1:  # Whoosh's spelling words: not postings
            continue
        if btext != lasttext or term is None:
            if term is not None:
                finish(term)
            term = _Term(btext)
            lasttext = btext
        if column is not None and docnum < len(column):
            length = decoded[column[docnum]]
        elif lengths is not None:
            length = lengths.doc_field_length(docnum, fieldname)
        else:
            length = 0
        term.ids.append(docnum)
        term.weights.append(weight)
        term.lengths.append(length)
        if weight > term.maxweight:  # noqa: PLR1730  (Whoosh's test, no call per posting)
            term.maxweight = weight
        term.values.append(b"" if stored is None else stored)
        if length:
            if term.minlength is None or length < term.minlength:
                term.minlength = length
            if length > term.maxlength:  # noqa: PLR1730
                term.maxlength = length
    if term is not None:
        finish(term)
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
