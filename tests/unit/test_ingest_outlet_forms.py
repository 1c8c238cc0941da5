"""Outlet, date and title forms of real scrapes, by class (issue 10); every example is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp, split_date_label
from kutip.index.ingest.headline import detect_title
from kutip.index.ingest.headline_lines import looks_like_title
from kutip.index.ingest.metadata import _weather_banner
from kutip.index.ingest.outlets import outlet_before_place
from tests.conftest import load_article as _article
from tests.unit.ingest_pages import PLANNED_BRIDGE_LEAD as _LEAD


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (f"TOKYO, Jun. 9 (Contoh Wire) - {_LEAD}", "Contoh Wire"),
        (f"TOKYO, March 3 (Warta Pagi Newswire) -- {_LEAD}", "Warta Pagi Newswire"),
    ],
)
def test_a_wire_names_itself_in_brackets_after_its_place_and_day(paragraph: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and dateline.outlet == outlet


@pytest.mark.parametrize("region", ["Kabupaten Contoh", "DIY", "Jawa Barat", "Contoh Yogyakarta"])
def test_a_region_in_brackets_after_a_place_is_no_outlet(region: str) -> None:
    dateline = parse_dateline(f"Sleman ({region}) - {_LEAD}")
    assert dateline is None or dateline.outlet == ""


def test_a_site_names_itself_in_brackets_after_its_place() -> None:
    dateline = parse_dateline(f"Jakarta (Contoh Window) – {_LEAD}")
    assert dateline is not None and dateline.outlet == "Contoh Window"
    assert dateline.place == "Jakarta"


def test_a_bar_sets_the_place_apart_from_the_site() -> None:
    dateline = parse_dateline(f"BEKASI KOTA | kabarcontoh.net – {_LEAD}")
    assert dateline is not None and dateline.outlet == "kabarcontoh.net"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Bekasi, CONTOH.ID", "CONTOH.ID"), ("Medan, kabarcontoh.com", "kabarcontoh.com")],
)
def test_a_place_and_a_domain_alone_on_a_line_are_a_dateline(line: str, outlet: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None and dateline.outlet == outlet


@pytest.mark.parametrize("line", ["Jakarta, Senin", "Bandung, Jawa Barat", "Ana Lee, Jakarta"])
def test_a_place_beside_no_site_alone_on_a_line_is_no_dateline(line: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is None or dateline.outlet == ""


def test_a_dateline_line_the_furniture_rules_set_aside_still_names_the_outlet(tmp_path: Path) -> None:
    text = (
        "Pemuda Desa Bangun Jembatan Bambu Bersama Warga\n"
        "pemuda desa bangun jembatan bambu bersama warga\n"
        "Bekasi, CONTOHKITA.ID\n"
        f"{_LEAD}\n"
        "“Kami bekerja sejak pagi sampai malam,” ujar Budi Santosa, ketua pemuda desa.\n"
    )
    assert _article(tmp_path, text).outlet == "Contohkita.id"


def test_a_regional_site_named_by_a_brand_word_and_its_region() -> None:
    dateline = parse_dateline(f"FAKTA BEKASI – {_LEAD}")
    assert dateline is not None and dateline.outlet == "FAKTA BEKASI"


@pytest.mark.parametrize("prefix", ["BEKASI JAWA BARAT", "KOTA BEKASI"])
def test_a_region_alone_is_no_brand(prefix: str) -> None:
    dateline = parse_dateline(f"{prefix} – {_LEAD}")
    assert dateline is None or dateline.outlet == ""


def test_a_listed_outlet_before_its_place_is_a_byline() -> None:
    assert outlet_before_place("The Jakarta Post Jakarta") == "The Jakarta Post"
    assert outlet_before_place("The Jakarta Post") == ""
    assert outlet_before_place("Jakarta Banjir Lagi") == ""


def test_an_outlet_and_place_line_is_no_headline() -> None:
    lines = ["Warga Contoh Tolak Rencana Tambang Pasir", "The Jakarta Post Jakarta", _LEAD]
    title, _ = detect_title(lines)
    assert title != "The Jakarta Post Jakarta"


def test_a_year_and_month_label_is_split_off_but_gives_no_day() -> None:
    assert split_date_label("date 2023-10 Jakarta, Contoh.com - Warga berkumpul") == [
        "date 2023-10",
        "Jakarta, Contoh.com - Warga berkumpul",
    ]
    assert split_date_label("date 2021-03-04 * Protesters gather again") == [
        "date 2021-03-04",
        "* Protesters gather again",
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Redaksi   | Kamis , 9 Maret 2023", "2023-03-09"),
        ("All News 09:41 June 2, 2021", "2021-06-02"),
    ],
)
def test_stamps_with_a_spaced_comma_or_a_section_before_the_time(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


def test_a_lone_day_with_a_spaced_comma_is_not_read_as_a_stamp() -> None:
    assert read_stamp("Friday , March 5 2021") is None


def test_a_date_beside_the_weather_is_a_banner() -> None:
    assert _weather_banner(
        1, "Sabtu, 4 Oktober 2025", ["Jakarta 31°C Cerah", "Sabtu, 4 Oktober 2025", "Judul"]
    )
    assert not _weather_banner(1, "Sabtu, 4 Oktober 2025", ["Menu", "Sabtu, 4 Oktober 2025", "Judul"])
    assert not _weather_banner(
        0, "Sabtu, 4 Oktober 2025 10:15 WIB", ["Sabtu, 4 Oktober 2025 10:15 WIB", "31°C"]
    )


@pytest.mark.parametrize(
    "line", ["Bekasi, Jawa Barat -", "BEKASI, Nov 3 Villagers marched to the district office"]
)
def test_a_dateline_cut_from_its_lead_is_no_headline(line: str) -> None:
    title, _ = detect_title([line, _LEAD])
    assert title == ""
    assert not looks_like_title("Bekasi, Jawa Barat -")


def test_skip_links_are_no_headline() -> None:
    title, _ = detect_title(
        ["Go to Contents Go to Navigation", "", "Villagers Rebuild Bridge After Flood", _LEAD]
    )
    assert title == "Villagers Rebuild Bridge After Flood"


def test_a_dek_the_lead_repeats_loses_to_the_headline_above_it() -> None:
    dek = "Warga Desa Contoh membangun jembatan bambu baru untuk anak sekolah di seberang sungai"
    lines = [
        "TERBARU Warga Desa Contoh Bangun Jembatan Bambu",
        "",
        dek,
        "",
        "Penulis: Ana Lee | Editor: Budi Santosa",
        "",
        f"CONTOHNEWS.COM -- Kabar baik datang dari desa. {dek}. Pekerjaan dimulai pekan lalu.",
    ]
    title, _ = detect_title(lines)
    assert title == "TERBARU Warga Desa Contoh Bangun Jembatan Bambu"


def test_the_outlet_a_source_spoke_to_when_the_page_names_it_again(tmp_path: Path) -> None:
    text = (
        "Warga Contoh Minta Jembatan Diperbaiki\n\n"
        "Warga berkumpul di jembatan desa. (KabarContoh/Ana)\n\n"
        f"{_LEAD}\n\n"
        "“Kami sudah menunggu dua tahun,” kata Budi Santosa kepada KabarContoh, Senin.\n"
    )
    assert _article(tmp_path, text).outlet == "KabarContoh"


def test_an_outlet_named_once_as_the_listener_is_not_the_page(tmp_path: Path) -> None:
    text = (
        "Warga Contoh Minta Jembatan Diperbaiki\n\n"
        f"{_LEAD}\n\n"
        "“Kami sudah menunggu dua tahun,” kata Budi Santosa kepada KabarContoh, Senin.\n"
    )
    assert _article(tmp_path, text).outlet == ""


def test_a_photo_credited_to_the_site_then_its_photographer(tmp_path: Path) -> None:
    text = (
        "Warga Contoh Minta Jembatan Diperbaiki\n\n"
        "Jembatan desa yang rusak.\nSumber :\n  • KabarContoh.co.id/Ana Lestari\n\n"
        f"{_LEAD}\n"
    )
    assert _article(tmp_path, text).outlet == "KabarContoh.co.id"


def test_a_photo_credited_to_a_photographer_then_another_site_names_no_outlet(tmp_path: Path) -> None:
    text = (
        f"Warga Contoh Minta Jembatan Diperbaiki\n\nANA LESTARI/WARTACONTOH.COM\nJembatan desa.\n\n{_LEAD}\n"
    )
    assert _article(tmp_path, text).outlet == ""


def test_a_site_domain_then_its_place_without_a_comma() -> None:
    dateline = parse_dateline(f"KABARCONTOH.CO SUKAMAJU—{_LEAD}")
    assert dateline is not None and (dateline.outlet, dateline.place) == ("KABARCONTOH.CO", "SUKAMAJU")


def test_a_wire_signing_off_the_story(tmp_path: Path) -> None:
    text = (
        "Villagers Rebuild Bridge After Flood\n"
        "SUKAMAJU: Villagers rebuilt a bamboo bridge washed away by last week's flood, officials said.\n"
        "The work took four days and involved more than a hundred residents of the village. - REUTERS\n"
    )
    assert _article(tmp_path, text).outlet.casefold() == "reuters"


@pytest.mark.parametrize(
    ("word", "glued"), [("WARTACONTOH", True), ("CONTOHNEWS", True), ("BERITANYA", False)]
)
def test_a_logo_that_runs_an_outlet_word_into_a_name(word: str, glued: bool) -> None:
    dateline = parse_dateline(f"{word} – {_LEAD}")
    assert (dateline is not None and dateline.outlet == word) is glued


def test_a_logo_in_capitals_over_a_short_lead() -> None:
    dateline = parse_dateline("CONTOH TOP NEWS – Polisi belum menerima laporan resmi soal kejadian itu")
    assert dateline is not None and dateline.outlet == "CONTOH TOP NEWS"


def test_an_unlisted_name_in_capitals_is_shown_as_a_name_and_acronyms_stay() -> None:
    from kutip.index.ingest.outlets import display_outlet

    assert display_outlet("FAKTA CONTOH") == "Fakta Contoh"
    assert display_outlet("WARTACONTOH") == "Wartacontoh"
    assert display_outlet("KBSM") == "KBSM"


def test_a_drop_cap_on_its_own_line_joins_its_word(tmp_path: Path) -> None:
    text = f"K\n\nereta Gantung Baru Diresmikan di Desa Contoh\n\nSUKAMAJU, KABARCONTOH.COM - {_LEAD}\n"
    assert _article(tmp_path, text).title == "Kereta Gantung Baru Diresmikan di Desa Contoh"
