"""Session 28, a place is never a person (made-up text): "asal" (one's origin) is followed by a place,
never by a person, so "Pelatih asal Kepanjang, Kabupaten Contoh, itu ..." makes no person of the
town, while the name after the place stays a person."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _typed(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, "id")}


def test_a_town_after_asal_is_a_place_not_the_titled_person() -> None:
    typed = _typed("Pelatih asal Kepanjang, Kabupaten Contoh, itu juga menilai para pemain bermain baik.")
    assert typed.get("Kepanjang") is EntityType.PLACE


def test_a_name_after_the_place_of_origin_stays_a_person() -> None:
    typed = _typed("Pelatih asal Brasil Fulan Hidayat mengatakan timnya siap menghadapi laga itu.")
    assert typed.get("Fulan Hidayat") is EntityType.PERSON
    typed = _typed("Warga asal Sukamaju, Badu Santoso, mengaku rumahnya terendam banjir.")
    assert typed.get("Badu Santoso") is EntityType.PERSON


def test_asal_as_long_as_leaves_the_person_a_person() -> None:
    """'asal' is also 'as long as': the name after it may be a person, as the article shows."""
    typed = _typed("Proyek itu bisa berjalan asal Fulan Hidayat setuju, kata warga.")
    assert typed.get("Fulan Hidayat") is EntityType.PERSON
    body = (
        "Fulan Hidayat mengatakan proyek jembatan itu penting.\n\n"
        "Proyek itu bisa berjalan asal Fulan Hidayat setuju, kata warga."
    )
    assert {e.type for e in recognise(body, "id") if e.name == "Fulan Hidayat"} == {EntityType.PERSON}
