"""A damaged archive says what is damaged in one line, and how to repair it.

The checks run on every open, so they are cheap: the SQLite header and schema,
the Whoosh table of contents and the directory of each segment. Damage deeper
inside a file surfaces when a query reads it, and is reported the same way.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

REBUILD_HINT = "run `kutip index --rebuild` to repair it"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class ArchiveError(RuntimeError):
    """The archive cannot be opened or used; the message says why in one line."""


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(error, sqlite3.OperationalError) and "full" in str(error).lower()


def is_busy(error: BaseException) -> bool:
    """SQLite's lock answer: another process holds the file, which says nothing of damage."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def busy_store(path: Path) -> ArchiveError:
    return ArchiveError(
        f"the document store {path} is busy: another kutip held it for 30 s; "
        "wait for it to finish and try again"
    )


def disk_full(location: Path, committed: int | None = None) -> ArchiveError:
    kept = f" ({committed:,} articles)" if committed is not None else ""
    return ArchiveError(
        f"disk full while writing to {location}: everything committed before is kept{kept}; "
        "free some space and run `kutip index` again"
    )


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return f"{type(error).__name__}: {text}"[:160]


def store_damage(path: Path) -> str:
    """Why the SQLite file at ``path`` cannot be the document store, or "" when it looks sound."""
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return ""
    except IsADirectoryError:
        return f"the document store {path} is a folder"
    except OSError as error:
        return f"the document store {path} cannot be read ({error.strerror or error})"
    if header and header != _SQLITE_MAGIC:
        return f"the document store {path} is damaged (not an SQLite file)"
    return ""


def damaged_store(path: Path, error: BaseException) -> ArchiveError:
    return ArchiveError(f"the document store {path} is damaged ({one_line(error)}); {REBUILD_HINT}")


def damaged_search(directory: Path, reason: str) -> str:
    return f"the search index in {directory} is {reason}; {REBUILD_HINT}"


def salvage_sources(path: Path) -> list[str]:
    """The file paths a damaged store recorded, as far as they can still be read.

    Paths are stored as valid UTF-8 (``storable_path``), so a row whose bytes are not is garbage
    from a garbled page and is left out; SQLite's own error may quote garbled bytes too (a
    schema it cannot parse). Either, decoded, used to stop the repair with a traceback."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.text_factory = bytes
        try:
            rows = db.execute("SELECT path FROM sources")
            return [text for (raw,) in rows if (text := _utf8(raw)) is not None]
        finally:
            db.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return []


def _utf8(raw: object) -> str | None:
    """``raw`` as text; None for bytes that are not UTF-8."""
    if not isinstance(raw, bytes):
        return str(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
