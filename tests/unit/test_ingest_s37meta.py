"""Session 37 metadata forms (made-up pages): a listed outlet that is a word heading a stamp, a comma glued
to the dateline's dash, a three-letter acronym signing the lead, a quoted remark's "dikutip" day, a stamp
years after the lead's weekday dates, the page's title printed with its site's name under the story, and
a dateline whose bracket holds or stands beside the full date."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import BRIDGE_STORY as _STORY
from tests.unit.ingest_pages import volleyball_page

# Openings several tests share; each test adds the lines that make its case.
_BRIDGE_EN = (
    "Sukamaju Bridge Reopens After Repairs\n\n"
    "Villagers crossed the mended bridge on Monday for the first time since the floods of last month.\n\n"
)

_JEMBATAN_TITLE = "Jembatan Desa Sukamaju Kembali Dibuka untuk Warga\n\n"

_CONTOHPAY_LEAD = (
    "Jakarta, Contoh Indonesia - Kepala perusahaan rintisan Contohpay buka-bukaan soal alasan menjual "
    "saham perusahaannya kepada investor asing.\n"
    "Ia mengatakan penjualan saham itu pilihan yang harus diambil agar perusahaan bertahan.\n"
)

_MUDIK_LEAD = (
    "Ratusan Warga Sukamaju Tiba di Kota Tujuan Mudik\n\n"
    "Sebanyak ratusan warga Sukamaju yang mudik bersama telah tiba di kota tujuan dengan selamat.\n\n"
)

_FACTORY_LEAD = (
    "Gubernur Sukamaju meresmikan pabrik sepeda listrik pertama di provinsi itu dan berharap pabrik "
    "tersebut membuka lapangan kerja bagi warga sekitar.\n"
    '"Hari ini kita menyaksikan momen yang lama kita tunggu," katanya, Rabu (16/3/2022).\n'
    "Pabrik itu akan memproduksi sepeda listrik untuk pasar dalam negeri dan ekspor.\n"
)


# -- a listed outlet that is also a word of the language, heading a stamp --------------------------------


def test_listed_outlet_that_is_a_word_signs_the_stamp() -> None:
    """ "Antara" is a word (between) and a listed agency: heading a timed stamp it is the outlet, not a
    section the story is filed under."""
    stamp = read_stamp("Antara • 02 June 2023 16:36")
    assert stamp is not None and stamp.outlet == "Antara" and stamp.iso == "2023-06-02"


def test_everyday_word_heading_a_stamp_is_still_a_section() -> None:
    stamp = read_stamp("Musik | 13 Agustus 2023, 08:42 WIB")
    assert stamp is not None and stamp.outlet == ""


def test_page_signed_by_listed_word_outlet_in_its_stamp(tmp_path: Path) -> None:
    text = (
        "Five Villages Open a Shared Seed Bank in the Hills\n\n"
        "Antara • 02 June 2023 16:36\n\n"
        "Farmers from five villages opened a shared seed bank on Thursday, hoping to keep old rice varieties "
        "alive for the coming planting seasons.\n\n"
        "The village heads said each family may borrow seed and return twice as much after the harvest.\n\n"
        "A local teacher said the pupils would help label the jars during the school holidays."
    )
    article = load_text(tmp_path, text)
    assert article.outlet == "Antara"
    assert article.date == "2023-06-02"


# -- a comma glued to the dateline's dash ----------------------------------------------------------------


def test_comma_glued_to_the_dateline_dash() -> None:
    found = parse_dateline(
        "Sukamaju, Jateng, CONTOHWARTA.ID,- Kepala desa Sukamaju akhirnya buka suara soal jembatan yang "
        "rusak sejak pekan lalu."
    )
    assert found is not None and found.outlet == "CONTOHWARTA.ID" and found.place == "Sukamaju, Jateng"


@pytest.mark.parametrize(
    "text",
    [
        "Harga tiket masuk Rp 50.000,- Warga yang datang berombongan mendapat potongan harga dari panitia.",
        "Ana,- Budi dan Citra datang ke pasar pagi ini untuk membeli sayur dan buah bagi keluarga mereka.",
    ],
)
def test_comma_and_dash_in_prose_make_no_dateline(text: str) -> None:
    found = parse_dateline(text)
    assert found is None or not found.outlet


# -- a three-letter acronym signing the lead -------------------------------------------------------------


def test_three_letter_acronym_before_the_lead_dash_is_the_site(tmp_path: Path) -> None:
    text = (
        _JEMBATAN_TITLE
        + "KBW - Jembatan gantung di Desa Sukamaju kembali dibuka untuk warga setelah diperbaiki selama dua "
        "pekan oleh warga dan relawan.\n\n" + _STORY
    )
    assert load_text(tmp_path, text).outlet == "KBW"


def test_three_letter_acronym_the_story_writes_again_is_no_site(tmp_path: Path) -> None:
    text = (
        _JEMBATAN_TITLE
        + "KBW - Jembatan gantung di Desa Sukamaju kembali dibuka untuk warga setelah diperbaiki selama dua "
        "pekan oleh warga dan relawan.\n\n"
        "Ketua KBW mengatakan perbaikan dibiayai iuran anggota kelompok.\n\n" + _STORY
    )
    assert load_text(tmp_path, text).outlet != "KBW"


# -- "dikutip <day>" after a quoted remark ---------------------------------------------------------------


def test_quoted_remark_dikutip_day_is_no_publication_date(tmp_path: Path) -> None:
    """'"…," kata Ana di Sukamaju, dikutip Jumat (…)': the attribution names the place the words were said
    (no paper or site they were read in); the day is the remark's, kept as the event date."""
    text = (
        _MUDIK_LEAD
        + "\u201cAlhamdulillah semua sehat dan senang bisa tiba bersama keluarga,\u201d kata Ana Lestari di "
        "Terminal Sukamaju, dikutip Jumat (2/6/2023).\n\n" + _STORY
    )
    article = load_text(tmp_path, text)
    assert article.date == ""
    assert article.event_date == "2023-06-02"


