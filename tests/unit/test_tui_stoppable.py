"""Stale work in a thread stops at once, and the stop never leaks out of the run it was meant for."""

from __future__ import annotations

import sys
import threading
import time
from types import SimpleNamespace

import pytest

from kutip.tui.stoppable import StoppableWork, Stopped, _raise_in
from kutip.tui.switching import SWITCH_SECONDS, quick_switches, restore_switches


def _spin(started: threading.Event, seconds: float = 10.0) -> int:
    """Pure-Python work that would run for ``seconds`` (a search over a large archive)."""
    started.set()
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        count += 1
    return count


def _in_thread(target: object) -> tuple[threading.Thread, dict[str, object]]:
    out: dict[str, object] = {}

    def body() -> None:
        try:
            out["result"] = target()  # type: ignore[operator]
        except BaseException as error:  # what escaped the run, if anything
            out["escaped"] = error
        # a stop that leaked would be delivered here, in the thread's next work
        try:
            total = sum(range(200_000))
            out["after"] = total
        except BaseException as error:
            out["leaked"] = error

    thread = threading.Thread(target=body)
    thread.start()
    return thread, out


def test_stop_ends_work_under_way_at_once() -> None:
    work = StoppableWork()
    started = threading.Event()
    thread, out = _in_thread(lambda: work.run(lambda: _spin(started), lambda: True))
    assert started.wait(5)
    assert work.busy
    begun = time.monotonic()
    work.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert time.monotonic() - begun < 1.0
    assert out == {"result": None, "after": sum(range(200_000))}
    assert not work.busy


def test_finished_work_returns_its_result_and_a_late_stop_does_nothing() -> None:
    work = StoppableWork()
    thread, out = _in_thread(lambda: work.run(lambda: 42, lambda: True))
    thread.join(5)
    work.stop()
    assert out["result"] == 42
    assert "leaked" not in out and "escaped" not in out


def test_unwanted_work_never_starts() -> None:
    work = StoppableWork()
    ran: list[bool] = []
    thread, out = _in_thread(lambda: work.run(lambda: ran.append(True), lambda: False, settle=0.01))
    thread.join(5)
    assert ran == [] and out["result"] is None


def test_stop_while_settling_touches_no_thread() -> None:
    work = StoppableWork()
    thread, out = _in_thread(lambda: work.run(lambda: "done", lambda: True, settle=0.2))
    time.sleep(0.05)
    assert work.busy  # settling counts: a key typed now waits for a pause
    work.stop()  # nothing is working yet: nothing is raised
    thread.join(5)
    assert out["result"] == "done" and "leaked" not in out


def test_a_swallowed_stop_is_repeated_by_the_next_run() -> None:
    """A stop delivered inside a garbage collector's callback is only printed; the next run stops
    the stale work again before it asks for its own."""
    work = StoppableWork()
    started = threading.Event()
    swallowed = threading.Event()

    def stubborn() -> int:
        started.set()
        try:
            _spin(threading.Event(), 0.5)
        except Stopped:
            swallowed.set()  # as if printed by the collector and dropped
        return _spin(threading.Event(), 10.0)

    stale, stale_out = _in_thread(lambda: work.run(stubborn, lambda: True))
    assert started.wait(5)
    work.stop()
    assert swallowed.wait(5)
    begun = time.monotonic()
    fresh, fresh_out = _in_thread(lambda: work.run(lambda: "fresh", lambda: True))
    stale.join(5)
    fresh.join(5)
    assert time.monotonic() - begun < 1.0
    assert stale_out["result"] is None and fresh_out["result"] == "fresh"
    assert "leaked" not in stale_out and "leaked" not in fresh_out


def test_clearing_a_stop_not_yet_delivered() -> None:
    """``_raise_in(ident, None)`` takes back a stop: the thread goes on untouched."""
    gate = threading.Event()
    out: dict[str, object] = {}

    def body() -> None:
        gate.wait(5)
        try:
            out["sum"] = sum(range(100_000))
        except Stopped as error:  # pragma: no cover - would mean the stop was not taken back
            out["stopped"] = error

    thread = threading.Thread(target=body)
    thread.start()
    assert thread.ident is not None
    _raise_in(thread.ident, Stopped)
    _raise_in(thread.ident, None)
    gate.set()
    thread.join(5)
    assert out == {"sum": sum(range(100_000))}


@pytest.mark.parametrize("rounds", [40])
def test_many_stops_never_leak(rounds: int) -> None:
    """Stops at every moment of a run (before, during, right after the work) stay inside it."""
    work = StoppableWork()
    for round_ in range(rounds):
        started = threading.Event()
        length = 0.002 * (round_ % 5)
        thread, out = _in_thread(lambda: work.run(lambda: _spin(started, length), lambda: True))  # noqa: B023
        started.wait(5)
        time.sleep(0.001 * (round_ % 3))
        work.stop()
        thread.join(5)
        assert "leaked" not in out and "escaped" not in out, round_
        assert out["after"] == sum(range(200_000))
    assert not work.busy


def test_a_swallowed_stop_is_not_printed_and_other_unraisables_still_are(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: seen.append(unraisable.exc_value))
    StoppableWork()
    StoppableWork()  # installed once, not wrapped twice
    for error in (Stopped(), ValueError("kept")):
        sys.unraisablehook(SimpleNamespace(exc_value=error))  # type: ignore[arg-type]
    assert [type(e) for e in seen] == [ValueError]


def test_the_reader_hands_the_interpreter_over_quickly_and_restores_the_interval() -> None:
    before = sys.getswitchinterval()
    quick_switches()
    assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
    restore_switches()
    assert sys.getswitchinterval() == pytest.approx(before)
