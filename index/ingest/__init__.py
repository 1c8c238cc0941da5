"""Reading news files into :class:`~kutip.index.models.Article` records.

Formats: plain-text scrapes, Markdown, HTML, JSON and JSON Lines. The original
files are only read, never changed; unusable files raise :class:`SkipFile`.

The loader (and its metadata modules' ~550 patterns) loads lazily (``kutip.index.lazy``): an
unchanged re-run needs only :func:`discover` and the path helpers, which load here with the
package (``discover`` is also a submodule's name, so its names are bound eagerly: a lazy name
would be shadowed by the submodule once something imported it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kutip.index.ingest.discover import SUPPORTED_SUFFIXES, discover, filesystem_path, storable_path
from kutip.index.ingest.errors import SkipFile
from kutip.index.lazy import lazy_exports

if TYPE_CHECKING:
    from kutip.index.ingest.loader import DEFAULT_MAX_BYTES, LoadResult, load_bytes, load_file, read_file
    from kutip.index.ingest.text import content_id, normalise_text

_EXPORTS = {
    "DEFAULT_MAX_BYTES": "loader",
    "LoadResult": "loader",
    "load_bytes": "loader",
    "load_file": "loader",
    "read_file": "loader",
    "content_id": "text",
    "normalise_text": "text",
}
_load = lazy_exports(__name__, _EXPORTS)


def __getattr__(name: str) -> Any:
    return _load(name)


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
