"""How often CPython hands the interpreter lock between threads while the reader runs.

A search runs in a worker thread of pure-Python ranking; the UI thread shares the lock with
it. Each time the UI's event loop waits for input it releases the lock, and to get it back it
waits for the switch interval (5 ms by default) before the search is made to yield: drawing
one key's frame takes many loop turns, so a key typed while a search ran waited 100-900 ms
(the convoy effect). With 1 ms the key's frame and the results after the last key come
sooner (10k articles, 150 ms between keys, load ~7: results p50 174 -> 113 ms, other keys p95
277 -> 94 ms), and a search loses only the cost of more frequent hand-overs.
"""

from __future__ import annotations

import sys

SWITCH_SECONDS = 0.001

_saved: list[float] = []  # the interval before quick_switches()


def quick_switches() -> None:
    """When the reader starts: hand the lock over every millisecond."""
    if not _saved:
        _saved.append(sys.getswitchinterval())
    sys.setswitchinterval(SWITCH_SECONDS)


def restore_switches() -> None:
    """When the reader exits: the interval as it was."""
    if _saved:
        sys.setswitchinterval(_saved.pop())
