"""Cues of local and regional news: officials behind long office names, ordinary people, outlets.

Every sentence is written for these tests; names of people are invented.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import lookup, recognise
from kutip.index.models import EntityType

PERSON, ORG, PLACE = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def kinds(body: str, lang: str = "id") -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, lang)}


def persons(body: str, lang: str = "id") -> set[str]:
    return {name for name, kind in kinds(body, lang).items() if kind is PERSON}


# --- title + office or place + name ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "person", "body_name"),
    [
        (
            "Kepala Pelaksana BPBD Kabupaten Garut Wening Prameswari meninjau tanggul.",
            "Wening Prameswari",
            "Kabupaten Garut",
        ),
        ("Anggota DPRD Kota Medan Sabar Tambunan menilai jadwalnya terlambat.", "Sabar Tambunan", "Kota Medan"),
        (
            "Kepala Dinas Perhubungan (Dishub) Kota Malang Hadi Sasmito menyebut jalur itu ditutup.",
            "Hadi Sasmito",
            "Kota Malang",
        ),
        (
            "Juru bicara Kementerian Pertanian Ratih Kusumawardani mengatakan panen mundur.",
            "Ratih Kusumawardani",
            "Kementerian Pertanian",
        ),
        ("Dosen Universitas Airlangga Bagus Wicaksono menilai usulan itu wajar.", "Bagus Wicaksono", "Universitas Airlangga"),
        (
            "Camat Kecamatan Cibeber Timur Asep Mulyadi meminta warga waspada.",
            "Asep Mulyadi",
            "Kecamatan Cibeber Timur",
        ),
    ],
)
def test_office_or_place_between_title_and_name_is_cut_off(body: str, person: str, body_name: str) -> None:
    found = kinds(body)
    assert found.get(person) is PERSON
    assert body_name in found and found[body_name] is not PERSON


def test_name_used_alone_elsewhere_marks_where_the_person_starts() -> None:
    body = (
        "Ekonom Lembaga Riset Pasar Andalan Joko Prihatin menilai harga stabil. "
        '"Pasokan cukup," kata Joko.'
    )
    found = kinds(body)
    assert found.get("Joko Prihatin") is PERSON
    assert found.get("Lembaga Riset Pasar Andalan") is ORG


def test_office_with_no_person_after_it_stays_whole() -> None:
    found = kinds("Kepala Dinas Kesehatan Kota Bandung Barat menyebut stok vaksin aman.")
    assert not {name for name, kind in found.items() if kind is PERSON}
    assert kinds("Warga Kabupaten Garut Selatan mulai mengungsi.").get("Kabupaten Garut Selatan") is PLACE


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ('"Harga cabai turun," ujar Mendag Rudi Hartanto di Jakarta.', "Rudi Hartanto"),
        ("Wagub Sulastri Widodo membuka pasar murah.", "Sulastri Widodo"),
        ("Kadis Pendidikan Marlina Sitompul meninjau sekolah.", "Marlina Sitompul"),
        ("The vaccine is safe, chief negotiator Pernille Dahl told reporters.", "Pernille Dahl"),
    ],
)
def test_short_titles_are_not_part_of_the_name(body: str, person: str) -> None:
    lang = "en" if body.startswith("The") else "id"
    assert persons(body, lang) == {person}


# --- ordinary people: age, role, the person a pronoun points back to ---------------------


@pytest.mark.parametrize(
    ("body", "lang", "person"),
    [
        ("Karto (61) baru pulang dari sawah ketika air datang.", "id", "Karto"),
        ("Warung milik Darsih (47), pedagang sayur, ikut terendam.", "id", "Darsih"),
        ("Suwarni, seorang penjual jamu, sudah berjualan sejak 1998.", "id", "Suwarni"),
        ("Marto, warga Dusun Krajan, belum bisa pulang.", "id", "Marto"),
        ("Okonkwo, 52, a fish trader, lost his stall to the water.", "en", "Okonkwo"),
        ("Tomasz, a bus driver, waited four hours at the depot.", "en", "Tomasz"),
    ],
)
def test_age_or_role_after_a_single_name_makes_a_person(body: str, lang: str, person: str) -> None:
    assert kinds(body, lang).get(person) is PERSON


@pytest.mark.parametrize(
    "body",
    [
        "Setelah Lebaran, warga kembali bekerja di pabrik.",
        "Di Cikampek, warga mengungsi ke masjid.",
        "Harga beras naik sejak Senin (18/11), kata pedagang.",
    ],
)
def test_role_words_after_other_capitalised_words_make_no_person(body: str) -> None:
    assert not persons(body)


def test_a_quote_closed_by_a_pronoun_points_back_to_an_unknown_name() -> None:
    body = (
        "Di Posko Cibubur Selatan, Darmini masih menunggu bantuan. "
        "\u201cBeras sudah habis sejak kemarin,\u201d ujarnya."
    )
    assert persons(body) == {"Darmini"}
    english = 'At the shelter, Okafor still waits for news. "We lost everything," he said.'
    assert persons(english, "en") == {"Okafor"}


def test_a_known_person_in_the_paragraph_is_the_one_the_pronoun_means() -> None:
    body = (
        "Kepala Puskesmas Tamalate, Rina Sari, menegaskan gerakan 3M Plus tetap wajib.\n\n"
        "\u201cJangan lengah,\u201d tegasnya."
    )
    assert persons(body) == {"Rina Sari"}


# --- things that are not persons --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "org"),
    [
        ("Surabaya, Warta Timur Online - Jalan itu ditutup.", "id", "Warta Timur Online"),
        ("Kabar Priangan, Garut - Hujan turun sejak pagi.", "id", "Kabar Priangan"),
        ('"We will not sign," Dahl told The Harbour Ledger by phone.', "en", "Harbour Ledger"),
    ],
)
def test_outlet_names_are_organisations(body: str, lang: str, org: str) -> None:
    found = kinds(body, lang)
    assert any(org in name and kind is ORG for name, kind in found.items())
    assert not any(org in name for name in persons(body, lang))


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Perjanjian Kemitraan Ekonomi Komprehensif ditandatangani di Bali.", "id"),
        ("Kasus Demam Berdarah Dengue (DBD) naik. Sebagian besar pasien DBD adalah anak-anak.", "id"),
        ("Talks on the Baltic Free Trade Agreement resume in Riga.", "en"),
        ("Cases rose across several Southeast Asian countries.", "en"),
        ("Ekspor ke negara-negara Nordik naik. Dari pihak Nordik, kepala perunding hadir.", "id"),
    ],
)
def test_agreements_diseases_and_regions_are_no_persons(body: str, lang: str) -> None:
    assert not persons(body, lang)
    assert "DBD" not in kinds(body, lang)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Warga mengungsi ke Posko Utama Cileungsi sejak malam.", "Posko Utama Cileungsi", ORG),
        ("Vaksinasi dimulai di SD Negeri Sukamaju pagi ini.", "SD Negeri Sukamaju", ORG),
        ("Rapat digelar di Kompleks Parlemen, Senayan.", "Kompleks Parlemen", PLACE),
        ("Pasien dirujuk dari Puskesmas Tamalate ke rumah sakit.", "Puskesmas Tamalate", ORG),
        ("Integrasi dengan Trans Pakuan Bus sudah dirancang.", "Trans Pakuan Bus", ORG),
    ],
)
def test_local_head_words_name_places_and_bodies(body: str, name: str, kind: EntityType) -> None:
    assert kinds(body).get(name) is kind


def test_regional_agency_short_forms_are_organisations() -> None:
    found = kinds("Dishub dan Dinkes Kota Malang menggelar razia bersama BPBD.")
    assert found.get("Dinas Perhubungan") is ORG
    assert found.get("Dinas Kesehatan") is ORG
    assert found.get("Badan Penanggulangan Bencana Daerah") is ORG
    assert not persons("Kepala Dishub Malang Hadi Sasmito menyebut jalur ditutup.") - {"Hadi Sasmito"}


def test_gazetteer_knows_regencies_and_agencies() -> None:
    for place in ("Karawang", "Purwakarta", "Kutai Kartanegara", "Tanah Datar"):
        entry = lookup(place)
        assert entry is not None and entry.type is PLACE, place
    entry = lookup("Disdukcapil")
    assert entry is not None and entry.name_id == "Dinas Kependudukan dan Pencatatan Sipil"