def test_quoted_remark_at_an_event_dikutip_day_is_no_publication_date(tmp_path: Path) -> None:
    text = (
        "Jakarta, Contoh Indonesia - Kepala perusahaan rintisan itu buka-bukaan soal alasan menjual sahamnya "
        "kepada investor asing.\n\n"
        '"Itu pilihan antara bertahan atau berhenti," katanya dalam acara Forum Usaha Muda, dikutip '
        "Sabtu (3/2/2024).\n\n" + _STORY
    )
    assert load_text(tmp_path, text).date == ""


def test_quoted_remark_to_reporters_dikutip_day_is_no_publication_date(tmp_path: Path) -> None:
    """No place or occasion named, but words said aloud: the day is the quoting's (session 46; session 35
    read it as the story's, which no read page's gold bears out)."""
    text = (
        _MUDIK_LEAD
        + "\u201cAlhamdulillah semua sehat dan senang bisa tiba bersama keluarga,\u201d kata Ana Lestari kepada "
        "wartawan, dikutip Jumat (2/6/2023).\n\n" + _STORY
    )
    assert load_text(tmp_path, text).date == ""


def test_quoted_column_in_a_listed_outlet_dikutip_day_dates_the_story(tmp_path: Path) -> None:
    """The words were read in a paper the attribution names: the day is the one the story quoted it."""
    text = (
        "Menteri Minta Warga Hemat Air Selama Kemarau\n\n"
        "Menteri meminta warga menghemat air selama musim kemarau tahun ini.\n\n"
        '"Setiap tetes air berharga bagi desa-desa kita," tulis Menteri dalam sebuah kolom di Kompas '
        "dikutip Jumat (15/11/2024).\n\n" + _STORY
    )
    assert load_text(tmp_path, text).date == "2024-11-15"


# -- a stamp years after every weekday date of the lead --------------------------------------------------


def test_stamp_years_after_the_leads_weekday_dates_is_not_the_storys(tmp_path: Path) -> None:
    """Another story's headline and stamp over this one: the lead's "Rabu (16/3/2022)" is three years
    before the stamp, which is no publication date of this story."""
    text = (
        "Pabrik Sepeda Listrik Contoh Berhenti Produksi Sementara\n"
        "26 Juni 2025, 21:00 WIB\n"
        "Gubernur Resmikan Pabrik Sepeda Listrik Pertama di Provinsi Sukamaju yang Diharapkan Buka Lapangan Kerja\n"
        "Oleh Ana Lestari\n"
        + _FACTORY_LEAD
    )
    assert load_text(tmp_path, text).date == ""


