"""One file in, its articles and warnings out; anything unusable becomes a SkipFile."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kutip.index.ingest.decode import decode_bytes
from kutip.index.ingest.discover import NOT_UTF8, SUPPORTED_SUFFIXES, storable_path
from kutip.index.ingest.errors import SkipFile
from kutip.index.ingest.html import parse_html
from kutip.index.ingest.markdown import parse_markdown
from kutip.index.ingest.plaintext import parse_plain_text
from kutip.index.ingest.records import parse_json, parse_json_lines
from kutip.index.models import Article

__all__ = ["DEFAULT_MAX_BYTES", "LoadResult", "load_file"]

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(slots=True)
class LoadResult:
    """The articles of one file, and what the user should know about how they were read."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _size(megabytes: int) -> str:
    return f"{megabytes / 1_000_000:.1f} MB"


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SkipFile("file not found") from None
    except OSError as error:
        raise SkipFile(f"cannot read file ({error.strerror or error})") from None
    if not path.is_file():
        raise SkipFile("not a regular file")
    if info.st_size > max_bytes:
        raise SkipFile(f"file too large ({_size(info.st_size)}, limit {_size(max_bytes)})")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SkipFile(f"cannot read file ({error.strerror or error})") from None
    if len(data) > max_bytes:  # grew since stat()
        raise SkipFile(f"file too large (over {_size(max_bytes)})")
    return data


def _supported_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no extension)"
        raise SkipFile(f"unsupported file type {shown}")
    return suffix


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file kutip can read, checked for type and size before anything is read."""
    _supported_suffix(path)
    return _read(path, max_bytes)


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Reads ``path`` into articles without modifying it.

    Raises SkipFile with a short, human reason for files that cannot be indexed.
    """
    return load_bytes(path, read_file(path, max_bytes=max_bytes))


def _source(path: Path) -> str:
    """The absolute path recorded with the articles, storable whatever its bytes."""
    try:
        source = storable_path(path.resolve())
    except RuntimeError:  # Python < 3.13 raises this for a link loop
        raise SkipFile("link loop (the link leads back to itself)") from None
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate that is not a file name byte
        raise SkipFile(NOT_UTF8) from None
    return source


def load_bytes(path: Path, data: bytes) -> LoadResult:
    """Articles from the bytes of ``path`` already read (by :func:`read_file`)."""
    try:
        return _parse(path, data)
    except RecursionError:  # a parser met nesting deeper than Python's stack
        raise SkipFile("nested too deeply to read") from None


def _parse(path: Path, data: bytes) -> LoadResult:
    suffix = _supported_suffix(path)
    source = _source(path)
    decoded = decode_bytes(data)
    result = LoadResult(warnings=decoded.warnings)
    text = decoded.text
    if suffix in (".md", ".markdown"):
        result.articles = [parse_markdown(text, source=source)]
    elif suffix in (".html", ".htm"):
        result.articles = [parse_html(text, source=source)]
    elif suffix == ".json":
        result.articles = parse_json(text, source=source, warnings=result.warnings)
    elif suffix in (".jsonl", ".ndjson"):
        result.articles = parse_json_lines(text, source=source, warnings=result.warnings)
    else:
        result.articles = [parse_plain_text(text, source=source)]
    return result
