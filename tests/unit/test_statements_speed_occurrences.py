"""whole_word_starts finds exactly what the per-name pattern it replaced found."""

from __future__ import annotations

import random
import re

from kutip.index.language import whole_word_starts


def _by_pattern(body: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body)]


def test_names_in_prose() -> None:
    body = "Fulan Hidayat berkata. Kata Fulan Hidayatno, Fulan Hidayat_x dan (Fulan Hidayat)."
    assert whole_word_starts(body, "Fulan Hidayat") == _by_pattern(body, "Fulan Hidayat") == [0, 66]


def test_same_as_the_pattern_on_random_text() -> None:
    rng = random.Random(11)
    pieces = ["a", "b", "A", " ", "_", "é", "1", "-", ".", "a b", "²", "\u00a0", "Rina"]
    for _ in range(20_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        assert whole_word_starts(body, name) == _by_pattern(body, name), (body, name)
