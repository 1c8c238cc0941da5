"""Work in a thread that a newer request can stop at once, the way a fuzzy finder drops a stale match.

A search over a large archive can take seconds of pure-Python CPU (Whoosh unions every term a
short prefix begins). A Textual thread worker can only be *marked* cancelled, so a stale search
used to run to its end, holding the engine's lock and the interpreter while the search for the
key typed after it waited. :class:`StoppableWork` raises :class:`Stopped` inside the thread that
is doing the stale work (CPython's ``PyThreadState_SetAsyncExc``), which unwinds it through its
``with`` blocks and ``finally`` clauses like Ctrl-C does, so locks are released and nothing is
written (searches only read).

Rules that keep the asynchronous exception from landing anywhere else:

- it is raised only into a thread that is inside the work (between :meth:`StoppableWork.run`'s
  entry to it and the locked step that leaves it), and that step clears one raised and not yet
  delivered, so it never reaches Textual's worker machinery or the thread pool's next job;
- :class:`Stopped` is a ``BaseException``: ``except Exception`` in the archive (which turns
  engine faults into one line) lets it through;
- a delivery can be swallowed (it may land in a weakref callback run by the garbage collector,
  which only prints it), so a thread still working after a stop is stopped again when the next
  run begins, for a short while, before that run asks the archive.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_PYTHONAPI = getattr(ctypes, "pythonapi", None)  # CPython only; elsewhere stale work runs out
RESTOP_EVERY = 0.005
RESTOP_FOR = 0.1
"""Seconds between stops of stale work still running when a new run begins, and how long the new
run keeps stopping it before it goes on regardless (the engine's lock then makes it wait)."""


class Stopped(BaseException):
    """Raised inside a thread whose work a newer request made stale."""


def _quiet_about_stops(hook: Callable[[sys.UnraisableHookArgs], object]) -> None:
    """Install an unraisable-exception hook that drops a stop swallowed by a collector callback
    (it is repeated, see :meth:`StoppableWork._stop_stale`) and passes on everything else."""

    def quiet(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, Stopped):
            hook(unraisable)

    quiet.quiets_stops = True  # type: ignore[attr-defined]
    sys.unraisablehook = quiet


def _raise_in(ident: int, error: type[BaseException] | None) -> None:
    """Raise ``error`` in thread ``ident`` at its next bytecode; None clears one not yet raised."""
    if _PYTHONAPI is not None:
        _PYTHONAPI.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), error and ctypes.py_object(error))


class StoppableWork:
    """One kind of work (the search bar's searches) run in worker threads; :meth:`stop` ends the
    work under way at once. :attr:`busy` says whether any run is waiting or working, so a caller
    can start at once when nothing is under way and wait for a pause in typing only when
    something is."""

    def __init__(self) -> None:
        if not getattr(sys.unraisablehook, "quiets_stops", False):
            _quiet_about_stops(sys.unraisablehook)  # "Exception ignored in ...: Stopped" is noise
        self._lock = threading.Lock()
        self._working: set[int] = set()  # threads inside the work now: the only ones stop() raises into
        self._stopped: set[int] = set()  # of those, the ones told to stop
        self._alive: set[int] = set()  # threads inside run(): settling or working

    @property
    def busy(self) -> bool:
        return bool(self._alive)

    def run(self, work: Callable[[], T], wanted: Callable[[], bool], settle: float = 0.0) -> T | None:
        """In a worker thread: wait ``settle`` seconds, then ``work()`` unless no longer
        ``wanted()``; None when not wanted or stopped meanwhile."""
        ident = threading.get_ident()
        with self._lock:
            self._alive.add(ident)
        try:
            if settle > 0:
                time.sleep(settle)
            self._stop_stale()
            with self._lock:
                if not wanted():
                    return None
                self._working.add(ident)
            try:
                return work()
            finally:
                self._leave_work(ident)
        except Stopped:
            self._leave_work(ident)  # again, when a delivery cut the first one short
            return None
        finally:
            with self._lock:
                self._alive.discard(ident)

    def _leave_work(self, ident: int) -> None:
        """From here no stop is raised into this thread; one raised and not delivered is cleared."""
        with self._lock:
            self._working.discard(ident)
            if ident in self._stopped:
                self._stopped.discard(ident)
                _raise_in(ident, None)

    def _stop_stale(self) -> None:
        """Stop again, for a short while, stopped work whose stop was swallowed."""
        deadline = time.monotonic() + RESTOP_FOR
        while time.monotonic() < deadline:
            with self._lock:
                stale = self._stopped & self._working
                for ident in stale:
                    _raise_in(ident, Stopped)
            if not stale:
                return
            time.sleep(RESTOP_EVERY)

    def stop(self) -> None:
        """Stop the work under way, if any (a run still settling sees ``wanted()`` false itself)."""
        with self._lock:
            for ident in self._working:
                self._stopped.add(ident)
                _raise_in(ident, Stopped)
