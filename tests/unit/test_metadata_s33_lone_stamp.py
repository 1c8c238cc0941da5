"""A page's one stamp with a clock time, wherever it stands below the first line (session 33, issue 10):
under the story, under a head block printed again below it, after a gallery's count. The pool's pages
of that shape (k3, three) and the transfer set's (l1, one) are dated by it; a clock header opening the
page (the day of the fetch), a list of dated stories and an event's schedule line date nothing. Every
page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.metadata import lone_timed_stamp
from tests.conftest import load_article

_HEAD = "Petani Sukamaju Keluhkan Pupuk Langka\n\n"
_STORY = (
    "Para petani di Kabupaten Sukamaju kembali mengeluhkan kelangkaan pupuk bersubsidi menjelang musim "
    "tanam tahun ini.\n\n“Kami sudah menunggu dua minggu,” kata Fulan Hidayat, seorang petani.\n\n"
    "Menurut dia, stok di kios resmi selalu habis sebelum pukul sembilan pagi.\n\n"
)
_MORE = (
    "Dinas pertanian berjanji menambah kuota pupuk untuk kecamatan yang paling terdampak bulan depan.\n\n"
    "Kelompok tani diminta mendata kebutuhan setiap anggota agar pembagian berikutnya lebih merata.\n\n"
    "Pengecer yang menimbun pupuk akan dicabut izinnya, kata seorang pejabat dinas kepada wartawan.\n\n"
    "Warga berharap pasokan kembali normal sebelum hujan pertama turun di awal musim tanam.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("(T.C001/B/KBN-X/S01) 24-12-2018 22:10:29\n\nEditor: Ana Lee\n", "2018-12-24"),  # a wire's code
        (
            "Petani Sukamaju keluhkan pupuk langka\n\n2 Agustus 2019 20:23 WIB\n\nPewarta: Ana Lee\n",
            "2019-08-02",
        ),
        ("12 Foto Rabu, 21 Desember 2022 13:25 WIB\n", "2022-12-21"),  # a gallery's count before it
    ],
)
def test_the_one_timed_stamp_below_the_head_dates_the_page(tmp_path: Path, tail: str, iso: str) -> None:
    assert load_article(tmp_path, f"{_HEAD}{_STORY}{tail}").date == iso


@pytest.mark.parametrize(
    "page",
    [
        f"{_HEAD}{_STORY}Berita Lainnya\n\nHarga cabai naik\n\n3 Mei 2024 10:15 WIB\n\n"
        "Jalan desa rusak\n\n4 Mei 2024 09:00 WIB\n",  # a list of other stories, each with its stamp
        f"{_HEAD}{_STORY}Waktu: Sabtu, 3 Mei 2024 pukul 10.00 WIB\n",  # an event's schedule
        f"{_HEAD}{_STORY}{_MORE}Fulan Hidayat Kamis, 03 Nov 2022 12:13 WIB\n\n{_STORY}",  # prose on both sides
        f"{_HEAD}{_STORY}Berita Terkait\n\nHarga cabai naik lagi\n\n3 Mei 2024 10:15 WIB\n",  # a list's one item
    ],
)
def test_no_date_from_a_header_a_list_or_a_schedule(tmp_path: Path, page: str) -> None:
    assert load_article(tmp_path, page).date == ""


def test_a_clock_header_opening_the_page_is_the_fetchs_day() -> None:
    lines = [
        "Tuesday, October 3, 2023 | 20:11 WIB",
        "Petani Sukamaju Keluhkan Pupuk Langka",
        *_STORY.split("\n\n"),
    ]
    assert lone_timed_stamp(lines, 2) == ""
    assert lone_timed_stamp(lines[1:3] + lines[:1], 1) == "2023-10-03"  # the same stamp under the story
