"""Which stamp dates the story by where it stands (issue 10): a list of the site's latest stories, each
under its stamp, dates none of it; the stamp over the dateline does, however much stands above it.
Every page here is made up."""

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


def test_the_stamp_over_the_dateline_dates_the_story_under_dek_byline_and_caption(tmp_path: Path) -> None:
    dek = "The new bridge has become the signature project for the village head and his council members."
    caption = (
        "The new bridge over the Sukamaju river has become the pride of the village. PHOTO: RINA MARLINA"
    )
    lead = (
        "SUKAMAJU – Villagers gathered at the hall on Monday to plan the new bridge they have waited for "
        "since the great flood of last year, the village head said."
    )
    rest = '"We want the bridge finished before the rains," village head Fulan Hidayat told reporters.'
    lines = [
        "Village says new bridge safe for trucks",
        dek,
        "Rina Marlina",
        "Rina Marlina",
        "The Contoh Times",
        "bridge-2023-06-08.png",
        caption,
        "June 8, 2023",
        lead,
        rest,
    ]
    page = "\n\n".join(lines) + "\n"
    assert load_article(tmp_path, page).date == "2023-06-08"
