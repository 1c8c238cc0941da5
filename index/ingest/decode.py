"""Bytes to text: UTF-8 first, a legacy fallback second, binary files refused.

Scrapes arrive from many tools; most are UTF-8, some Windows exports are cp1252
or UTF-16. Guessing wrong silently would corrupt quotes, so every fallback
leaves a warning the user sees.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from kutip.index.ingest.errors import SkipFile

__all__ = ["Decoded", "decode_bytes"]

# A legacy-decoded file whose bytes are this often >= 0x80 is not prose in a Latin script.
_MAX_HIGH_BYTE_RATIO = 0.3
# Text with more than this share of unprintable characters is treated as binary.
_MAX_UNPRINTABLE_RATIO = 0.1
# Control, surrogate, private-use and replacement characters; tab, newlines, form feed and ESC are text.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")


@dataclass(slots=True)
class Decoded:
    text: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> Decoded:
    """Decodes a whole file, normalising newlines; raises SkipFile for empty or binary data."""
    if not data.strip():
        raise SkipFile("empty file (nothing but white space)" if data else "empty file")
    decoded = _decode(data)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", "")
        decoded.warnings.append(f"removed {count} NUL character{'s' if count != 1 else ''}")
    if not text.strip():
        raise SkipFile("empty file (nothing but white space)")
    if _unprintable_ratio(text) > _MAX_UNPRINTABLE_RATIO:
        raise SkipFile("not a text file (mostly non-text bytes)")
    decoded.text = text
    return decoded


def _decode(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"))
        except UnicodeDecodeError:
            raise SkipFile("cannot decode: starts with a UTF-8 mark but is not valid UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), ["decoded as utf-16"])
        except UnicodeDecodeError:
            raise SkipFile("cannot decode: starts with a UTF-16 mark but is not valid UTF-16") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if data.count(0) > max(1, len(data) // 100):
            raise SkipFile("binary file (contains NUL bytes)")
        return Decoded(text)
    if 0 in data:
        raise SkipFile("binary file (contains NUL bytes)")
    high = sum(1 for byte in data if byte >= 0x80)
    if high / len(data) > _MAX_HIGH_BYTE_RATIO:
        raise SkipFile("not a text file (mostly non-text bytes)")
    try:
        return Decoded(data.decode("cp1252"), ["decoded as cp1252 (not valid UTF-8)"])
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), ["decoded as latin-1 (not valid UTF-8)"])


def _unprintable_ratio(text: str) -> float:
    sample = text[:100_000]
    return len(_UNPRINTABLE.findall(sample)) / len(sample)
