"""Reported speech without quotation marks, in Indonesian and English (original text)."""

from __future__ import annotations

import pytest

from kutip.index.models import Statement
from kutip.index.statements import extract_statements


def indirect(body: str, lang: str = "id") -> list[Statement]:
    found = extract_statements("t", body, lang, [])
    for s in found:
        assert body[s.start : s.end] == s.text
    return [s for s in found if s.kind == "indirect"]


@pytest.mark.parametrize("verb", ["mengatakan", "menuturkan", "menyebut", "menegaskan", "menilai"])
def test_subject_verb_bahwa(verb: str) -> None:
    body = f"Kepala Dinas Pertanian Agus Salim {verb} bahwa panen jagung tahun ini naik tajam."
    [s] = indirect(body)
    assert s.speaker == "Agus Salim"
    assert s.text == "panen jagung tahun ini naik tajam"
    assert s.role == "Kepala Dinas Pertanian"


def test_menurut() -> None:
    [s] = indirect("Menurut Bambang Wijaya, harga cabai akan turun bulan depan.")
    assert s.speaker == "Bambang Wijaya"
    assert s.text == "harga cabai akan turun bulan depan"


def test_kata_without_marks() -> None:
    [s] = indirect("Banjir sudah surut di tiga desa, kata Siti Aminah, kepada wartawan.")
    assert s.speaker == "Siti Aminah"
    assert s.text == "Banjir sudah surut di tiga desa"


def test_hal_itu_disampaikan() -> None:
    body = "Bantuan akan tiba pekan depan. Hal itu disampaikan Teguh Wiradinata di Bandung."
    [s] = indirect(body)
    assert s.speaker == "Teguh Wiradinata"
    assert s.text == "Bantuan akan tiba pekan depan"


def test_organisation_speaker() -> None:
    [s] = indirect("Kementerian Kesehatan mengatakan vaksin tersedia di semua puskesmas.")
    assert s.speaker == "Kementerian Kesehatan"


def test_pronoun_subject() -> None:
    body = "Rektor Maya Sari meresmikan gedung baru. Dia menilai fasilitas itu akan membantu mahasiswa."
    [s] = indirect(body)
    assert s.speaker == "Maya Sari"


def test_generic_subject_is_skipped() -> None:
    assert indirect("Para warga mengatakan jalan itu sering rusak.") == []


def test_english_said_that_and_according_to() -> None:
    body = (
        "Mayor Lena Fischer said on Monday that the bridge would reopen in May.\n"
        "According to Fischer, repairs cost less than expected.\n"
        "The river has dropped, Fischer said."
    )
    found = indirect(body, lang="en")
    assert [s.speaker for s in found] == ["Lena Fischer"] * 3
    assert [s.text for s in found] == [
        "the bridge would reopen in May",
        "repairs cost less than expected",
        "The river has dropped",
    ]


def test_negated_verb_is_not_a_statement() -> None:
    assert indirect("Ahmad Fauzi tidak mengatakan apa pun tentang rencana itu.") == []
