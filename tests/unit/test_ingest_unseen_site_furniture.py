"""Title, outlet and date forms of real scrapes from outlets the rules were not written on: a browser
banner above the headline, a topic tag over it, a stamp glued to the dateline, a story scraped as a
list item, a drop cap, an office's byline with a "Date" label, a writer beside the outlet, a logo
written as one word, a regional site's name as the whole dateline, and an agency known by an acronym
the page spells out. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.outlets import display_outlet, is_outlet_name
from kutip.index.ingest.text import unglue
from tests.conftest import load_article as load
from tests.unit.ingest_pages import IRRIGATION_BODY as BODY
from tests.unit.ingest_pages import IRRIGATION_LEAD as LEAD

EN_BODY = (
    '"We will not let the fields fail again this year," village head Fulan Hidayat told reporters.\n\n'
    "He said repairs to the sluice gate would begin once village funds were released next month.\n"
)


def test_a_browser_banner_above_the_headline_is_neither_title_nor_lead(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "ContohDailyLogo\n\nPlease Update your browser\n\n"
        "Your browser is out of date, and may not be compatible with our website. A list of the most "
        "popular web browsers can be found below.\n"
        "Just click on the icons to get to the download page.\n\n"
        "Villagers clear silted canals ahead of planting season\n\n"
        "Mon, June 3, 2024\n\n"
        "Villagers in Sukamaju cleared irrigation canals clogged with mud since last week's flood, "
        "officials said.\n\n" + EN_BODY,
    )
    assert article.title == "Villagers clear silted canals ahead of planting season"
    assert article.date == "2024-06-03"
    assert "browser" not in article.body


def test_a_browser_warning_inside_a_story_stays_in_the_story(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Security flaw found in banking apps\n\nJakarta (ANTARA) - Experts found a flaw in several apps.\n\n"
        "Users should update your browser settings and apps as soon as possible, the researchers said "
        "in a statement on Monday, adding that no data had been lost so far.\n\n" + EN_BODY,
    )
    assert "update your browser settings" in article.body


def test_a_topic_tag_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Irigasi Sukamaju\n"
        "Kisah Fulan Hidayat, Kepala Desa yang Bersihkan Irigasi Sukamaju: Sawah Tak Boleh Gagal Panen\n"
        "Berikut kisah kepala desa yang memimpin kerja bakti, Senin (3/6/2024)\n"
        "Penulis: Ana Lestari | Editor: Budi Santoso\n" + LEAD + "\n" + BODY,
    )
    assert article.title.startswith("Kisah Fulan Hidayat, Kepala Desa")


def test_a_short_headline_that_a_longer_line_below_does_not_repeat_stays_the_title(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Irigasi Sukamaju Tersumbat Lumpur\n"
        "Kisah Ana Lestari Memimpin Kerja Bakti Bersama Warga Desa Sukamaju di Musim Tanam\n"
        + LEAD
        + "\n"
        + BODY,
    )
    assert article.title == "Irigasi Sukamaju Tersumbat Lumpur"


def test_a_stamp_glued_to_the_dateline_at_its_time_zone_is_split_off(tmp_path: Path) -> None:
    assert unglue("Peristiwa | 3 Juni 2024, 16:00 WIBBEKASI, KABARCONTOH.TV - Warga desa bekerja.") == [
        "Peristiwa | 3 Juni 2024, 16:00 WIB",
        "BEKASI, KABARCONTOH.TV - Warga desa bekerja.",
    ]
    article = load(
        tmp_path,
        "Warga Sukamaju Bersihkan Irigasi\nPeristiwa | 3 Juni 2024, 16:00 WIBBEKASI, KABARCONTOH.TV - "
        + LEAD
        + "\n"
        + BODY,
    )
    assert (article.outlet, article.date) == ("Kabarcontoh.tv", "2024-06-03")
    assert article.body.startswith("BEKASI, KABARCONTOH.TV - Warga")


def test_a_clock_time_in_prose_is_no_seam() -> None:
    assert unglue("Rapat dimulai pukul 10:00 WIB di balai desa.") == [
        "Rapat dimulai pukul 10:00 WIB di balai desa."
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Nasional | Senin, 3 Juni 2024 09:10 WIB", "2024-06-03"),
        ("Hukum & Kriminal | 3 Juni 2024, 09:10 WIB", "2024-06-03"),
        ("SENIN, 3 JUNI 2024 | 18:52 WIB | LAPORAN: FULAN HIDAYAT", "2024-06-03"),
        ("By Office of the Deputy Secretary for Documents & Translation     Date 5 Juni 2024", "2024-06-05"),
    ],
)
def test_stamps_with_a_section_a_report_label_or_an_office_byline(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "Warga Sukamaju Kerja Bakti Bersihkan Irigasi | 3 Juni 2024",  # a teaser, not a section name
        "By 2030 the village plans to double its harvest from the fields | 5 June 2024",
    ],
)
def test_lines_that_are_not_stamps(line: str) -> None:
    assert read_stamp(line) is None


def test_an_office_byline_with_a_date_label_dates_the_story(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Villagers Clear Silted Canals Ahead of Planting Season\n\n"
        "By Office of the Deputy Secretary for Documents & Translation     Date 5 Juni 2024\n"
        "Category: News\n\n"
        "Villagers in Sukamaju on Monday cleared the irrigation canals that had been clogged with mud since "
        "last week's flood, village officials said.\n\n" + EN_BODY,
    )
    assert article.date == "2024-06-05"
    assert "Deputy Secretary" not in article.body


def test_a_story_scraped_as_a_list_item_keeps_its_dateline(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Villagers Clear Silted Canals Ahead of Planting Season\n\n"
        "  • Font:\n  • Ukuran Font: - +\n"
        "  • TEMPO.CO, Jakarta - Villagers in Sukamaju cleared irrigation canals clogged with mud since "
        "last week's flood.\n\n" + EN_BODY,
    )
    assert (article.outlet, article.dateline) == ("Tempo.co", "TEMPO.CO, Jakarta")
    assert article.body.startswith("TEMPO.CO, Jakarta - Villagers")


def test_a_bullet_list_in_a_story_keeps_its_bullets(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Warga Sukamaju Bersihkan Irigasi\n\n" + LEAD + "\n\n• Pintu air diperbaiki bulan depan.\n\n" + BODY,
    )
    assert "• Pintu air diperbaiki" in article.body


def test_a_drop_cap_is_joined_to_its_word(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Villagers clear silted canals ahead of planting season\n\nF\n\n"
        "armers in Sukamaju cleared irrigation canals clogged with mud since last week's flood.\n\n"
        + EN_BODY,
    )
    assert article.body.startswith("Farmers in Sukamaju cleared")


def test_a_writer_beside_the_outlet_names_the_outlet(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Warga Sukamaju Bersihkan Irigasi\n\nAna Lestari - detikNews\nSenin, 03 Jun 2024 19:53 WIB\n"
        "Jakarta -\n\n" + LEAD + "\n\n" + BODY,
    )
    assert (article.outlet, article.date) == ("detikNews", "2024-06-03")


def test_a_listed_outlet_written_as_one_word_is_known() -> None:
    assert is_outlet_name("TheJakartaPost") and display_outlet("TheJakartaPost") == "The Jakarta Post"
    assert display_outlet("Jakarta Post") == "Jakarta Post"  # as printed, without its article (session 44)
    assert not is_outlet_name("SukamajuPost")


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (
            "Suara Sukamaju – Kepala desa membeberkan rencana perbaikan irigasi kepada warga saat rapat.",
            "Suara Sukamaju",
        ),
        (
            "Radar Sukamaju – Kepala desa membeberkan rencana perbaikan irigasi kepada warga saat rapat.",
            "Radar Sukamaju",
        ),
        (
            "Sukamaju Post – Kepala desa membeberkan rencana perbaikan irigasi kepada warga saat rapat.",
            "Sukamaju Post",
        ),
    ],
)
def test_a_regional_site_named_alone_in_its_dateline(paragraph: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and dateline.outlet == outlet


@pytest.mark.parametrize(
    "paragraph",
    [
        "Berita Duka – Warga desa berduka atas meninggalnya tokoh masyarakat setempat kemarin sore.",
        "Suara Warga Sukamaju Terbelah – Sebagian menolak rencana itu.",  # a headline, not a lead
        "Fulan Hidayat – kepala desa yang baru dilantik – meminta warga menjaga saluran irigasi.",
    ],
)
def test_labels_headlines_and_asides_are_no_outlet_datelines(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is None or not dateline.outlet


@pytest.mark.parametrize(
    ("paragraph", "outlet", "iso"),
    [
        (
            "Jakarta, 15 Mei 2024 (KBSM) – Ketua umum organisasi itu mengatakan hal itu kepada wartawan.",
            "KBSM",
            "2024-05-15",
        ),
        (
            "JAKARTA, May 15, 2024 (KBSM) – The chairman told reporters the service had been launched.",
            "KBSM",
            "2024-05-15",
        ),
    ],
)
def test_an_unlisted_agency_acronym_closing_a_place_and_date(paragraph: str, outlet: str, iso: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and (dateline.outlet, dateline.date) == (outlet, iso)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kupang (NTT) – Ketua umum organisasi itu mengatakan hal itu kepada wartawan di kantornya.",
        "Jakarta (KPK) – Ketua umum organisasi itu mengatakan hal itu kepada wartawan di kantornya.",
    ],
)
def test_a_province_or_known_body_in_brackets_is_no_agency(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is None or not dateline.outlet


def test_an_agency_acronym_dateline_and_its_spelled_out_footer(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Jakarta, KBSM – " + LEAD + "\n\n" + BODY + "\nKantor Berita Sukamaju (KBSM)\n",
    )
    # session 43: cited as the agency signs, the acronym (the read sets' golds: 5 pages of 4 sets)
    assert article.outlet == "KBSM"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tayang: Senin, 3 Juni 2024 10:17 WIB", "2024-06-03"),
        ("Kabarcontoh.com 2024-06-03 10:12:12", "2024-06-03"),
        ("Ana Lestari, Jurnalis · Senin 03 Juni 2024 10:15 WIB", "2024-06-03"),
        ("oleh Ana Lestari diperbarui 05 Jun 2024, 15:35 WIB", "2024-06-05"),
    ],
)
def test_stamps_with_a_shown_label_a_site_name_a_job_or_an_update_in_the_byline(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


def test_an_update_stamped_in_the_byline_yields_to_the_publication_stamp(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Warga Sukamaju Bersihkan Irigasi\n\noleh Ana Lestari diperbarui 05 Jun 2024, 15:35 WIB\n"
        "Diterbitkan 03 Jun 2024, 00:01 WIB\n\nLiputan6.com, Bekasi - " + LEAD + "\n\n" + BODY,
    )
    assert article.date == "2024-06-03"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Ana Lestari (The Jakarta Post)\nJakarta   ●   Mon, June 3, 2024\n", "The Jakarta Post"),
        ("News Desk (The Jakarta Post)\nMon, June 3, 2024\n", "The Jakarta Post"),
        ("CNN Indonesia TV | CNN Indonesia\nSenin, 03 Jun 2024 14:18 WIB\n", "CNN Indonesia"),
    ],
)
def test_bracketed_bylines_and_an_outlets_channel_name_the_outlet(
    tmp_path: Path, head: str, outlet: str
) -> None:
    article = load(
        tmp_path,
        "Villagers clear silted canals ahead of planting season\n\n" + head + "\n"
        "Villagers in Sukamaju on Monday cleared the irrigation canals that had been clogged with mud since "
        "last week's flood, village officials said.\n\n" + EN_BODY,
    )
    assert (article.outlet, article.date) == (outlet, "2024-06-03")


def test_a_bracketed_source_after_a_sentence_names_no_outlet(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Villagers clear silted canals ahead of planting season\n\n"
        "Villagers in Sukamaju on Monday cleared the irrigation canals, officials said (The Jakarta Post)\n\n"
        + EN_BODY,
    )
    assert article.outlet == ""


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024-06-03T10:15:00+07:00", "2024-06-03"),
        ("Sen, 03 Jun 2024 10:15 WIB", "2024-06-03"),
        ("Kam, 06 Jun 2024", "2024-06-06"),
        ("Waktu Publikasi: 7 Juni 2024", "2024-06-07"),
        ("Dipublish: 7 Juni 2024", "2024-06-07"),
        ("Sabtu, 8 Juni 2024 - 09:10 WIB Oleh : Ana Lestari", "2024-06-08"),
        ("Ditulis oleh Ana Lestari pada 8 Juni 2024", "2024-06-08"),
        ("08 Juni 2024 09:10 | Dibaca 2.341 kali", "2024-06-08"),
        ("Senin, 10-Jun-2024 10:15 WIB", "2024-06-10"),
    ],
)
def test_more_stamp_forms(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


@pytest.mark.parametrize(
    "line",
    ["Warga min 5 Juni 2024 berkumpul", "Ditulis ulang sejak 8 Juni 2024 oleh warga desa yang selamat"],
)
def test_sentences_with_a_date_are_no_stamps(line: str) -> None:
    assert read_stamp(line) is None


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to improve your experience on our website. By continuing to browse this site you agree "
        "to our use of cookies.",
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
        "penggunaan cookie kami.",
    ],
)
def test_a_cookie_notice_above_the_headline_is_neither_title_nor_lead(tmp_path: Path, notice: str) -> None:
    article = load(
        tmp_path,
        notice + "\n\nWarga Sukamaju Bersihkan Irigasi Jelang Musim Tanam\n\n" + LEAD + "\n\n" + BODY,
    )
    assert article.title == "Warga Sukamaju Bersihkan Irigasi Jelang Musim Tanam"
    assert "cookie" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Download aplikasi Kabarcontoh untuk berita terbaru",
        "Please disable your ad blocker to continue reading",
    ],
)
def test_app_and_ad_blocker_notices_are_furniture(tmp_path: Path, line: str) -> None:
    article = load(tmp_path, "Warga Sukamaju Bersihkan Irigasi\n\n" + line + "\n\n" + LEAD + "\n\n" + BODY)
    assert line not in article.body


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright © 2024 Kabar Sukamaju. All Rights Reserved", "Kabar Sukamaju"),
        ("Hak Cipta © 2024 Radar Sukamaju", "Radar Sukamaju"),
        ("© Copyright 2024 PT Kabar Sukamaju Media. All rights reserved.", ""),  # the company, not the site
        ("Copyright © 2024 Fulan Hidayat", ""),  # a person's own page
    ],
)
def test_an_unlisted_sites_copyright_line_names_it(tmp_path: Path, footer: str, outlet: str) -> None:
    article = load(
        tmp_path, "Warga Sukamaju Bersihkan Irigasi\n\n" + LEAD + "\n\n" + BODY + "\n" + footer + "\n"
    )
    assert article.outlet == outlet


def test_line_rules_split_into_start_and_anywhere_rules_keep_their_meaning() -> None:
    from kutip.index.ingest import boilerplate

    assert boilerplate._top_level_alternation(r"^a|b") and not boilerplate._top_level_alternation(
        r"^(?:a|b)[|]"
    )
    assert boilerplate.is_boilerplate_line("Baca juga: Warga Sukamaju Bersihkan Irigasi")
    assert not boilerplate.is_boilerplate_line("Warga berkata, baca juga: aturan desa sebelum menanam padi.")
    assert boilerplate.is_boilerplate_line("Catatan: your email address will not be published di kolom ini")


@pytest.mark.parametrize(
    ("logo", "outlet"), [("RadarSukamaju", "RadarSukamaju"), ("SukamajuNews", "SukamajuNews")]
)
def test_a_logo_line_joining_a_name_to_an_outlet_word_names_the_site(
    tmp_path: Path, logo: str, outlet: str
) -> None:
    article = load(
        tmp_path, logo + "\n\nWarga Sukamaju Bersihkan Irigasi Jelang Musim Tanam\n\n" + LEAD + "\n\n" + BODY
    )
    assert article.outlet == outlet


def test_a_camel_case_word_without_an_outlet_word_is_no_logo(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "KampungSukamaju\n\nWarga Sukamaju Bersihkan Irigasi Jelang Musim Tanam\n\n" + LEAD + "\n\n" + BODY,
    )
    assert article.outlet == ""


def test_a_video_storys_labelled_headline_is_its_title(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "VIDEO: Warga Sukamaju Bersihkan Irigasi\n\nCNN Indonesia TV | CNN Indonesia\nSenin, 03 Jun 2024 14:18 WIB\n"
        "Jakarta, CNN Indonesia --\n\n" + LEAD + "\n\n" + BODY,
    )
    assert (article.title, article.outlet) == ("VIDEO: Warga Sukamaju Bersihkan Irigasi", "CNN Indonesia")


def test_a_video_promo_for_another_story_is_no_title(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Warga Sukamaju Bersihkan Irigasi\n\nVIDEO: Festival Layang-Layang Meriahkan Pantai Utara\n\n"
        + LEAD
        + "\n\n"
        + BODY,
    )
    assert article.title == "Warga Sukamaju Bersihkan Irigasi"


def test_teasers_under_menu_labels_above_the_story_do_not_end_the_head(tmp_path: Path) -> None:
    article = load(
        tmp_path,
        "Headline\n\nPemerintah kota menunda proyek jalan layang karena anggaran belum disetujui dewan bulan ini.\n\n"
        "Terpopuler\n\nHarga cabai di pasar tradisional naik dua kali lipat menjelang hari raya tahun ini.\n\n"
        "Warga Sukamaju Bersihkan Irigasi Jelang Musim Tanam\n\nAna Lestari\n03/6/2024 14:35\n\n"
        + LEAD
        + "\n\n"
        + BODY,
    )
    assert (article.title, article.date) == (
        "Warga Sukamaju Bersihkan Irigasi Jelang Musim Tanam",
        "2024-06-03",
    )


def test_a_lead_under_a_section_label_is_still_the_lead(tmp_path: Path) -> None:
    article = load(tmp_path, "Nasional\n\n" + LEAD + "\n\n" + BODY)
    assert article.title == "" and article.body.startswith("Warga Desa Sukamaju")


@pytest.mark.parametrize(
    "line", ["Rep: Ana Lestari Red: Budi Santoso", "Editor : Budi Santoso   Reporter : Ana Lestari"]
)
def test_two_credit_labels_on_one_line_without_a_mark_between(tmp_path: Path, line: str) -> None:
    from kutip.index.ingest.credits import credit_line

    assert {(c.role, c.name) for c in credit_line(line)} == {
        ("writer", "Ana Lestari"),
        ("editor", "Budi Santoso"),
    }
    article = load(tmp_path, "Kala Warga Sukamaju Bersihkan Irigasi\n" + line + "\n" + LEAD + "\n" + BODY)
    assert article.title == "Kala Warga Sukamaju Bersihkan Irigasi"
