"""A first name stays when a title or a rank opens the name, though the article later calls the
person by a middle name; office short forms, everyday words and title slips still come off.
Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_after_unused_front

MIDDLE_NAME = """Dua orang diamankan polisi di depan markas polres pada Senin malam.
"Kami masih mendalami keterangan keduanya," kata Kapolres Kota Sukamaju Kombes Fulanto Badu Surya Putra kepada wartawan.
Menurut Badu, keduanya mengaku sedang meneliti lalu lintas.
"Kami akan memanggil saksi lain besok," ujar Badu.
"""


def test_a_ranked_first_name_stays_when_the_article_uses_the_middle_name() -> None:
    words = ["Fulanto", "Badu", "Surya", "Putra"]
    assert name_after_unused_front(MIDDLE_NAME, words) == words


def test_the_speaker_keeps_the_first_name_after_a_rank() -> None:
    found = extract_statements("a", MIDDLE_NAME, "id", recognise(MIDDLE_NAME, "id"))
    speakers = {s.speaker for s in found if s.kind == "direct"}
    assert speakers == {"Fulanto Badu Surya Putra"}


def test_a_two_word_rank_opens_the_name_too() -> None:
    body = "Brigadir Jenderal Fulanto Badu Hidayat datang. Badu menambahkan, semua aman."
    assert name_after_unused_front(body, ["Fulanto", "Badu", "Hidayat"]) == ["Fulanto", "Badu", "Hidayat"]


def test_an_office_short_form_without_a_title_still_comes_off() -> None:
    body = "Ia datang bersama Gubsuka Fulan Hidayat ke lokasi. Fulan mengatakan bantuan tiba."
    assert name_after_unused_front(body, ["Gubsuka", "Fulan", "Hidayat"]) == ["Fulan", "Hidayat"]


def test_a_rank_written_a_letter_short_is_no_given_name() -> None:
    body = "Kapolri Jendral Fulan Hidayat hadir. Fulan mengatakan situasi aman."
    assert name_after_unused_front(body, ["Jendral", "Fulan", "Hidayat"]) == ["Fulan", "Hidayat"]


def test_an_everyday_word_after_a_title_is_a_body_not_a_name() -> None:
    body = "kata Koordinator Gardu Banteng Sukamaju Fulan Hidayat. Fulan menambahkan hal itu."
    words = ["Gardu", "Banteng", "Sukamaju", "Fulan", "Hidayat"]
    assert name_after_unused_front(body, words)[-2:] == ["Fulan", "Hidayat"]
    assert name_after_unused_front(body, words)[0] != "Gardu"


def test_a_region_after_an_office_is_no_given_name() -> None:
    body = "Sebelumnya, Gubernur Sukamaju Fulan Hidayat meninjau gudang. Fulan menambahkan, stok aman."
    assert name_after_unused_front(body, ["Sukamaju", "Fulan", "Hidayat"]) == ["Fulan", "Hidayat"]


def test_an_english_office_after_of_still_comes_off() -> None:
    body = "Head of Sports Achievement Fulan Hidayat spoke first. The plan was ready, Fulan said."
    assert name_after_unused_front(body, ["Sports", "Achievement", "Fulan", "Hidayat"]) == [
        "Fulan",
        "Hidayat",
    ]
