"""Titles that end where the name starts (made-up names and sentences)."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_ministry_s_short_portfolio_is_no_part_of_the_name() -> None:
    body = 'Menteri Hukum dan HAM Darmo Wiryono hadir di Sukamaju. "Kami siap," kata Darmo Wiryono.'
    assert _persons(body) == ["Darmo Wiryono"]


def test_a_company_title_after_a_name_is_cut() -> None:
    body = (
        "Sari Lestari Managing Director Nusa Musik Indonesia memberi keterangan di Sukamaju. "
        '"Tiket dijual pekan depan," kata Darmo Wiryono, Presiden Direktur Nusa Musik.'
    )
    persons = _persons(body)
    assert "Sari Lestari" in persons
    assert "Darmo Wiryono" in persons


def test_a_doctor_s_title_joins_the_full_name() -> None:
    body = (
        "Wali kota, Darmo Nur Wiryono, membuka acara itu. "
        '"Jangan buang sampah sembarangan," ucap Dokter Wiryono kepada warga.'
    )
    assert _persons(body) == ["Darmo Nur Wiryono"]


def test_a_malay_honorific_is_no_part_of_the_name() -> None:
    body = 'Kunjungan dipimpin Yang Dipertuan Darmo bin Wiryono. "Kami belajar banyak," kata Darmo.'
    assert "Darmo bin Wiryono" in _persons(body)
