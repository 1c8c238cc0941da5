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

__all__ = ["SUPPORTED_SUFFIXES", "Skipped", "discover", "discover_names", "filesystem_path", "storable_path"]

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


def _not_utf8(path: str, any_name: bool) -> bool:
    """A path holding bytes that are not UTF-8 (Python carries them as lone surrogates).

    With ``any_name`` only a path that :func:`storable_path` could not round-trip counts.
    """
    text = path
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


def _follow(path: str) -> tuple[os.stat_result | None, str | None]:
    """``stat`` through links, or why that fails in words for the user."""
    try:
        return os.stat(path), None
    except FileNotFoundError:
        return None, "link leads nowhere (its target is missing)"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, "link loop (the link leads back to itself)"
        return None, f"cannot read: {error.strerror or error}"


def _target(path: str) -> Path:
    return Path(os.path.realpath(path))


class _Walk:
    """One discovery: the roots a link may lead into, the files seen, and the skips.

    It works in strings and reads each folder with ``os.scandir``: a plain file is told by its
    entry's type, with no ``stat`` and no ``Path`` object, and the indexer's one ``lstat`` of it
    is the only one. Two ``Path`` objects and one ``lstat`` a file here were 28 % of the writer's
    CPU when adding 100 articles to a 100k archive (docs/benchmarks.md, session 47)."""

    def __init__(self, paths: list[Path], skipped: Skipped, any_name: bool) -> None:
        self.skipped = skipped
        self.any_name = any_name
        self.seen: set[str] = set()  # real paths (or absolute ones for a missing named path)
        # The folders and files given: a link leading into one of them is fine.
        self.roots = [_target(os.fspath(p)) for p in paths if os.path.lexists(p)]

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append((storable_path(Path(path).absolute()), reason))

    def once(self, key: str) -> bool:
        """True the first time a file of this real path (``key``) is met."""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def inside(self, target: Path) -> bool:
        return any(target == root or target.is_relative_to(root) for root in self.roots)

    def named(self, given: Path) -> Iterator[str]:
        """A path the user gave: read even when it is a link, reported when unreadable."""
        path = os.fspath(given)
        if _not_utf8(path, self.any_name):
            self.skip(path, NOT_UTF8)
            return
        exists = os.path.lexists(path)
        if exists:
            info, problem = _follow(path)
            kind = problem or (_kind(info.st_mode) if info else None)
            if kind:
                self.skip(path, kind)
                return
        key = os.path.realpath(path) if exists else os.fspath(given.absolute())
        if self.once(key):
            yield path  # a missing path too: the indexer reports it

    def folder(self, top: str) -> Iterator[str]:
        """Depth first in name order: a folder's files, then each of its sub-folders', with a stack
        of its own (no recursion however deep the folders go).

        A sub-folder met here is no link (links to folders are reported, not followed), so its
        real path is its parent's joined with its name: ``realpath`` once a walk, not a folder."""
        stack = [(top, os.path.realpath(top))]
        while stack:
            here, real_here = stack.pop()
            try:
                with os.scandir(here) as listing:
                    entries = list(listing)
            except OSError as error:
                self.skip(error.filename or here, f"cannot read the folder: {error.strerror or error}")
                continue
            base = "" if here == os.curdir else here  # names as os.walk's were once made Paths
            folders: list[os.DirEntry[str]] = []
            files: list[os.DirEntry[str]] = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir()  # through a link, as os.walk sorts them
                except OSError:
                    is_dir = False
                (folders if is_dir else files).append(entry)
            below = []  # links to folders are reported before the files, as os.walk's order had it
            folders.sort(key=_entry_name)
            for entry in folders:
                name = entry.name
                if name.startswith(".") or name in _JUNK_DIRS:
                    continue
                if entry.is_symlink():
                    self._folder_link(os.path.join(base, name))
                else:
                    below.append((os.path.join(base, name), os.path.join(real_here, name)))
            stack.extend(reversed(below))
            files.sort(key=_entry_name)
            for entry in files:
                if not _is_junk(entry.name):
                    yield from self._file(entry, os.path.join(base, entry.name), real_here)

    def _folder_link(self, path: str) -> None:
        if self.inside(_target(path)):
            self.skip(path, "link to a folder that is indexed already: not followed")
        else:
            self.skip(path, f"link leads outside the folders given ({_target(path)}): name it to index it")

    def _file(self, entry: os.DirEntry[str], path: str, real_folder: str) -> Iterator[str]:
        """A file met in a walked folder (``path``), in the folder whose real path is ``real_folder``."""
        if _not_utf8(path, self.any_name):
            self.skip(path, NOT_UTF8)
            return
        try:
            link = entry.is_symlink()  # the entry's type: no system call where the folder gives it
            plain = not link and entry.is_file(follow_symlinks=False)
            mode = 0 if link or plain else entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            self.skip(path, f"cannot read: {error.strerror or error}")
            return
        if plain:
            if self.once(os.path.join(real_folder, entry.name)):
                yield path
            return
        if link:
            info, problem = _follow(path)
            if info is None:
                self.skip(path, problem or "cannot read")
                return
            mode = info.st_mode
        kind = _kind(mode)
        if kind:
            self.skip(path, kind)
            return
        target = _target(path)
        if not self.inside(target):
            self.skip(path, f"link leads outside the folders given ({target}): name it to index it")
            return
        if self.once(os.fspath(target)):
            yield path


def _entry_name(entry: os.DirEntry[str]) -> str:
    return entry.name


def discover_names(
    paths: Iterable[Path], *, skipped: Skipped | None = None, any_name: bool = False
) -> Iterator[str]:
    """:func:`discover`'s files as the strings the indexer opens: no ``Path`` object a file."""
    given = list(paths)
    walk = _Walk(given, [] if skipped is None else skipped, any_name)
    for path in given:
        if path.is_dir():
            yield from walk.folder(os.fspath(path))
        else:
            yield from walk.named(path)


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
    for name in discover_names(paths, skipped=skipped, any_name=any_name):
        yield Path(name)
