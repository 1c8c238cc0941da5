"""Bylines in forms news sites print (issue 10, bylines session 34): "Ditulis oleh" and a writer's label
alone with the name on the next line, a desk and the writer's name parted by slashes and bars, and a
site's banner label with an acronym beside the stamp that names no one. Made-up names and outlets."""

from __future__ import annotations

from kutip.index.ingest.credits import credit_line, credits_from_lines


def _credits(lines: list[str]) -> list[tuple[str, str]]:
    return [(c.role, c.name) for c in credits_from_lines(lines)]


def test_ditulis_oleh_labels_the_writer() -> None:
    assert [(c.role, c.name) for c in credit_line("Ditulis oleh Fulan Hidayat")] == [
        ("writer", "Fulan Hidayat")
    ]
    assert _credits(["Artikel ini ditulis oleh: Fulan Hidayat"]) == [("writer", "Fulan Hidayat")]


def test_a_label_alone_takes_the_name_on_the_next_line() -> None:
    assert _credits(["Artikel ini ditulis oleh:", "Fulan Hidayat"]) == [("writer", "Fulan Hidayat")]
    assert _credits(["Artikel ini ditulis oleh:", "Nebbo"]) == [("writer", "Nebbo")]
    assert _credits(["Penulis:", "Dewi Kartika", "Editor:", "Budi Santosa"]) == [
        ("writer", "Dewi Kartika"),
        ("editor", "Budi Santosa"),
    ]


def test_a_button_or_a_caption_under_a_label_is_no_one() -> None:
    assert _credits(["Penulis:", "Bagikan"]) == []
    assert _credits(["Editor:", "Halaman Selanjutnya"]) == []
    assert _credits(["Photo :", "Halaman Selanjutnya"]) == []  # a picture's label opens captions too


def test_a_desk_and_the_writer_parted_by_a_slash_and_a_bar() -> None:
    line = "Redaksi Contohpos.com  /  Fulan Muttaqin Hidayat  | CONTOHPOS.com"
    assert [(c.role, c.name) for c in credit_line(line)] == [("writer", "Fulan Muttaqin Hidayat")]


def test_a_desk_beside_two_names_or_a_headline_credits_no_one() -> None:
    assert credit_line("Redaksi Contohpos.com / Fulan Hidayat / Ana Lestari") == []
    assert credit_line("Redaksi Contohpos.com | Harga Beras Naik Lagi") == []


def test_a_banner_label_with_an_acronym_beside_the_stamp_is_no_writer() -> None:
    assert _credits(["CTSN Banner", "Contoh.com - November 30, 2022"]) == []
    assert _credits(["CTSN Banner", "Rabu, 30 November 2022 10:00 WIB"]) == []
    assert _credits(["Fulan Hidayat", "Contoh.com - November 30, 2022"]) == [("writer", "Fulan Hidayat")]


def test_a_name_in_capitals_beside_the_stamp_stays_a_writer() -> None:
    assert _credits(["FULAN M HIDAYAT", "Contoh.com - November 30, 2022"]) == [("writer", "FULAN M HIDAYAT")]


def test_a_yearless_stamp_after_the_bar_names_the_writer() -> None:
    assert [(c.role, c.name) for c in credit_line("Fulan Hidayat | April 18, 11:48 am")] == [
        ("author", "Fulan Hidayat")
    ]
    assert [(c.role, c.name) for c in credit_line("Fulan Hidayat | 18 April 11:48 WIB")] == [
        ("author", "Fulan Hidayat")
    ]


def test_a_yearless_stamp_after_no_name_or_without_a_clock_credits_no_one() -> None:
    assert credit_line("Harga Beras | April 18, 11:48 am") == []
    assert credit_line("Fulan Hidayat | April 18") == []
