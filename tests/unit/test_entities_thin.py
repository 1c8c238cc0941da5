"""Persons on thin evidence: everyday words, event names, one word the tagger rejects (made-up text)."""

from __future__ import annotations

from kutip.index.entities.thin import _thin
from tests.unit.recognised import person_names as _persons


def test_a_run_ending_in_an_event_word_names_no_one() -> None:
    assert _thin(["car", "free", "day"], {"shape"}, 0.9)
    assert _thin(["spring", "final"], {"title"}, None)
    assert not _thin(["ahmad", "final"], {"shape"}, 0.9)  # a given name vouches for a person


def test_everyday_words_need_the_tagger() -> None:
    assert _thin(["penata", "ruangan"], {"title"}, 0.1)
    assert not _thin(["penata", "ruangan"], {"title"}, 0.8)


def test_an_indonesian_slogan_in_an_english_body_is_no_person() -> None:
    body = (
        "The city launched its clean river campaign on Monday. Its name stands for Sungai Bersih, "
        "Warga Sehat, officials said. Mayor Darmo Wiryono said the campaign would run all year."
    )
    persons = _persons(body, "en")
    assert "Sungai Bersih" not in persons
    assert "Warga Sehat" not in persons
    assert "Darmo Wiryono" in persons


def test_an_event_borrowed_from_english_is_no_person() -> None:
    body = (
        "Ribuan warga memadati Car Free Day di Jalan Merdeka, Kota Sukamaju, Minggu (9/3). "
        '"Kami ingin warga berolahraga bersama," kata Darmo Wiryono, wali kota setempat.'
    )
    persons = _persons(body)
    assert "Car Free Day" not in persons
    assert "Darmo Wiryono" in persons


def test_a_time_zone_after_a_clock_time_is_no_person() -> None:
    body = (
        "Rapat dimulai pukul 09.00 Wita di kantor bupati. "
        '"Semua kepala dinas hadir," ujar Sekretaris Daerah Darmo Wiryono.'
    )
    assert _persons(body) == ["Darmo Wiryono"]


def test_a_street_named_after_someone_is_the_place() -> None:
    body = (
        "Pawai budaya melintas di jalan Darsono Wirahadi dan berakhir di alun-alun, Minggu (9/3). "
        '"Pesertanya lebih banyak dari tahun lalu," kata Darmo Wiryono, ketua panitia.'
    )
    persons = _persons(body)
    assert "Darsono Wirahadi" not in persons
    assert "Darmo Wiryono" in persons


def test_a_headline_run_ending_in_a_listed_figure_is_the_figure() -> None:
    body = (
        "Warga Tak Mau Pusing Mikirin Jokowi\n"
        "Warga Sukamaju menyambut Presiden Joko Widodo di pasar, Senin (3/2). "
        '"Kami senang beliau datang," kata Darmo Wiryono.'
    )
    persons = _persons(body)
    assert "Joko Widodo" in persons
    assert not any("Pusing" in p for p in persons)


def test_a_venue_named_after_someone_is_the_place() -> None:
    body = (
        "Konser amal digelar di Gelora Darsono Wirahadi, Kota Sukamaju, Sabtu (8/3). "
        '"Semua tiket habis," kata Darmo Wiryono, ketua panitia.'
    )
    persons = _persons(body)
    assert not any("Darsono" in p for p in persons)
    assert "Darmo Wiryono" in persons
