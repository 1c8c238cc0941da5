"""Work in a thread that a newer request stops soon, the way a fuzzy finder drops a stale match.

A search over a large archive can take seconds of pure-Python CPU (Whoosh unions every term a
short prefix begins). A Textual thread worker can only be *marked* cancelled, so a stale search
used to run to its end, holding the engine's lock and the interpreter while the search for the
key typed after it waited. :class:`StoppableWork` hands each run a stop check (a plain call
saying whether a newer request made it stale); the archive asks it between steps and every few
dozen documents, terms or hits, and gives up with an exception of its own
(``kutip.index.facade.SearchStopped``), so the thread unwinds through its ``with`` blocks and
``finally`` clauses and releases the engine's lock within milliseconds. Stopping is
cooperative: nothing is raised into a thread from outside, so a stop can never land anywhere
but in the run it was meant for.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

StopCheck = Callable[[], bool]


class Stopped(Exception):  # noqa: N818 - the name says what happened
    """What work may raise when its stop check says True (the archive raises its own)."""


class StoppableWork:
    """One kind of work (the search bar's searches) run in worker threads; :meth:`stop` tells the
    work under way to stop. :attr:`busy` says whether any run is waiting or working, so a caller
    can start at once when nothing is under way and wait for a pause in typing only when
    something is."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._working: dict[int, threading.Event] = {}  # thread -> its run's stop flag
        self._alive: set[int] = set()  # threads inside run(): settling or working

    @property
    def busy(self) -> bool:
        return bool(self._alive)

    def run(
        self, work: Callable[[StopCheck], T], wanted: Callable[[], bool], settle: float = 0.0
    ) -> T | None:
        """In a worker thread: wait ``settle`` seconds, then ``work(stop_check)`` unless no longer
        ``wanted()``; None when not wanted, or when stopped meanwhile (whatever the work raised
        once it was stopped: its answer is stale)."""
        ident = threading.get_ident()
        flag = threading.Event()
        with self._lock:
            self._alive.add(ident)
        try:
            if settle > 0:
                time.sleep(settle)
            with self._lock:
                if not wanted():
                    return None
                self._working[ident] = flag
            try:
                return work(flag.is_set)
            except Exception:
                if flag.is_set():
                    return None
                raise
            finally:
                with self._lock:
                    self._working.pop(ident, None)
        finally:
            with self._lock:
                self._alive.discard(ident)

    def stop(self) -> None:
        """Stop the work under way, if any (a run still settling sees ``wanted()`` false itself)."""
        with self._lock:
            for flag in self._working.values():
                flag.set()
