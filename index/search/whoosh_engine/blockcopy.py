"""A merge's postings written a block at a time, never one posting at a time.

Whoosh writes a term's postings one by one (``add_posting``: checks, a length lookup, block
statistics), and the streamed merge handed it every posting of every source decoded: most of a
merge's CPU was that Python loop. The sources' posting blocks already hold what the new segment
needs, so a term is written here from its blocks:

- a term of one source keeps its blocks: only each block's first document number (the rest are
  deltas) and its last one (in the block's header) move by the source's base;
- a term of several sources is cut again into blocks of the codec's size, the postings handled
  as lists (deltas, weights, values, the lengths of the new segment's documents) a source block
  at a time, full blocks written as they are cut: no term is held whole.

Either way the blocks, block headers and term statistics are what Whoosh's own writer makes of the
same postings (``tests/unit/test_merge_streaming.py``). A term this cannot read (inlined postings,
a source with deletions, blocks of another layout) is written by Whoosh's writer, posting by
posting. Compression is zlib at the codec's level with a smaller window and hash table: the same
ratio on blocks of a few KB, a quarter of the time in a micro-benchmark (the allocation of zlib's
default state was most of a small block's cost).

This reaches into Whoosh-Reloaded 2.7's posting layout (``W3PostingsWriter._write_block``).
"""

from __future__ import annotations

import heapq
import io
import itertools
import operator
import pickle
import struct
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3TermInfo
from whoosh.fields import Schema
from whoosh.system import pack_ushort

from kutip.index.search.whoosh_engine.lengths import WholeColumnLengths

_INT = struct.Struct("!i")
WINDOW_BITS = 12  # 4 KB: a posting block's pickle is rarely longer
HASH_LEVEL = 6  # zlib's memLevel: its hash table sized for such blocks


class NotCopyableError(Exception):
    """A term whose blocks are not what this module reads: Whoosh's writer writes it."""


RAW_BELOW = 100  # bytes: a block's pickle shorter than this is written as it is (see ``packed``)


def compress(data: bytes, level: int) -> bytes:
    """zlib data any ``zlib.decompress`` reads, at ``level``, with a state sized for small blocks."""
    packer = zlib.compressobj(level, zlib.DEFLATED, WINDOW_BITS, HASH_LEVEL)
    return packer.compress(data) + packer.flush()


def packed(data: bytes, level: int) -> tuple[int, bytes]:
    """A block's pickle as written and the level its header records (0: not compressed).

    A pickle under ``RAW_BELOW`` bytes is written uncompressed whatever the codec's level: zlib
    saves a few bytes of it (30 -> 26 on average below 48 bytes, 4 % below 100) for ~9 µs of CPU, and
    a flush's blocks are nearly half such. The level is each block's own (Whoosh's reader and
    :func:`_data` decompress a block whose header says so), so such blocks differ from Whoosh's
    writer's only in that field and in their bytes, never in what they hold.
    """
    if not level or len(data) < RAW_BELOW:
        return 0, data
    return level, compress(data, level)


def _raw_postings(reader: Any, info: Any) -> memoryview:
    """A term's posting bytes in its segment (a view of the mapped file when there is one)."""
    postfile = reader._terms._postfile
    offset, length = info.extent()
    if isinstance(length, tuple):  # Whoosh's term table reads it back as struct's 1-tuple
        (length,) = length
    buffer = getattr(postfile, "_buf", None)
    if isinstance(buffer, memoryview):
        return buffer[offset : offset + length]
    return memoryview(postfile.get(offset, length))


Block = tuple[tuple[Any, ...], bytes]  # (header, data as written: compressed or not)
NewBlock = tuple[tuple[Any, ...], tuple[Any, Any, Any]]  # (header, data: deltas, weights, values)


def _blocks(raw: memoryview) -> Iterator[Block]:
    """The posting blocks of one term: header tuple and data bytes."""
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise NotCopyableError("no block header")
    position = 4
    while True:
        (length,) = _INT.unpack_from(raw, position)
        position += 4
        end = position + abs(length)
        stream = io.BytesIO(raw[position:end])
        header = pickle.load(stream)
        yield header, bytes(raw[position + stream.tell() : end])
        if length < 0:
            return
        position = end


def _data(header: tuple[Any, ...], data: bytes) -> tuple[Any, Any, Any]:
    loaded = pickle.loads(zlib.decompress(data) if header[3] else data)
    return loaded  # type: ignore[no-any-return]


