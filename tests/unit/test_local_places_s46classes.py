"""Session 46: villages and neighbourhoods read as persons (made-up names and text): a resident's or a
visit's word before the place, a village kind opening it, a range of places it is an item of."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _type(body: str, name: str, lang: str = "id") -> EntityType | None:
    return next((e.type for e in recognise(body, lang) if e.name == name), None)


@pytest.mark.parametrize(
    ("body", "place", "lang"),
    [
        ("Andi Saputra (45), warga Sido Mulyo, mengaku rugi. Ia sudah melapor ke polisi kemarin.", "Sido Mulyo", "id"),
        ("Ratusan warga Joko Tole mendatangi kantor desa untuk meminta kejelasan.", "Joko Tole", "id"),
        ("Warga dari Ngadirejo, Sumberagung, hingga Wonosari mengaku belum menerima bantuan.", "Wonosari", "id"),
        ("Bupati meninjau Nagari Koto Gadang dan berdialog dengan para petani di sana.", "Nagari Koto Gadang", "id"),
        ("Dalam kunjungan ke Sukarame, Menteri disambut warga.", "Sukarame", "id"),
        ("The minister paid a visit to Sido Mulyo village on Monday.", "Sido Mulyo", "en"),
    ],
)
def test_a_local_place_by_its_context_is_no_person(body: str, place: str, lang: str) -> None:
    assert _type(body, place, lang) is not EntityType.PERSON


def test_a_resident_named_after_a_comma_or_in_a_list_of_people_stays_a_person() -> None:
    assert _type("Seorang warga, Andi Saputra, mengaku rugi.", "Andi Saputra") is EntityType.PERSON
    body = "Bantuan datang dari Andi Saputra dan Budi Santoso hingga malam."
    assert _type(body, "Budi Santoso") is EntityType.PERSON
