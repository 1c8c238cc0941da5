"""Speaker classes from unseen real pages (issue 9), each pinned by made-up passages: the
speaker is the fullest form of the name the article writes, an office's joined name stays
out of it, an epithet of an office points back to its holder, a bare office opening the
narration puts its holder forward, and a band the article introduces as one never speaks."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import Statement
from kutip.index.names import is_short_form
from kutip.index.statements import extract_statements
from kutip.index.statements.groups import introduced_as_group


def run(body: str, lang: str = "id") -> list[Statement]:
    return extract_statements("t", body, lang, recognise(body, lang))


def speakers(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in run(body, lang)]


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Fulan Santoso", "Fulan Badu Santoso", True),
        ("fulan santoso", "Fulan Badu Santoso", True),
        ("Fulan", "Fulan Badu Santoso", True),
        ("Badu Santoso", "Fulan Badu Santoso", False),  # another first word: another person
        ("Santoso Fulan", "Fulan Badu Santoso", False),  # out of order
        ("Fulan Badu Santoso", "Fulan Badu Santoso", False),  # not shorter
        ("Joko Widara", "Sari Joko Widara", False),
    ],
)
def test_is_short_form(short: str, full: str, expected: bool) -> None:
    assert is_short_form(short, full) is expected


def test_the_speaker_is_the_fullest_form_the_article_writes() -> None:
    body = (
        "Menteri Perikanan Rahmat Wibisana Hadiprojo meninjau pelabuhan di Sukamaju, Senin.\n\n"
        '"Kami menambah dua kapal pengawas tahun ini," kata Rahmat Hadiprojo kepada wartawan.\n\n'
        '"Nelayan tidak perlu khawatir," ujar Rahmat.'
    )
    assert speakers(body) == ["Rahmat Wibisana Hadiprojo", "Rahmat Wibisana Hadiprojo"]


def test_a_joined_office_name_stays_out_of_the_speaker() -> None:
    body = (
        "Menteri Perhubungan dan Kelautan Terpadu Wiratama Sasongko Adji mengatakan pelabuhan baru "
        "dibuka bulan depan.\n\n"
        '"Semua dermaga sudah siap," kata Wiratama.'
    )
    assert set(speakers(body)) == {"Wiratama Sasongko Adji"}


def test_an_epithet_of_an_office_points_back_to_its_holder() -> None:
    body = (
        "Sementara itu, Ratna Kusumawardani menyebut penerimaan pajak naik tahun ini.\n\n"
        '"Kita jaga belanja tetap hati-hati," imbuhnya.\n\n'
        "Menurut Bendahara Negara itu, defisit masih di bawah batas."
    )
    assert set(speakers(body)) == {"Ratna Kusumawardani"}


def test_a_bare_office_opening_the_narration_is_its_holder() -> None:
    body = (
        "Menteri Perdagangan Gunawan Prakosa Hidayat sempat tak muncul beberapa pekan.\n\n"
        "Kini Mendag akhirnya hadir untuk menjelaskan harga beras.\n\n"
        '"Stok kita aman sampai akhir tahun," katanya.'
    )
    assert speakers(body)[-1] == "Gunawan Prakosa Hidayat"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Grup musik asal Inggris, Larkspur, akan tampil di Jakarta.", "Larkspur", True),
        ("Penonton menunggu band Larkspur naik panggung.", "Larkspur", True),
        ("Pengguna aplikasi Kirimin mengeluh.", "Kirimin", True),
        ("Ketua panitia, Larasati, akan tampil di Jakarta.", "Larasati", False),
        ("Penonton menunggu Larasati naik panggung.", "Larasati", False),
    ],
)
def test_introduced_as_group(body: str, name: str, expected: bool) -> None:
    assert introduced_as_group(body, body.index(name)) is expected


def test_a_band_the_article_introduces_never_speaks() -> None:
    body = (
        "Grup musik asal Inggris, Larkspur, akan menggelar konser di Jakarta bulan depan.\n\n"
        "Pihak promotor masih berupaya agar Larkspur bisa menambah satu hari.\n\n"
        '"Tiketnya habis dalam sejam," ujarnya.'
    )
    assert "Larkspur" not in speakers(body)


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name() -> None:
    body = (
        "Mantan Menteri Perdagangan Suryadarma Wicaksono hadir di acara itu.\n\n"
        "Awalnya Suryadarma mengatakan anggaran sulit dicairkan.\n\n"
        '"Setiap kali saya minta, jawabnya nanti dulu," kata Suryadarma.'
    )
    assert set(speakers(body)) == {"Suryadarma Wicaksono"}


def test_the_agent_after_an_office_and_its_joined_name_is_put_forward() -> None:
    body = (
        "Rencana itu juga diupayakan oleh Menteri Pariwisata dan Budaya Lokal (Menparbud), "
        "Kartika Anindya Prameswari. Pihaknya masih menunggu jawaban promotor.\n\n"
        '"Itu menurut saya semakin mendesak," ujarnya.'
    )
    assert speakers(body) == ["Kartika Anindya Prameswari"]


def test_uncued_quotations_take_the_speaker_a_closing_description_points_to() -> None:
    body = (
        "Pelatih Tim Muda Sukamaju, Bramantyo Wisnu Aji.\n\n"
        '"Saya sangat senang, tetapi juga sedih untuk lawan kami."\n\n'
        '"Kami harus bekerja lebih keras," ucap mantan pelatih tim nasional itu.'
    )
    assert speakers(body) == ["Bramantyo Wisnu Aji", "Bramantyo Wisnu Aji"]
