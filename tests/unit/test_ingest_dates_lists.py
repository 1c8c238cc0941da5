"""A list of the site's latest stories, each under its stamp, dates none of this story (issue 10: no
invented dates). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_LEAD = (
    "SUKAMAJU - Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan "
    "baru yang sudah lama mereka tunggu, Selasa (23/8/2022)."
)
_STORY = '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Kepala Desa Fulan Hidayat.'


def _page(day: str) -> str:
    teasers = [f"Warga Desa Lain Bangun Balai Nomor {n}\n{day} {n + 10}:42" for n in range(1, 4)]
    return (
        "\n".join([*teasers, _LEAD, _STORY, "Pekerjaan dimulai pekan depan bersama warga tiga dusun."]) + "\n"
    )


def test_stamps_of_a_later_teaser_list_are_not_the_storys_date(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("01 Februari 2026")).date == ""


def test_a_list_from_the_storys_own_days_keeps_its_stamp(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("23 Agustus 2022")).date == "2022-08-23"
