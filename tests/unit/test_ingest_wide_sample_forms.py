"""Title, outlet and date forms that a wide sample of real pages showed kutip missing, each a class
seen on several sites: a network's regional edition, a dateline on its own line or with its dash run
into it, a logo written as one word, a reporter's name beside the place, a site's Google News
invitation, a photo's copyright above the story, a one-name writer beside a timed stamp, a second
"Last Updated" stamp, a "today" banner over the story's own stamp, an advertisement repeated down the
page, a headline with a full stop and a list of other stories above it. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.boilerplate import is_boilerplate_line
from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.outlets import display_outlet, is_edition, is_outlet_name
from tests.conftest import load_article as load
from tests.unit.ingest_pages import IRRIGATION_BODY as BODY
from tests.unit.ingest_pages import IRRIGATION_LEAD as LEAD

TITLE = "Warga Sukamaju Bersihkan Saluran Irigasi Jelang Musim Tanam"


@pytest.mark.parametrize("name", ["ANTARA Kaltim", "ANTARA News Bengkulu", "detikJateng", "iNewsBanten"])
def test_a_listed_outlets_regional_edition_is_an_outlet(name: str) -> None:
    assert is_edition(name) and is_outlet_name(name)
    assert display_outlet(name) == name


@pytest.mark.parametrize("name", ["Antara Jakarta", "ANTARA Fulan", "detikKemarin", "KOMPAS Bali Jawa Sumatra"])
def test_a_brand_before_words_that_are_no_region_is_no_edition(name: str) -> None:
    assert not is_edition(name)


def test_an_editions_bracketed_dateline_names_it() -> None:
    dateline = parse_dateline(f"Balikpapan (ANTARA Kaltim) - {LEAD}")
    assert dateline is not None and dateline.outlet == "ANTARA Kaltim"


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (f"Sukamaju, Kabarkita.com- {LEAD}", "Kabarkita.com"),
        (f"MEDAN (kabarkita.com)-{LEAD}", "kabarkita.com"),
        (f"MEDAN (kabarkita.com)- {LEAD}", "kabarkita.com"),
        (f"Sukamaju, LensaRakyat,-– {LEAD}", "LensaRakyat"),
        (f"LensaRakyat - {LEAD}", "LensaRakyat"),
    ],
)
def test_datelines_with_the_dash_run_into_them_or_a_one_word_logo(paragraph: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and dateline.outlet == outlet


def test_a_reporters_name_beside_the_place_is_no_outlet() -> None:
    dateline = parse_dateline(f"Rina Sari Dewi, Jakarta – {LEAD}")
    assert dateline is None or dateline.outlet == ""


def test_a_dateline_on_a_line_of_its_own_names_the_outlet(tmp_path: Path) -> None:
    article = load(tmp_path, f"{TITLE}\n\nJakarta, CNN Indonesia —\n\n{LEAD}\n\n{BODY}")
    assert article.outlet == "CNN Indonesia"
    assert article.body.startswith("Jakarta, CNN Indonesia — Warga Desa Sukamaju")
    moved = load(tmp_path, f"{TITLE}\n\nMAKASSAR, KOMPAS.com\n\n– {LEAD}\n\n{BODY}")
    assert moved.outlet == "Kompas.com"


def test_a_short_line_above_the_lead_is_not_joined_without_an_outlet(tmp_path: Path) -> None:
    article = load(tmp_path, f"{TITLE}\n\nKabar Terkini —\n\n{LEAD}\n\n{BODY}")
    assert article.outlet == ""


def test_a_glued_date_label_before_a_lower_case_site_dateline(tmp_path: Path) -> None:
    article = load(tmp_path, f"date 2024-05-19 kabarkita.com, JAKARTA - {LEAD}\n\n{BODY}")
    assert article.date == "2024-05-19"
    assert article.outlet == "kabarkita.com"


def test_a_google_news_invitation_names_the_site(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}\nSilakan baca berita menarik lainnya dari JPNN.com di Google News\n"
    assert load(tmp_path, text).outlet == "JPNN.com"


def test_a_photos_copyright_above_the_story_is_no_outlet(tmp_path: Path) -> None:
    above = f"{TITLE}\n\n© Kabarkita.org\n\nWarga membersihkan saluran. Copyright: © Kabarkita.org\n\n{LEAD}\n\n{BODY}"
    assert load(tmp_path, above).outlet == ""
    below = f"{TITLE}\n\n{LEAD}\n\n{BODY}\nKebijakan Privasi\n\n© 2024 Kabarkita.org\n"
    assert load(tmp_path, below).outlet == "Kabarkita.org"


@pytest.mark.parametrize(
    ("line", "iso", "writer"),
    [
        ("Fulan 20 Jan 2024, 14:49", "2024-01-20", "Fulan"),
        ("Redaksi - Sabtu, 17 Februari 2024 10:15 WIB", "2024-02-17", ""),
        ("April 30, 2024 Last Updated 2024-04-30T03:17:56Z", "2024-04-30", ""),
        ("Wednesday, August 31, 2022 | August 31, 2022 WIB | 0 Views", "2022-08-31", ""),
        ("Senin 03 Juni 2024 10:15 WIB", "2024-06-03", ""),
    ],
)
def test_stamps_with_one_name_a_desk_or_a_second_updated_stamp(line: str, iso: str, writer: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and (stamp.iso, stamp.writer) == (iso, writer)


@pytest.mark.parametrize("line", ["Sumber 17 Maret 2023", "Presiden 20 Jan 2024, 10:00"])
def test_one_word_that_is_no_name_beside_a_date_is_no_writer(line: str) -> None:
    stamp = read_stamp(line)
    assert stamp is None or stamp.writer == ""


def test_a_today_banner_over_the_storys_timed_stamp_does_not_date_it(tmp_path: Path) -> None:
    text = f"Selasa, 31 Desember 2019\n\n{TITLE}\n\nSenin, 30 Desember 2019 — 23:31 WIB\n\nJAKARTA – {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).date == "2019-12-30"


def test_a_date_line_without_a_time_above_the_headline_dates_no_story_that_does_not_confirm_it(
    tmp_path: Path,
) -> None:
    # session 43: the read sets' golds date no page by such a line that its story does not confirm
    # (test_ingest_dates_s43metadata.py); this test once asked for the date
    text = f"Senin, 30 Desember 2019\n\n{TITLE}\n\nJAKARTA – {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).date == ""


def test_an_advertisement_repeated_down_the_page_is_not_the_title(tmp_path: Path) -> None:
    ad = "Baca berita dengan lebih sedikit iklan, klik di sini"
    text = f"{ad}\n\nKABARKITA.COM, Jakarta - {LEAD}\n\n{ad}\n\n{BODY}\n{ad}\n\nPenutup berita ini.\n"
    assert load(tmp_path, text).title == ""


def test_a_headline_ending_with_a_full_stop_is_the_title(tmp_path: Path) -> None:
    stopped = f"{TITLE}."
    article = load(tmp_path, f"{stopped}\n\n{stopped}\n\nSukamaju, Kabarkita.com - {LEAD}\n\n{BODY}")
    assert article.title == TITLE
    assert stopped not in article.body


def test_a_list_of_other_stories_above_the_headline_is_not_the_title(tmp_path: Path) -> None:
    others = "\n".join(f"- Kabar Lain Nomor {n} dari Desa Tetangga Hari Ini" for n in range(1, 12))
    article = load(tmp_path, f"{others}\n{TITLE}\n\nSukamaju, Kabarkita.com - {LEAD}\n\n{BODY}")
    assert article.title == TITLE


def test_a_wire_place_with_a_bracketed_full_date_dates_the_story() -> None:
    dateline = parse_dateline(f"SUKAMAJU (30/1/2018) - {LEAD}")
    assert dateline is not None and (dateline.place, dateline.date) == ("SUKAMAJU", "2018-01-30")


@pytest.mark.parametrize(
    "line",
    [
        "Advertising",
        "SCROLL TO RESUME CONTENT",
        "SCROLL UNTUK MELANJUTKAN MEMBACA",
        "Loading...",
        "Halaman: 12Lihat Semua",
        "Halaman : 1 2 3 Selanjutnya",
        "Kategori :",
        "- Penulis :",
        "Berita Terkait",
        "**Baca juga: Kabar Lain dari Desa Tetangga",
        "Follow Kabarkita.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News",
        "Ikuti Kabar Kita Online di GoogleNews",
        "Cek berita dan artikel yang lain di Google News",
        "Bagikan artikel ini melalui",
        "Penulis: ana lestari | Editor: budi santoso",
    ],
)
def test_furniture_lines_real_pages_leave_in_a_story_are_removed(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Halaman sekolah itu dipenuhi warga yang mengungsi sejak Minggu malam.",
        "Ia mengikuti perkembangan kasus itu dari kanal berita setiap hari.",
    ],
)
def test_story_sentences_like_furniture_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_captions_capital_kicker_does_not_hide_the_outlets_dateline_below(tmp_path: Path) -> None:
    caption = "BANJIR SAWAH - Ilustrasi petugas memeriksa pintu air. Dok Dinas Pengairan"
    text = f"{TITLE}\n\n{caption}\n\nKABARKITA.COM - {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet == "Kabarkita.com"


def test_the_headline_left_with_markup_is_its_copy_and_the_iso_stamp_below_dates_it(tmp_path: Path) -> None:
    text = (
        f"{TITLE} -->\n\nKategori Berita\n\nCari Berita\n\n{TITLE}\n\n"
        "Wednesday, August 31, 2022 | 0 Views Last Updated 2022-08-31T12:50:45Z\n\n"
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\nBerita lain, Senin (2/5/2022).\n\nKabar lama 1 Januari 2021\n"
    )
    article = load(tmp_path, text)
    assert (article.title, article.date) == (TITLE, "2022-08-31")
    assert TITLE not in article.body


def test_a_press_releases_place_and_date_line_is_not_its_title(tmp_path: Path) -> None:
    text = f"Kabar Wire\n\nSUKAMAJU, JB, Aug. 22, 2016\n\nSUKAMAJU, JB, Aug. 22, 2016 /Kabar Wire/ - {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).title == ""
