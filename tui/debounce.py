"""Waiting for a pause in typing before asking the archive, in one place.

A worker waits a moment before it asks; a newer keystroke starts a newer worker in the
same exclusive group, which cancels this one, so only the last of a burst reaches the
archive. The search bar waits only while an earlier search is still under way (a key typed
when none is searches at once, :mod:`kutip.tui.search_flow`); the quote finder always waits.
The pauses are the app's :class:`Debounce`, given when it is made: the pilot tests give
:data:`NO_DEBOUNCE` and never sleep.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from textual.worker import get_current_worker


@dataclass(frozen=True, slots=True)
class Debounce:
    """Seconds of quiet typing before a search runs: the search bar's (only while a search is
    still under way: the stale one is stopped, and a burst of keys then costs one search, not
    one each; short, as it adds to the wait after the last key), and the quote finder's (a fuzzy
    search over every statement, so it waits a little longer)."""

    search: float = 0.04
    find: float = 0.2


NO_DEBOUNCE = Debounce(search=0.0, find=0.0)


def still_wanted() -> bool:
    """In a worker: whether no newer worker of its group has cancelled it."""
    return not get_current_worker().is_cancelled


def quiet_for(seconds: float) -> bool:
    """In a thread worker: wait ``seconds`` of quiet typing; False when a newer keystroke has
    cancelled this worker meanwhile (it should then stop without asking the archive)."""
    if seconds > 0:
        time.sleep(seconds)
    return still_wanted()
