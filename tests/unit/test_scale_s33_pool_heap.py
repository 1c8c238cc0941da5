"""A worker freezes its heap after its first file and every ``FREEZE_EVERY`` files, collecting first
(session 33): a full collection then walks only what the last files left, not the analysers'
ever larger caches, and no garbage cycle is frozen for good."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from kutip.index import pool
from kutip.index.pool import Analysed, AnalysisPool


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


_LAST_CYCLE: list[weakref.ref[_Node]] = []


def heap_state(path: Path, data: bytes) -> Analysed:
    """Reports the worker's collector as the file starts; leaves a garbage cycle behind."""
    cycle_alive = bool(_LAST_CYCLE) and _LAST_CYCLE[-1]() is not None
    state = [str(gc.get_freeze_count() > 0), str(gc.get_threshold()[0]), str(cycle_alive)]
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    _LAST_CYCLE.append(weakref.ref(a))
    return Analysed(warnings=state)


def _states(files: int) -> list[list[str]]:
    analysis = AnalysisPool(1, analyse_one=heap_state)
    try:
        for n in range(files):
            analysis.submit(Path(f"f{n}"), b"x")
        return [result.warnings for result in analysis.results()]
    finally:
        analysis.close()


def test_a_worker_freezes_its_heap_after_the_first_file() -> None:
    states = _states(3)
    assert states[0][0] == "False"  # nothing frozen before any analysis
    assert states[1][0] == "True" and states[2][0] == "True"
    assert {s[1] for s in states} == {str(pool.YOUNG_COLLECTION)}


def test_garbage_is_collected_before_the_heap_is_frozen() -> None:
    states = _states(2)
    assert states[1][2] == "False"  # the first file's cycle was collected, not frozen


def test_settle_heap_collects_then_freezes() -> None:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    was = gc.get_freeze_count()
    try:
        pool.settle_heap()
        assert ref() is None
        assert gc.get_freeze_count() >= was
    finally:
        gc.unfreeze()
