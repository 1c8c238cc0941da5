"""A stage name defined with its group's tag (issue 9, persons session 26; made-up sentences): the
name alone later in the article is the same person."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_stage_name_with_its_groups_tag_then_alone() -> None:
    body = (
        "Penyanyi Warsito Kempul tampil bersama Fulani Sekar Ayu Lestari alias Lulu ABC48 di konser itu.\n\n"
        '"Saya senang bisa bernyanyi bersama," kata Lulu kepada wartawan.\n\n'
        "Warsito memuji Lulu yang menyukai lagu tradisional."
    )
    persons = _persons(body)
    assert "Lulu" not in persons
    assert "Fulani Sekar Ayu Lestari" in persons


def test_a_band_member_with_the_bands_tag_then_alone() -> None:
    body = (
        "Sidang lanjutan dengan terdakwa I Made Warsita alias Jerinto XYZ digelar pada Selasa.\n\n"
        '"Sidang Jerinto ditunda pekan depan," kata jaksa Fulan Hidayat.'
    )
    assert "Jerinto" not in _persons(body)
