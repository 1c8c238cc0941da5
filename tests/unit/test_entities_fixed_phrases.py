"""Mottos and headline openers are no persons; names next to them still are.

Every sentence here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def persons(body: str, lang: str) -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Para siswa membacakan semboyan Bhinneka Tunggal Ika di halaman sekolah.", "id"),
        ("The pupils recited Bhinneka Tunggal Ika before the flag was raised.", "en"),
        ("Warga menyanyikan Indonesia Raya bersama-sama pada pagi hari.", "id"),
    ],
)
def test_mottos_are_no_persons(body: str, lang: str) -> None:
    assert not any("Tunggal" in name or "Raya" in name for name in persons(body, lang))


def test_headline_opener_run_is_no_person() -> None:
    body = (
        "Harga cabai di pasar induk naik lagi pekan ini.\n\n"
        "- Begini Penjelasan Pedagang Soal Harga Cabai\n"
        '"Pasokan dari petani berkurang," kata Sari Lestari, seorang pedagang.'
    )
    found = persons(body, "id")
    assert not any(name.startswith("Begini") for name in found)
    assert any("Sari Lestari" in name for name in found)
