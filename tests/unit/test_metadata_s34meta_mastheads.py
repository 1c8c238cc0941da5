"""Outlets and headlines in head-block shapes the readers missed (session 34, round 2, issue 10): an
unlisted site's name closing on an outlet word, alone as the page's first line or after a place on a
line of its own; the page's title or description line closing on its domain; a name a scrape printed
twice before the dateline; a headline under a caption closed by a dash and its picture's credit. Every
page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import closing_outlet_word_name, parse_dateline
from kutip.index.ingest.outlets import display_outlet
from tests.conftest import load_article
from tests.unit.village_page import HEAD as _HEAD
from tests.unit.village_page import LEAD as _LEAD
from tests.unit.village_page import MORE as _MORE

_CAPTION = (
    "Villagers from three hamlets carry timber and bamboo to the bank of the river during the annual meeting "
    "of the village council with its farmers in Sukamaju, on November 2, 2024. — Picture by AGENCY"
)
_EN_TITLE = "Villagers plan to rebuild the old river bridge before the rains"
_EN_LEAD = (
    "SUKAMAJU, Nov 3 — Villagers said on Sunday they would rebuild the old river bridge themselves before "
    "the rainy season, after waiting two years for the district to act.\n\n"
    "“We cannot wait any longer,” said Fulan Hidayat, the village head.\n\n"
    "The district office has not commented on the plan.\n\n"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Contoh Online", True),
        ("Suara Contoh News", True),
        ("AB Online", True),  # an acronym opens it
        ("Discussion about this post", False),  # a widget's words in lower case
        ("Contoh Online Terbaru Hari", False),  # too long for a name
        ("Online", False),  # one word
        ("Berita Contoh", False),  # the outlet word opens it, does not close it
    ],
)
def test_a_name_closing_on_an_outlet_word(name: str, expected: bool) -> None:
    assert closing_outlet_word_name(name) is expected


def test_a_place_and_an_unlisted_name_closing_on_an_outlet_word_on_a_line_of_their_own(
    tmp_path: Path,
) -> None:
    dateline = parse_dateline("Bandung, Contoh Online")
    assert dateline is not None and dateline.outlet == "Contoh Online" and dateline.place == "Bandung"
    page = f"{_HEAD}Fulan Hidayat\n\nKontributor\n\nBandung, Contoh Online\n\n{_LEAD}{_MORE}"
    assert load_article(tmp_path, page).outlet == "Contoh Online"


def test_a_place_and_a_headline_of_capitalised_words_is_no_dateline() -> None:
    assert parse_dateline("Bandung, Warga Rindu Keluarga") is None


def test_the_pages_first_line_an_unlisted_sites_name_alone(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"Contoh Journal\n\n{_CAPTION}\n\n{_EN_TITLE}\n\n{_EN_LEAD}")
    assert article.outlet == "Contoh Journal"


def test_a_first_line_of_lower_case_words_names_no_site(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"Discussion about this post\n\n{_HEAD}{_LEAD}{_MORE}")
    assert article.outlet == ""


def test_the_pages_description_line_closing_on_its_domain(tmp_path: Path) -> None:
    description = "Berita terkini politik, ekonomi, olahraga dan hiburan ditulis lengkap - Contohwarta.co\n\n"
    assert load_article(tmp_path, f"{description}{_HEAD}{_LEAD}{_MORE}").outlet == "Contohwarta.co"


def test_a_first_line_crediting_a_picture_to_a_site_names_no_outlet(tmp_path: Path) -> None:
    credit = "Foto: warga bergotong royong di tepi sungai - Contohwarta.com\n\n"
    assert load_article(tmp_path, f"{credit}{_HEAD}{_LEAD}{_MORE}").outlet == ""


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Contohwarta.com CONTOHWARTA.COM", "Contohwarta.com"),
        ("Warta Contoh Warta Contoh", "Warta Contoh"),
        ("Contoh Contoh Warta", "Contoh Contoh Warta"),  # not two equal halves
    ],
)
def test_a_name_printed_twice_in_a_row_is_shown_once(written: str, shown: str) -> None:
    assert display_outlet(written) == shown


def test_a_dateline_with_the_sites_name_printed_twice(tmp_path: Path) -> None:
    page = f"{_HEAD}Contohwarta.com CONTOHWARTA.COM, SUKAMAJU – {_LEAD}{_MORE}"
    assert load_article(tmp_path, page).outlet == "Contohwarta.com"


def test_a_headline_under_a_caption_closed_by_a_dash_and_its_pictures_credit(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"{_CAPTION}\n\n{_EN_TITLE}\n\n{_EN_LEAD}")
    assert article.title == _EN_TITLE
    assert "three hamlets" in article.body  # its date stays evidence of the day the story reports


@pytest.mark.parametrize("credit", ["- Foto: Ana Lestari", "— Photo by Ana Lee", "– Picture: AGENCY"])
def test_the_credits_forms(tmp_path: Path, credit: str) -> None:
    caption = _CAPTION.removesuffix("— Picture by AGENCY") + credit
    assert load_article(tmp_path, f"{caption}\n\n{_EN_TITLE}\n\n{_EN_LEAD}").title == _EN_TITLE


def test_a_sentence_about_pictures_over_a_lead_is_no_caption_to_step_over(tmp_path: Path) -> None:
    line = "The exhibition shows the work of a photographer who took pictures by the river."
    article = load_article(tmp_path, f"{line}\n\n{_EN_LEAD}")
    assert article.title == ""


def test_a_first_line_closing_on_a_domain_gives_way_to_the_pages_own_copyright(tmp_path: Path) -> None:
    credit = "Warga bergotong royong di tepi sungai - Contohwarta.com\n\n"
    footer = "Copyright © 2024 Lainwarta.com. All rights reserved.\n"
    article = load_article(tmp_path, f"{credit}{_HEAD}{_LEAD}{_MORE}{footer}")
    assert article.outlet == "Lainwarta.com"
