"""Session 28, a word glued before a name (made-up text): a club, a town, a unit or a rank written
straight before a person's name is not the name when the article shows it is no name word (written
in lower case or alone as a thing, known as a place or body) and shows where the name starts (the
rest written as the person elsewhere, or the tagger's reading)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.glued_fronts import front_is_no_name
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements
from kutip.index.statements.people import front_to_strip
from tests.unit.recognised import person_names as _persons


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang))]


def test_a_club_written_alone_elsewhere_is_cut_from_the_player() -> None:
    body = (
        "Persikota menang tipis atas Persigar dalam laga semalam. Persikota kini naik ke posisi ketiga.\n\n"
        "Sementara itu, bek Persikota Fulan Hidayat mengaku timnya bermain lebih sabar. "
        '"Kami menunggu momen yang tepat untuk menyerang," kata Fulan.\n\n'
        '"Laga berikutnya akan lebih berat," tambah Fulan Hidayat.\n'
    )
    assert _persons(body) == ["Fulan Hidayat"]


def test_a_town_the_dictionary_writes_in_lower_case_is_cut_before_a_name() -> None:
    body = (
        "Sidang perkara korupsi dana desa digelar di pengadilan, Senin.\n\n"
        '"Kami diberi waktu tujuh hari untuk menentukan sikap," tutur Kepala Kejari Pasir Agus Rujianto.\n\n'
        "Jaksa masih mempelajari putusan itu sebelum menentukan langkah berikutnya.\n"
    )
    assert "Agus Rujianto" in _persons(body)
    assert "Pasir Agus Rujianto" not in _persons(body)


def test_a_name_whose_first_word_is_a_given_name_keeps_it() -> None:
    body = (
        "Muhammad Fulan Hidayat menjadi pembicara dalam seminar itu.\n\n"
        '"Kita harus belajar dari pengalaman," kata Muhammad Fulan Hidayat.\n'
    )
    assert _persons(body) == ["Muhammad Fulan Hidayat"]


def test_a_rank_glued_to_its_corps_is_a_title() -> None:
    body = (
        "Polisi menangkap tiga pelaku pencurian di Sukamaju.\n\n"
        '"Para pelaku harus bertanggung jawab," kata Kabid Humas Polda Contoh Kombespol Andi Barung Hidayat.\n\n'
        "Barung menambahkan pemeriksaan masih berjalan.\n"
    )
    assert _persons(body) == ["Andi Barung Hidayat"]
    assert set(_speakers(body)) == {"Andi Barung Hidayat"}
    assert front_to_strip(["Kombespol", "Fulan", "Hidayat"], after_title=False) == 1
    assert front_is_no_name("Kombespol") and not front_is_no_name("Fulan")


def test_a_misspelt_rank_of_two_words_is_cut_whole() -> None:
    assert front_to_strip(["Marskal", "Madya", "Fulan", "Sutarjo"], after_title=False) == 2
    assert front_to_strip(["Marsekal", "Madya", "Fulan", "Sutarjo"], after_title=False) == 2
    body = (
        "Pencarian korban kapal tenggelam terus dilakukan.\n\n"
        "Kepala Badan SAR Nasional Marskal Madya Fulan Sutarjo mengatakan cuaca buruk menghambat tim. "
        '"Pencarian kami perluas ke arah timur," kata Fulan Sutarjo.\n'
    )
    assert set(_speakers(body)) == {"Fulan Sutarjo"}


def test_the_statements_layer_can_ask_which_front_words_the_article_glued() -> None:
    from kutip.index.statements.people import glued_front

    body = (
        "Persikota menang tipis atas Persigar dalam laga semalam. Persikota kini naik ke posisi ketiga.\n\n"
        "Sementara itu, bek Persikota Fulan Hidayat mengaku timnya bermain lebih sabar.\n"
    )
    recognise(body, "id")
    assert glued_front(body, ["Persikota", "Fulan", "Hidayat"]) == 1
    assert glued_front(body, ["Fulan", "Hidayat"]) == 0


def test_a_region_written_alone_elsewhere_is_cut_before_the_holder_of_the_office() -> None:
    body = (
        "Banjir bandang melanda Sukamaju sejak Jumat pagi.\n\n"
        "Bupati meninjau lokasi didampingi Ketua DPRD Sukamaju Darsono Wiryo, Forkopimda, dan unsur TNI.\n\n"
        "Warga Sukamaju diminta waspada karena hujan masih turun.\n"
    )
    assert "Darsono Wiryo" in _persons(body)
    places = [e.name for e in recognise(body, "id") if e.type is EntityType.PLACE]
    assert not any("Darsono" in p for p in places)
