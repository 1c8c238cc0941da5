"""A holder's name written right after an office and a regional body ("Ketua DPRD Fulan Hidayat")."""

from __future__ import annotations

import pytest

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _types(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, "id")}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ('"Kami siap menggelar pemilihan," kata Ketua KPU Fulan Hidayat di kantornya.', "Fulan Hidayat"),
        ('"Pengawasan diperketat," ujar Ketua Bawaslu Rina Marlina kepada wartawan.', "Rina Marlina"),
        ('"Anggaran sudah disahkan," kata Ketua DPRD Fulan Hidayat, Selasa.', "Fulan Hidayat"),
        ('"Warga diminta waspada," kata Kepala BPBD Rina Marlina.', "Rina Marlina"),
        ('"Anggaran sudah disahkan," kata Ketua DPRD Jawa Barat Fulan Hidayat.', "Fulan Hidayat"),
    ],
)
def test_holder_after_office_and_body_is_a_person(body: str, person: str) -> None:
    assert _types(body).get(person) is EntityType.PERSON


def test_region_after_office_and_body_stays_a_place() -> None:
    types = _types('"Anggaran sudah disahkan," kata Ketua DPRD Sukamaju, Fulan Hidayat, Selasa.')
    assert types.get("Sukamaju") is EntityType.PLACE
    assert types.get("Fulan Hidayat") is EntityType.PERSON


def test_single_word_region_after_office_stays_a_place() -> None:
    assert (
        _types("Ketua DPRD Sukamaju mengatakan anggaran sudah disahkan.").get("Sukamaju") is EntityType.PLACE
    )


def test_two_word_region_after_office_and_comma_stays_a_place() -> None:
    types = _types('"Kami siap," kata Ketua KPU Tanah Contoh, Rina Marlina, Senin.')
    assert types.get("Tanah Contoh") is not EntityType.PERSON
    assert types.get("Rina Marlina") is EntityType.PERSON


def test_run_written_after_a_bare_head_is_a_place() -> None:
    body = "Ketua KPU Tanah Contoh menyatakan siap. Kantor KPU Tanah Contoh berada di pusat kota."
    assert _types(body).get("Tanah Contoh") is not EntityType.PERSON


@pytest.mark.parametrize(
    "body",
    [
        '"Inflasi masih tinggi," kata Direktur Eksekutif Indef Fulan Hidayat di Jakarta.',
        "Ketua Umum Apindo Fulan Hidayat mengatakan upah minimum naik.",
    ],
)
def test_known_body_short_form_after_office_ends_before_the_name(body: str) -> None:
    types = _types(body)
    assert types.get("Fulan Hidayat") is EntityType.PERSON
    assert not any(name.endswith(" Fulan Hidayat") for name in types)


def test_lower_case_office_before_the_body_counts() -> None:
    body = 'Menurut anggota Bawaslu Fulan Hidayat, rekomendasi itu dikirim. "Kami sudah kirim," katanya.'
    assert _types(body).get("Fulan Hidayat") is EntityType.PERSON
