"""Session 38 metadata forms (made-up pages): a dateline's bar drawn with another glyph than "|", a site's
domain carrying its date in brackets before the dateline's place, and a newsroom's name of several words in
the page's own sight ("seperti dilihat Contoh News dari …"); a sentence a scrape cut across two lines made
one paragraph again; an advertising slot's label left in the story is furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.brand import brand_on_page
from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import BRIDGE_STORY as _STORY

# -- a bar of another glyph between the dateline's parts -------------------------------------------------


@pytest.mark.parametrize("bar", ["│", "┃", "｜", "¦"])
def test_dateline_bar_of_any_glyph(tmp_path: Path, bar: str) -> None:
    text = f"KABARCONTOHNEWS {bar} JAKARTA – {_LEAD}\n\n{_STORY}"
    assert load_text(tmp_path, text).outlet.casefold() == "kabarcontohnews"


def test_bar_glyph_in_a_story_sentence_names_no_outlet(tmp_path: Path) -> None:
    text = f"{_LEAD}\n\nHarga tiket │ parkir naik sejak pekan lalu, kata petugas di gerbang taman kota.\n\n{_STORY}"
    assert load_text(tmp_path, text).outlet == ""


# -- a site's domain carrying its date in brackets --------------------------------------------------------


def test_domain_with_bracketed_date_before_the_place() -> None:
    found = parse_dateline(f"Kabarcontoh.com (15/1/2023) | Sukamaju — {_LEAD}")
    assert found is not None
    assert found.outlet == "Kabarcontoh.com" and found.date == "2023-01-15"


def test_domain_with_bracketed_date_dates_and_signs_the_page(tmp_path: Path) -> None:
    text = f"Kabarcontoh.com (15/1/2023) | Sukamaju — {_LEAD}\n\n{_STORY}"
    article = load_text(tmp_path, text)
    assert article.outlet == "Kabarcontoh.com"
    assert article.date == "2023-01-15"


def test_place_with_bracketed_date_stays_a_place() -> None:
    found = parse_dateline(f"SUKADANA (30/1/2018) – {_LEAD}")
    assert found is not None and found.outlet == "" and found.place == "SUKADANA"


# -- a newsroom's name of several words in the page's own sight ------------------------------------------


def test_newsroom_in_own_sight_signs_the_page() -> None:
    body = [
        "Presiden meresmikan gedung sekolah baru di Sukamaju, Senin (24/2/2025).",
        '"Sekolah ini untuk anak-anak desa," katanya seperti dilihat Contoh Raya News dari kanal video resmi.',
        "Gedung itu dibangun dengan dana desa dan bantuan warga.",
    ]
    assert brand_on_page(body, body) == "Contoh Raya News"


def test_own_sight_of_a_name_that_is_no_newsroom() -> None:
    """The last word of an office's or a person's title is no word outlets name themselves with."""
    body = [
        "Presiden meresmikan gedung sekolah baru di Sukamaju, Senin (24/2/2025).",
        '"Sekolah ini untuk anak-anak desa," katanya seperti dilihat Kepala Dinas dari ruang kerjanya.',
    ]
    assert brand_on_page(body, body) == ""


# -- sentences a scrape cut across two lines --------------------------------------------------------------


def test_sentence_cut_across_lines_is_one_paragraph(tmp_path: Path) -> None:
    text = (
        "Jembatan Desa Sukamaju Kembali Dibuka\n\n"
        # a line longer than a wrapped file's: the page gives one paragraph a line
        "Bupati Sukamaju meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai besar "
        "itu pada pagi hari.\n"
        "Kepala desa menyebut, jembatan\n"
        "itu dibangun warga bersama relawan selama dua pekan tanpa henti.\n"
        '"Kami bersyukur jembatan ini\n'
        'akhirnya bisa dipakai lagi," kata Ana.\n'
        "Warga berharap pemerintah membantu perawatan jembatan tersebut."
    )
    body = load_text(tmp_path, text).body.split("\n\n")
    assert "Kepala desa menyebut, jembatan itu dibangun warga bersama relawan selama dua pekan tanpa henti." in body
    assert '"Kami bersyukur jembatan ini akhirnya bisa dipakai lagi," kata Ana.' in body


@pytest.mark.parametrize(
    "lines",
    [
        ["like", "dislike"],  # a menu's buttons
        ["Harga Cabai di Pasar Sukamaju Naik", "kabarcontoh.com, SUKAMAJU - Harga cabai naik."],  # a headline
        ["Warga memperbaiki jembatan. Foto: Ana Lee", "warga lain menonton dari tepi sungai."],  # a caption
    ],
)
def test_lines_that_are_no_cut_sentence_stay_apart(lines: list[str]) -> None:
    from kutip.index.ingest.text import rejoin_cut_sentences

    assert rejoin_cut_sentences(lines) == lines


# -- an advertising slot's label left in the story ---------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Advertisement . Scroll to see content", "slot-iklan-300x600", "Spot Iklan Tersedia (Artikel 1)", "iklan abc"],
)
def test_ad_slot_label_leaves_the_body(tmp_path: Path, label: str) -> None:
    text = f"Jembatan Desa Sukamaju Kembali Dibuka\n\n{_LEAD}\n\n{label}\n\n{_STORY}"
    assert label not in load_text(tmp_path, text).body


def test_a_sentence_about_ads_stays(tmp_path: Path) -> None:
    line = "Iklan rokok dilarang tayang di televisi sejak tahun lalu."
    text = f"Jembatan Desa Sukamaju Kembali Dibuka\n\n{_LEAD}\n\n{line}\n\n{_STORY}"
    assert line in load_text(tmp_path, text).body
