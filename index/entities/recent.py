"""What was worked out for the last few bodies, kept for the analysers that read the same body next.

``recognise`` tags a body, filters its persons and cuts glued front words; the statements layer
then asks about the same body (is this a person, which words were cut). Each answer is kept for
the few bodies analysed last, oldest dropped first, so nothing grows with the archive.
"""

from __future__ import annotations

from typing import Generic, TypeVar

__all__ = ["RECENT", "RecentBodies"]

RECENT = 4  # bodies whose results are kept for the checks that follow them
_T = TypeVar("_T")


class RecentBodies(Generic[_T]):
    """A value per body for the last ``size`` bodies remembered."""

    def __init__(self, size: int = RECENT) -> None:
        self._size = size
        self._values: dict[str, _T] = {}

    def remember(self, body: str, value: _T) -> None:
        """Keep ``value`` for ``body`` as the newest, forgetting the oldest beyond ``size``."""
        self._values.pop(body, None)
        self._values[body] = value
        while len(self._values) > self._size:
            del self._values[next(iter(self._values))]

    def get(self, body: str) -> _T | None:
        return self._values.get(body)
