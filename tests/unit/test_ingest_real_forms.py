"""Date and outlet forms seen on real English and Indonesian pages, in sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.credits import credit_line
from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import find_dates, read_stamp, split_date_label
from kutip.index.ingest.outlets import is_compound_outlet
from kutip.index.models import Credit
from tests.conftest import load_article as load_text

_STORY = (
    "The regional council voted on a new budget for its harbour works after a long debate, "
    "and members said the plan would be reviewed again next year."
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published 17 Apr, 2024 10:48am", "2024-04-17"),
        ("Nov. 3, 2023", "2023-11-03"),
        ("Kamis, 4 Juli 2024", "2024-07-04"),
    ],
)
def test_written_dates(text: str, iso: str) -> None:
    assert [f.iso for f in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("line", "iso", "outlet", "writer"),
    [
        ("Harbour Wire Published 17 Apr, 2024 10:48am", "2024-04-17", "Harbour Wire", ""),
        ("Reuters Published 2 Feb, 2023 09:15pm", "2023-02-02", "Reuters", ""),
        ("Dewi Kartika Sari | 12 Maret 2023 21:05", "2023-03-12", "", "Dewi Kartika Sari"),
        ("Tomas Wright • 8 January 2024 07:30", "2024-01-08", "", "Tomas Wright"),
        ("20 May 2024 | 16:18 WIB", "2024-05-20", "", ""),
        ("Updated 3:12 PM GMT, November 3, 2023", "2023-11-03", "", ""),
        ("Last Updated: November 3, 2023, 10:15 PM IST", "2023-11-03", "", ""),
        ("Tomas Wright, Reuters | November 3, 2023", "2023-11-03", "Reuters", "Tomas Wright"),
        ("By Tomas Wright on November 3, 2023", "2023-11-03", "", ""),
        ("Posted on 3rd May 2024 by Tomas", "2024-05-03", "", ""),
        ("RABU, 6 MARET 2024 | 10:15 WIB", "2024-03-06", "", ""),
        ("Ahad, 19 Mei 2024 07:00 WIB", "2024-05-19", "", ""),
        ("Tomas Wright November 3, 2023", "2023-11-03", "", "Tomas Wright"),
        ("Dewi Kartika Senin, 6 Mei 2024 10:15 WIB", "2024-05-06", "", "Dewi Kartika"),
        ("Last updated November 3, 2023", "2023-11-03", "", ""),
    ],
)
def test_stamps_with_agency_label_or_bare_byline(line: str, iso: str, outlet: str, writer: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None
    assert (stamp.iso, stamp.outlet, stamp.writer) == (iso, outlet, writer)


def test_a_headline_beside_a_date_is_no_byline() -> None:
    assert read_stamp("Harga Beras Naik Lagi Menjelang Lebaran di Pasar | 12 Maret 2023") is None


def test_bare_byline_is_credited() -> None:
    assert credit_line("Tomas Wright • 8 January 2024 07:30") == [Credit("author", "Tomas Wright")]


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        (" date 2022-10-02 PORT TOWN - The council met.", ["date 2022-10-02", "PORT TOWN - The council met."]),
        ("date 2024-01-24 English", ["date 2024-01-24", "English"]),
        ("Published: 3 May 2024 10:00 WIB Warga berkumpul.", ["Published: 3 May 2024 10:00 WIB", "Warga berkumpul."]),
        ("Date night in the old town was quiet.", ["Date night in the old town was quiet."]),
        ("Tanggal 17 Agustus 1945 Indonesia merdeka.", ["Tanggal 17 Agustus 1945 Indonesia merdeka."]),
    ],
)
def test_glued_date_label_is_split_off(paragraph: str, parts: list[str]) -> None:
    assert split_date_label(paragraph) == parts


def test_glued_date_label_dates_the_story(tmp_path: Path) -> None:
    article = load_text(tmp_path, f" date 2022-10-02 {_STORY}\n\nSecond paragraph of the story here.")
    assert article.date == "2022-10-02"
    assert not article.body.startswith("date")


def test_unlabelled_byline_stamp_under_headline(tmp_path: Path) -> None:
    text = (
        "Dewan Kota Setujui Anggaran Pelabuhan Baru\n"
        "Dewi Kartika Sari | 12 Maret 2023 21:05\n"
        "Dewan kota menyetujui anggaran baru untuk pelabuhan setelah rapat panjang pada Senin (11/3/2023)."
    )
    article = load_text(tmp_path, text)
    assert article.date == "2023-03-12"
    assert Credit("author", "Dewi Kartika Sari") in article.credits


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        (
            "Today marked a busy day for the port authority. The new ferry terminal, opened on "
            "Friday (5/7/2024), will serve three islands.",
            "2024-07-05",
        ),
        (
            "Jembatan baru itu resmi dibuka hari ini untuk warga. Peresmian dilakukan oleh bupati pada "
            "Sabtu (6/7/2024) pagi di tepi sungai.",
            "2024-07-06",
        ),
        # "until today" looks back, and a quoted "today" is the speaker's
        (
            "Sampai hari ini jembatan itu belum dibuka. Warga sudah menunggu sejak Senin (1/7/2024).",
            "",
        ),
        (
            "\u201cWe opened it today,\u201d the mayor said. The ceremony was held on Friday (5/7/2024).",
            "",
        ),
        # no weekday: a background date, not the day of the story
        ("The bridge opened today. It was first planned on 5 July 2019 by the council.", ""),
    ],
)
def test_today_in_the_lead_dates_the_story(tmp_path: Path, lead: str, iso: str) -> None:
    article = load_text(tmp_path, f"{lead}\n\nWarga menyambut baik pembukaan itu dan berharap perjalanan lebih cepat.")
    assert article.date == iso


def test_compound_outlet_dateline() -> None:
    assert is_compound_outlet("KabarNews")
    assert not is_compound_outlet("Jakarta")
    assert not is_compound_outlet("McDonald")
    dateline = parse_dateline(f"KabarNews - {_STORY}")
    assert dateline is not None and dateline.outlet == "KabarNews"
    assert parse_dateline("BandungRaya - Hujan") is None


def test_site_speaking_to_readers_names_the_outlet(tmp_path: Path) -> None:
    text = (
        f"{_STORY}\n\nThe harbour works will start in spring, officials said.\n\n"
        "Share your thoughts and any issues you've met on The Jakarta Post. We read every message.\n"
    )
    assert load_text(tmp_path, text).outlet == "The Jakarta Post"


def test_outlet_named_in_the_story_is_not_the_site(tmp_path: Path) -> None:
    text = f"{_STORY}\n\nThe mayor told Reuters the works would start in spring.\n"
    assert load_text(tmp_path, text).outlet == ""


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("kabarcontoh.com", "kabarcontoh.com"),
        ("www.KabarContoh.id\n\nTentang Kami", "KabarContoh.id"),
        ("Read more at kabarcontoh.com today", ""),
    ],
)
def test_domain_alone_in_the_footer_names_the_site(tmp_path: Path, footer: str, outlet: str) -> None:
    assert load_text(tmp_path, f"{_STORY}\n\nThe works start in spring.\n\n{footer}").outlet == outlet
