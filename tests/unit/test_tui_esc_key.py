"""Esc is read 25 ms after it comes, not at Textual's next 100 ms look at its input."""

from __future__ import annotations

import os
import selectors
import socket
import time
from collections.abc import Callable, Iterator

import pytest
from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver

from kutip.tui import esc_key
from kutip.tui.screens.reader_screen import ReaderScreen


@pytest.fixture
def restored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linux_driver, "selectors", selectors)
    monkeypatch.setattr(linux_driver, "os", os)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", constants.ESCAPE_DELAY)


def test_the_delay_is_short_unless_the_environment_sets_it(
    restored: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCDELAY", raising=False)
    assert esc_key.prompt_escape()
    assert constants.ESCAPE_DELAY == esc_key.ESC_DELAY_MS / 1000
    assert linux_driver.selectors.SelectSelector is esc_key._BriskSelector
    monkeypatch.setattr(linux_driver, "selectors", selectors)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.3)
    monkeypatch.setenv("ESCDELAY", "300")
    assert esc_key.prompt_escape()
    assert constants.ESCAPE_DELAY == 0.3  # the user's own delay is kept


def test_another_textual_is_left_alone(restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linux_driver, "selectors", object())
    assert not esc_key.prompt_escape()


def test_the_input_thread_wakes_soon_after_input(restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.02)
    reading, writing = socket.socketpair()
    selector = esc_key._BriskSelector()
    selector.register(reading, selectors.EVENT_READ)
    try:
        start = time.monotonic()
        assert selector.select(0.05) == []  # no input yet: Textual's own wait
        assert time.monotonic() - start >= 0.045
        writing.send(b"\x1b")
        assert selector.select(0.1)
        reading.recv(1)
        start = time.monotonic()
        assert selector.select(0.1) == []  # just after input: woken at the Esc delay
        assert time.monotonic() - start < 0.08
    finally:
        selector.close()
        reading.close()
        writing.close()


def test_a_change_of_focus_does_not_repaint_the_reader_screen() -> None:
    assert ReaderScreen.focused._repaint is False  # type: ignore[attr-defined]


@pytest.fixture
def terminal() -> Iterator[tuple[socket.socket, socket.socket]]:
    reading, writing = socket.socketpair()
    try:
        yield reading, writing
    finally:
        reading.close()
        writing.close()


def _driver_read(fd: int, size: int) -> bytes:
    """A read as the driver's input thread makes it (through its ``os``)."""
    read: Callable[[int, int], bytes] = getattr(linux_driver, "os").read  # noqa: B009
    return read(fd, size)


def _keys_read(reading: socket.socket, size: int = 4096) -> list[str]:
    """What Textual's input thread makes of one read: fed to its parser, then its clock looked at
    at once (no Esc delay has passed yet)."""
    parser = XTermParser()
    data = _driver_read(reading.fileno(), size)
    tokens = [*parser.feed(data.decode()), *parser.tick()]
    return [t.key for t in tokens if isinstance(t, events.Key)]


def test_a_lone_esc_is_read_with_the_byte_that_brought_it(
    restored: None, monkeypatch: pytest.MonkeyPatch, terminal: tuple[socket.socket, socket.socket]
) -> None:
    monkeypatch.delenv("ESCDELAY", raising=False)
    assert esc_key.prompt_escape()
    reading, writing = terminal
    writing.send(b"\x1b")
    assert _keys_read(reading) == ["escape"]
    writing.send(b"j\x1b")  # typed quickly: one read, ending on a lone Esc
    assert _keys_read(reading) == ["j", "escape"]


def test_an_escape_sequence_still_waits_for_its_bytes(
    restored: None, monkeypatch: pytest.MonkeyPatch, terminal: tuple[socket.socket, socket.socket]
) -> None:
    monkeypatch.delenv("ESCDELAY", raising=False)
    assert esc_key.prompt_escape()
    reading, writing = terminal
    writing.send(b"\x1b[A")  # an arrow key, read whole
    assert _keys_read(reading) == ["up"]
    writing.send(b"\x1b[B")  # read a byte at a time: the Esc byte has more behind it
    parser = XTermParser()
    data = _driver_read(reading.fileno(), 1)
    assert data == b"\x1b" and constants.ESCAPE_DELAY == esc_key.ESC_DELAY_MS / 1000
    assert [*parser.feed(data.decode()), *parser.tick()] == []  # not an Esc yet
    rest = _driver_read(reading.fileno(), 4096).decode()
    assert [t.key for t in parser.feed(rest) if isinstance(t, events.Key)] == ["down"]


def test_a_delay_the_user_set_is_used_for_a_lone_esc_too(
    restored: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESCDELAY", "300")
    assert esc_key.prompt_escape()
    assert getattr(linux_driver, "os") is os  # noqa: B009


def test_after_a_lone_esc_the_input_thread_does_not_spin(
    restored: None, monkeypatch: pytest.MonkeyPatch, terminal: tuple[socket.socket, socket.socket]
) -> None:
    monkeypatch.setattr(constants, "ESCAPE_DELAY", esc_key.LONE_ESC_DELAY)
    reading, _ = terminal
    selector = esc_key._BriskSelector()
    selector._input_at = time.monotonic()  # input just now
    selector.register(reading, selectors.EVENT_READ)
    try:
        start = time.monotonic()
        assert selector.select(0.1) == []
        assert time.monotonic() - start >= esc_key.ESC_DELAY_MS / 1000 - 0.005
    finally:
        selector.close()