class _Output:
    """Where a term's blocks go: the new segment's posting file and term table."""

    def __init__(self, fieldwriter: W3FieldWriter) -> None:
        self.fieldwriter = fieldwriter
        codec = fieldwriter._codec
        self.blocklimit: int = codec._blocklimit
        self.level: int = codec._compression

    def term(self, btext: bytes, blocks: Iterator[NewBlock], info: Callable[[], W3TermInfo]) -> None:
        """Write ``blocks`` (header, data tuple) as the postings of ``btext``, then ``info()``, its
        statistics once every block is written. Blocks are written as they come: a term of a whole
        run's documents is never held. :class:`NotCopyableError` before the first block leaves
        nothing written; after it, the segment cannot be finished (the merge fails as a whole)."""
        current = next(blocks, None)
        if current is None:
            return
        writer = self.fieldwriter
        postfile = writer._postfile
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        try:
            for following in blocks:
                self._write(current, last=False)
                current = following
        except NotCopyableError as error:
            raise RuntimeError(f"postings of {btext!r} cut short: {error}") from error
        self._write(current, last=True)
        stats = info()
        stats.set_extent(start, postfile.tell() - start)
        writer._tindex.add(pack_ushort(writer._fieldid) + btext, stats.to_bytes())

    def _write(self, block: NewBlock, last: bool) -> None:
        header, data = block
        level, databytes = packed(pickle.dumps(data, 2), header[3])
        if level != header[3]:
            header = (*header[:3], level, *header[4:])
        infobytes = pickle.dumps(header, 2)
        size = len(infobytes) + len(databytes)
        postfile = self.fieldwriter._postfile
        postfile.write(_INT.pack(-size if last else size))
        postfile.write(infobytes)
        postfile.write(databytes)


def _shifted(info: Any, base: int) -> W3TermInfo:
    """A source's term statistics, its document numbers moved by ``base``."""
    return W3TermInfo(
        weight=info._weight,
        df=info._df,
        minlength=info._minlength,
        maxlength=info._maxlength,
        maxweight=info._maxweight,
        minid=info._minid + base,
        maxid=info._maxid + base,
    )


def copy_one(output: _Output, btext: bytes, source: Any, info: Any) -> None:
    """A term of one source: its blocks as they are, document numbers moved by the source's base."""
    base, level = source.base, output.level

    def blocks() -> Iterator[NewBlock]:
        for header, data in _blocks(_raw_postings(source.reader, info)):
            count, lastid, maxweight, _, minbyte, maxbyte = header
            ids, weights, values = _data(header, data)
            moved = (ids[0] + base, *ids[1:])
            yield (count, lastid + base, maxweight, level, minbyte, maxbyte), (moved, weights, values)

    output.term(btext, blocks(), lambda: _shifted(info, base))


Postings = tuple[list[int], list[float], list[Any] | bytes | None]  # ids, weights, values


def _postings(source: Any, info: Any, fixed: int | None) -> Iterator[Postings]:
    """One source's postings of a term, a block at a time as lists: new document numbers,
    weights, values (a fixed size: their bytes joined; no size: ``None``)."""
    for header, data in _blocks(_raw_postings(source.reader, info)):
        count = header[0]
        deltas, packed_weights, packed_values = _data(header, data)
        if len(deltas) != count:
            raise NotCopyableError("block count")
        ids = list(itertools.islice(itertools.accumulate(deltas, initial=source.base), 1, None))
        if packed_weights is None:
            weights = [1.0] * count
        elif isinstance(packed_weights, float):
            weights = [packed_weights] * count
        else:
            weights = list(packed_weights)
        if fixed is None or fixed < 0:
            if len(packed_values) != count:
                raise NotCopyableError("values")
            yield ids, weights, list(packed_values)
        else:
            yield ids, weights, (packed_values if fixed > 0 else None)


def _mini_weights(weights: list[float]) -> float | tuple[float, ...] | None:
    if weights.count(1.0) == len(weights):
        return None
    if weights.count(weights[0]) == len(weights):
        return weights[0]
    return tuple(weights)


class _Stats:
    """A term's statistics, gathered block by block as Whoosh's ``W3TermInfo.add_block`` does."""

    def __init__(self) -> None:
        self.weight = 0.0
        self.df = 0
        self.minlength: int | None = None
        self.maxlength = 0
        self.maxweight: float = 0
        self.minid: int | None = None
        self.maxid = 0

    def info(self) -> W3TermInfo:
        return W3TermInfo(
            weight=self.weight,
            df=self.df,
            minlength=self.minlength,
            maxlength=self.maxlength,
            maxweight=self.maxweight,
            minid=self.minid,
            maxid=self.maxid,
        )


