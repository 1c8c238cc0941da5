"""Title, outlet and date forms of unseen real pages (issue 10, session 25): a small site's name in lower
case or capitals beside the dateline's place, a wire dateline whose dash the scrape dropped, a long headline
alone over the lead, a headline over its dek, an outlet's name on its own line under the headline, listed
names written as a lower-case phrase, copyright lines, share links and menu links in the site's furniture,
and dateline and stamp shapes with the weekday or 'pada hari' beside the date. Every fixture is invented
(the story's paragraphs are those of test_ingest_unseen_site_furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, EN_BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
EN_LEAD = (
    "Villagers in Sukamaju cleared an irrigation canal blocked with mud since last week's flood, "
    "the village head said."
)


def test_a_lower_case_site_name_beside_a_known_place_is_the_outlet(tmp_path: Path) -> None:
    article = load(tmp_path, f"{TITLE}\n\nJakarta, kabarsukamajunews - {LEAD}\n\n{BODY}")
    assert article.outlet == "kabarsukamajunews"
    assert article.dateline.startswith("Jakarta, kabarsukamajunews")


@pytest.mark.parametrize(
    "opening",
    [
        "Jakarta, kemarin - ",  # an everyday word in lower case
        "Jakarta, senin - ",  # a weekday
        "Sukamaju Hilir, contohnews - ",  # no known place before it
    ],
)
def test_lower_case_words_that_are_no_site_name_name_no_outlet(tmp_path: Path, opening: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{opening}{LEAD}\n\n{BODY}").outlet == ""


def test_a_wire_dateline_without_its_dash_names_the_agency(tmp_path: Path) -> None:
    article = load(tmp_path, f"Sukamaju villagers clear canal\n\nJakarta, Aug 15 (AP) {EN_LEAD}\n\n{EN_BODY}")
    assert article.outlet == "AP"
    dateline = parse_dateline(f"WASHINGTON (Reuters) {EN_LEAD}")
    assert dateline is not None and dateline.outlet == "Reuters" and dateline.rest == EN_LEAD


@pytest.mark.parametrize(
    "opening",
    [
        "Jakarta, Aug 15 (Foto Istimewa) ",  # no listed agency in the brackets
        "Kami sudah bekerja (AP) ",  # no place before the bracket
    ],
)
def test_a_bracket_without_a_dash_is_otherwise_no_dateline(opening: str) -> None:
    assert parse_dateline(f"{opening}{EN_LEAD}") is None


LONG_TITLE = (
    "Accompanying The Regent To Inspect The Canal, Village Head Ensures Sukamaju Harvest Is Safe: "
    "Three Dams Repaired, Forty Hectares Of Rice Fields Watered Again This Season"
)


def test_a_long_headline_alone_over_the_lead_is_the_title(tmp_path: Path) -> None:
    article = load(tmp_path, f"{LONG_TITLE}\nJAKARTA - {EN_LEAD}\n{EN_BODY}")
    assert article.title == LONG_TITLE


def test_a_long_standfirst_under_the_headline_still_loses_to_it(tmp_path: Path) -> None:
    article = load(tmp_path, f"{TITLE}\n{LONG_TITLE}\nJAKARTA - {LEAD}\n{BODY}")
    assert article.title == TITLE


def test_a_listed_outlet_on_its_own_line_under_the_headline_is_the_outlet(tmp_path: Path) -> None:
    article = load(tmp_path, f"Sukamaju villagers clear canal\nThe Peninsula\nJakarta: {EN_LEAD}\n{EN_BODY}")
    assert article.outlet == "The Peninsula"


def test_a_listed_name_written_as_a_lower_case_phrase_names_no_outlet(tmp_path: Path) -> None:
    closing = (
        "'Our players owe the fans a win,' said the coach of the star striker's club, thanking supporters "
        "for their patience.\n"
    )
    article = load(
        tmp_path, f"Sukamaju villagers clear canal\n\nSUKAMAJU - {EN_LEAD}\n\n{EN_BODY}\n{closing}"
    )
    assert article.outlet == ""


def test_the_headline_over_the_dek_beats_a_heading_reworded_under_it(tmp_path: Path) -> None:
    dek = "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat lumpur"
    headline = "Kompak, Warga Sukamaju Gotong Royong Atasi Lumpur Irigasi Ini"
    reworded = "Warga Desa Sukamaju Bergotong Royong Membersihkan Saluran Irigasi Tersumbat Lumpur"
    page = f"Kabar Desa\n{headline}\n{dek}\n{reworded}\nCONTOHNEWS.COM- {LEAD}\n{BODY}"
    assert load(tmp_path, page).title == headline


# -- read after the transfer check (t1) ---------------------------------------------------------------
def test_a_site_name_in_capitals_in_brackets_after_a_wire_place_is_the_outlet(tmp_path: Path) -> None:
    assert load(tmp_path, f"{TITLE}\n\nJAKARTA (KABARSUKAMAJU) - {LEAD}\n\n{BODY}").outlet == "Kabarsukamaju"


@pytest.mark.parametrize("inside", ["ADVERTORIAL", "PENGUMUMAN", "KALIMANTAN", "KBC"])
def test_labels_words_places_and_acronyms_in_brackets_are_no_site_word(inside: str) -> None:
    from kutip.index.ingest.dateline import _site_word

    assert not _site_word(inside)


def test_a_byline_dated_pada_hari_dates_the_story(tmp_path: Path) -> None:
    page = f"Berita\nOleh Ana Lee pada hari Senin, 18 Mei 2015 - 19:11:42 WIB\n\n{TITLE}\n\nJAKARTA - {LEAD}\n\n{BODY}"
    assert load(tmp_path, page).date == "2015-05-18"


# -- site furniture: copyright lines in the orders themes and networks print them --------------------
@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© Copyright 2024 - Kabarsukamaju.com", "Kabarsukamaju.com"),
        (
            "© 2025 KABARSUKAMAJU.com Network,a subsidiary of Contoh Media.\nAll Right Reserved",
            "KABARSUKAMAJU.com",
        ),
        ("Copyright 2024 Kabarsukamaju.com", "Kabarsukamaju.com"),
        ("Copyright 2019-2024 | Kabarsukamaju.com", "Kabarsukamaju.com"),
        ("Kabarsukamaju.com © 2024", "Kabarsukamaju.com"),
        ("Copyright © 2024 Kabarsukamaju.com. All Rights Reserved", "Kabarsukamaju.com"),
    ],
)
def test_a_copyright_line_in_the_footer_names_the_site(tmp_path: Path, footer: str, outlet: str) -> None:
    page = f"{TITLE}\n\nSUKAMAJU - {LEAD}\n\n{BODY}\nTentang Kami\n\nPedoman Media Siber\n\n{footer}\n"
    assert load(tmp_path, page).outlet == outlet


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright claims over the village song were settled in 2024 by the regent.",  # no year after the word
        "Baca juga berita ini © 2024",  # words in lower case before the sign name no one
    ],
)
def test_other_lines_with_copyright_words_name_no_site(tmp_path: Path, footer: str) -> None:
    page = f"{TITLE}\n\nSUKAMAJU - {LEAD}\n\n{BODY}\n{footer}\n"
    assert load(tmp_path, page).outlet == ""


# -- site furniture: share buttons carry the page's own address ---------------------------------------
SHARED = "https://www.kabarsukamaju.id/berita/2024/06/09/warga-gotong-royong"


@pytest.mark.parametrize(
    "share",
    [
        "Bagikan: https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.kabarsukamaju.id%2Fberita"
        "%2F2024%2F06%2F09%2Fwarga-gotong-royong",
        f"Share https://api.whatsapp.com/send?text=Warga+gotong+royong+{SHARED}",
        f"https://twitter.com/intent/tweet?text=Warga%20gotong%20royong&url={SHARED}",
    ],
)
def test_a_share_link_gives_the_page_address_and_its_site(tmp_path: Path, share: str) -> None:
    article = load(tmp_path, f"{TITLE}\n\nSUKAMAJU - {LEAD}\n\n{BODY}\n{share}\n\nTentang Kami\n")
    assert (article.url, article.outlet) == (SHARED, "kabarsukamaju.id")
    assert article.date == ""  # the address is no date the page prints for its readers


def test_a_share_link_to_a_platform_gives_no_address(tmp_path: Path) -> None:
    share = "https://www.facebook.com/sharer/sharer.php?u=https://www.youtube.com/watch?v=abc"
    article = load(tmp_path, f"{TITLE}\n\nSUKAMAJU - {LEAD}\n\n{BODY}\n{share}\n")
    assert (article.url, article.outlet) == ("", "")


# -- site furniture: the menu's links about the site --------------------------------------------------
@pytest.mark.parametrize(
    ("menu", "outlet"),
    [
        ("Tentang Kabar Sukamaju\nRedaksi\nPedoman Media Siber", "Kabar Sukamaju"),
        ("Beranda\nTentang SukamajuNews\nKontak", "SukamajuNews"),
        ("About Sukamaju Post\nContact Us\nPrivacy Policy", "Sukamaju Post"),
        ("Tentang Kami\nKontak Penulis\nRedaksi", ""),  # the menu names no site
        ("Tentang Kabar Sukamaju\nTentang Suara Sukamaju", ""),  # two sites: neither is sure
    ],
)
def test_a_menu_link_about_the_site_names_it(tmp_path: Path, menu: str, outlet: str) -> None:
    page = f"{TITLE}\n\nSUKAMAJU - {LEAD}\n\n{BODY}\n{menu}\n"
    assert load(tmp_path, page).outlet == outlet


# -- dateline and stamp shapes --------------------------------------------------------------------------
def test_a_weekday_set_apart_by_commas_in_a_dated_dateline_keeps_its_date(tmp_path: Path) -> None:
    article = load(tmp_path, f"{TITLE}\n\nJAKARTA, Rabu, 6 Maret 2024 -- {LEAD}\n\n{BODY}")
    assert (article.date, article.dateline) == ("2024-03-06", "JAKARTA, Rabu, 6 Maret 2024")


@pytest.mark.parametrize("line", ["Jakarta, 6 Maret 2024", "SUKAMAJU, Rabu (6/3/2024)"])
def test_a_place_and_date_on_a_line_over_the_lead_dates_the_story(tmp_path: Path, line: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{BODY}").date == "2024-03-06"


def test_a_place_and_date_under_the_story_dates_nothing(tmp_path: Path) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\nJakarta, 6 Maret 2024\n").date == ""
