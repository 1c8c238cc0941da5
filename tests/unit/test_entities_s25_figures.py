"""Listed figures this session (issue 9, persons session 25; made-up sentences about figures on the
project's nickname list): a listed name of plain words, a figure word left alone once a headline's
verb is cut, a figure word after an everyday word in a Title Case link."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_listed_name_of_plain_words_is_a_person_without_a_cue() -> None:
    body = (
        "Rapat Paripurna Berlangsung Lancar\n\n"
        "Fulan Hidayat menanggapi terpilihnya Puan Maharani sebagai pimpinan sidang hari itu.\n\n"
        "Menurut Fulan, Puan sudah lama disiapkan untuk jabatan itu."
    )
    assert "Puan Maharani" in _persons(body)


def test_a_figure_word_left_alone_by_a_headline_verb() -> None:
    body = (
        "Fulan Hidayat meninjau pasar di pusat kota pada Senin pagi bersama warga.\n\n"
        "Soal Gibran Maju Pilwakot, Bagaimana Tanggapan Warga Kota?\n\n"
        "Harga beras di pasar itu stabil sejak bulan lalu, kata Fulan."
    )
    assert "Gibran Rakabuming Raka" in _persons(body)  # the lone word names the figure (session 36)


def test_a_figure_word_after_an_everyday_word_in_a_title_case_line() -> None:
    body = (
        "Fulan Hidayat meninjau pasar di pusat kota pada Senin pagi bersama warga.\n\n"
        "Warga Kota Ramai Bertanya, Bagaimana Respons Jokowi?\n\n"
        "Harga beras di pasar itu stabil sejak bulan lalu, kata Fulan."
    )
    assert "Joko Widodo" in _persons(body)


def test_an_everyday_word_before_an_unlisted_name_stays_unjudged() -> None:
    body = (
        "Fulan Hidayat meninjau pasar di pusat kota pada Senin pagi bersama warga.\n\n"
        "Warga Kota Ramai Bertanya, Bagaimana Respons Sukamto?\n\n"
        "Harga beras di pasar itu stabil sejak bulan lalu, kata Fulan."
    )
    assert "Sukamto" not in _persons(body)
