"""Persons named by a word of address and one word, and the related links under a label alone on its line
(issue 9, names session 38). Made-up sentences and names."""

from __future__ import annotations

from kutip.index.entities.related import related_headlines
from kutip.index.ingest.credits import credits_from_lines
from tests.unit.recognised import person_names as _persons


def _linked(lines: list[str]) -> list[str]:
    return [c.name for c in credits_from_lines(lines) if c.role == "linked"]


def test_a_name_after_pak_that_only_parses_as_a_root_and_a_suffix_is_a_person() -> None:
    # "Sadan" parses as "sad" + "-an", but the news affixes "sad" no other way: a name, not a word
    assert _persons("Saya berterima kasih kepada Pak Sadan atas dukungannya selama ini.") == ["Sadan"]


def test_an_affixed_word_of_a_living_root_after_bu_is_no_person() -> None:
    # "bukti" is affixed in the news ("membuktikan"): "Buktian" reads as an everyday word's form
    assert _persons("Saya berterima kasih kepada Bu Buktian atas dukungannya selama ini.") == []


def test_bang_before_a_name_the_article_never_writes_in_full_is_no_part_of_it() -> None:
    assert _persons('"Itu sudah beres," timpal Bang Sadan kepada wartawan.') == ["Sadan"]


def test_a_word_of_address_that_makes_the_nickname_stays() -> None:
    assert _persons('"Itu sudah beres," kata Cak Badu kepada wartawan.') == ["Cak Badu"]


def test_headlines_under_a_related_label_alone_on_its_line_credit_their_people() -> None:
    lines = ["Berita Terkait", "Budi Santoso Minta Joko Susanto Siapkan Stadion Baru, Mu"]
    assert sorted(_linked(lines)) == ["Budi Santoso", "Joko Susanto"]


def test_a_second_label_and_a_bullet_under_the_related_label_are_read_past() -> None:
    lines = ["Berita Terkait", "Terpopuler", "- Kabar Terbaru Budi Santoso? Klub Contoh B"]
    assert related_headlines(lines) == ["Kabar Terbaru Budi Santoso? Klub Contoh B"]
    assert _linked(lines) == ["Budi Santoso"]


def test_a_sentence_under_the_label_ends_the_links() -> None:
    lines = [
        "Berita Terkait",
        "Harga cabai naik lagi di pasar induk kota ini pekan lalu.",
        "Budi Santoso Minta Joko Susanto Siapkan Stadion",
    ]
    assert related_headlines(lines) == []


def test_baca_juga_without_a_colon_before_a_capitalised_headline() -> None:
    lines = ["Baca Juga  Raih Tiket Final Liga, Budi Santoso Enggan Pikirkan Cedera Lama"]
    assert _linked(lines) == ["Budi Santoso"]
    assert related_headlines(["Baca juga pengumuman dari panitia hari ini"]) == []
