"""Person rules for wire and local-news styles: titles before bodies, codes, nicknames, places.

Every sentence here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise, resolve_person
from kutip.index.models import Entity, EntityType


def persons(body: str, lang: str) -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def typed(body: str, lang: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, lang)}


def person(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.type is EntityType.PERSON and e.name == name)


# Titles: a body or a place between the title and the name is no person.


@pytest.mark.parametrize(
    ("body", "name", "not_person"),
    [
        ("Kapolres Sleman AKBP Bayu Prasetyo menyatakan jalan ditutup.", "Bayu Prasetyo", "Sleman"),
        ("Danramil Ngaglik Kapten Yosua Damanik memimpin apel pagi.", "Yosua Damanik", "Ngaglik"),
    ],
)
def test_place_between_two_titles_is_no_person(body: str, name: str, not_person: str) -> None:
    found = persons(body, "id")
    assert name in found
    assert not any(not_person in p for p in found)


def test_short_form_of_a_title_in_parentheses_is_no_person() -> None:
    body = "Kepala Bidang Pengendalian Penyakit (Kabid) Dinas Kesehatan Kota Kendari Wahyu Lestari menjelaskan."
    assert persons(body, "id") == ["Wahyu Lestari"]
    body = "Direktur Utama PT Sinar Laut Timur (SLT) Benny Kurniadi membantah tudingan itu."
    assert persons(body, "id") == ["Benny Kurniadi"]
    assert typed(body, "id").get("SLT") is EntityType.ORGANIZATION
    body = "Kepala Pelaksana Harian (Kalakhar) Kota Ambon Ridwan Sopacua mengatakan tenda sudah dipasang."
    assert persons(body, "id") == ["Ridwan Sopacua"]


def test_acronym_led_body_after_a_title() -> None:
    body = "Sartono Hadi, Kepala BPTD Merak, menuturkan antrean mulai terurai."
    found = typed(body, "id")
    assert found.get("Sartono Hadi") is EntityType.PERSON
    assert "BPTD Merak" not in persons(body, "id")
    body = "Ketua DPC Lestiana Purba meminta sopir bersabar."
    assert persons(body, "id") == ["Lestiana Purba"]


def test_manager_and_undersecretary_are_titles() -> None:
    body = "General Manager Bandara Sentani Rolando Wenda mengatakan jadwal penerbangan normal."
    assert persons(body, "id") == ["Rolando Wenda"]
    body = '"The fares will stay," Energy Undersecretary Marites Gatchalian told reporters.'
    assert persons(body, "en") == ["Marites Gatchalian"]


def test_what_a_title_rules_after_of_is_no_person() -> None:
    assert persons("The old ferry, once the Queen of the Strait, was scrapped on Friday.", "en") == []
    body = "Head of Markets Olivia Brandt said trading was thin."
    assert persons(body, "en") == ["Olivia Brandt"]


# Codes, times and wars written in capitals.


@pytest.mark.parametrize(
    "body",
    [
        "The ferry docked at 6:40 PM WITA after a rough crossing.",
        "Kapal itu bersandar di dermaga KM III sejak pagi.",
        "Her grandfather drove supply trucks during World War II and never spoke of it.",
    ],
)
def test_codes_and_wars_are_no_persons(body: str) -> None:
    lang = "en" if " the " in body or body.startswith("The") or " and " in body else "id"
    assert persons(body, lang) == []


# Organisations and places that used to look like names.


def test_english_body_with_and_inside_its_name() -> None:
    body = "According to the Coastal Fisheries Licensing and Inspection Board, 900 boats stayed ashore."
    found = typed(body, "en")
    assert found.get("Coastal Fisheries Licensing and Inspection Board") is EntityType.ORGANIZATION
    assert persons(body, "en") == []
    body = "The Tourism and Creative Economy Ministry said visitor numbers rose."
    assert typed(body, "en").get("Tourism and Creative Economy Ministry") is EntityType.ORGANIZATION


def test_names_joined_by_and_stay_two_people() -> None:
    body = "Marta Quiroga and Dewi Anggraeni said the talks would resume."
    assert persons(body, "en") == ["Marta Quiroga", "Dewi Anggraeni"]


def test_ministry_alone_before_said_is_no_person() -> None:
    body = "The Labour Ministry said on Tuesday that the rule applies from March."
    assert persons(body, "en") == []
    assert typed(body, "en").get("Labour Ministry") is EntityType.ORGANIZATION


def test_plural_possessive_inside_an_organisation() -> None:
    body = "Halim Rashid, who heads the Kuantan Rubber Tappers' Association, said prices had halved."
    assert persons(body, "en") == ["Halim Rashid"]
    assert typed(body, "en").get("Kuantan Rubber Tappers' Association") is EntityType.ORGANIZATION


def test_quoted_plural_is_not_joined() -> None:
    body = "Fans call the club 'the Lions' Saturday after Saturday, said Ikram Sulaiman."
    assert "Ikram Sulaiman" in persons(body, "en")


@pytest.mark.parametrize(
    ("body", "lang", "place"),
    [
        ("His bakery in San Isidro has fed the street for forty years.", "en", "San Isidro"),
        ("Warung itu berdiri di Tanjung Morawa sejak tahun 1990.", "id", "Tanjung Morawa"),
    ],
)
def test_several_words_after_in_or_di_are_a_place(body: str, lang: str, place: str) -> None:
    assert persons(body, lang) == []
    assert typed(body, lang).get(place) is EntityType.PLACE


def test_preposition_opening_a_sentence_is_no_name() -> None:
    body = "Outside Freedom Square, Wirat Sombat, 58, sells grilled pork from a cart."
    assert persons(body, "en") == ["Wirat Sombat"]


def test_laboratory_and_malay_university_are_organisations() -> None:
    body = '"Sampelnya sudah di Laboratorium Kesehatan Provinsi," ujar Teguh Santoso.'
    assert persons(body, "id") == ["Teguh Santoso"]
    body = "Universiti Sains Utara lecturer Dr Zarina Othman said the survey was small."
    assert persons(body, "en") == ["Zarina Othman"]


# People the cues used to miss or name wrongly.


def test_age_written_with_tahun_or_years_old() -> None:
    body = "Pedagang sayur asal Lumajang, Sutarmi, 52 tahun, mengaku rugi."
    assert persons(body, "id") == ["Sutarmi"]
    body = "A boatman from the delta, Pongsak, 47 years old, said the river was low."
    assert persons(body, "en") == ["Pongsak"]


def test_nickname_in_quotes_is_left_out_of_the_name() -> None:
    body = 'Rodrigo "Dodong" Villanueva, 58, sells fish in Tondo. "It is hard," Villanueva said.'
    entities = recognise(body, "en")
    assert persons(body, "en") == ["Rodrigo Villanueva"]
    villanueva = person(entities, "Rodrigo Villanueva")
    assert "Dodong" in villanueva.aliases
    assert resolve_person("Villanueva", entities) == "Rodrigo Villanueva"
    assert resolve_person("Dodong", entities) == "Rodrigo Villanueva"


def test_nickname_in_curly_single_quotes() -> None:
    body = "Menurut Agustinus ‘Gusti’ Manurung, 40, harga solar naik."
    assert persons(body, "id") == ["Agustinus Manurung"]


def test_quoted_word_between_names_needs_both_sides() -> None:
    body = 'Warga menyebut jalan itu "Neraka" setiap musim hujan, kata Darsono.'
    assert persons(body, "id") == ["Darsono"]


# Honorifics, local place heads, numbered units and bodies glued to the person.


def test_malaysian_honorifics_are_titles() -> None:
    body = "Deputy Minister Datuk Seri Anwar Kamaruddin said the plan was sound, Tan Sri Halimah Osman agreed."
    assert persons(body, "en") == ["Anwar Kamaruddin", "Halimah Osman"]


def test_palace_and_barangay_make_places() -> None:
    body = "Residents of Barangay Bagong Silang said Malacañang Palace spokesperson Lea Corpuz visited."
    assert persons(body, "en") == ["Lea Corpuz"]


def test_numbered_unit_between_title_and_name() -> None:
    body = '"Airnya sudah surut," kata Ketua RT 07 Warsito di depan rumahnya.'
    assert persons(body, "id") == ["Warsito"]


def test_time_zone_after_a_clock_time_is_no_title_qualifier() -> None:
    assert persons("March 3, 2025 9:05 PM GMT+8 Updated 2 hours ago", "en") == []


def test_acronyms_close_a_body_glued_to_the_person() -> None:
    body = "Anggota Komisi VIII DPR RI Maharani Lubis meminta kuota haji diperjelas."
    assert persons(body, "id") == ["Maharani Lubis"]
    body = "Direktur PT ASDP Indonesia Ferry Cabang Merak, Ilham Siregar, menyatakan kapal siaga."
    assert persons(body, "id") == ["Ilham Siregar"]


def test_title_describing_the_person_before_it_names_no_one_else() -> None:
    body = "Yohanes Rumaropen, Kepala KSOP Biak, menuturkan izin berlayar ditunda."
    assert persons(body, "id") == ["Yohanes Rumaropen"]
    body = "Kepala BPTD Sartono meninjau antrean di dermaga."
    assert persons(body, "id") == ["Sartono"]


def test_long_acronym_inside_a_run_is_no_person_name() -> None:
    body = "Kepala Seksi Operasional KSOP Kelas III Sorong, Markus Wanma, mengatakan kapal tertahan."
    assert persons(body, "id") == ["Markus Wanma"]
