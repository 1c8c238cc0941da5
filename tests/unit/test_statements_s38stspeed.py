"""Session 38 speed: answers kept for repeated questions are the answers asked afresh (made-up text)."""

from __future__ import annotations

import random
import re

from kutip.index.statements import seats
from kutip.index.statements.seats import seat_before

_ROLES = ["Kapolres", "Kepala Desa", "Pelatih", "Jubir", "Direktur", "kata", "Bupati"]
_PLACES = ["Sukamaju", "Contoh Raya", "Sukamaju Barat (Sumbar)", "Desa Lembah", "dan", "FC Contoh"]
_RANKS = ["AKBP", "Kombes Pol.", "", "Dr."]
_NAMES = ["Fulan Hidayat", "Budi Santoso", "Rina", "Gilang Saputra Wijaya"]
_GAPS = [" ", ", ", " (", ") ", ". "]


def _bodies(n: int) -> list[str]:
    rng = random.Random(38)
    out = []
    for _ in range(n):
        parts = []
        for _k in range(rng.randint(3, 12)):
            parts += [rng.choice(_ROLES), rng.choice(_GAPS), rng.choice(_PLACES), rng.choice(_GAPS)]
            parts += [rng.choice(_RANKS), " ", rng.choice(_NAMES), rng.choice([" mengatakan. ", ", ", " tiba.\n"])]
        out.append("".join(parts))
    return out


def test_a_kept_seat_is_the_seat_read_afresh() -> None:
    """Every capitalised word's position of 300 made-up bodies, asked twice in turn and in a
    shuffled order, against the function read without its store."""
    afresh = seats.seat_before.__wrapped__
    asked = []
    for body in _bodies(300):
        asked += [(body, m.start()) for m in re.finditer(r"\b[A-Z]\w*", body)]
    expected = {q: afresh(*q) for q in asked}
    assert any(v is not None for v in expected.values()) and any(v is None for v in expected.values())
    shuffled = list(asked)
    random.Random(1).shuffle(shuffled)
    for q in asked + shuffled + asked:
        assert seat_before(*q) == expected[q]


def test_the_store_is_bounded() -> None:
    """The store holds a few articles' names, not the archive's bodies."""
    info = seat_before.cache_info()
    assert info.maxsize is not None and info.maxsize <= 1024
