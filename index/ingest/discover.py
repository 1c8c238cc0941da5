"""Finding the files to index under the paths a user names.

Only the folders given are read: a link inside them that leads elsewhere (to
``/etc/passwd``, say) is skipped with a reason, unless the user named its target
too. Anything that is not a regular file (a named pipe, which would block a read
forever, a socket, a device), a link loop or a link to nothing is reported as
skipped, never dropped in silence.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["SUPPORTED_SUFFIXES", "Skipped", "discover", "filesystem_path", "storable_path"]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"})

# Folders and files that tools leave behind and that never hold articles.
_JUNK_DIRS = frozenset(
    {"__pycache__", "__MACOSX", "node_modules", "$RECYCLE.BIN", "System Volume Information"}
)
_JUNK_FILES = frozenset({"Thumbs.db", "desktop.ini", "Icon\r"})
_JUNK_SUFFIXES = (".swp", ".swo", ".tmp", ".part", ".crdownload", "~")

NOT_UTF8 = "the path is not valid UTF-8 (kutip cannot store it yet): rename it to index it"
Skipped = list[tuple[str, str]]
_LONE = re.compile("[\ud800-\udfff]")  # (path, reason), the shape of IndexReport.skipped


# A file name byte that is not UTF-8 reaches Python as a lone surrogate (U+DC80-U+DCFF), which no
# UTF-8 store can hold. storable_path() moves those 128 code points to the last 128 of Supplementary
# Private Use Area-B, which file names never use (discover() refuses names that do), and back.
_BYTE_BASE, _STORED_BASE = 0xDC80, 0x10FF80
_TO_STORED = {_BYTE_BASE + i: _STORED_BASE + i for i in range(128)}
_FROM_STORED = {stored: byte for byte, stored in _TO_STORED.items()}


def storable_path(path: Path | str) -> str:
    """``path`` as a string any UTF-8 store accepts, whatever its bytes; the same string for UTF-8 paths."""
    return str(path).translate(_TO_STORED)


def filesystem_path(stored: str) -> Path:
    """The path :func:`storable_path` stored, with its original bytes."""
    return Path(stored.translate(_FROM_STORED))


def _is_junk(name: str) -> bool:
    return name.startswith(".") or name in _JUNK_FILES or name.endswith(_JUNK_SUFFIXES)


def _not_utf8(path: Path, any_name: bool) -> bool:
    """A path holding bytes that are not UTF-8 (Python carries them as lone surrogates).

    With ``any_name`` only a path that :func:`storable_path` could not round-trip counts.
    """
    text = str(path)
    if text.isascii():
        return False  # the common case, decided without a scan
    if any_name:
        return any(ord(c) >= _STORED_BASE for c in text) or bool(_LONE.search(text.translate(_TO_STORED)))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _kind(mode: int) -> str | None:
    """Why a file of this mode cannot be read as an article, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _follow(path: Path) -> tuple[os.stat_result | None, str | None]:
    """``stat`` through links, or why that fails in words for the user."""
    try:
        return path.stat(), None
    except FileNotFoundError:
        return None, "link leads nowhere (its target is missing)"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, "link loop (the link leads back to itself)"
        return None, f"cannot read: {error.strerror or error}"


def _target(path: Path) -> Path:
    return Path(os.path.realpath(path))


class _Walk:
    """One discovery: the roots a link may lead into, the files seen, and the skips."""

    def __init__(self, paths: list[Path], skipped: Skipped, any_name: bool) -> None:
        self.skipped = skipped
        self.any_name = any_name
        self.seen: set[Path] = set()
        # The folders and files given: a link leading into one of them is fine.
        self.roots = [_target(p) for p in paths if os.path.lexists(p)]

    def skip(self, path: Path, reason: str) -> None:
        self.skipped.append((storable_path(path.absolute()), reason))

    def once(self, path: Path, key: Path | None = None) -> bool:
        """True the first time a file is met; ``key`` is its real path when the caller knows it."""
        if key is None:
            key = _target(path) if path.exists() else path.absolute()
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def inside(self, target: Path) -> bool:
        return any(target == root or target.is_relative_to(root) for root in self.roots)

    def named(self, path: Path) -> Iterator[Path]:
        """A path the user gave: read even when it is a link, reported when unreadable."""
        if _not_utf8(path, self.any_name):
            self.skip(path, NOT_UTF8)
            return
        if os.path.lexists(path):
            info, problem = _follow(path)
            kind = problem or (_kind(info.st_mode) if info else None)
            if kind:
                self.skip(path, kind)
                return
        if self.once(path):
            yield path  # a missing path too: the indexer reports it

    def folder(self, top: Path) -> Iterator[Path]:
        for root, dirs, files in os.walk(top, onerror=self._unreadable):
            here = Path(root)
            real_here = _target(here)  # once a folder: links to folders are not followed below it
            kept = []
            for name in sorted(dirs):
                if name.startswith(".") or name in _JUNK_DIRS:
                    continue
                if (here / name).is_symlink():
                    self._folder_link(here / name)
                else:
                    kept.append(name)
            dirs[:] = kept
            for name in sorted(files):
                if not _is_junk(name):
                    yield from self._file(here / name, real_here / name)

    def _unreadable(self, error: OSError) -> None:
        self.skip(Path(error.filename or "?"), f"cannot read the folder: {error.strerror or error}")

    def _folder_link(self, path: Path) -> None:
        if self.inside(_target(path)):
            self.skip(path, "link to a folder that is indexed already: not followed")
        else:
            self.skip(path, f"link leads outside the folders given ({_target(path)}): name it to index it")

    def _file(self, path: Path, real_path: Path) -> Iterator[Path]:
        """A file met in a walked folder; ``real_path`` is where it is when it is no link.

        One ``lstat`` settles a plain file: a resolved path per file was most of an unchanged
        re-run's time on a large archive."""
        if _not_utf8(path, self.any_name):
            self.skip(path, NOT_UTF8)
            return
        try:
            own = os.lstat(path)
        except OSError as error:
            self.skip(path, f"cannot read: {error.strerror or error}")
            return
        link = stat.S_ISLNK(own.st_mode)
        info, problem = _follow(path) if link else (own, None)
        if info is None:
            self.skip(path, problem or "cannot read")
            return
        kind = _kind(info.st_mode)
        if kind:
            self.skip(path, kind)
            return
        if link and not self.inside(_target(path)):
            self.skip(path, f"link leads outside the folders given ({_target(path)}): name it to index it")
            return
        if self.once(path, None if link else real_path):
            yield path


def discover(
    paths: Iterable[Path], *, skipped: Skipped | None = None, any_name: bool = False
) -> Iterator[Path]:
    """Every candidate file under ``paths``, each once, in a stable sorted order.

    Unsupported files are yielded too, so the caller can report them as skipped
    instead of losing them silently; hidden and junk files are not. A named path
    that does not exist is yielded as given, for the same reason. Links to folders
    are not followed, which rules out cycles. What cannot be read at all (links
    leading outside the folders given, loops, dangling links, pipes, sockets,
    devices, and paths that are not UTF-8 unless ``any_name`` says the caller stores
    paths with :func:`storable_path`) is appended to ``skipped`` as ``(path, reason)``,
    the shape of ``IndexReport.skipped``, the path made storable.
    """
    given = list(paths)
    walk = _Walk(given, [] if skipped is None else skipped, any_name)
    for path in given:
        if path.is_dir():
            yield from walk.folder(path)
        else:
            yield from walk.named(path)
