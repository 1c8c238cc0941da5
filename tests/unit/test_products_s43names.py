"""A name the article writes next to a kind of software product ("ransomware bernama X", "the X
malware", "X, a new variant of the Y ransomware") is the product's, no person anywhere in the article;
a person described by an apposition about the product stays a person. Invented sentences."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_name_after_ransomware_and_a_naming_word_is_no_person() -> None:
    body = (
        "Serangan pekan lalu memakai ransomware bernama Marco Falken. "
        "Data yang diunggah Marco Falken dapat dibuka, ujar peneliti Sari Wulandita."
    )
    persons = _persons(body)
    assert "Marco Falken" not in persons
    assert "Sari Wulandita" in persons


def test_a_name_after_a_capitalised_kind_and_jenis_is_no_person() -> None:
    body = "Polisi membenarkan pelaku serangan memakai Ransomware jenis Marco Falken untuk mengunci data."
    assert "Marco Falken" not in _persons(body)


def test_a_name_that_opens_with_the_kind_is_no_person() -> None:
    body = (
        "Apa Itu Ransomware Marco Falken yang Menyerang Kantor Pajak?\n\n"
        "Data yang diunggah Marco Falken masih dikunci hingga kini."
    )
    persons = _persons(body)
    assert not any("Falken" in p for p in persons)


def test_an_english_name_before_the_kind_is_no_person() -> None:
    body = "The outage was caused by Marco Falken ransomware, the ministry said on Monday."
    assert "Marco Falken" not in _persons(body, "en")


def test_an_apposition_naming_a_variant_makes_a_product() -> None:
    body = (
        "Investigators believe the intruders deployed Marco Falken, a modified variant of the Kobalt 2.0 "
        "ransomware, to lock the servers."
    )
    assert "Marco Falken" not in _persons(body, "en")


def test_a_person_described_with_the_kind_stays_a_person() -> None:
    body = (
        "Marco Falken, a researcher who studies the ransomware, said the servers were locked. "
        "Falken added that no data was lost."
    )
    assert "Marco Falken" in _persons(body, "en")
