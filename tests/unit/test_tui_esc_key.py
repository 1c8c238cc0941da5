"""Esc is read 25 ms after it comes, not at Textual's next 100 ms look at its input."""

from __future__ import annotations

import selectors
import socket
import time

import pytest
from textual import constants
from textual.drivers import linux_driver

from kutip.tui import esc_key
from kutip.tui.screens.reader_screen import ReaderScreen


@pytest.fixture
def restored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linux_driver, "selectors", selectors)
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
