"""A write batch's postings written to the new segment without a call per posting or per term.

Flushing a segment, Whoosh passes each posting (~470 an article) through three calls: the field
writer's ``add``, the postings writer's ``add_posting`` (four type assertions, block statistics)
and a field-length lookup; and each term (~67 an article, most with a handful of postings) through
about twenty more (start and finish the term and its postings, a fresh block, the block's
statistics one method each, its minified lists, the term's statistics). Here the loop of
Whoosh-Reloaded 2.7's ``FieldWriter.add_postings`` gathers a term's postings, reading each field's
length column once (:mod:`.lengths`), and writes the term as ``W3PostingsWriter`` and
``W3FieldWriter.finish_term`` would, in one function: blocks cut at the codec's limit (128
postings), each with the same header (but its level, below), the same pickled lists, then the same
term statistics in the term table (``tests/unit/test_scale_s25_documents.py`` compares block
headers, block contents and statistics with Whoosh's own). A field writer or codec of another kind gets
Whoosh's own loop. A block's pickle is packed as the merges pack theirs (:func:`.blockcopy.packed`):
one under 100 bytes as it is, its header's level 0 (nearly half a flush's blocks: zlib saved them a
few bytes for ~9 µs each), a longer one zlib-compressed at the codec's level from a state sized
for a few KB (``zlib.compress`` set up its default state, a 32 KB window and a 64 K-entry hash
table, for each: 11.5 against 9.1 µs a block in a 1,000-article batch of ~100 blocks an article).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from hashlib import md5
from pickle import dumps
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo
from whoosh.filedb import filetables
from whoosh.filedb.filetables import OrderedHashWriter, md5_hash
from whoosh.filedb.structfile import StructFile
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.blockcopy import packed
from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, WholeColumnLengths

__all__ = ["add_postings", "inline_postings"]

Posting = tuple[str, bytes, int, float, bytes | None]
_TERM_INFO = W3TermInfo._struct  # flags, weight, doc frequency, min and max length bytes, max weight, ids
_KEY_VALUE_LENGTHS = filetables._lengths  # before each key and value of a hash file


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


class _Sink:
    """Where a flush writes its terms: the postings file and the term table, written to the files
    under Whoosh's ``StructFile`` wrappers in one call a term each, the table's key hashed with
    the digest's last four bytes (``md5_hash`` reads them from the hex digest), and the term's
    statistics packed as ``W3TermInfo.to_bytes`` packs them. The same bytes in the same order;
    a table or file of another kind gets Whoosh's own calls."""

    __slots__ = ("_post", "_table", "_table_file", "field_key")

    def __init__(self, fieldwriter: W3FieldWriter) -> None:
        postfile = fieldwriter._postfile
        self._post = postfile.file if type(postfile) is StructFile else postfile
        table = fieldwriter._tindex
        plain = type(table) is OrderedHashWriter and type(table.dbfile) is StructFile
        fast = plain and table.hashfn is md5_hash
        self._table: OrderedHashWriter = table
        self._table_file = table.dbfile.file if fast else None
        self.field_key = b""  # the field's two bytes, before each term of the field

    def write_postings(self, data: bytes) -> int:
        """Append a term's postings; where they start."""
        start: int = self._post.tell()
        self._post.write(data)
        return start

    def add_term(self, key: bytes, value: bytes) -> None:
        """``OrderedHashWriter.add``."""
        table = self._table
        raw = self._table_file
        if raw is None:
            table.add(key, value)
            return
        if key <= table.lastkey:
            raise ValueError(f"Keys must increase: {table.lastkey!r}..{key!r}")
        position = raw.tell()
        table.index.append(position)
        raw.write(_KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value)
        hashed = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")
        table.buckets[hashed & 255].append((hashed, position))
        table.lastkey = key


def _write_term(sink: _Sink, comp: int, term: _Term, fixedsize: int | None, blocklimit: int) -> None:
    """What ``start_term``, the postings writer (cutting blocks of ``blocklimit`` postings) and
    ``finish_term`` write for a term: its blocks, then its statistics in the term table."""
    parts = [WHOOSH3_HEADER_MAGIC]
    total: float = 0  # W3TermInfo's statistics, kept as W3TermInfo.add_block keeps them
    df = 0
    minimum: int | None = None
    maximum = 0
    heaviest: float = 0
    first_id: int | None = None
    last_id = 0
    count = len(term.ids)
    for first in range(0, count, blocklimit):
        end = min(count, first + blocklimit)
        ids = term.ids[first:end]
        weights = array("f", term.weights[first:end])
        if first == 0 and end == count:  # one block: its statistics were kept while gathering
            maxweight, minlength, maxlength = term.maxweight, term.minlength, term.maxlength
        else:
            maxweight, minlength, maxlength = _block_stats(term.weights[first:end], term.lengths[first:end])
        total += sum(weights)
        df += len(ids)
        minimum = minlength if minimum is None else min(minimum, minlength)  # type: ignore[type-var]
        maximum = max(maximum, maxlength)
        heaviest = max(heaviest, maxweight)
        if first_id is None:
            first_id = ids[0]
        last_id = ids[-1]
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
        level, databytes = packed(dumps((tuple(deltas), _mini_weights(weights), minivalues), 2), comp)
        header = (len(ids), ids[-1], maxweight, level, length_to_byte(minlength), length_to_byte(maxlength))
        infobytes = dumps(header, 2)
        size = len(infobytes) + len(databytes)
        parts += (pack_int(-size if end == count else size), infobytes, databytes)
    postings = b"".join(parts)
    start = sink.write_postings(postings)
    info = _TERM_INFO.pack(
        0,  # not inlined
        total,
        df,
        0 if minimum is None else length_to_byte(minimum),
        length_to_byte(maximum),
        heaviest,
        0xFFFFFFFF if first_id is None else first_id,
        last_id,
    )
    sink.add_term(sink.field_key + term.btext, info + pack_long(start) + pack_int(len(postings)))


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
    comp = 0  # the codec's compression level, read from each field's postings writer
    sink = _Sink(fieldwriter)

    def finish(term: _Term) -> None:
        _write_term(sink, comp, term, fixedsize, blocklimit)

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
            sink.field_key = pack_ushort(fieldwriter._fieldid)
            comp = fieldwriter._postwriter._compression
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
