"""Persons that are people (issue 9, names session 37): companies' and networks' words ("Co",
"Motor", "Pictures", "Trans X"), English buildings and roads, a calendar's era after a year, the
possessor after "said" in English, a rank after a body whose name ends in a place's head word
("Polres X Kota Ipda Fulan"), and photo credits that name their source first. Made-up sentences."""

from __future__ import annotations

from kutip.index.ingest.credits import credit_line, credits_from_lines
from kutip.index.models import Credit
from tests.unit.recognised import person_names as _persons


def test_a_company_word_ends_no_persons_name() -> None:
    body = (
        "SEOUL - Contoh Motor Co plans to open a plant, minister Fulan Badu said on Thursday. "
        "The studio Sinar Pictures will film there, Badu said."
    )
    assert _persons(body, "en") == ["Fulan Badu"]


def test_a_transport_firm_opened_or_closed_by_trans_is_no_person() -> None:
    body = (
        "Bus milik PO Trans Contoh Jaya itu terguling di Subang. Sebelumnya bus dipakai PO Sinar Trans, "
        "kata Kepala Dinas Perhubungan Fulan Badu."
    )
    assert _persons(body) == ["Fulan Badu"]


def test_a_named_person_after_trans_words_stays() -> None:
    body = "Direktur Utama PT Trans Contoh Raya, Sari Dewi, mengatakan armada bertambah."
    assert "Sari Dewi" in _persons(body)


def test_an_english_building_or_road_is_no_person() -> None:
    body = (
        '"We are grateful for the ramps at the Wisma Contoh Building," resident Ana Lee said. '
        "Traffic slowed on the Trans Contoh Toll Road, police said."
    )
    assert _persons(body, "en") == ["Ana Lee"]


def test_a_calendars_era_after_a_year_is_no_person() -> None:
    body = (
        "Pada peringatan Tahun Baru 1446 Hijriyah, Gubernur Fulan Badu membagikan santunan kepada "
        "anak yatim."
    )
    assert _persons(body) == ["Fulan Badu"]


def test_the_possessor_after_said_is_no_speaker() -> None:
    body = "Critics have said Contohpay's small share could slow its growth, Ana Lee said."
    assert _persons(body, "en") == ["Ana Lee"]


def test_a_rank_after_a_bodys_name_ending_in_a_place_head_opens_the_officers_name() -> None:
    body = (
        "Menurut Kasat Lantas Polres Sukareja Kota Ipda Fulan Badu, arus kendaraan di simpang itu sudah "
        "lancar sejak sore."
    )
    assert _persons(body) == ["Fulan Badu"]


def test_a_street_named_after_a_rank_stays_a_place() -> None:
    body = "Warga berkumpul di Jalan Kapten Fulan Badu sejak pagi, kata Sari Dewi."
    assert _persons(body) == ["Sari Dewi"]


def test_a_caption_credit_with_its_source_first_names_the_photographer() -> None:
    line = "Nelayan menjemur ikan asin di dermaga, Jumat (14/02/2025). Contohbisnis/Fulan B Badu"
    assert credit_line(line) == [Credit("photo", "Fulan B Badu")]


def test_an_outlets_initials_before_a_slash_credit_no_one() -> None:
    line = "Petani memanen padi di sawah desa pada Kamis pagi, (03/04/2025). CB/ FULAN"
    assert credit_line(line) == []


def test_a_name_before_a_site_still_credits_the_photographer() -> None:
    line = "Menteri meninjau sekolah, Kamis (14/3/2024). Rudi Hartono/CONTOH.com"
    assert credit_line(line) == [Credit("photo", "Rudi Hartono")]


def test_a_sites_address_is_in_no_credit() -> None:
    assert credits_from_lines(["Pixel Contohnews.com", "Penulis: Fulan Badu"]) == [
        Credit("writer", "Fulan Badu")
    ]


def test_a_number_plates_letter_ends_a_name() -> None:
    body = (
        "Truk itu menyerempet mobil Contoh Kijang B 2710 XYZ di tikungan, kata Kapolres AKBP Fulan Badu."
    )
    assert _persons(body) == ["Fulan Badu"]


def test_a_short_form_defined_after_a_body_is_the_body() -> None:
    body = (
        "Hal itu disampaikan Direktorat Jenderal Perhubungan Contoh (Ditjen Hubcot) Kementerian "
        "Perhubungan, kata Fulan Badu."
    )
    assert _persons(body) == ["Fulan Badu"]
    body = (
        "Bakers in the Contoh Bakers Association (Acoret) are split over flour prices. "
        '"Those shops do not belong to Acoret," chairman Fulan Badu said.'
    )
    assert _persons(body, "en") == ["Fulan Badu"]


def test_a_nickname_defined_after_a_person_stays_a_person() -> None:
    body = "Presiden Fulan Badu Santoso (Fubas) meninjau pasar. Fubas mengatakan harga stabil."
    assert _persons(body) == ["Fulan Badu Santoso"]


def test_a_bulleted_label_still_opens_a_credit() -> None:
    assert credit_line("- by Fulan Badu") == [Credit("author", "Fulan Badu")]
    assert credit_line("- Editor Sari Dewi") == [Credit("editor", "Sari Dewi")]
    assert credit_line("- 19 Jan 2026") == []
    assert credit_line("- Fulan Badu") == []


def test_reported_by_in_indonesian_credits_the_writer() -> None:
    assert credit_line("Laporan oleh Fulan Badu") == [Credit("writer", "Fulan Badu")]


def test_an_english_house_and_a_vice_rank_name_no_one() -> None:
    body = (
        "The prime minister hosted them at Contoh House on Sunday. Vice Adm. (ret) Fulan Badu "
        "was also reappointed, officials said."
    )
    assert _persons(body, "en") == ["Fulan Badu"]


def test_two_names_joined_by_a_hyphen_alone_name_no_one() -> None:
    body = "Buses will serve areas such as Contoh-Badu (Cobad) and the Sukareja-Kertomulyo toll road, Ana Lee said."
    assert _persons(body, "en") == ["Ana Lee"]


def test_a_hyphenated_given_name_with_a_family_name_stays() -> None:
    assert _persons("Jean-Pierre Contoh said the talks had failed.", "en") == ["Jean-Pierre Contoh"]
