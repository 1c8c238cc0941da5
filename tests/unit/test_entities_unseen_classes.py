"""Classes counted on real pages (made-up sentences): East Asian family names that are everyday words,
hospitals named after a titled person, deputy ministers, a scorer's minute, a company before its officer."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.east_asian import is_pinyin
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


@pytest.mark.parametrize(
    ("body", "lang", "name"),
    [
        ("Rina Marlina kalah dari An Se-jin di semifinal, Minggu.", "id", "An Se-jin"),
        ("Di final ia bertemu wakil China, He Bing Lan, yang unggul.", "id", "He Binglan"),
        ("Rina Marlina lost to world number one An Se-jin of South Korea on Sunday.", "en", "An Se-jin"),
        ("The title went to He Binglan of China after a long final.", "en", "He Binglan"),
    ],
)
def test_a_family_name_that_is_an_everyday_word_opens_the_name(body: str, lang: str, name: str) -> None:
    assert name in _persons(body, lang)


@pytest.mark.parametrize(
    "body",
    [
        "He said the match was hard. He Can Do It, the banner read.",  # a sentence's pronoun; a Title Case line
        "An Indonesian delegation arrived on Monday.",
    ],
)
def test_everyday_words_stay_words(body: str) -> None:
    assert not any(name.split()[0] in ("He", "An") for name in _persons(body, "en"))


def test_pinyin_words() -> None:
    assert is_pinyin("Bing") and is_pinyin("Zhiwei") and is_pinyin("Xiong")
    assert not is_pinyin("Marlina") and not is_pinyin("Hidayat")


@pytest.mark.parametrize(
    "body",
    [
        "Korban dibawa ke Rumah Sakit Umum Pusat Dr. Fulan Wirabrata, Jakarta, Jumat.",
        "Jenazah disemayamkan di RSUD dr. Badu Sukamto sejak pagi.",
    ],
)
def test_a_hospital_named_after_a_titled_person_is_no_person(body: str) -> None:
    assert _persons(body) == []


def test_a_doctor_of_a_hospital_after_a_comma_is_a_person() -> None:
    assert "Rina Marlina" in _persons("Dokter RS Sukamaju, dr. Rina Marlina, mengatakan pasien stabil.")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jakarta - Wamenaker Fulan Hidayat meninjau pabrik itu, Senin.", "Fulan Hidayat"),
        ("Menteri Agraria dan Tata Ruang/Kepala BPN Fulan Hidayat meninjau lahan.", "Fulan Hidayat"),
    ],
)
def test_deputy_ministers_and_ministries_fields_are_no_names(body: str, name: str) -> None:
    assert _persons(body) == [name]


def test_a_scorers_minute_marks_a_player() -> None:
    body = "Tim tamu unggul lewat sontekan Fulan Wirabrata (45+3') dan sepakan Badu Sukamto (74')."
    assert {"Fulan Wirabrata", "Badu Sukamto"} <= set(_persons(body))


def test_a_company_word_before_its_officer_is_cut() -> None:
    body = (
        "PT Sinar Wirabata (Wirabata) belum memecat karyawan. Manajemen PT Wirabata menolak. "
        '"Kami tetap beroperasi," kata Direktur Utama Wirabata Fulan Hidayat Santoso.'
    )
    assert "Fulan Hidayat Santoso" in _persons(body)


def test_a_body_named_after_its_head_keeps_the_name() -> None:
    body = "Yayasan Fulan Hidayat berdiri pada 1990. Ketua Fulan Hidayat Santoso hadir di sana."
    assert "Fulan Hidayat Santoso" in _persons(body)


def test_a_given_name_split_into_pinyin_syllables_is_written_as_one_word() -> None:
    found = recognise("Di final ia bertemu wakil China, He Bing Lan, yang unggul.", "id")
    entity = next(e for e in found if e.type is EntityType.PERSON)
    assert entity.name == "He Binglan" and "He Bing Lan" in entity.aliases


def test_an_english_village_is_a_place() -> None:
    body = "The fence stands near Sukamaju Village, the officials said."
    assert "Sukamaju Village" not in _persons(body, "en")


def test_a_korean_given_name_whose_first_syllable_is_a_word() -> None:
    assert "Jeong Sang-min" in _persons("Tim tamu menyamakan kedudukan lewat Jeong Sang-min di akhir laga.")


def test_a_scorer_with_two_minutes() -> None:
    assert "Fulan Wirabrata" in _persons(
        "Dua gol tuan rumah dicetak Fulan Wirabrata (15', 45+3') di babak pertama."
    )


def test_words_of_praise_are_no_persons() -> None:
    assert _persons('"Alhamdullilah Hirrabbil Alamiin, kami bersyukur," kata warga. Alloh Maha Besar.') == []


def test_a_name_cut_off_by_the_end_of_the_page_is_dropped() -> None:
    assert _persons("Ia bertemu Presiden Fulan Hidayat dan Putra Mahkota Badu Mo") == ["Fulan Hidayat"]


def test_a_name_in_capitals_ending_the_page_stays() -> None:
    assert "Fulan MD" in _persons('"Kami siap," kata Fulan MD')


def test_a_korean_name_in_three_words_keeps_its_spelling() -> None:
    assert "Kim Jong Un" in _persons("Pemimpin Korea Utara Kim Jong Un meninjau pabrik itu, Senin.")
