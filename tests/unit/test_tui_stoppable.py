"""Stale work in a thread stops soon when told, and a stop never reaches another run."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

import pytest

from kutip.tui.stoppable import StopCheck, StoppableWork, Stopped
from kutip.tui.switching import SWITCH_SECONDS, quick_switches, restore_switches


def _spin(started: threading.Event, stop: StopCheck, seconds: float = 10.0) -> int:
    """Pure-Python work that would run for ``seconds`` (a search over a large archive), asking
    its stop check as the archive does."""
    started.set()
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        count += 1
        if not count % 64 and stop():
            raise Stopped
    return count


def _in_thread(target: Callable[[], object]) -> tuple[threading.Thread, dict[str, object]]:
    out: dict[str, object] = {}

    def body() -> None:
        try:
            out["result"] = target()
        except BaseException as error:  # what escaped the run, if anything
            out["escaped"] = error

    thread = threading.Thread(target=body)
    thread.start()
    return thread, out


def test_stop_ends_work_under_way_soon() -> None:
    work = StoppableWork()
    started = threading.Event()
    thread, out = _in_thread(lambda: work.run(lambda stop: _spin(started, stop), lambda: True))
    assert started.wait(5)
    assert work.busy
    begun = time.monotonic()
    work.stop()
    thread.join(5)
    assert not thread.is_alive()
    assert time.monotonic() - begun < 1.0
    assert out == {"result": None}
    assert not work.busy


def test_finished_work_returns_its_result_and_a_late_stop_does_nothing() -> None:
    work = StoppableWork()
    thread, out = _in_thread(lambda: work.run(lambda stop: 42, lambda: True))
    thread.join(5)
    work.stop()
    assert out == {"result": 42}


def test_unwanted_work_never_starts() -> None:
    work = StoppableWork()
    ran: list[bool] = []
    thread, out = _in_thread(lambda: work.run(lambda stop: ran.append(True), lambda: False, settle=0.01))
    thread.join(5)
    assert ran == [] and out["result"] is None


def test_a_stop_while_settling_is_not_the_next_runs_stop() -> None:
    work = StoppableWork()
    thread, out = _in_thread(
        lambda: work.run(lambda stop: "stopped" if stop() else "done", lambda: True, 0.2)
    )
    time.sleep(0.05)
    assert work.busy  # settling counts: a key typed now waits for a pause
    work.stop()  # nothing is working yet: there is nothing to stop
    thread.join(5)
    assert out == {"result": "done"}


def test_whatever_stale_work_raises_is_dropped_and_a_live_error_is_not() -> None:
    work = StoppableWork()
    started = threading.Event()

    def failing_once_stale(stop: StopCheck) -> None:
        started.set()
        while not stop():
            time.sleep(0.001)
        raise RuntimeError("half-built state of a stopped search")

    thread, out = _in_thread(lambda: work.run(failing_once_stale, lambda: True))
    assert started.wait(5)
    work.stop()
    thread.join(5)
    assert out == {"result": None}

    def failing(stop: StopCheck) -> None:
        raise RuntimeError("a real fault")

    thread, out = _in_thread(lambda: work.run(failing, lambda: True))
    thread.join(5)
    assert isinstance(out["escaped"], RuntimeError)


def test_a_stop_reaches_only_the_runs_under_way() -> None:
    """Two runs at once are both stopped; a run begun after the stop is not."""
    work = StoppableWork()
    starts = [threading.Event(), threading.Event()]
    stale = [_in_thread(lambda s=s: work.run(lambda stop: _spin(s, stop), lambda: True)) for s in starts]
    assert all(s.wait(5) for s in starts)
    work.stop()
    fresh, fresh_out = _in_thread(
        lambda: work.run(lambda stop: _spin(threading.Event(), stop, 0.05), lambda: True)
    )
    for thread, _ in stale:
        thread.join(5)
    fresh.join(5)
    assert [out for _, out in stale] == [{"result": None}, {"result": None}]
    assert isinstance(fresh_out["result"], int)
    assert not work.busy


@pytest.mark.parametrize("rounds", [40])
def test_many_stops_never_leak(rounds: int) -> None:
    """Stops at every moment of a run (before, during, right after the work) stay inside it."""
    work = StoppableWork()
    for round_ in range(rounds):
        started = threading.Event()
        length = 0.002 * (round_ % 5)
        thread, out = _in_thread(lambda: work.run(lambda stop: _spin(started, stop, length), lambda: True))  # noqa: B023
        started.wait(5)
        time.sleep(0.001 * (round_ % 3))
        work.stop()
        thread.join(5)
        assert "escaped" not in out, round_
        assert out["result"] is None or isinstance(out["result"], int)
    assert not work.busy


def test_the_reader_hands_the_interpreter_over_quickly_and_restores_the_interval() -> None:
    before = sys.getswitchinterval()
    quick_switches()
    assert sys.getswitchinterval() == pytest.approx(SWITCH_SECONDS)
    restore_switches()
    assert sys.getswitchinterval() == pytest.approx(before)
