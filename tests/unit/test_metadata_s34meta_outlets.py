"""Outlets in shapes the readers missed (session 34, issue 10): a radio station's frequency with a decimal
comma in the dateline, a domain glued to the lead by an underscore, an invitation to follow an unlisted
site on a news service, and, on English pages only, a reporter's name before the place, which names no
outlet. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.site_invite import invited_site
from tests.conftest import load_article
from tests.unit.village_page import HEAD as _HEAD
from tests.unit.village_page import LEAD as _LEAD
from tests.unit.village_page import MORE as _MORE


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("Sukamaju, Contoh 92,6 FM – ", "Contoh 92,6 FM"),  # the frequency's comma is inside the name
        ("Sukamaju, Radio Contoh 101,3 FM – ", "Radio Contoh 101,3 FM"),
    ],
)
def test_a_frequency_with_a_decimal_comma_stays_in_the_outlets_name(
    tmp_path: Path, dateline: str, outlet: str
) -> None:
    assert load_article(tmp_path, f"{_HEAD}{dateline}{_LEAD}{_MORE}").outlet == outlet


def test_a_comma_between_a_place_and_a_number_still_parts_them() -> None:
    found = parse_dateline("Jakarta, 3 November 2024 – " + _LEAD.strip())
    assert found is not None and found.date == "2024-11-03" and found.outlet == ""


def test_a_domain_glued_to_the_lead_by_an_underscore_names_the_page(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"{_HEAD}Kabarcontoh.com_{_LEAD}{_MORE}")
    assert article.outlet == "Kabarcontoh.com"


def test_an_underscore_inside_a_word_is_no_dateline() -> None:
    assert (
        parse_dateline("data_Warga desa berkumpul di balai desa untuk membahas rencana kerja bakti.") is None
    )


@pytest.mark.parametrize(
    ("line", "site"),
    [
        (
            "Baca tulisan menarik lainnya langsung dari ponsel kamu. Follow channel WhatsApp Contohsiana "
            "sekarang di sini: https://whatsapp.com/channel/0000",
            "Contohsiana",
        ),
        ("Ikuti saluran WhatsApp Harian Sukamaju untuk kabar terkini.", "Harian Sukamaju"),
        ("Ikuti Kabarkita di Google News", "Kabarkita"),
        ("Follow Berita Kabarkita di Google News", "Kabarkita"),
    ],
)
def test_an_invitation_to_follow_a_name_on_a_news_service_names_the_site(line: str, site: str) -> None:
    assert invited_site([line]) == site


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti Ana Lestari di Instagram",  # people are followed on social networks
        "Ikuti WhatsApp Channel Google News sekarang",  # a platform's name
        "Ikuti Presiden Fulan di WhatsApp",  # a title before a name
        "Ikuti Jakarta di Google News",  # a place
    ],
)
def test_a_person_a_platform_or_a_place_followed_names_no_site(line: str) -> None:
    assert invited_site([line]) == ""


def test_the_invitation_under_the_story_names_an_unlisted_site(tmp_path: Path) -> None:
    tail = "Follow channel WhatsApp Contohsiana sekarang di sini: https://whatsapp.com/channel/0000\n"
    assert load_article(tmp_path, f"{_HEAD}{_LEAD}{_MORE}{tail}").outlet == "Contohsiana"


_EN_HEAD = "Government Sets Aside Funds for School Meals\n\n"
_EN_LEAD = (
    "The government will set aside Rp 10 trillion for a school meals program in next year's budget, the "
    "finance minister said on Monday.\n\n"
    '"The amount is already part of the draft," the minister told reporters at her office.\n\n'
)


def test_a_reporters_name_before_the_place_of_an_english_lead_is_no_outlet(tmp_path: Path) -> None:
    assert load_article(tmp_path, f"{_EN_HEAD}Ana Lestari, Jakarta – {_EN_LEAD}").outlet == ""


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("Contoh Post, Jakarta – ", "Contoh Post"),  # an outlet word: the site’s name
        ("Kabarcontoh.com, Jakarta – ", "Kabarcontoh.com"),
    ],
)
def test_a_site_before_the_place_of_an_english_lead_still_names_it(
    tmp_path: Path, dateline: str, outlet: str
) -> None:
    assert load_article(tmp_path, f"{_EN_HEAD}{dateline}{_EN_LEAD}").outlet == outlet


def test_a_two_word_name_before_the_place_of_an_indonesian_lead_still_signs(tmp_path: Path) -> None:
    assert load_article(tmp_path, f"{_HEAD}Gema Sukamaju, Jakarta – {_LEAD}{_MORE}").outlet == "Gema Sukamaju"


def test_the_reporter_before_the_place_of_an_english_lead_is_its_author(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"{_EN_HEAD}Ana Lestari, Jakarta – {_EN_LEAD}")
    assert article.author == "Ana Lestari"
    assert [(c.role, c.name) for c in article.credits] == [("author", "Ana Lestari")]


def test_a_bylined_author_is_kept_over_the_reporter_before_the_place(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"{_EN_HEAD}By Budi Santoso\n\nAna Lestari, Jakarta – {_EN_LEAD}")
    assert article.author == "Budi Santoso"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Jakarta, Warganewstv", "Warganewstv"),  # a broadcaster's "tv" closing a name run into "news"
        ("Jakarta, KabarPos", "KabarPos"),
        ("Jakarta, Kabarcontoh.id", "Kabarcontoh.id"),  # a domain, read before
    ],
)
def test_a_place_and_a_one_word_site_on_a_line_over_the_lead_name_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    assert load_article(tmp_path, f"{_HEAD}{line}\n\n{_LEAD}{_MORE}").outlet == outlet


@pytest.mark.parametrize("line", ["Jakarta, Persatuan", "Jakarta, Kamis", "Jakarta, Sukamajutv"])
def test_a_place_and_a_word_over_the_lead_name_no_outlet(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_name_holding_a_place_before_the_place_of_an_english_lead_is_a_regional_site(
    tmp_path: Path,
) -> None:
    article = load_article(tmp_path, f"{_EN_HEAD}Kelapa Bali, Denpasar – {_EN_LEAD}")
    assert article.outlet == "Kelapa Bali"
    assert article.author == ""
