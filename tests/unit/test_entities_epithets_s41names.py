"""A nation called by its epithet is no person (issue 9, names session 41): "Negeri Tirai Bambu".
The sentences are written for the tests."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_nations_epithet_is_no_person() -> None:
    assert _persons("Menurut Fulan Hidayat, Negeri Tirai Bambu tetap mitra dagang utama.") == [
        "Fulan Hidayat"
    ]
    body = "Pemerintah Negeri Gajah Putih menyambut baik rencana itu, kata Fulan Hidayat."
    assert _persons(body) == ["Fulan Hidayat"]
