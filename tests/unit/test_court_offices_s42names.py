"""A court clerk's office in two words ("Panitera Muda", "Panitera Pengganti") is a title, so its second
word is not read as a name; and a one-word name set off by commas after an office whose body lists
its fields with "dan" is the office holder ("Kepala Dinas X dan Y, Fulan, yang ..."). Invented
sentences."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_junior_clerk_is_a_title() -> None:
    body = (
        "Jaksa menahan Panitera Muda PN Contoh Badu Wirawan pada Selasa. "
        "Panitera Pengganti Sari Lestiani turut diperiksa penyidik."
    )
    persons = _persons(body)
    assert "Badu Wirawan" in persons and "Sari Lestiani" in persons
    assert not any(p.startswith(("Muda", "Pengganti")) for p in persons)


def test_one_word_name_after_an_office_with_listed_fields() -> None:
    body = "Menurut Kepala Dinas Pendidikan dan Kebudayaan, Yohan, sekolah dibuka lagi."
    persons = _persons(body)
    assert persons == ["Yohan"]

