"""Reading news files into :class:`~kutip.index.models.Article` records.

Formats: plain-text scrapes, Markdown, HTML, JSON and JSON Lines. The original
files are only read, never changed; unusable files raise :class:`SkipFile`.
"""

from __future__ import annotations

from kutip.index.ingest.discover import SUPPORTED_SUFFIXES, discover, filesystem_path, storable_path
from kutip.index.ingest.errors import SkipFile
from kutip.index.ingest.loader import DEFAULT_MAX_BYTES, LoadResult, load_bytes, load_file, read_file
from kutip.index.ingest.text import content_id, normalise_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "LoadResult",
    "SkipFile",
    "content_id",
    "discover",
    "filesystem_path",
    "load_bytes",
    "load_file",
    "normalise_text",
    "read_file",
    "storable_path",
]
