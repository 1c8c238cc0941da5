"""English sites' headlines: in sentence case straight over the date stamp, under a show's promo line,
and after the section name on the same line ("Indonesia | …") (issue 10). Every page here is made up."""

from __future__ import annotations

from kutip.index.ingest.headline import detect_title
from kutip.index.ingest.headline_lines import unsectioned

_STORY = [
    "Villagers in Sukamaju returned to their homes on Sunday after the floods that covered the eastern "
    "district for a week receded, officials said.",
    '"We will start cleaning the school first," village head Fulan Hidayat told reporters on Sunday.',
    "The district's disaster agency said more than 2,000 people had been moved to shelters last week.",
]
_HEADLINE = "Relief as villagers return home after floods recede in eastern district"


def test_a_sentence_case_headline_straight_over_the_stamp_beats_a_promo_line() -> None:
    lines = [
        "Rina Marlina 7am - 10am",
        _HEADLINE,
        "21 September 2024, 11:20 | Updated: 21 September 2024, 11:57",
    ]
    assert detect_title([*lines, *_STORY])[0] == _HEADLINE


def test_a_sentence_case_line_in_a_block_not_over_a_stamp_stays_no_headline() -> None:
    caption = "Villagers carry their belongings through the water in the eastern district last week"
    lines = ["Rina Marlina 7am - 10am", caption, "Photo by Fulan Hidayat", *_STORY]
    assert detect_title(lines)[0] != caption


def test_the_section_before_a_headline_on_its_line_is_left_out() -> None:
    dek = "Thousands were moved to shelters as the water rose around the eastern district"
    title = detect_title([f"Indonesia | {_HEADLINE}", dek, *_STORY])[0]
    assert title == _HEADLINE


def test_a_site_name_before_a_bar_is_no_section() -> None:
    line = "Kabar Contoh | Berita Terkini Hari Ini dari Sukamaju"
    assert unsectioned(line) == line
    assert unsectioned("Contoh.com | Cepat dan Akurat Setiap Hari Untuk Anda") == (
        "Contoh.com | Cepat dan Akurat Setiap Hari Untuk Anda"
    )
    assert unsectioned("Dunia | Banjir Surut") == "Dunia | Banjir Surut"  # too short to be a headline
