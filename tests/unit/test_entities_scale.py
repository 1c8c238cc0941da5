"""Entity recognition grows linearly with the body, even when the body is one endless line.

A 5 MB single-line page once hung: names were compared pairwise, and a quote's speaker was
looked for back to the start of the "paragraph" (the whole line). A body eight times larger
must take about eight times longer, far from the 64x of a quadratic pass. Timing ratios, not absolute times, so a slow
machine does not fail the test; CPU time of this process only, best of a few runs.
"""

from __future__ import annotations

import gc
import random
import time

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType

SIZES = (25_000, 200_000)
MAX_RATIO = 16.0  # 8x the text: linear is ~8, quadratic 64; the passes this replaced took ~20x per 4x
_SYLLABLES = ["ba", "di", "ra", "so", "ni", "ku", "ta", "we", "lo", "ma", "ha", "yu", "se", "gi", "to", "ne"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _paragraph(i: int, rng: random.Random) -> str:
    """Made-up news sentences: new names keep coming, as in a long archive page."""
    minister, guest, alias = f"{_name(rng)} {_name(rng)}", f"{_name(rng)} {_name(rng)}", _name(rng)
    return (
        f"Menteri Keuangan {minister} mengatakan bahwa anggaran nomor {i} cukup. "
        f'Ia bertemu {guest} di Jakarta pada Selasa. "Kami siap bekerja," kata {guest}. '
        f'"Itu janji kami," ujarnya. {alias}, sapaan akrabnya, hadir bersama PT {_name(rng)} Jaya '
        f"dan Kapolres {_name(rng)} AKBP {_name(rng)} {_name(rng)}."
    )


def _body(size: int) -> str:
    rng = random.Random(7)
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(_paragraph(len(parts), rng))
        total += len(parts[-1]) + 1
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_recognise_is_linear_on_one_long_line(lang: str) -> None:
    recognise(_body(5_000), lang)  # the tagger and word lists load once, outside the timing
    times = []
    for size in SIZES:
        body = _body(size)
        best = float("inf")
        for _ in range(3):
            gc.collect()
            start = time.process_time()
            found = recognise(body, lang)
            best = min(best, time.process_time() - start)
        persons = [e for e in found if e.type is EntityType.PERSON]
        assert len(persons) > size // 400  # the body really is full of names
        times.append(best)
    assert times[1] <= MAX_RATIO * max(times[0], 0.01), times
