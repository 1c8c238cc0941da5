"""Names that are no person: world places, clubs, firms, offices, levels, forms of address.

Every sentence here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def persons(body: str, lang: str) -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def typed(body: str, lang: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, lang)}


# World cities and regions are general gazetteer data.


@pytest.mark.parametrize(
    ("body", "lang", "place"),
    [
        ("Power cuts left Chittagong without water for a day, officials said.", "en", "Chittagong"),
        ("Rainfall over Gangetic Kerala stayed below normal all week.", "en", "Kerala"),
        ("Harga bawang di Karachi dan Lagos naik dua kali lipat.", "id", "Lagos"),
        ("Flights from Addis Ababa to Nairobi were cancelled.", "en", "Nairobi"),
        ("Warga Sumba Timur menunggu bantuan air bersih.", "id", "Sumba Timur"),
    ],
)
def test_world_places_are_no_persons(body: str, lang: str, place: str) -> None:
    assert persons(body, lang) == []
    assert typed(body, lang).get(place) is EntityType.PLACE


# Clubs and firms are named by an English head at the end.


@pytest.mark.parametrize(
    ("body", "org"),
    [
        ("Eastbank United drew 1-1 with the league leaders on Sunday.", "Eastbank United"),
        ("Fans of Millpond Rovers marched to the stadium.", "Millpond Rovers"),
        ("Lowfield FC has not paid its squad since March.", "Lowfield FC"),
        ("The fund manager, Teluk Ventures, led the round.", "Teluk Ventures"),
        ("A buyer, Highland Berry Growers, signed the contract.", "Highland Berry Growers"),
    ],
)
def test_club_and_firm_heads_make_organisations(body: str, org: str) -> None:
    assert persons(body, "en") == []
    assert typed(body, "en").get(org) is EntityType.ORGANIZATION


def test_two_heads_make_one_body() -> None:
    body = "Lim Bee Hong, who chairs the Upper Valley Tea Growers' Cooperative, said prices fell."
    assert persons(body, "en") == ["Lim Bee Hong"]


def test_firm_before_an_apposed_person() -> None:
    body = "Analis dari Samudra Capital, Maya Prasetya, menilai pasar masih lesu."
    assert persons(body, "id") == ["Maya Prasetya"]
    assert typed(body, "id").get("Samudra Capital") is EntityType.ORGANIZATION


# A title's body named right before the person set off by commas.


def test_single_word_body_between_title_and_person() -> None:
    body = "Chief Operating Officer Sawitara, Dimas Aryanto, mengatakan perusahaan akan berhemat."
    assert persons(body, "id") == ["Dimas Aryanto"]
    assert typed(body, "id").get("Sawitara") is EntityType.ORGANIZATION


def test_a_cued_single_name_after_a_title_stays_a_person() -> None:
    body = 'Menurut Camat Suwandi, Budi Hartono, warga setempat, ikut membantu. "Kami siap," kata Suwandi.'
    assert {"Suwandi", "Budi Hartono"} <= set(persons(body, "id"))


# Indonesian nouns of office and field: "pe-...-an", "ke-...-an", listed fields.


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Direktur Pengawasan dan Penegakan Hukum Kementerian Lingkungan Hidup, Ani Rahmawati, "
            "mengatakan sanksi sudah disiapkan.",
            "Ani Rahmawati",
        ),
        ("Wakil Dekan Bidang Kemahasiswaan, Dr. Yoga Pratama, berjanji menjawab keluhan.", "Yoga Pratama"),
        ("Kepala Seksi Pencegahan Sutarno memeriksa gudang itu.", "Sutarno"),
    ],
)
def test_office_nouns_after_a_title_are_no_person(body: str, name: str) -> None:
    assert persons(body, "id") == [name]


# Words that open a sentence or address someone.


def test_imperative_opening_a_quote_is_no_person() -> None:
    body = 'Ia meminta warga tenang. "Silakan menyampaikan keluhan lewat posko," katanya.'
    assert persons(body, "id") == []


def test_honorific_address_is_no_person() -> None:
    body = '"Kami hanya memohon keadilan, Yang Mulia," kata Fransiskus di ruang sidang.'
    assert persons(body, "id") == ["Fransiskus"]


def test_hyphenated_compound_opening_a_sentence_is_no_person() -> None:
    body = "Well-known baker Rosa Lim, 61, said the shop would close."
    assert persons(body, "en") == ["Rosa Lim"]


def test_alert_levels_are_no_person() -> None:
    body = "Status Gunung Lokon naik dari Waspada (Level II) menjadi Siaga (Level III) sejak Senin."
    assert persons(body, "id") == []


def test_indigenous_qualifier_is_no_person() -> None:
    body = "An Indigenous Manobo council met the governor on Friday."
    assert persons(body, "en") == []


def test_chiefly_title_is_left_out_of_the_name() -> None:
    body = "Datu Ramon Balansag said the land had been farmed for generations."
    assert persons(body, "en") == ["Ramon Balansag"]
