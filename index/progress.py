"""What an indexing run reports while it works and when it ends."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """Reported after each file, so callers can draw a progress bar."""

    done: int
    total: int
    path: str


@dataclass(slots=True)
class IndexReport:
    """What one indexing run did, for the summary line."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    interrupted: bool = False
    recovered_lock: str = ""  # set when a stale lock was found and cleared
    rebuilt: bool = False  # the archive was rebuilt for a new index format
