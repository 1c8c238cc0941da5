"""A person credited twice on one page (writer and editor, two captions) is one credit (made-up lines)."""

from __future__ import annotations

from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import Credit


def test_writer_who_edits_is_credited_once() -> None:
    assert credits_from_lines(["Penulis: Rina Marlina | Editor: Rina Marlina"]) == [
        Credit("writer", "Rina Marlina")
    ]


def test_a_longer_spelling_of_the_same_photographer_is_one_credit() -> None:
    lines = ["Pelatih tim. (Fulan Hidayat/Contoh.id)", "Pelatih lagi. (Fulan Budi Hidayat/Contoh.id)"]
    assert [c.name for c in credits_from_lines(lines)] == ["Fulan Hidayat"]


def test_two_people_sharing_a_family_name_stay_two() -> None:
    names = [c.name for c in credits_from_lines(["Penulis: Rina Marlina | Editor: Dewi Marlina"])]
    assert names == ["Rina Marlina", "Dewi Marlina"]


def test_a_name_alone_above_the_labelled_editor_is_the_writer() -> None:
    lines = [
        "Tim Tamu Menang Tipis di Kandang",
        "Rina Marlina",
        "Editor: Badu Sukamto",
        "Isi berita di sini.",
    ]
    assert credits_from_lines(lines) == [Credit("writer", "Rina Marlina"), Credit("editor", "Badu Sukamto")]


def test_writers_sharing_a_line_beside_the_date_stamp() -> None:
    lines = [
        "Judul Panjang Berita Hari Ini",
        "Rina Marlina | Badu Sukamto Hidayat",
        "Kamis, 08 Mei 2025 | 11:14 WIB",
    ]
    assert credits_from_lines(lines) == [
        Credit("writer", "Rina Marlina"),
        Credit("writer", "Badu Sukamto Hidayat"),
    ]


def test_sections_sharing_a_line_are_no_writers() -> None:
    assert (
        credits_from_lines(
            ["Judul Panjang Berita Hari Ini", "Nasional | Politik", "Kamis, 08 Mei 2025 | 11:14 WIB"]
        )
        == []
    )
