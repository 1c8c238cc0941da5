"""Queries over many ids: one ``IN (...)`` list per chunk, under SQLite's limit on bound parameters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

CHUNK = 500


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    """Slices small enough for one ``IN (...)`` list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def select_in(db: sqlite3.Connection, sql: str, values: Iterable[str]) -> Iterator[Any]:
    """Rows of ``sql``, whose ``{marks}`` stands for the placeholders of the (deduplicated) values."""
    for chunk in chunks(list(dict.fromkeys(values))):
        yield from db.execute(sql.replace("{marks}", ",".join("?" * len(chunk))), tuple(chunk))
