"""What was worked out for the last few bodies, kept for the analysers that read the same body next.

``recognise`` tags a body, filters its persons and cuts glued front words; the statements layer
then asks about the same body (is this a person, which words were cut). Each answer is kept for
the few bodies analysed last, oldest dropped first, so nothing grows with the archive.

A page's side texts (its related headlines, read by ``recognise`` too, one or two readings each) are
read :func:`aside`: their answers are kept apart, so however many headlines a page prints they never
push its own body's answers out before the statements layer asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

__all__ = ["RECENT", "RecentBodies", "aside"]

RECENT = 4  # bodies whose results are kept for the checks that follow them
_T = TypeVar("_T")
_ASIDE: ContextVar[bool] = ContextVar("recent_aside", default=False)


@contextmanager
def aside() -> Iterator[None]:
    """Within this block what is remembered is a side text's, kept apart from the bodies'."""
    token = _ASIDE.set(True)
    try:
        yield
    finally:
        _ASIDE.reset(token)


class RecentBodies(Generic[_T]):
    """A value per body for the last ``size`` bodies remembered, and apart the last ``size`` side texts."""

    def __init__(self, size: int = RECENT) -> None:
        self._size = size
        self._values: dict[str, _T] = {}
        self._asides: dict[str, _T] = {}

    def remember(self, body: str, value: _T) -> None:
        """Keep ``value`` for ``body`` as the newest, forgetting the oldest beyond ``size``."""
        values = self._asides if _ASIDE.get() else self._values
        values.pop(body, None)
        values[body] = value
        while len(values) > self._size:
            del values[next(iter(values))]

    def get(self, body: str) -> _T | None:
        found = self._values.get(body)
        return self._asides.get(body) if found is None else found
