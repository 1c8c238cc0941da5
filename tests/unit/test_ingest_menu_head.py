"""A site's long menu over the story: its one-word links are no distance to the headline, and a menu bar
scraped as one line is furniture, not the story's start (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest import load_file
from kutip.index.ingest.boilerplate import split_boilerplate
from kutip.index.ingest.headline import detect_title

_MENU_BAR = "Home Hot Issue Market Update Smart Money Inspirasi Bisnis Property Oke Promo Indeks"
_MENU = ["Beranda", "News", "Finance", "Bola", "Sport", "Muslim", "Edukasi", "Haji", "Otomotif", "Infografis"]
_HEADLINE = "Bupati Minta Pabrik Tekstil Tidak PHK Pekerja"
_LEAD = (
    "SUKAMAJU - Bupati Sukamaju Fulan Hidayat meminta pabrik tekstil di wilayahnya tidak memutus "
    "hubungan kerja para pekerja meski pesanan turun, kata dia di kantornya, Selasa (29/10/2024)."
)
_STORY = [
    _LEAD,
    '"Kami minta tidak ada PHK, pemerintah daerah akan membantu mencari jalan keluar," kata Fulan Hidayat.',
    "Pabrik itu mempekerjakan lebih dari dua ribu warga Sukamaju dan desa-desa di sekitarnya.",
]


def _page() -> list[str]:
    return [
        _MENU_BAR,
        *(item for word in _MENU for item in (word, word)),
        "Company Profile",
        "HOME FINANCE HOT ISSUE",
        "",
        _HEADLINE,
        "",
        "Rina Marlina , Jurnalis-Selasa, 29 Oktober 2024 |18:16 WIB",
        _HEADLINE,
        *_STORY,
    ]


def test_the_headline_under_a_long_menu_beats_the_menu_bar() -> None:
    assert detect_title(_page())[0] == _HEADLINE


def test_a_menu_bar_over_the_story_is_furniture() -> None:
    split = split_boilerplate([_MENU_BAR, "Untuk Anda", "Viral", *_STORY])
    assert split.body == _STORY


def test_a_title_case_line_with_function_words_is_no_menu_bar() -> None:
    line = "Warga Desa Sukamaju Gotong Royong Membangun Jembatan di Tepi Sungai"
    split = split_boilerplate([line, *_STORY])
    assert split.body[0] == line


def test_the_story_under_a_menu_keeps_its_title_lead_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(_page()), encoding="utf-8")
    article = load_file(path).articles[0]
    assert article.title == _HEADLINE
    assert article.body.startswith("SUKAMAJU - Bupati")
    assert article.date == "2024-10-29"


def test_a_byline_of_capitalised_words_is_no_menu_bar() -> None:
    byline = "News - Rina Marlina Hidayat Putri, Contoh TV Indonesia"
    assert split_boilerplate([byline, *_STORY]).body[0] == byline


def test_an_everyday_word_heading_a_timed_stamp_is_its_section() -> None:
    from kutip.index.ingest.dates import read_stamp

    stamp = read_stamp("Musik | 13 Agustus 2023, 08:42 WIB")
    assert stamp is not None and stamp.iso == "2023-08-13"
    assert read_stamp("Musik | 13 Agustus 2023") is None  # no time: as often a list's line as a stamp
