"""Names in Title Case headlines (related-article lines and blocks): the everyday words the capitals hide
are read in lower case, as a sentence writes them, so the tagger sees the name among them. Made-up
headlines and names."""

from __future__ import annotations

from kutip.index.entities.related import headline_names, sentence_case


def test_a_name_before_a_passive_verb_in_title_case() -> None:
    headline = "Fulan Hidayat Dibawa ke Rumah Sakit karena Syok, Terus Menangis Setelah Diperiksa"
    assert headline_names([headline]) == ["Fulan Hidayat"]


def test_a_second_name_after_an_everyday_noun() -> None:
    names = headline_names(["3 Makna Pelukan Fulan Hidayat dengan Badu Sasongko"])
    assert sorted(names) == ["Badu Sasongko", "Fulan Hidayat"]


def test_headlines_of_everyday_words_name_no_one() -> None:
    for headline in (
        "Harga Cabai Rawit Merah Naik Tajam di Pasar Induk",
        "Banjir Rendam Ratusan Rumah Warga, Pemerintah Kirim Bantuan Makanan",
        "Ribuan Guru Honorer Demo di Depan Istana Negara",
    ):
        assert headline_names([headline]) == []


def test_sentence_case_keeps_names_places_and_length() -> None:
    text = "Puan Maharani Tinjau Banjir di Bekasi Bersama Fulan Hidayat"
    cased = sentence_case(text)
    assert len(cased) == len(text)
    assert cased.startswith("Puan Maharani tinjau banjir di Bekasi")  # a listed figure's words, a place
    assert cased.endswith("Fulan Hidayat")


def test_a_word_the_dictionaries_miss_before_a_given_name_is_cut() -> None:
    headline = "Dirumorkan Gantikan Pemain Lama, Begini Respon Budi Santoso Hartanto"
    assert headline_names([headline]) == ["Budi Santoso Hartanto"]
