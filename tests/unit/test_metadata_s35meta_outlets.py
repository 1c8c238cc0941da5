"""Session 35: outlets a page names in its promo, its reader banner, a source's message and a dateline
the scrape ran into the lead (issue 10). The pages are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.site_invite import invited_site
from tests.conftest import load_article
from tests.unit.village_page import HEAD as _HEAD
from tests.unit.village_page import LEAD as _LEAD
from tests.unit.village_page import MORE as _MORE

_PROMO = "Follow Kabarsari untuk mendapatkan kabar terbaru. Klik dan ikuti WhatsApp Channel & Google News"


def test_a_name_followed_for_the_news_in_a_promo_naming_the_services_is_the_site() -> None:
    assert invited_site([_PROMO]) == "Kabarsari"


@pytest.mark.parametrize(
    "line",
    [
        "Follow Kabarsari untuk mendapatkan kabar terbaru.",  # no news service named: any name is followed so
        "Warga diminta ikuti Fulan Hidayat agar tertib. Info lain di Google News",  # not the line's invitation
        "Follow Us untuk kabar terbaru di WhatsApp",  # the reader is asked to follow the page itself
        "Follow Us on WhatsApp",
        "Ikuti Kami di Google News",
    ],
)
def test_a_follow_line_naming_no_site_of_its_own_names_none(line: str) -> None:
    assert invited_site([line]) == ""


def test_the_promo_over_the_story_names_an_unlisted_site(tmp_path: Path) -> None:
    page = f"{_HEAD}3 November 2024\n\n{_PROMO}\n\n{_LEAD}{_MORE}"
    assert load_article(tmp_path, page).outlet == "Kabarsari"


_EN_STORY = (
    "Residents of three villages cleaned the river banks on Sunday ahead of the rainy season, the village "
    "head said.\n\n"
    '"We do not want last year\'s floods again," said Ana Lestari, who leads the neighbourhood group.\n\n'
    "The work went on from early morning until noon, with volunteers from the three hamlets.\n\n"
)


def test_a_reader_banner_over_the_story_names_the_listed_outlet_after_an_article(tmp_path: Path) -> None:
    banner = "A gift for you!\n\nYou can read this story at no cost thanks to a Tempo English member.\n\n"
    page = f"Villagers Clean River Banks Before the Rains\n\n{banner}{_EN_STORY}"
    assert load_article(tmp_path, page).outlet == "Tempo English"


def test_an_outlet_the_story_names_after_an_article_is_no_reader_banner(tmp_path: Path) -> None:
    page = f"Villagers Clean River Banks Before the Rains\n\n{_EN_STORY}The story was sent to a Tempo English editor.\n\n"
    assert load_article(tmp_path, page).outlet == ""


def test_a_source_messaging_the_listed_outlet_names_it(tmp_path: Path) -> None:
    message = '"The budget is ready," said Ana Lestari via text message to Kabar24, Monday.\n\n'
    page = f"Villagers Clean River Banks Before the Rains\n\n{_EN_STORY}{message}"
    assert load_article(tmp_path, page).outlet == "Kabar24"


def test_a_place_run_into_the_lead_after_the_sites_domain_is_its_dateline() -> None:
    dateline = parse_dateline(
        "CONTOH.CO, JakartaThe village head said the river banks of the three hamlets were cleaned on Sunday."
    )
    assert dateline is not None
    assert (dateline.outlet, dateline.place) == ("CONTOH.CO", "Jakarta")
    assert dateline.rest.startswith("The village head")


def test_a_name_run_into_a_word_after_the_domain_is_no_place() -> None:
    lead = "Contoh.co, McDonald said the river banks of the three hamlets were cleaned by the villagers on Sunday."
    assert parse_dateline(lead) is None


def test_a_bulleted_lead_with_the_dash_lost_names_the_outlet(tmp_path: Path) -> None:
    page = (
        "Villagers Clean River Banks Before the Rains\n\n  • Font:\n  • Font size: - +\n"
        "  • CONTOH.CO, JakartaResidents of three villages cleaned the river banks on Sunday ahead of the "
        "rainy season, the village head said.\n\n"
        f"{_EN_STORY}"
    )
    assert load_article(tmp_path, page).outlet == "Contoh.co"
