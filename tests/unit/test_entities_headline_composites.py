"""Headline runs gluing ordinary words to a person named elsewhere, and bodies after "head of" (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str, lang: str = "id") -> set[str]:
    return {e.name for e in recognise(body, lang) if e.type is PERSON}


def test_a_headline_word_before_a_nickname_joins_the_person() -> None:
    body = (
        "Calon presiden Fulan Hidayat berkampanye di Sukamaju. Fulan mengatakan warga puas.\n\n"
        "Pemilih yang Puas dengan Kinerja Fulan Alihkan Dukungan ke Partai Baru\n\n"
        "Ia menambahkan bahwa kampanye berjalan tertib."
    )
    found = persons(body)
    assert "Fulan Hidayat" in found
    assert not any("Kinerja" in name for name in found)


def test_two_persons_joined_by_vs_in_a_headline_are_two_persons() -> None:
    body = (
        "Calon presiden Fulan Hidayat dan Badu Santoso berdebat semalam. Fulan menyerang, Badu bertahan.\n\n"
        "Fulan Vs Badu\n\n"
        "Debat berikutnya digelar bulan depan."
    )
    assert persons(body) == {"Fulan Hidayat", "Badu Santoso"}


def test_ordinary_words_after_a_name_in_a_link_title_are_cut() -> None:
    body = (
        "Ketua partai, Fulan, mengatakan koalisi tetap solid. Fulan menolak berkomentar lebih jauh.\n\n"
        "Artikel Terkait\n"
        "Fulan Dua Periode 2029: Cek Ombak atau Sinyal Perang Koalisi?\n"
    )
    assert persons(body) == {"Fulan"}


def test_a_comma_ended_line_is_no_headline() -> None:
    body = (
        "Dalam pertemuan itu, Deputi Bidang Protokol, Pers, dan Media Setpres, Fulan Permana, menegaskan,\n"
        '"Kami menghormati pers," katanya. Fulan menambahkan bahwa akses dibuka kembali.'
    )
    assert "Fulan Permana" in persons(body)


def test_the_fields_of_a_body_after_head_of_are_no_person() -> None:
    body = (
        "Rescue work was slow, said Fulan Hidayat, head of National Search and Rescue Agency. "
        "Rina Marlina, head of the Meteorological, Climatological and Geophysical Agency, said the quake was shallow."
    )
    assert persons(body, "en") == {"Fulan Hidayat", "Rina Marlina"}


def test_a_clipped_compound_of_a_common_noun_is_no_person() -> None:
    body = 'Polisi menyebut kasus itu tidak terkait Pilkades. "Tidak ada kaitannya," kata Kapolres AKBP Fulan Hidayat.'
    assert persons(body) == {"Fulan Hidayat"}


def test_yes_opening_a_quote_and_says_in_a_headline_are_no_persons() -> None:
    body = (
        "Police Chief Says Officers Fired Warning Shots\n\n"
        '"Yes, a president can join the campaign," Fulan Hidayat told reporters on Monday.'
    )
    assert persons(body, "en") == {"Fulan Hidayat"}


def test_a_headline_speech_verb_ends_the_name_before_it() -> None:
    body = "Fulan Hidayat Says Talks Will Resume\n\nTalks between the parties stalled, Fulan Hidayat said on Monday."
    assert persons(body, "en") == {"Fulan Hidayat"}


def test_a_listed_figure_at_the_end_of_a_link_title_is_that_figure() -> None:
    body = (
        "Partai itu menggelar rapat kerja nasional di Sukamaju. Ketua umumnya, Fulan Hidayat, memimpin rapat.\n\n"
        "Artikel Terkait\n"
        "Analis Beberkan Risiko Fatal Andalkan Jokowi\n"
    )
    assert persons(body) == {"Fulan Hidayat", "Joko Widodo"}


def test_the_name_after_a_long_body_and_its_acronym_is_split_off() -> None:
    body = (
        '"Kondisi akan aman kembali," ujar Kepala Pusat Gempa Bumi dan Tsunami BMKG Sutrisno dalam rapat '
        "dengan Komisi V DPR, di Jakarta, Selasa."
    )
    assert persons(body) == {"Sutrisno"}
