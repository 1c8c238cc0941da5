"""Ships named after people: a name written after a ship's prefix ("KRI", "(KRI)"), after a kind
of ship in lower case ("kapal induk"), or with a hull number hyphenated to it is the ship's, no
person anywhere in the article; the same words elsewhere ("PNS Fulan") still name a person.
Invented sentences."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_name_with_a_hull_number_after_a_prefix_is_a_ship() -> None:
    body = (
        "Perahu nelayan asing itu dihalau KRI Yosafat Wirantono-378 menjelang subuh. "
        "Menurut juru bicara Sari Wulandita, Yosafat Wirantono berlayar sejak pagi."
    )
    persons = _persons(body)
    assert "Yosafat Wirantono" not in persons
    assert "Sari Wulandita" in persons


def test_a_bracketed_prefix_in_english() -> None:
    body = "A navy vessel, the (KRI) Yosafat Wirantono-378, escorted the trawler back to port."
    assert _persons(body, "en") == []


def test_a_name_after_a_kind_of_ship_is_the_ship() -> None:
    body = "Angkatan laut menimbang membeli kapal induk Yosafat Wirantono bekas pakai."
    assert "Yosafat Wirantono" not in _persons(body)


def test_a_person_with_no_ship_word_stays() -> None:
    body = "Menurut Yosafat Wirantono, kapal itu sudah keluar dari perairan kita."
    assert _persons(body) == ["Yosafat Wirantono"]
