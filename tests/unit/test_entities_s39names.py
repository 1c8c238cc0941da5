"""Nicknames after a bare "atau", route ends and degrees read as persons (issue 9, names session 39).
Made-up sentences and names."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import Entity, EntityType


def _persons(body: str, lang: str = "id") -> list[Entity]:
    return [e for e in recognise(body, lang) if e.type is EntityType.PERSON]


def _names(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in _persons(body, lang)]


def test_a_nickname_after_a_full_name_and_a_bare_atau_is_that_person() -> None:
    body = "Wakil Menteri Fulan Hidayatullah atau Ulan mengatakan hal itu. Ulan juga menyebut data baru."
    persons = _persons(body)
    assert [p.name for p in persons] == ["Fulan Hidayatullah"]
    assert persons[0].aliases == ["Ulan"]
    assert len(persons[0].mentions) == 3


def test_two_people_offered_as_alternatives_stay_two() -> None:
    # "Sadan" is a word of another person's full name in the article: no nickname of Fulan
    body = "Menurut survei, Gubernur Fulan Hidayatullah atau Sadan paling disukai. Sadan Kurniawan mengatakan hal itu."
    assert _names(body) == ["Fulan Hidayatullah", "Sadan Kurniawan"]


def test_a_cue_phrase_names_the_alias_of_a_one_word_mention_too() -> None:
    body = (
        "Ada seorang ibu, Nurlaila Sukmawati, yang datang. Nurlaila atau akrab disapa Lala, mengaku kepada "
        "petugas bahwa dirinya korban. Lala mengatakan hal itu."
    )
    persons = _persons(body)
    assert [p.name for p in persons] == ["Nurlaila Sukmawati"]
    assert "Lala" in persons[0].aliases


def test_the_end_of_a_route_glued_to_a_place_is_no_person() -> None:
    body = "Ruas tol Bandung-Sumedang dan Salatiga-Kartoredjo dibuka untuk pemudik, ujarnya."
    assert _names(body) == []


def test_a_hyphenated_pair_of_names_keeps_its_person() -> None:
    body = "Pasangan Fulan Hidayatullah-Sadan Kurniawan mendaftar ke KPU, kata Fulan Hidayatullah."
    assert "Fulan Hidayatullah" in _names(body)


def test_a_degree_after_a_comma_is_no_person() -> None:
    body = "Ketua yayasan itu, Prof. Dr. Fulan Hidayatullah, M.Ed., mengatakan sekolah dibuka lagi."
    assert _names(body) == ["Fulan Hidayatullah"]


def test_an_acronym_a_headline_cues_is_no_person() -> None:
    body = "Ketua Fulan Hidayatullah Sebut RUU TNI Tidak Mengubah Apa Pun\n\nFulan Hidayatullah mengatakan hal itu."
    assert _names(body) == ["Fulan Hidayatullah"]
