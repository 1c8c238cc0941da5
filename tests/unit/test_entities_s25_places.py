"""Places named after people (issue 9, persons session 25; made-up sentences): an area or a venue
head before the name ("di kawasan Kapten X", "Museum X", "Candi X") makes the place, not the person."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _types(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, "id")}


def test_an_area_named_after_a_ranked_hero_is_a_place() -> None:
    body = "Ketika ditemui di kawasan Kapten Sutomoro, Jakarta Selatan, Rina menganggap kritik itu tak etis."
    assert _types(body).get("Sutomoro") is not EntityType.PERSON


def test_a_museum_and_a_temple_are_no_persons() -> None:
    body = (
        "Kedua menteri menandatangani kerja sama dengan Museum Guntaran. "
        "Presiden lalu mengunjungi Candi Wiratama bersama Fulan Hidayat."
    )
    types = _types(body)
    assert types.get("Museum Guntaran") is not EntityType.PERSON
    assert types.get("Candi Wiratama") is not EntityType.PERSON
    assert types.get("Fulan Hidayat") is EntityType.PERSON


def test_election_short_forms_and_a_regency_abbreviation_are_no_persons() -> None:
    body = (
        "Aplikasi Pilbup (Pemilihan Bupati) Kab. Sukamulya Pilkada Serentak 2024\n\n"
        "Dibanding bicara Pilgub, Bupati Fulan Hidayat memilih bekerja untuk warga Kab. Sukamulya."
    )
    persons = [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert persons == ["Fulan Hidayat"]