def test_stamp_days_after_the_leads_weekday_date_stays(tmp_path: Path) -> None:
    text = (
        "Gubernur Resmikan Pabrik Sepeda Listrik Pertama di Provinsi Sukamaju\n"
        "17 Maret 2022, 21:00 WIB\n"
        "Oleh Ana Lestari\n"
        + _FACTORY_LEAD
    )
    assert load_text(tmp_path, text).date == "2022-03-17"


def test_a_captions_old_photo_day_does_not_deny_the_stamp(tmp_path: Path) -> None:
    """A caption dates its picture weeks before the story: only a day a year or more before the stamp is
    evidence against it."""
    text = volleyball_page("12:40\n\n18 April 2024")
    assert load_text(tmp_path, text).date == "2024-04-18"


# -- the page's title with its site's name under the story -----------------------------------------------


def test_title_with_site_name_under_the_story(tmp_path: Path) -> None:
    """A repost opening with the lead prints the original's title and site name at its foot."""
    text = (
        _CONTOHPAY_LEAD
        + "Menurut dia, banyak pihak tidak memahami keadaan perusahaan ketika itu.\n"
        "Artikel Selanjutnya\n"
        "Kepala Contohpay Bocorkan Promo Diskon Akhir Tahun\n"
        "Kepala Contohpay Buka-bukaan Alasan Jual Saham ke Investor Asing - CNBC Indonesia\n"
        "Read More\n"
    )
    assert (
        load_text(tmp_path, text).title == "Kepala Contohpay Buka-bukaan Alasan Jual Saham ke Investor Asing"
    )


def test_two_site_titled_lines_name_no_title(tmp_path: Path) -> None:
    text = (
        _CONTOHPAY_LEAD
        + "Kepala Contohpay Buka-bukaan Alasan Jual Saham ke Investor Asing - CNBC Indonesia\n"
        "Kepala Contohpay Bocorkan Alasan Saham Dijual ke Investor - CNBC Indonesia\n"
    )
    assert load_text(tmp_path, text).title == ""


def test_site_titled_line_sharing_few_words_with_the_story_is_no_title(tmp_path: Path) -> None:
    text = (
        _CONTOHPAY_LEAD
        + "Resep Kue Lebaran Favorit Keluarga Tanpa Oven - CNBC Indonesia\n"
    )
    assert load_text(tmp_path, text).title == ""


# -- a dateline whose bracket holds or stands beside the full date ---------------------------------------


def test_date_then_place_in_brackets_without_a_dash() -> None:
    found = parse_dateline(
        "19-1-2024 (SUKAMAJU) A bicycle maker has announced plans to build a plant in the province, its "
        "first outside its home country."
    )
    assert found is not None and found.date == "2024-01-19" and found.place == "SUKAMAJU" and not found.outlet


def test_place_then_outlet_and_date_in_brackets_without_a_dash() -> None:
    found = parse_dateline(
        "SUKAMAJU (Contoh Point News / Contoh Wire - 05th May, 2023) The governor of the province has "
        "announced a plan to limit the number of visitors."
    )
    assert found is not None
    assert (found.outlet, found.date, found.place) == ("Contoh Point News", "2023-05-05", "SUKAMAJU")


@pytest.mark.parametrize(
    "text",
    [
        # a bracket with no date is no dated dateline (a person's age, a party)
        "Ana Lestari (34) A teacher from the village said the bridge had been closed for two weeks now.",
        # a date in brackets after words that are no place
        "The ministry (since 5 May 2023) Officials said the rule would be reviewed again next year.",
    ],
)
def test_brackets_without_place_and_date_make_no_dated_dateline(text: str) -> None:
    found = parse_dateline(text)
    assert found is None or not found.date


# -- a domain after a cue naming another's source is no site signing the lead ---------------------------


def test_domain_after_a_citing_cue_is_not_the_site(tmp_path: Path) -> None:
    text = (
        "Perahu motor itu dibuat di galangan kecil di pesisir utara dan dipakai nelayan selama belasan tahun.\n\n"
        "Mengutip Contohberita.com, perahu itu kini dirawat oleh koperasi nelayan dan disewakan kepada "
        "wisatawan pada akhir pekan.\n\n" + _STORY
    )
    assert load_text(tmp_path, text).outlet != "Contohberita.com"


def test_domain_after_a_place_still_signs_the_lead(tmp_path: Path) -> None:
    text = (
        _JEMBATAN_TITLE
        + "Surabaya, Contohberita.com - Jembatan gantung di Desa Sukamaju kembali dibuka untuk warga setelah "
        "diperbaiki selama dua pekan.\n\n" + _STORY
    )
    assert load_text(tmp_path, text).outlet == "Contohberita.com"


