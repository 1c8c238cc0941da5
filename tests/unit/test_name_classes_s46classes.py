"""Session 46, name classes seen on unseen pages (made-up names and text): a village named after its
head's title, a site's account in the byline, a real person one letter off a listed figure, the
Balinese article kept in a speaker's name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType
from kutip.index.people.figure_slips import figure_slip
from kutip.index.people.public import public_name
from kutip.index.statements import extract_statements


def _types(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, "id")}


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id"))]


def test_a_village_after_its_heads_title_beside_the_head_is_a_place() -> None:
    for body in (
        "Nama Rudi Hartawan, mantan Lurah Tumbang Rungan, kembali disebut warga.",
        "Kepala Desa Tumbang Rungan, Rudi Hartawan, mengatakan panen gagal.",
        "Rudi Hartawan selaku Kades Tumbang Rungan mengatakan panen gagal.",
    ):
        found = _types(body)
        assert found.get("Rudi Hartawan") is EntityType.PERSON, body
        assert found.get("Tumbang Rungan") is not EntityType.PERSON, body


def test_a_head_named_by_the_title_alone_stays_a_person() -> None:
    found = _types("Kades Budi Santoso, Andi Saputra, dan Rina Wati hadir dalam rapat desa.")
    assert found.get("Budi Santoso") is EntityType.PERSON


def test_a_sites_account_and_counter_in_the_byline_are_no_persons() -> None:
    body = (
        "Sengketa Lahan Kembali Memanas\n\nOleh Admin 1 Selasa, 14 Mei 2024 Pengunjung (12) 2 Mins Read\n\n"
        "PALANGKA RAYA - Warga berkumpul di balai desa, kata Rudi Hartawan."
    )
    persons = {n for n, t in _types(body).items() if t is EntityType.PERSON}
    assert "Admin" not in persons and "Pengunjung" not in persons
    assert "Rudi Hartawan" in persons


def test_a_short_surname_one_letter_off_is_not_the_listed_figure() -> None:
    # the list holds "Anwar Sadat"; a page's own "Anwar Sadar", with an office, is someone else
    assert public_name("Anwar Sadar") is None
    body = (
        "JAKARTA - Sekretaris Jenderal Persatuan Petani, Anwar Sadar, mengatakan petani akan merugi. "
        '"Kami minta kepastian soal lahan ini," kata Anwar.'
    )
    assert set(_speakers(body)) == {"Anwar Sadar"}


def test_long_words_and_one_sounds_letters_are_still_slips() -> None:
    assert figure_slip("baskara wiratmja", "baskara wiratmaja")
    assert figure_slip("idham aziz", "idham azis")
    assert not figure_slip("anwar sadar", "anwar sadat")
    assert public_name("Anwar Sadat") == "Anwar Sadat"


def test_the_balinese_article_stays_in_a_speakers_name() -> None:
    body = 'Ahli tata ruang I Ketut Wirawan menilai peta itu usang. "Petanya lama sekali," ujar Ketut.'
    assert set(_speakers(body)) == {"I Ketut Wirawan"}


def test_an_associations_word_acronym_between_office_and_name_is_no_name() -> None:
    body = '"Kami minta semua pihak tenang," ujar Wakil Ketua Umum Apkasi Dodi Suharman.'
    persons = {n for n, t in _types(body).items() if t is EntityType.PERSON}
    assert persons == {"Dodi Suharman"}
    assert _speakers(body) == ["Dodi Suharman"]


def test_a_known_given_name_after_the_office_opens_the_name() -> None:
    body = "Ketua Umum Agus Harimurti Wibowo membuka rapat pada Senin pagi."
    assert _types(body).get("Agus Harimurti Wibowo") is EntityType.PERSON


def test_an_english_sentence_opening_on_the_balinese_article_keeps_it() -> None:
    body = "I Nyoman Sutarja, a regent from the island, said the market would be rebuilt this year."
    persons = [e.name for e in recognise(body, "en") if e.type is EntityType.PERSON]
    assert persons == ["I Nyoman Sutarja"]


def test_a_representative_offices_head_before_a_province_leaves_the_name_apart() -> None:
    # "Kepala Perwakilan" is an office: the body, its province and the holder follow with no comma
    body = "Kepala Perwakilan Ombudsman RI Provinsi Jambi Yudi Pranata mengatakan laporan bertambah."
    found = _types(body)
    assert found.get("Yudi Pranata") is EntityType.PERSON
    assert "Provinsi Jambi Yudi Pranata" not in found
