"""A street the article names after someone, and the ocean's phases, are no persons (issue 9, names
session 41). The sentences are written for the tests."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_run_the_article_writes_as_a_street_is_the_street_in_a_list_of_roads() -> None:
    body = (
        "Air menggenangi sejumlah jalan. Di antaranya Jalan Fulan Badu, sampai kawasan Kedoya.\n\n"
        "Menurutnya, ruas seperti Fulan Badu dan Kedoya sekarang bisa dilalui."
    )
    assert _persons(body) == []


def test_a_person_cued_by_a_speech_verb_stays_a_person_beside_his_street() -> None:
    body = 'Kemacetan terjadi di Jalan Fulan Badu. "Kami mengatur lalu lintas," kata Fulan Badu, petugas.'
    assert _persons(body) == ["Fulan Badu"]


def test_the_oceans_phases_are_no_persons() -> None:
    assert _persons("Fenomena La Nina membuat curah hujan meningkat, kata Fulan Hidayat.") == [
        "Fulan Hidayat"
    ]
    assert _persons("Dampak El Nino terasa hingga akhir tahun, ujar Fulan Hidayat.") == ["Fulan Hidayat"]
