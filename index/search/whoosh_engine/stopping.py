"""A Whoosh search that stops soon after its caller says so, from inside its own thread.

The reader's search bar stops a stale search when the next key comes. The search checks a
:data:`~kutip.index.search.engine.StopCheck` at the places where Whoosh spends its time: while
it builds the matchers of the many terms a short prefix expands to, every few matched
documents, and every few hits whose ids are read. The check is a plain call, so a stop is
cooperative: nothing is raised into the thread from outside, and the engine's lock and Whoosh's
readers are released by the ordinary unwinding of :class:`SearchStopped`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from whoosh.collectors import WrappingCollector

from kutip.index.search.engine import SearchStopped, StopCheck

__all__ = ["EVERY", "StopCollector", "check_stop", "stoppable"]

EVERY = 64
"""Documents (or terms, or hits) between two checks: a check is a call, a document a few."""

_STOP: ContextVar[StopCheck | None] = ContextVar("kutip_search_stop", default=None)


@contextmanager
def stoppable(stop: StopCheck | None) -> Iterator[None]:
    """Within the block, :func:`check_stop` in this thread asks ``stop`` (Whoosh builds matchers
    through its own calls, which cannot carry it)."""
    token = _STOP.set(stop)
    try:
        yield
    finally:
        _STOP.reset(token)


def check_stop() -> None:
    """Raise :class:`SearchStopped` when the search under way in this thread was told to stop."""
    stop = _STOP.get()
    if stop is not None and stop():
        raise SearchStopped


class StopCollector(WrappingCollector):  # type: ignore[misc]
    """Passes on every match of the collector it wraps, asking ``stop`` every :data:`EVERY`."""

    def __init__(self, child: Any, stop: StopCheck) -> None:
        super().__init__(child)
        self._stop = stop

    def matches(self) -> Iterator[int]:
        stop = self._stop
        for count, sub_docnum in enumerate(self.child.matches()):
            if not count % EVERY and stop():
                raise SearchStopped
            yield sub_docnum