# -- a banner that shares no word with the story is no headline ------------------------------------------


_LONG_STORY_EN = (
    "Workers from nearby villages hope to find jobs on the assembly lines once the plant opens its gates.\n"
    "Local traders expect more customers at the morning market, while farmers worry about rising land prices.\n"
    "The governor promised training courses at the vocational school and a new bus route to the estate.\n"
    "Environmental groups asked the company to publish its water use and waste plans before the permit is signed.\n"
    "Analysts noted that electric models still cost more than petrol scooters for most families in the region.\n"
)


def test_banner_sharing_no_word_with_the_story_is_no_title(tmp_path: Path) -> None:
    text = (
        "Unlock the Weekend Digest for free\n"
        "Our editor picks her favourite reads in this weekly letter.\n"
        "A bicycle maker will open a workshop in the province next spring, hiring welders and painters "
        "from the coastal towns first.\n"
        "Its owners say the frames will be shipped by rail to the capital and sold through village cooperatives.\n"
        "Officials said construction would begin later this year near the provincial port.\n"
        + _LONG_STORY_EN
    )
    article = load_text(tmp_path, text)
    assert article.title == ""
    assert "Unlock the Weekend Digest" not in article.body


def test_banner_over_a_short_story_is_weighed_as_before(tmp_path: Path) -> None:
    """A story of a few lines is too short to show that a headline shares none of its words."""
    text = (
        "Unlock the Weekend Digest for free\n\n"
        "A bicycle maker will open a workshop in the province next spring.\n"
    )
    assert load_text(tmp_path, text).title == "Unlock the Weekend Digest for free"


def test_headline_under_a_banner_is_found(tmp_path: Path) -> None:
    """The banner weighed and set aside, the headline below it is the page's."""
    text = (
        "Enjoy This Gifted Reading Pass!\n\n"
        "Bicycle Maker to Open Workshop in Sukamaju Province\n\n"
        "A bicycle maker will open a workshop in Sukamaju province next spring, hiring welders and painters "
        "from the coastal towns first.\n\n"
        "Its owners say the frames will be shipped by rail to the capital and sold through village cooperatives.\n\n"
        "Officials said construction would begin later this year near the provincial port.\n"
    )
    assert load_text(tmp_path, text).title == "Bicycle Maker to Open Workshop in Sukamaju Province"


def test_headline_sharing_a_word_with_the_story_stays(tmp_path: Path) -> None:
    text = (
        _BRIDGE_EN
        + "The district head said the work had cost less than planned thanks to volunteers.\n\n"
        "Traders said they hoped the market would be busy again by the end of the week.\n"
    )
    assert load_text(tmp_path, text).title == "Sukamaju Bridge Reopens After Repairs"


# -- bodies: a share button's line, an embed's placeholder, a "recommended" label ------------------------


def test_share_button_line_leaves_the_body(tmp_path: Path) -> None:
    """"informed" cues a quotation only: without quotation marks the line reports no one's words."""
    text = (
        _BRIDGE_EN
        + "The district head said the work had cost less than planned thanks to volunteers.\n\n"
        "Quickly share this story with your friends and keep everyone informed with one tap!\n"
    )
    assert "share this story" not in load_text(tmp_path, text).body


def test_reported_advice_to_the_reader_stays(tmp_path: Path) -> None:
    text = (
        _BRIDGE_EN
        + "The district head said the work had cost less than planned thanks to volunteers.\n\n"
        "Drivers should check your tyres before crossing, the district head said.\n"
    )
    assert "check your tyres" in load_text(tmp_path, text).body


@pytest.mark.parametrize("line", ["[Gambas:Video Contoh]", "RECOMMENDED", "Top Headlines"])
def test_embed_placeholder_and_tail_labels_leave_the_body(tmp_path: Path, line: str) -> None:
    text = (
        _BRIDGE_EN
        + f"{line}\n\n"
        "The district head said the work had cost less than planned thanks to volunteers.\n"
    )
    assert line not in load_text(tmp_path, text).body


def test_a_bracketed_note_without_a_label_stays(tmp_path: Path) -> None:
    text = (
        _BRIDGE_EN
        + "[The district head later corrected the figure to forty households]\n\n"
        "The district head said the work had cost less than planned thanks to volunteers.\n"
    )
    assert "corrected the figure" in load_text(tmp_path, text).body
