"""A unit's head written by the office's short form (``ucap Kasat``, ``kata Kasi``) is the person
the article introduced as head of that unit, not the officer of another office quoted between
(made-up article and names)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.people.roles import role_words
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_the_short_forms_of_a_unit_head_spell_out_the_office() -> None:
    assert role_words(("kasat",)) == ("kepala", "satuan")
    assert role_words(("kasi",)) == ("kepala", "seksi")
    assert role_words(("kanit",)) == ("kepala", "unit")


def test_kasat_is_the_head_of_the_unit_introduced_before() -> None:
    body = (
        "Kepala Satuan Narkoba Polres Sukamaju AKP Fulan Hidayat mengatakan petugas menangkap dua orang, Kamis.\n"
        "\u201cBarang bukti kami sita dari rumah tersangka,\u201d ujar Kepala Polres Sukamaju AKBP Badu Santoso.\n"
        "\u201cKeduanya sudah kami serahkan ke BNN untuk diperiksa,\u201d ucap Kasat.\n"
    )
    assert _speakers(body) == ["Badu Santoso", "Fulan Hidayat"]
