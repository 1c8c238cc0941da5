"""Regnal numbers close a person's name (issue 9, names session 40). Made-up sentences and names."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.entities.regnal import regnal_numeral
from kutip.index.models import Entity, EntityType


def _persons(body: str, lang: str = "id") -> list[Entity]:
    return [e for e in recognise(body, lang) if e.type is EntityType.PERSON]


def _names(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in _persons(body, lang)]


def test_regnal_numerals_are_roman_numbers_of_two_letters_or_more() -> None:
    assert all(regnal_numeral(w) for w in ("II", "III", "IV", "IX", "XIV", "XVI", "XXIII"))
    assert not any(regnal_numeral(w) for w in ("I", "V", "X", "IIII", "VX", "XIVA", "MIX", "Xi", "DPR"))


def test_a_titled_name_with_a_regnal_number_is_a_person_not_a_body() -> None:
    body = (
        "Paus Severinus XV membuka sidang para uskup pada Senin pagi. Dalam sambutannya, "
        "Paus meminta umat tetap tenang. Paus Severinus XV juga menutup sidang itu pada sore hari."
    )
    persons = _persons(body)
    assert [p.name for p in persons] == ["Severinus XV"]
    assert len(persons[0].mentions) == 2
    assert not [e for e in recognise(body, "id") if e.type is EntityType.ORGANIZATION]


def test_an_english_titled_name_with_a_regnal_number_is_a_person() -> None:
    body = "Pope Severin XV on Monday opened the synod of bishops. Severin said the meeting would be short."
    assert _names(body, "en") == ["Severin XV"]


def test_a_headline_name_ends_at_its_regnal_number() -> None:
    body = (
        "Sultan Mangkuwijoyo XII membuka pameran itu pada Senin.\n\n"
        "Sultan Mangkuwijoyo XII Ajak Warga Menjaga Kebersihan Kota\n\n"
        "Pameran berlangsung sepekan."
    )
    assert _names(body) == ["Mangkuwijoyo XII"]


def test_numbered_units_after_a_title_stay_bodies() -> None:
    body = (
        "Ketua Komisi III DPR Fulan Sudarsono mengatakan rapat ditunda. Panglima Kodam XIV Hasanuddin "
        "Mayjen Badu Wiryawan hadir. Direktur PTPN XIV Sadan Kurniawan menjawab pertanyaan wartawan."
    )
    names = _names(body)
    assert "Fulan Sudarsono" in names
    assert not [n for n in names if any(regnal_numeral(w) for w in n.split())]


def test_an_epithet_after_the_numeral_in_prose_stays_in_the_name() -> None:
    body = (
        "Menurut catatan sejarah, Raja Mirkowski IV Agung membangun benteng itu. Benteng itu masih berdiri."
    )
    assert _names(body) == ["Mirkowski IV Agung"]
