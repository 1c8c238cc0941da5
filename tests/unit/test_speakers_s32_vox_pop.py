"""Ordinary people a report introduces with the name first (``Larsinah, salah satu pedagang``,
``Wagirah seorang pedagang``) speak by that name, and a continuing cue (``imbuh dia``) after the
narration made someone else its subject goes on with that person (made-up articles and names)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.introduced import introduced_persons


def _speakers(body: str) -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"
    ]


def test_a_name_then_its_description_introduces_the_person() -> None:
    body = (
        "Sedangkan Larsinah, salah satu pedagang, mengatakan modalnya ikut naik.\n"
        "Sementara itu, Wagirah seorang pedagang sembako mengeluhkan hal yang sama.\n"
    )
    assert introduced_persons(body) == frozenset({"Larsinah", "Wagirah"})


def test_a_plural_opener_after_a_name_introduces_nobody() -> None:
    body = "Kunjungan Fulan Hidayat para pedagang sambut dengan gembira.\n"
    assert introduced_persons(body) == frozenset()


def test_a_vendor_named_first_speaks_by_an_unlisted_verb() -> None:
    body = (
        "Kepala Dinas Perdagangan Kota Sukamaju Fulan Hidayat meninjau pasar, Senin.\n"
        "\u201cHarga cabai naik karena pasokan berkurang,\u201d kata Fulan.\n"
        "Sedangkan Larsinah, salah satu pedagang, mengatakan modalnya ikut naik. "
        "\u201cDi sana saya kulakan sudah mahal, Pak,\u201d singkat Larsinah kepada petugas.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Larsinah"]


def test_a_continuing_cue_goes_on_with_the_new_subject() -> None:
    body = (
        "\u201cPutusan kami tunda sampai pekan depan,\u201d kata hakim ketua Badu Santoso.\n"
        "Sebelum sidang, terdakwa Fulan Hidayat berharap majelis hakim membebaskannya. "
        "Fulan yakin dirinya tidak bersalah.\n"
        "\u201cSaya minta jaksa melihat fakta persidangan,\u201d imbuh dia.\n"
    )
    assert _speakers(body) == ["Badu Santoso", "Fulan Hidayat"]


def test_a_continuing_cue_stays_with_the_speaker_when_nobody_new_is_the_subject() -> None:
    body = (
        "\u201cPutusan kami tunda sampai pekan depan,\u201d kata hakim ketua Badu Santoso.\n"
        "Sidang itu dihadiri keluarga Fulan Hidayat.\n"
        "\u201cKami minta semua pihak menghormati putusan,\u201d imbuh dia.\n"
    )
    assert _speakers(body) == ["Badu Santoso", "Badu Santoso"]


def test_a_continuing_cue_goes_on_with_a_subject_described_before_its_verb() -> None:
    body = (
        "\u201cHarga cabai naik terus sejak pekan lalu,\u201d kata Santini, pedagang di Pasar Sukamaju.\n"
        "Selanjutnya, Wagirah, salah satu pembeli mengatakan, harga cabai sudah tidak bisa ditawar lagi.\n"
        "\u201cKami butuh cabai untuk masak setiap hari,\u201d pungkasnya.\n"
    )
    assert _speakers(body)[-1] == "Wagirah"
