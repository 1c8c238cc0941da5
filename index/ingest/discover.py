"""Finding the files to index under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["SUPPORTED_SUFFIXES", "discover"]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"})

# Folders and files that tools leave behind and that never hold articles.
_JUNK_DIRS = frozenset(
    {"__pycache__", "__MACOSX", "node_modules", "$RECYCLE.BIN", "System Volume Information"}
)
_JUNK_FILES = frozenset({"Thumbs.db", "desktop.ini", "Icon\r"})
_JUNK_SUFFIXES = (".swp", ".swo", ".tmp", ".part", ".crdownload", "~")


def _is_junk(name: str) -> bool:
    return name.startswith(".") or name in _JUNK_FILES or name.endswith(_JUNK_SUFFIXES)


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every candidate file under ``paths``, each once, in a stable sorted order.

    Unsupported files are yielded too, so the caller can report them as skipped
    instead of losing them silently; hidden and junk files are not. A named path
    that does not exist is yielded as given, for the same reason. Directory
    symlinks are not followed, which rules out cycles.
    """
    seen: set[Path] = set()

    def once(path: Path) -> bool:
        key = path.resolve() if path.exists() else path.absolute()
        if key in seen:
            return False
        seen.add(key)
        return True

    for path in paths:
        if not path.is_dir():
            if once(path):
                yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _JUNK_DIRS)
            for name in sorted(files):
                candidate = Path(root) / name
                if not _is_junk(name) and candidate.is_file() and once(candidate):
                    yield candidate
