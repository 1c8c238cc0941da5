"""Esc read at once when it comes alone, else in 25 ms, not Textual's 100 to 200.

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

A lone Esc needs no wait at all: when a read of the terminal ends on the Esc byte and nothing
more is waiting to be read, no escape sequence is under way (a terminal writes a key's whole
sequence at once), so the parser is given no delay for it and Esc is read with the bytes that
brought it. This is the rule of crossterm (the terminal layer of most Rust TUIs), which reads a
lone ``ESC`` with no input pending as the Esc key. Only a sequence cut between two reads by the
link (not seen on a local terminal or ssh) would read as Esc and its tail typed.

This reaches into Textual's Linux driver (its input thread makes a ``selectors.SelectSelector``);
where that is not as expected nothing is changed.
"""

from __future__ import annotations

import os
import select
import selectors
import time
from types import SimpleNamespace
from typing import Any

ESC_DELAY_MS = 25
LONE_ESC_DELAY = 0.0
"""Textual's wait after an Esc byte that ended a read with no more input pending (seconds)."""
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
            timeout = min(timeout, constants.ESCAPE_DELAY or ESC_DELAY_MS / 1000)  # never a spin
        ready = super().select(timeout)
        if ready:
            self._input_at = time.monotonic()
        return ready


def _pending(fd: int) -> bool:
    """More input is waiting to be read from ``fd`` now."""
    ready, _, _ = select.select([fd], [], [], 0)
    return bool(ready)


def settle_delay(fd: int, data: bytes) -> None:
    """After a read of ``data`` from the terminal: no wait for an Esc that ended it alone."""
    from textual import constants

    alone = data.endswith(b"\x1b") and not _pending(fd)
    constants.ESCAPE_DELAY = LONE_ESC_DELAY if alone else ESC_DELAY_MS / 1000  # type: ignore[misc]


class _ReadingOs:
    """The ``os`` of Textual's Linux driver, whose ``read`` (its input thread's) settles the Esc
    wait for what it read; everything else is the ``os`` module's."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    @staticmethod
    def read(fd: int, size: int) -> bytes:
        data = os.read(fd, size)
        settle_delay(fd, data)
        return data


def prompt_escape() -> bool:
    """Shorten the wait for a lone Esc in the terminal reader; whether it was done."""
    try:
        from textual import constants
        from textual.drivers import linux_driver
    except ImportError:  # another platform's driver: its own waits
        return False
    if getattr(linux_driver, "selectors", None) is not selectors or not hasattr(constants, "ESCAPE_DELAY"):
        return False  # another Textual: left as it is
    if "ESCDELAY" not in os.environ:  # a delay the user set is kept, and used for every Esc
        constants.ESCAPE_DELAY = ESC_DELAY_MS / 1000  # type: ignore[misc]  # read when Esc comes
        if getattr(linux_driver, "os", None) is os:
            setattr(linux_driver, "os", _ReadingOs())  # noqa: B010 (not an exported name)
    brisk: Any = SimpleNamespace(
        SelectSelector=_BriskSelector, EVENT_READ=selectors.EVENT_READ, SelectorKey=selectors.SelectorKey
    )
    setattr(linux_driver, "selectors", brisk)  # noqa: B010 (not an exported name)
    return True