def copy_many(
    output: _Output, btext: bytes, parts: Sequence[tuple[Any, Any]], fixed: int | None, column: bytes
) -> None:
    """A term of several sources: their postings cut again into blocks of the codec's size, as
    they are read (at most a block and a source block held)."""
    limit = output.blocklimit
    stats = _Stats()
    variable = fixed is None or fixed < 0
    width = fixed if fixed is not None and fixed > 0 else 0

    def blocks() -> Iterator[NewBlock]:
        ids: list[int] = []
        weights: list[float] = []
        values: list[Any] = []
        joined = b""
        for source, info in parts:
            for more_ids, more_weights, more_values in _postings(source, info, fixed):
                ids += more_ids
                weights += more_weights
                if isinstance(more_values, list):
                    values += more_values
                elif isinstance(more_values, bytes):
                    joined += more_values
                if len(ids) >= limit:
                    full = len(ids) - len(ids) % limit
                    kept = values[:full] if variable else joined[: full * width]
                    yield from cut(
                        output,
                        ids[:full],
                        weights[:full],
                        values=kept,
                        fixed=fixed,
                        column=column,
                        stats=stats,
                    )
                    del ids[:full], weights[:full], values[:full]
                    joined = joined[full * width :]
        if ids:
            rest = values if variable else joined
            yield from cut(output, ids, weights, values=rest, fixed=fixed, column=column, stats=stats)

    output.term(btext, blocks(), stats.info)


def cut(
    output: _Output,
    ids: list[int],
    weights: list[float],
    *,
    values: list[Any] | bytes,
    fixed: int | None,
    column: bytes,
    stats: _Stats,
) -> Iterator[NewBlock]:
    """Postings (ascending ids, weights as stored) cut into blocks of the codec's size, as
    Whoosh's ``W3PostingsWriter`` cuts them; ``values`` every posting's (a variable size) or their
    joined bytes (a fixed size). Each block's statistics go to ``stats``."""
    limit = output.blocklimit
    lengths = column.__getitem__
    for start in range(0, len(ids), limit):
        chunk = ids[start : start + limit]
        chunk_weights = weights[start : start + limit]
        deltas = (chunk[0], *map(operator.sub, chunk[1:], chunk[:-1]))
        if fixed is None or fixed < 0:
            packed_values: Any = tuple(values[start : start + limit])
        elif fixed == 0:
            packed_values = None
        else:
            packed_values = values[start * fixed : (start + limit) * fixed]
        found = bytes(map(lengths, chunk))
        maxbyte = max(found)
        present = found.replace(b"\x00", b"")
        minbyte = min(present) if present else 0
        block_maxweight = max(0, *chunk_weights)  # Whoosh starts a block's maximum at 0
        stats.weight += sum(chunk_weights)
        stats.df += len(chunk)
        if present:
            block_min = _BYTE_TO_LENGTH[minbyte]
            stats.minlength = block_min if stats.minlength is None else min(stats.minlength, block_min)
        stats.maxlength = max(stats.maxlength, _BYTE_TO_LENGTH[maxbyte])
        stats.maxweight = max(stats.maxweight, block_maxweight)
        if stats.minid is None:
            stats.minid = chunk[0]
        stats.maxid = chunk[-1]
        header = (len(chunk), chunk[-1], block_maxweight, output.level, minbyte, maxbyte)
        yield header, (deltas, _mini_weights(chunk_weights), packed_values)


def length_columns(lengths: Any) -> Callable[[str], bytes | None] | None:
    """The new segment's field length columns, a byte per document (``None``: not readable so)."""
    if not isinstance(lengths, WholeColumnLengths):
        return None
    doccount = lengths._reader._doccount

    def column(fieldname: str) -> bytes | None:
        found = lengths.column(fieldname)
        return None if found is None else found.ljust(doccount, b"\x00")

    return column


def _byte_to_length() -> list[int]:
    from whoosh.util.numeric import byte_to_length

    return [byte_to_length(b) for b in range(256)]


_BYTE_TO_LENGTH = _byte_to_length()

Slow = Callable[[str, bytes, Sequence[tuple[Any, Any]]], None]


def write_terms(
    fieldwriter: W3FieldWriter,
    schema: Schema,
    sources: Sequence[Any],
    columns: Callable[[str], bytes | None],
    slow: Slow,
) -> None:
    """Every term of ``sources`` (in order), a block at a time where the blocks can be read;
    ``slow(fieldname, btext, parts)`` writes a term posting by posting otherwise (the field started)."""
    output = _Output(fieldwriter)
    merged = heapq.merge(*(source.terms() for source in sources))
    lastfield: str | None = None
    fixed: int | None = None
    column: bytes | None = None
    for (fieldname, btext), group in itertools.groupby(merged, key=operator.itemgetter(0, 1)):
        if fieldname != lastfield:
            if lastfield is not None:
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            fixed = fieldobj.format.fixed_value_size()
            column = columns(fieldname)
            lastfield = fieldname
        parts = [(sources[number], info) for _, _, number, info in group]
        copyable = all(source.docmap is None and not info.is_inlined() for source, info in parts)
        if copyable:
            try:
                if len(parts) == 1:
                    copy_one(output, btext, *parts[0])
                    continue
                if column is not None:
                    copy_many(output, btext, parts, fixed, column)
                    continue
            except NotCopyableError:
                pass
        slow(fieldname, btext, parts)
    if lastfield is not None:
        fieldwriter.finish_field()
