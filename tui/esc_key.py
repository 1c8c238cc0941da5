"""Esc read in 25 ms, not Textual's 100 to 200.

A terminal sends the Esc key as the byte that also begins every escape sequence (arrows,
function keys), so unless it speaks the kitty keyboard protocol the program must wait a moment
for more bytes before it knows a lone Esc was pressed. Textual waits ``ESCDELAY`` ms (100 by
default), and its input thread only looks at the clock when ``select`` wakes it, every 100 ms:
Esc (closing the search, a pane) took 100-200 ms before any work began, over a third of the
reader's 50 ms budget per key twice over.

The bytes of one escape sequence come from one write of the terminal, together, so kutip waits
25 ms (:data:`ESC_DELAY_MS`; ``ESCDELAY`` set in the environment is kept as it is), and for a
second after any input the input thread wakes at that pace, so the wait ends when it should.
Idle, the thread wakes every 100 ms as before.

This reaches into Textual's Linux driver (its input thread makes a ``selectors.SelectSelector``);
where that is not as expected nothing is changed.
"""

from __future__ import annotations

import os
import selectors
import time
from types import SimpleNamespace
from typing import Any

ESC_DELAY_MS = 25
BRISK_FOR = 1.0
"""Seconds after input during which the input thread wakes every ``ESCAPE_DELAY``."""


class _BriskSelector(selectors.SelectSelector):
    """A selector whose waits are no longer than Textual's Esc delay for a while after input."""

    def __init__(self) -> None:
        super().__init__()
        self._input_at = float("-inf")

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        from textual import constants

        if timeout is not None and time.monotonic() - self._input_at < BRISK_FOR:
            timeout = min(timeout, constants.ESCAPE_DELAY)
        ready = super().select(timeout)
        if ready:
            self._input_at = time.monotonic()
        return ready


def prompt_escape() -> bool:
    """Shorten the wait for a lone Esc in the terminal reader; whether it was done."""
    try:
        from textual import constants
        from textual.drivers import linux_driver
    except ImportError:  # another platform's driver: its own waits
        return False
    if getattr(linux_driver, "selectors", None) is not selectors or not hasattr(constants, "ESCAPE_DELAY"):
        return False  # another Textual: left as it is
    if "ESCDELAY" not in os.environ:
        constants.ESCAPE_DELAY = ESC_DELAY_MS / 1000  # type: ignore[misc]  # read when Esc comes
    brisk: Any = SimpleNamespace(
        SelectSelector=_BriskSelector, EVENT_READ=selectors.EVENT_READ, SelectorKey=selectors.SelectorKey
    )
    setattr(linux_driver, "selectors", brisk)  # noqa: B010 (not an exported name)
    return True
