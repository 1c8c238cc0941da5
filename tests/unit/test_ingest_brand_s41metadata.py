"""Outlets read in session 41 (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Pemkab Sukamaju Tambah Armada Angkutan Sekolah Tahun Ini"
_BODY = [
    "Pemerintah Kabupaten Sukamaju menambah sepuluh armada angkutan sekolah untuk desa-desa di lereng gunung.",
    '"Anak-anak tidak boleh lagi berjalan dua jam untuk sampai ke sekolah," kata Bupati Fulan Hidayat, Senin.',
    "Menurut Fulan, armada baru itu mulai beroperasi pada awal tahun ajaran dengan rute yang sudah disurvei.",
]


def _page(*closing: str) -> str:
    return "\n\n".join([_TITLE, *_BODY, *closing]) + "\n"


def test_a_network_name_of_two_words_signing_off_the_story_names_the_outlet(tmp_path: Path) -> None:
    last = (
        '"Sopirnya juga warga desa setempat yang sudah kami latih selama tiga bulan, jadi orang tua tidak '
        'perlu khawatir soal keselamatan anak-anak mereka di jalan," tandasnya. (Kabar Network/Ana)'
    )
    assert load_article(tmp_path, _page(last)).outlet == "Kabar Network"


def test_two_capitalised_words_signing_off_with_no_outlet_word_name_nothing(tmp_path: Path) -> None:
    last = (
        '"Sopirnya juga warga desa setempat yang sudah kami latih selama tiga bulan, jadi orang tua tidak '
        'perlu khawatir soal keselamatan anak-anak mereka di jalan," tandasnya. (Fulan Hidayat/Ana)'
    )
    assert load_article(tmp_path, _page(last)).outlet == ""
