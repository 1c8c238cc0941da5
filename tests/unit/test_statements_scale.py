"""Statement extraction grows linearly with quote density: no look-back reaches the body's start.

A quote-dense article four times larger must take about four times longer, well under the
16 times of a quadratic pass. Timing ratios, not absolute times, so a slow machine
does not fail the test; CPU time of this process only, best of a few runs, so that other
processes on a busy machine count as little as possible.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements

NAMES = ["Fulan Hidayat", "Budi Santoso", "Rina Kartika", "Joko Susanto", "Wati Lestari"]
SIZES = (50_000, 200_000)
MAX_RATIO = 7.0  # 4x the text: linear measures 3.9x-4.5x, a quadratic pass 16x (the one replaced took 5.8x-8x)


def _paragraph(i: int) -> str:
    name = NAMES[i % len(NAMES)]
    other = NAMES[(i + 2) % len(NAMES)]
    return (
        f'"Kami akan terus bekerja untuk warga di wilayah nomor {i}," kata {name}. '
        f'"Itu janji kami yang kesekian," ujarnya. {other} mengatakan bahwa rencana nomor {i} baik, '
        f'dan menurut {name}, anggaran itu cukup. "Kami siap," tambah {other}.'
    )


def _body(size: int, joiner: str) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(_paragraph(len(parts)))
        total += len(parts[-1]) + len(joiner)
    return joiner.join(parts)


def _persons(body: str) -> list[Entity]:
    return [
        Entity(name, EntityType.PERSON, [Mention(m.start(), m.end(), m.group()) for m in re.finditer(name, body)])
        for name in NAMES
    ]


def _best_time(action: Callable[[], list[Statement]], runs: int) -> tuple[float, list[Statement]]:
    best = float("inf")
    found: list[Statement] = []
    for _ in range(runs):
        start = time.process_time()
        found = action()
        best = min(best, time.process_time() - start)
    return best, found


@pytest.mark.parametrize(
    "joiner",
    [
        pytest.param("\n", id="one-paragraph-per-line"),
        pytest.param(" ", id="one-long-line"),
        pytest.param(", ", id="one-endless-sentence"),
    ],
)
def test_extraction_is_linear_in_quote_density(joiner: str) -> None:
    times = []
    for size in SIZES:
        body = _body(size, joiner)
        persons = _persons(body)
        took, found = _best_time(lambda b=body, p=persons: extract_statements("dense", b, "id", p), runs=2)
        assert len(found) > size // 250  # the dense text really is full of statements
        times.append(took)
    assert times[1] <= MAX_RATIO * max(times[0], 0.01), times
