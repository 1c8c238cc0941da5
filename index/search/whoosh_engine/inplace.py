"""Files of a mapped compound segment read in place, not copied.

Whoosh opens each file inside a memory-mapped segment as a ``BufferFile``, which wraps the
mapped bytes in a ``BytesIO``: a copy of the whole file on the heap, made when a reader opens.
Opening the 10k archive's search index copied 284 MB that way (a reader of 429 MB in all), and
a one-shot ``kutip search`` spent a third of its CPU copying. Here the file reads the mapping
itself; pages a search touches are the kernel's page cache, and ``store.release_pages`` drops
them from the process after each search.

This reaches into Whoosh-Reloaded 2.7's compound storage (its ``_source`` map and ``range``);
segments that are not mapped keep Whoosh's own files.
"""

from __future__ import annotations

import os
from typing import Any

from whoosh.codec import base as codec_base
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.structfile import BufferFile

PEEK_BYTES = 4096  # what a peek returns at most


class _View:
    """The little of a binary file Whoosh reads through: read, readline, seek, tell."""

    def __init__(self, buffer: memoryview) -> None:
        self._buffer = buffer
        self._position = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else min(len(self._buffer), start + size)
        self._position = end
        return bytes(self._buffer[start:end])

    def peek(self, size: int = 0) -> bytes:
        """What follows, not consumed: pickle's C reader reads ahead through it instead of
        calling ``read`` once per opcode (20x faster on a posting block's header). It asks for
        128 KB every time; a peek may return less, and ``PEEK_BYTES`` hold a posting block's
        header many times over (copying 128 KB cost 10 µs a header, more than reading it)."""
        start = self._position
        return bytes(self._buffer[start : start + min(max(size, 1), PEEK_BYTES)])

    def readline(self, size: int | None = -1) -> bytes:
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else min(len(self._buffer), start + size)
        found = bytes(self._buffer[start:end]).find(b"\n")
        return self.read((found + 1) if found >= 0 else end - start)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: len(self._buffer)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._buffer = memoryview(b"")


class InPlaceFile(BufferFile):  # type: ignore[misc]
    """A ``BufferFile`` over mapped bytes that reads them where they are."""

    def __init__(self, buf: memoryview, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self.file = _View(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> InPlaceFile:
        return InPlaceFile(self._buf[position : position + length], name=name or self._name)


class InPlaceCompound(CompoundStorage):  # type: ignore[misc]
    """A compound segment whose mapped files are read in place."""

    def open_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
        source = getattr(self, "_source", None)
        if source is None or self.is_closed:
            return super().open_file(name, *args, **kwargs)
        offset, length = self.range(name)
        return InPlaceFile(memoryview(source)[offset : offset + length], name=name)


def install() -> None:
    """Make Whoosh open compound segments with :class:`InPlaceCompound` (idempotent)."""
    codec_base.CompoundStorage = InPlaceCompound
