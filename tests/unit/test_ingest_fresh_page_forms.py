"""Outlet and date forms fresh real pages showed kutip missing, each seen on several sites: a dateline
with no dash at all (the site's domain, a comma, its place, the lead), a dash run into the dateline's
year, a site's one-word name before the dash and its place after it, a listed outlet credited first on
a photo in capitals, a blog platform's subscription block naming the site, and a "today" banner a
month after the lead's weekday date. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.boilerplate import is_boilerplate_line
from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article as load
from tests.unit.ingest_pages import IRRIGATION_BODY as BODY

LEAD_REST = (
    "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat lumpur sejak "
    "banjir pekan lalu, Rabu (27/11/2019)."
)
TITLE = "Warga Sukamaju Bersihkan Saluran Irigasi Jelang Musim Tanam"


@pytest.mark.parametrize(
    ("opening", "outlet", "place"),
    [
        ("kabarcontoh.com, MEDAN, ", "kabarcontoh.com", "MEDAN"),
        ("Contohnews.com, Jakarta ", "Contohnews.com", "Jakarta"),
    ],
)
def test_a_domain_a_comma_and_a_place_open_a_dateline_without_a_dash(
    opening: str, outlet: str, place: str
) -> None:
    dateline = parse_dateline(opening + LEAD_REST)
    assert dateline is not None
    assert (dateline.outlet, dateline.place) == (outlet, place)
    assert dateline.rest.startswith("Warga Desa")


@pytest.mark.parametrize(
    "lead",
    [
        "Kompas.com, Jakarta dan Bandung menjadi kota yang paling banyak dikunjungi selama libur panjang.",
        "contoh.com, situs yang dikelola warga, mencatat lonjakan pembaca selama libur panjang ini.",
    ],
)
def test_a_domain_before_a_sentence_that_names_no_place_first_is_no_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


def test_a_dash_run_into_the_datelines_year_ends_it() -> None:
    dateline = parse_dateline("Kabar Satu, Sukamaju, Jumat 14 September 2018- " + LEAD_REST)
    assert dateline is not None
    assert (dateline.outlet, dateline.date) == ("Kabar Satu", "2018-09-14")


def test_a_one_word_site_name_before_the_dash_and_its_place_after_it() -> None:
    dateline = parse_dateline("Kabarcontoh – Medan, " + LEAD_REST)
    assert dateline is not None
    assert (dateline.outlet, dateline.place) == ("Kabarcontoh", "Medan")


@pytest.mark.parametrize("word", ["Presiden", "Banjir", "Rabu", "Jakarta"])
def test_an_everyday_word_a_day_or_a_place_before_the_dash_is_no_site(word: str) -> None:
    dateline = parse_dateline(f"{word} – Medan, " + LEAD_REST)
    assert dateline is None or not dateline.outlet


def test_a_listed_outlet_credited_first_in_capitals_names_the_page(tmp_path: Path) -> None:
    page = f"{TITLE}\n\nTRIBUN PONTIANAK/FULAN HIDAYAT\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).outlet == "Tribun Pontianak"


@pytest.mark.parametrize(
    "credit", ["AFP/FULAN HIDAYAT", "ANTARA FOTO/Fulan Hidayat", "REUTERS/Fulan Hidayat"]
)
def test_a_wire_credited_first_names_no_page(tmp_path: Path, credit: str) -> None:
    page = f"{TITLE}\n\n{credit}\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).outlet == ""


@pytest.mark.parametrize(
    "block", ["Eksplorasi konten lain dari Kabar Sukamaju", "Discover more from Kabar Sukamaju"]
)
def test_a_blog_platforms_subscription_block_names_the_site(tmp_path: Path, block: str) -> None:
    page = (
        f"{TITLE}\n\n{LEAD_REST}\n\n{BODY}\n{block}\n\nBerlangganan untuk dapatkan pos terbaru lewat email.\n"
    )
    assert load(tmp_path, page).outlet == "Kabar Sukamaju"


def test_a_clockless_banner_a_month_after_the_leads_weekday_is_no_publication_date(tmp_path: Path) -> None:
    page = f"Cari\nRabu 22 Januari 2020\n\n{TITLE}\n\n{LEAD_REST}\n\n{BODY}"
    assert not load(tmp_path, page).date


def test_a_clockless_stamp_days_after_the_leads_weekday_stays_the_publication_date(tmp_path: Path) -> None:
    page = f"{TITLE}\n\nJumat, 29 November 2019\n\n{LEAD_REST}\n\n{BODY}"
    assert str(load(tmp_path, page).date)[:10] == "2019-11-29"


@pytest.mark.parametrize(
    "line",
    [
        "No comments",
        "Discussion about this post",
        "Pilih sistem komentar sesuai akun anda ▼",
        "» Komentar anda sangat berguna untuk peningkatan mutu artikel",
        "» Terima kasih bagi yang sudah menulis komentar.",
        "Discover more from Kabar Sukamaju",
        "banner 336x280",
        "Close Ads x",
        "Sukamaju8975 Dilihat",
        "TOPIK TERKAIT",
        "Video Terpopuler",
    ],
)
def test_widget_lines_under_a_story_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Komentar warga di media sosial beragam, sebagian besar mendukung rencana itu.",
        "Video itu sudah dilihat lebih dari sejuta orang sejak diunggah pekan lalu.",
    ],
)
def test_story_sentences_about_comments_and_views_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("line", "iso", "writer"),
    [
        ("Fulan Hidayat , Jurnalis-Sabtu, 04 Mei 2019 |09:16 WIB", "2019-05-04", "Fulan Hidayat"),
        ("Senin, 12 Juli 2010 05:08 WIB News Share :", "2010-07-12", ""),
        ("Rabu, 6 Maret 2024 | 10:15 WIB Kompas.com", "2024-03-06", ""),
    ],
)
def test_stamps_with_a_job_run_into_the_weekday_or_a_widget_after_the_time_zone(
    line: str, iso: str, writer: str
) -> None:
    stamp = read_stamp(line)
    assert stamp is not None
    assert (stamp.iso, stamp.writer) == (iso, writer)


def test_words_after_the_time_zone_that_are_no_stamp_part_spoil_it() -> None:
    assert read_stamp("Senin, 12 Juli 2010 05:08 WIB kata dia di Jakarta") is None


def test_a_photo_credited_to_a_listed_site_alone_names_the_page(tmp_path: Path) -> None:
    page = f"{TITLE}\n\nSaluran irigasi Desa Sukamaju (Foto: Okezone)\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).outlet == "Okezone"


def test_a_text_size_switch_is_no_headline(tmp_path: Path) -> None:
    page = f"{TITLE}\n\nSenin 26/10/2020 | 13:34\nA   A   A   Pengaturan Font\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).title == TITLE


def test_a_caption_with_its_credit_in_square_brackets_is_no_lead_over_the_headline(tmp_path: Path) -> None:
    caption = "BERSIH DESA- Warga membersihkan saluran irigasi di Sukamaju [foto: ana/XYZ]"
    page = f"{caption}\nSenin, 12 Juli 2010 05:08 WIB\n\n{TITLE}\n\nSukamaju — {LEAD_REST}\n\n{BODY}"
    article = load(tmp_path, page)
    assert article.title == TITLE
    assert str(article.date)[:10] == "2010-07-12"


def test_a_two_word_headline_printed_twice_is_the_headline(tmp_path: Path) -> None:
    page = f"Sawah Kering\n\nOleh: Fulan Hidayat\n\nSawah Kering\nFulan Hidayat. Foto: Ana/Contoh.com\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).title == "Sawah Kering"


def test_a_two_word_label_printed_once_is_no_headline(tmp_path: Path) -> None:
    page = f"Sawah Kering\n\n{LEAD_REST}\n\n{BODY}"
    assert load(tmp_path, page).title == ""


def test_the_outlet_the_narration_says_observed_the_scene_names_the_page(tmp_path: Path) -> None:
    lead = "Sukamaju - " + LEAD_REST
    body = "Pantauan Contohnews.com, puluhan warga masih membersihkan lumpur hingga sore.\n\n" + BODY
    assert load(tmp_path, f"{TITLE}\n\n{lead}\n\n{body}").outlet == "Contohnews.com"


@pytest.mark.parametrize(
    "line",
    [
        "No comments:",
        "Post a Comment",
        "Add Comment",
        "dtc/tya",
        "Sponsored Link",
        "Redaksi: redaksi[at]contoh.com",
        "hubungi : sales[at]contoh.com",
        "Redaktur & Reporter : Tim Redaksi",
    ],
)
def test_lines_closing_a_page_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


def test_the_lead_printed_again_cut_off_under_the_story_leaves_the_body(tmp_path: Path) -> None:
    lead = "SUKAMAJU - " + LEAD_REST
    cut = " ".join(lead.split()[:12])
    article = load(tmp_path, f"{TITLE}\n\n{lead}\n\n{BODY}\n{cut}\n\nRedaktur & Reporter : Tim Redaksi\n")
    assert article.body.count("Warga Desa Sukamaju bergotong royong") == 1
    assert article.body.rstrip().endswith("cair bulan depan.")


def test_stamps_of_other_stories_listed_under_the_story_are_no_publication_date(tmp_path: Path) -> None:
    related = "Berita Terkait\n\nPanen Raya di Sukamaju\n2 September 2013 23:22\n\nPasar Baru Dibuka\n11 Mei 2013 01:13\n"
    article = load(tmp_path, f"Sukamaju (Antara) - {LEAD_REST}\n{related}")
    assert not article.date


def test_a_listed_agencys_regional_desk_in_the_dateline_bracket(tmp_path: Path) -> None:
    dateline = parse_dateline("Jakarta (Antara Bali) - " + LEAD_REST)
    assert dateline is not None
    assert dateline.outlet == "Antara Bali"


def test_the_outlet_a_source_spoke_to_once_names_a_page_that_passes_on_no_other_work(tmp_path: Path) -> None:
    page = (
        '"Kami tetap kompak," kata juru bicara desa Fulan Hidayat kepada\n'
        "Rakyat Merdeka Online beberapa saat lalu (Minggu, 29/1).\n"
        "Ia menegaskan kabar keretakan di antara perangkat desa Sukamaju sebagai kabar bohong belaka.\n"
    )
    article = load(tmp_path, page)
    assert article.outlet == "Rakyat Merdeka"
    assert article.title == ""  # the line the scrape broke off the sentence is no headline


def test_a_source_named_once_on_a_page_passing_on_another_outlets_story_names_no_page(tmp_path: Path) -> None:
    page = (
        f"{TITLE}\n\n| Source: AFP\n\n{LEAD_REST}\n\n"
        '"Kami tetap kompak," Fulan Hidayat told The Jakarta Post on Sunday.\n'
    )
    assert load(tmp_path, page).outlet == ""


def test_a_bare_temperature_and_a_city_over_the_day_make_a_weather_banner(tmp_path: Path) -> None:
    page = f"27.8 C\nSukamaju\nTuesday, June 4, 2024\n\n{TITLE}\n\nSUKAMAJU, KABARCONTOH.CO – {LEAD_REST}\n\n{BODY}"
    assert not load(tmp_path, page).date


def test_an_outlet_a_comma_and_a_month_first_date_make_a_stamp() -> None:
    stamp = read_stamp("The Straits Times, March 5, 2007")
    assert stamp is not None
    assert (stamp.iso, stamp.outlet) == ("2007-03-05", "The Straits Times")


def test_a_place_glued_to_the_sites_domain_by_a_hyphen() -> None:
    dateline = parse_dateline("Sukamaju Barat-KABARCONTOH.COM-  " + LEAD_REST)
    assert dateline is not None
    assert (dateline.outlet, dateline.place) == ("KABARCONTOH.COM", "Sukamaju Barat")


def test_a_logo_word_before_the_dash_named_as_a_domain_elsewhere(tmp_path: Path) -> None:
    page = f"ZONAMAJU – {LEAD_REST}\n\n{BODY}\nKata Fulan kepada jaringan Zonamaju.com di Sukamaju.\n"
    assert load(tmp_path, page).outlet == "Zonamaju.com"


def test_a_logo_word_whose_domain_the_page_never_names_is_no_outlet(tmp_path: Path) -> None:
    assert load(tmp_path, f"BANJIR – {LEAD_REST}\n\n{BODY}").outlet == ""


def test_an_unlisted_site_domain_in_a_follow_invitation(tmp_path: Path) -> None:
    footer = (
        "Ikuti update\nberita pilihan dan\nbreaking news Kabarcontoh.co lewat Grup Telegram, lalu join.\n"
    )
    assert load(tmp_path, f"{TITLE}\n\n{LEAD_REST}\n\n{BODY}\n{footer}").outlet == "Kabarcontoh.co"


def test_a_desk_code_before_related_links_names_the_outlet(tmp_path: Path) -> None:
    body = BODY.rstrip() + "(ana/jpnn)\n"
    related = "BERITA TERKAIT\n- Panen Raya di Sukamaju Dimulai\n- Pasar Baru Sukamaju Dibuka Pekan Depan\n"
    page = f"{TITLE}\n\nSUKAMAJU - {LEAD_REST}\n\n{body}\nSUKAMAJU - Warga Desa Sukamaju bergotong royong\n{related}"
    assert load(tmp_path, page).outlet == "JPNN.com"
