"""Damage met while reading becomes one :class:`ArchiveError` line, never a traceback; a store
locked by another process is reported as busy, not as damage."""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kutip.index.integrity import (
    ArchiveError,
    busy_store,
    damaged_search,
    damaged_store,
    disk_full,
    is_busy,
    is_disk_full,
)
from kutip.index.search.engine import SearchDamaged

STORE_FILE = "kutip.sqlite3"
SEARCH_DIR = "whoosh"
LOCK_FILE = "kutip.lock"

F = TypeVar("F", bound=Callable[..., Any])


class _Located(Protocol):
    location: Path


def reported(error: BaseException, location: Path) -> ArchiveError:
    """The one line for a failure of the archive at ``location``: opening it and reading it say the same."""
    if isinstance(error, SearchDamaged):
        return ArchiveError(damaged_search(location / SEARCH_DIR, str(error)))
    if is_disk_full(error):
        return disk_full(location)
    if is_busy(error):  # another process holds the store: a wait, never damage
        return busy_store(location / STORE_FILE)
    return damaged_store(location / STORE_FILE, error)


def guarded(method: F) -> F:
    """A damaged file met while reading becomes one :class:`ArchiveError` line, never a traceback."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: _Located, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(self, *args, **kwargs)
            except (SearchDamaged, sqlite3.DatabaseError, UnicodeDecodeError) as error:
                raise reported(error, self.location) from None

        return generator  # type: ignore[return-value]

    @functools.wraps(method)
    def wrapper(self: _Located, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (SearchDamaged, sqlite3.DatabaseError, UnicodeDecodeError) as error:  # garbled bytes quoted
            raise reported(error, self.location) from None

    return wrapper  # type: ignore[return-value]
