"""What an indexing run reports while it works and when it ends."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

Stages = dict[str, float]
"""CPU seconds per stage of the pipeline (``ingest``, ``entities``, ``whoosh commit``...)."""

WORKERS_WAITING = "workers waiting (wall)"
"""The one stage of :data:`Stages` that is wall time, not CPU: the seconds analysis workers sat
without a file. Large when the writer (reading, committing) cannot keep them fed."""


class _Timed:
    """The block of :func:`timed`: a class, not a generator, as it wraps each file an unchanged run
    reads (100,000 on a large archive, where ``contextlib``'s machinery cost ~0.3 s of CPU)."""

    __slots__ = ("_stage", "_stages", "_start")

    def __init__(self, stages: Stages, stage: str) -> None:
        self._stages = stages
        self._stage = stage
        self._start = 0.0

    def __enter__(self) -> None:
        self._start = time.thread_time()

    def __exit__(self, *_: object) -> None:
        stages = self._stages
        stages[self._stage] = stages.get(self._stage, 0.0) + time.thread_time() - self._start


def timed(stages: Stages, stage: str) -> _Timed:
    """Add the CPU time this thread spends in the block to ``stages[stage]``.

    CPU, not wall time: on a shared machine waiting for a core is not the stage's cost, and the
    writer's time waiting for workers is not work.
    """
    return _Timed(stages, stage)


def add_stages(total: Stages, more: Stages) -> None:
    for stage, seconds in more.items():
        total[stage] = total.get(stage, 0.0) + seconds


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """Reported after each file, so callers can draw a progress bar."""

    done: int
    total: int
    path: str


@dataclass(slots=True)
class IndexReport:
    """What one indexing run did, for the summary line."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    interrupted: bool = False
    recovered_lock: str = ""  # set when a stale lock was found and cleared
    rebuilt: bool = False  # the archive was rebuilt for a new index format
    relinked: int = 0  # statements linked again for a new version of linking alone
    # Where the CPU went, per committed batch: (articles in it, CPU seconds per stage of its files,
    # in the workers and in the writer). The benchmark reads it; the reader ignores it.
    batches: list[tuple[int, Stages]] = field(default_factory=list)
