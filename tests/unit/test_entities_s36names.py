"""Persons that are people (issue 9, names session 36): Islamic honorifics before a cleric's name
("KH Fulan"), offices of religious bodies and task forces alone ("Rais Aam", "Kasatgas"), racing
circuits, races and contests, English openers ("Following X's release") and interjections ("Yup, X").
Made-up sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def _places(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PLACE]


def test_an_islamic_honorific_after_a_body_opens_the_clerics_name() -> None:
    body = (
        "Hadir pula Pengasuh Ponpes Sukamaju Kediri KH Anwar Sanusi, serta Pengasuh Ponpes "
        "Al-Hikmah Ploso Kediri KH Nurul Huda Jazuli."
    )
    assert _persons(body) == ["Anwar Sanusi", "Nurul Huda Jazuli"]


def test_the_honorific_after_an_acronym_is_no_organisation() -> None:
    body = "Ketua Umum PBNU KH Yahya Santoso hadir di Surabaya."
    assert _persons(body) == ["Yahya Santoso"]
    assert all(e.name != "KH" for e in recognise(body, "id"))


def test_a_religious_bodys_office_alone_names_no_one() -> None:
    body = (
        "Rais Aam Pengurus Besar Nahdlatul Ulama (PBNU) KH Ahmad Fauzan menegaskan hal itu. "
        "Kewenangan ada di tangan Rais Aam, kata Fauzan."
    )
    assert _persons(body) == ["Ahmad Fauzan"]


def test_an_office_written_with_an_apostrophe_is_the_same_office() -> None:
    body = "Hadir Katib A’am PBNU KH Said Asrori dan Sekjen PBNU Amin Husni di pondok itu."
    assert _persons(body) == ["Said Asrori", "Amin Husni"]


def test_a_task_force_heads_office_is_no_person() -> None:
    body = (
        "\"Kami terbangkan dari Nduga,\" kata Kasatgas Humas Operasi Damai Contoh 2024, "
        "Kombes Budi Santoso, Sabtu (21/9/2024)."
    )
    assert _persons(body) == ["Budi Santoso"]


def test_a_racing_circuit_is_a_place() -> None:
    body = "Budi Santoso pun berkomentar, Sirkuit Sukamaju dia sebut sangat cepat."
    assert _persons(body) == ["Budi Santoso"]
    assert _places(body) == ["Sirkuit Sukamaju"]
    english = "Budi Santoso won at the Sukamaju Circuit on Sunday."
    assert _persons(english, "en") == ["Budi Santoso"]


def test_a_race_or_a_contest_is_no_person() -> None:
    assert _persons("Budi Santoso memenangi Sprint Race di sirkuit itu dalam waktu 21 menit.") == [
        "Budi Santoso"
    ]
    english = "A nightmare exit and a frustrating Sukamaju Sprint saw Budi Santoso lose the lead."
    assert _persons(english, "en") == ["Budi Santoso"]


def test_an_english_opener_is_no_part_of_the_name_after_it() -> None:
    body = "Following Badu's release, the army spokesperson Fulan Santoso denied it."
    assert _persons(body, "en") == ["Badu", "Fulan Santoso"]
    assert _persons("Frankly, nobody expected it, Fulan Santoso said.", "en") == ["Fulan Santoso"]


def test_an_interjection_names_no_one() -> None:
    body = "Dadanya penuh kerikil dari aspal trek itu.\n\nYup, Rins mengakui trek itu memang sulit."
    assert _persons(body) == ["Rins"]
    quoted = "Aku bilang: ‘Ok Rudi, coba pelan sedikit di tikungan itu’."
    assert _persons(quoted) == []


def test_the_tagger_adds_no_name_out_of_a_title_of_two_words() -> None:
    body = (
        "Penggunaan atribut atas nama Gus Yahya tidak lagi sah.\n\n"
        "Rais Aam menegaskan bahwa risalah rapat itu sah dan final."
    )
    assert "Aam" not in _persons(body)


def _organisations(body: str) -> list[str]:
    return [e.name for e in recognise(body, "id") if e.type is EntityType.ORGANIZATION]


def test_a_maker_and_its_sponsor_before_a_riders_name_are_the_team() -> None:
    body = "Pembalap Suzuki Ecstar, Budi Santoso, menilai lintasan itu berbahaya."
    assert _persons(body) == ["Budi Santoso"]
    assert _organisations(body) == ["Suzuki Ecstar"]


def test_a_maker_alone_is_no_person() -> None:
    body = "Kini, Rins dan Suzuki sedang bersiap. Rins finis kelima, kata Budi Santoso."
    assert "Suzuki" in _organisations(body)
    assert "Suzuki" not in _persons(body)


def test_a_brand_word_after_a_given_name_may_be_a_surname() -> None:
    body = "Menteri Keuangan Jepang Shunichi Suzuki bertemu Budi Santoso di Tokyo."
    assert "Shunichi Suzuki" in _persons(body)


def test_an_operators_name_of_brand_and_company_words_is_no_person() -> None:
    body = "Pelanggan Indosat Ooredoo Hutchison mengeluh, kata Budi Santoso."
    assert _persons(body) == ["Budi Santoso"]


def test_a_racing_teams_name_ends_before_the_riders() -> None:
    body = "Pembalap Prima Contoh Racing Rudi Hartono memegang piala usai balapan."
    assert _persons(body) == ["Rudi Hartono"]
    assert any(name.endswith("Prima Contoh Racing") for name in _organisations(body))
