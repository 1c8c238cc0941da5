"""A page's head of short lines (issue 10, session 27): the text a scrape keeps of the site's logo picture
("logo Contoh.id") names the site, and the logo's spelled-out text, the slogan, the writer's name and the
headline printed again no longer push the story's own stamp out of the head read for it. Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

HEADLINE = "Warga Sukamaju gotong royong bersihkan saluran irigasi"
DEK = "Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir bulan lalu."
STORY = (
    "Kepala Desa Fulan Hidayat mengatakan, warga bekerja sejak pagi hingga sore untuk mengangkat lumpur dari "
    "saluran sepanjang dua kilometer itu.\n\n"
    '"Kami tidak mau sawah gagal panen lagi," kata Fulan kepada wartawan di Sukamaju, Kamis (3/11).\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n\n"
    "Warga juga berencana menanam pohon di sepanjang tepi saluran agar tanahnya tidak longsor lagi.\n\n"
    "Pemerintah kabupaten berjanji membantu bibit pohon dan alat berat untuk pekerjaan itu.\n"
)


def _page(logo: str) -> str:
    return (
        "sun\nmoon\nk o n t o h dot id\nfakta data kata\n"
        f"{logo}\n\n{HEADLINE}\n\n{DEK}\n\n"
        "Fulan Hidayat\nFulan Hidayat Kamis, 03 Nov 2022 12:13 WIB\n"
        f"{HEADLINE}\n\n{STORY}"
    )


def test_the_logo_s_text_names_the_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("logo kontoh.id")).outlet.casefold() == "kontoh.id"


@pytest.mark.parametrize("logo", ["logo", "logo play.google.com", "logo sukamaju"])
def test_a_logo_without_a_site_s_name_names_none(tmp_path: Path, logo: str) -> None:
    assert load_article(tmp_path, _page(logo)).outlet == ""


def test_the_stamp_under_the_head_s_short_lines_dates_the_story(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("logo kontoh.id")).date == "2022-11-03"


def test_a_stamp_under_many_story_paragraphs_stays_out_of_reach(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\n{DEK}\n\n{STORY}\n\nFulan Hidayat Kamis, 03 Nov 2022 12:13 WIB\n\n{STORY}"
    assert load_article(tmp_path, page).date == ""
