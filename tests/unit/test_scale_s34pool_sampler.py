"""The analysis sampler counts what is on the stack at each tick (benchmarks/analysis_sample_s34.py)."""

from __future__ import annotations

import signal
import sys

from benchmarks.analysis_sample_s34 import Sampler


def _inner(sampler: Sampler) -> None:
    sampler.tick(signal.SIGPROF, sys._getframe())


def _outer(sampler: Sampler) -> None:
    _inner(sampler)


def test_a_tick_counts_every_frame_once_and_the_top_as_exclusive() -> None:
    sampler = Sampler(under=["(_outer)"], lines=["test_scale_s34pool_sampler.py"])
    _outer(sampler)
    _outer(sampler)
    assert sampler.total == 2
    inclusive = {name.rsplit("(", 1)[-1]: count for name, count in sampler.inclusive.items()}
    assert inclusive["_outer)"] == inclusive["_inner)"] == 2
    assert [name for name in sampler.exclusive if name.endswith("(_inner)")]
    assert sum(sampler.exclusive.values()) == 2  # one top frame a tick
    (parent, child), count = next(iter(sampler.children.items()))
    assert parent.endswith("(_outer)") and child.endswith("(_inner)") and count == 2
    assert sum(sampler.lines.values()) == 2  # the deepest line of the module asked for, once a tick
