"""Metadata of real-shaped scrapes: the furniture around a headline, stamps, outlets, dates, glued bodies.

Every fixture is invented; the shapes (menus above the headline, "Kompas.com - 30/11/2019, 18:07 WIB"
stamps, glued paragraphs) are the classes found on real pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp, url_date
from kutip.index.ingest.metadata import clean_title
from kutip.index.ingest.outlets import display_outlet
from kutip.index.ingest.text import unglue
from tests.conftest import load_article as load

LEAD = (
    "Jakarta, Kabar Nusantara - Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan deras "
    "sejak Sabtu malam membuat sungai meluap dan merendam ratusan rumah."
)
MORE = (
    "Petugas gabungan mendirikan dapur umum di halaman kantor kecamatan untuk melayani para pengungsi.\n"
    '"Kami sudah menyiapkan perahu karet untuk warga yang masih bertahan," kata Kepala Pelaksana BPBD, '
    "Rudi Hartono, kepada wartawan."
)


# -- titles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "head",
    [
        # menu words and a section label above the headline
        "Berita\n\nNasional\n\nWAWANCARA\n\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n\n",
        # a kicker, then the headline, then a one-sentence summary, no blank lines
        "Cuaca Ekstrem\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n"
        "Hujan deras membuat sungai meluap sejak Sabtu malam.\n",
        # the headline straight above the dateline
        "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n",
        # the headline, a photo caption with its credit, then the dateline
        "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n"
        "Warga menyeberangi jalan yang tergenang -Kabarnusantara.id/Dewi Lestari-\n",
        # the headline printed twice around a dated byline
        "Berita\n\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n\n"
        "Oleh : Dewi Lestari / Minggu, 12 Mei 2024 14:30\n"
        "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n\n",
        # a subscription banner and an app banner
        "Berlangganan Sekarang\n\nDownload Aplikasi\n\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n\n",
        # a date line and a breadcrumb
        "date 2024-05-19\n\nHome > Berita > Daerah\n\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\n\n",
    ],
)
def test_headline_is_found_among_page_furniture(tmp_path: Path, head: str) -> None:
    article = load(tmp_path, f"{head}{LEAD}\n{MORE}\n")
    assert article.title == "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid"
    assert "Banjir Rendam Tiga Kecamatan, Warga" not in article.body


@pytest.mark.parametrize(
    "head",
    [
        # a photo caption with a bracketed date and a documentation credit
        "Warga menyeberangi jalan yang tergenang di Bekasi, Minggu (12/5/2024). Dok: Kabar Nusantara\n\n",
        # a pull quote repeated from the story, in sentence case
        "kami sudah menyiapkan perahu karet untuk warga yang masih bertahan\n",
        # nothing but widgets
        "Video Pilihan\n\nBagikan\n\n",
    ],
)
def test_furniture_is_never_the_title(tmp_path: Path, head: str) -> None:
    assert load(tmp_path, f"{head}{LEAD}\n{MORE}\n").title == ""


def test_site_name_is_cut_from_a_title() -> None:
    assert clean_title("Banjir Rendam Bekasi - Kompas.com") == "Banjir Rendam Bekasi"
    assert clean_title("Berita | Banjir Rendam Bekasi") == "Banjir Rendam Bekasi"
    assert clean_title("Banjir Rendam Bekasi - Warga Mengungsi") == "Banjir Rendam Bekasi - Warga Mengungsi"


# -- outlets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("TEMPO.CO, Jakarta -Menteri meninjau lokasi banjir pagi ini.", "TEMPO.CO"),
        ("REPUBLIKA.CO.ID, NUSA DUA -- Para menteri bertemu di Bali.", "REPUBLIKA.CO.ID"),
        ("SuaraBali.id - Hujan deras turun sejak pagi di Denpasar.", "SuaraBali.id"),
        ("Technologue.id, Jakarta - Ponsel baru diluncurkan hari ini.", "Technologue.id"),
        ("Kabarnusantara.net- Warga mengungsi ke masjid terdekat.", "Kabarnusantara.net"),
        ("(CNN) — The minister said talks would resume next week in Geneva.", "CNN"),
    ],
)
def test_dateline_outlets(paragraph: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and dateline.outlet == outlet


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("TRIBUNNEWS.COM", "Tribunnews.com"),
        ("REPUBLIKA.CO.ID", "Republika"),
        ("KOMPAS.com", "Kompas.com"),
        ("nasional.kompas.com", "Kompas.com"),
        ("https://www.thejakartapost.com/news/x", "The Jakarta Post"),
        ("KABARNUSANTARA.ID", "Kabarnusantara.id"),
        ("Kabar Nusantara", "Kabar Nusantara"),
    ],
)
def test_outlet_display_names(written: str, name: str) -> None:
    assert display_outlet(written) == name


def test_outlet_from_a_stamp_line(tmp_path: Path) -> None:
    text = (
        "Banjir Rendam Tiga Kecamatan\n\nSELASA, 14 MEI 2024 | 10:29 WIB | HARIAN KABAR NUSANTARA\n\n"
        "Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan deras sejak Sabtu malam membuat "
        f"sungai meluap.\n\n{MORE}\n"
    )
    article = load(tmp_path, text)
    assert (article.outlet, article.date) == ("Harian Kabar Nusantara", "2024-05-14")


def test_outlet_from_a_desk_line_and_a_copyright_footer(tmp_path: Path) -> None:
    body = (
        "Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan deras sejak Sabtu malam "
        f"membuat sungai meluap.\n{MORE}\n"
    )
    assert load(tmp_path, f"Tim detikcom - detikNews\n{body}").outlet == "detikNews"
    assert load(tmp_path, f"{body}Copyright © Kompas.com 2024\n", "b.txt").outlet == "Kompas.com"


# -- dates -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("RABU, 6 MARET 2024 | 10:15 WIB", "2024-03-06"),
        ("20 May 2024 | 16:18 WIB", "2024-05-20"),
        ("Ahad, 19 Mei 2024", "2024-05-19"),
        ("date 2024-05-19", "2024-05-19"),
        ("Nov. 3, 2023", "2023-11-03"),
        ("Kompas.com - 06/03/2024, 10:15 WIB", "2024-03-06"),
        ("Oleh : Dewi Lestari / Minggu, 12 Mei 2024 14:30", "2024-05-12"),
        ("Updated 10:45 AM EST, Fri November 3, 2023", "2023-11-03"),
        ("Diterbitkan 6 Maret 2024 pukul 10.15", "2024-03-06"),
        ("6 Maret 2024, 10:15 WIB · 3 menit baca", "2024-03-06"),
        ("Posted on March 6, 2024 by Ana Lee", "2024-03-06"),
        ("Oleh Ana Lee pada Rabu, 6 Maret 2024 10:15", "2024-03-06"),
    ],
)
def test_stamp_lines(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "Warga mengungsi pada Minggu, 12 Mei 2024 karena banjir",
        "Jakarta, 6 Mei 2024 warga berkumpul",
        "Prices rose by 5 percent on March 6, 2024",
    ],
)
def test_a_sentence_with_a_date_is_no_stamp(line: str) -> None:
    assert read_stamp(line) is None


def test_publication_date_and_event_date_are_kept_apart(tmp_path: Path) -> None:
    text = (
        "Kabarnusantara.id - 13/05/2024, 09:00 WIB\n\n"
        "Jakarta, Kabar Nusantara - Warga mengungsi setelah banjir merendam ratusan rumah pada Minggu "
        f"(12/5/2024) malam.\n\n{MORE}\n"
    )
    article = load(tmp_path, text)
    assert (article.date, article.event_date) == ("2024-05-13", "2024-05-12")


def test_an_event_date_is_never_the_publication_date(tmp_path: Path) -> None:
    text = (
        "Jakarta, Kabar Nusantara - Warga mengungsi setelah banjir merendam ratusan rumah pada Minggu "
        f"(12/5/2024) malam, dan pada 1 Mei 2024 sungai sudah meluap.\n\n{MORE}\n"
    )
    article = load(tmp_path, text)
    assert (article.date, article.event_date) == ("", "2024-05-12")


def test_url_from_a_source_line_dates_nothing(tmp_path: Path) -> None:
    """The address a page prints may be a copy's or a reprint's source (session 30): its date is the
    other page's, and no publication date the page prints."""
    text = f"{LEAD}\n{MORE}\nSumber: https://kabarnusantara.id/read/2024/05/13/banjir-bekasi\n"
    article = load(tmp_path, text)
    assert article.url == "https://kabarnusantara.id/read/2024/05/13/banjir-bekasi"
    assert article.date == ""
    assert url_date(article.url) == "2024-05-13"
    assert url_date("https://x.example/news/2019/13/40/x") == ""


# -- bodies ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("glued", "parts"),
    [
        (
            'Banjir belum surut, kata dia."Kami masih menunggu bantuan," ujar Rudi.',
            ["Banjir belum surut, kata dia.", '"Kami masih menunggu bantuan," ujar Rudi.'],
        ),
        ('"Kami menunggu."Rudi lalu pergi.', ['"Kami menunggu."', "Rudi lalu pergi."]),
        ("Air naik sejak pagi.Warga mengungsi.", ["Air naik sejak pagi.", "Warga mengungsi."]),
        ("kata dia.“Kami menunggu.”Rudi pergi.", ["kata dia.", "“Kami menunggu.”", "Rudi pergi."]),
        # inside a quote, abbreviations and domains: no seam
        ('"Air naik.Kami pergi," kata dia.', ['"Air naik.Kami pergi," kata dia.']),
        ("Jl.Sudirman dekat Kompas.com ditutup.", ["Jl.Sudirman dekat Kompas.com ditutup."]),
        ("Di Jl. Jend.Sudirman bersama Prof.Drs Budi.", ["Di Jl. Jend.Sudirman bersama Prof.Drs Budi."]),
        ("Warga mengungsi (Baca: Banjir Rendam Bekasi) ke masjid.", ["Warga mengungsi ke masjid."]),
    ],
)
def test_glued_paragraphs_are_split(glued: str, parts: list[str]) -> None:
    assert unglue(glued) == parts


def test_glued_quote_is_seen_and_read_more_links_leave_the_body(tmp_path: Path) -> None:
    text = (
        f"{LEAD}\nBanjir belum surut, kata Rudi.\"Kami masih menunggu bantuan,\" ujar Rudi.Baca juga: Judul Lain\n"
        "Penulis: Dewi Lestari\nEditor:\nHadi Susanto\n"
    )
    article = load(tmp_path, text)
    assert '\n\n"Kami masih menunggu bantuan," ujar Rudi.' in article.body
    assert "Baca juga" not in article.body and "Penulis" not in article.body
    assert ("editor", "Hadi Susanto") in [(c.role, c.name) for c in article.credits]


def test_html_with_control_character_references_is_read(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Banjir Rendam Bekasi</title>"
        '<link rel="canonical" href="https://kabarnusantara.id/banjir"></head><body><article>'
        "<h1>Banjir Rendam Bekasi</h1><p>Warga kampung &#27;berkumpul&#27; di balai desa pada pagi hari untuk "
        "membahas bantuan bagi korban banjir yang merendam ratusan rumah.</p><p>&quot;Kami senang,&quot; kata "
        "Rudi, ketua RT setempat, kepada wartawan di lokasi pengungsian.</p></article></body></html>"
    )
    article = load(tmp_path, html, "a.html")
    assert "berkumpul" in article.body and article.url == "https://kabarnusantara.id/banjir"


@pytest.mark.parametrize(
    "line",
    [
        "Warga menyeberangi jalan di Bekasi, Minggu (12/5/2024). Dewi Lestari/KABARNUSANTARA.id",
        "Kepala BPBD meninjau lokasi banjir di Kota Bekasi,(12/5),Kabarnusantara.net/Dewi",
        "Kepala BPBD Bekasi, Rudi Hartono -Kabarnusantara.id/Dewi Lestari-",
        "Kepala BPBD memberi keterangan. (Foto: BPBD/Dok. Humas).--",
        "Warga mengungsi di masjid, 12 Mei 2024. (bpbd.go.id)",
        "Skip to main content",
        "• Ukuran Font: - +",
        "Reporter:",
    ],
)
def test_captions_and_widgets_are_furniture(line: str) -> None:
    from kutip.index.ingest.boilerplate import is_boilerplate_line

    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "wire.txt",
            "Floods force thousands from homes in western Java\nBy ANNA BERG\n"
            "Updated 3:12 PM EST, November 3, 2023\nJAKARTA (AP) — Thousands of people have been forced from "
            "their homes in western Java after days of heavy rain, officials said.\n"
            '"We have never seen water this high," said one resident.\n',
            ("Floods force thousands from homes in western Java", "AP", "2023-11-03"),
        ),
        (
            "site.txt",
            "World news\nFloods force thousands from homes in western Java\n"
            "Heavy rain has swollen rivers across the province, officials say\nAna Berg in Jakarta\n"
            "Fri 3 Nov 2023 05.00 GMT\nThousands of people have been forced from their homes in western Java "
            "after days of heavy rain caused rivers to burst their banks, officials said on Friday.\n",
            ("Floods force thousands from homes in western Java", "", "2023-11-03"),
        ),
        (
            "portal.txt",
            "Nasional\nBanjir Bekasi, Ribuan Warga Mengungsi ke Masjid\nCNN Indonesia\n"
            "Rabu, 06 Mar 2024 10:15 WIB\nBagikan:\nJakarta, CNN Indonesia -- Ribuan warga Bekasi mengungsi ke "
            "masjid dan sekolah setelah banjir merendam permukiman mereka sejak Selasa malam.\n",
            ("Banjir Bekasi, Ribuan Warga Mengungsi ke Masjid", "CNN Indonesia", "2024-03-06"),
        ),
        (
            "updated.txt",
            "Ribuan Warga Bekasi Mengungsi Akibat Banjir\nOleh Ana Lee\nDiperbarui 06 Mar 2024, 12:00 WIB\n"
            "Diterbitkan 05 Mar 2024, 10:15 WIB\nLiputan6.com, Jakarta - Ribuan warga Bekasi mengungsi ke "
            "masjid dan sekolah setelah banjir merendam permukiman mereka sejak Selasa malam.\n",
            ("Ribuan Warga Bekasi Mengungsi Akibat Banjir", "Liputan6.com", "2024-03-05"),
        ),
    ],
)
def test_heads_of_common_site_layouts(tmp_path: Path, name: str, text: str, expected: tuple[str, str, str]) -> None:
    article = load(tmp_path, text, name)
    assert (article.title, article.outlet, article.date) == expected
    assert not article.body.startswith(("World news", "Nasional", "CNN Indonesia\n"))


def test_dated_place_dateline_and_a_labelled_stamp_under_the_story(tmp_path: Path) -> None:
    body = (
        "Kementerian Kesehatan mengumumkan program vaksinasi baru untuk anak sekolah di seluruh provinsi.\n\n"
        '"Program ini gratis," kata juru bicara kementerian kepada wartawan.\n\n'
    )
    story = body + MORE.replace("\n", "\n\n") + "\n\n" + body
    assert load(tmp_path, f"Jakarta, 6 Maret 2024 – {body}").date == "2024-03-06"
    assert load(tmp_path, f"{story}Diterbitkan: 7 Maret 2024, 10:15 WIB\n", "b.txt").date == "2024-03-07"
    # an unlabelled date under the story belongs to the related-stories list
    assert load(tmp_path, f"{story}Berita Terkait\n\nSenin, 4 Maret 2024 | 10:00 WIB\n", "c.txt").date == ""


@pytest.mark.parametrize(
    ("head", "tail", "outlet"),
    [
        ("By ANNA BERG, Associated Press\n\n", "", "Associated Press"),
        ("", "Jalan itu dibuka kembali pada sore hari. (fat/jpnn)\n", "JPNN.com"),
        ("", "Artikel ini telah tayang di Kompas.com dengan judul Banjir Rendam Bekasi\n", "Kompas.com"),
    ],
)
def test_outlet_from_bylines_desk_codes_and_reprint_notes(
    tmp_path: Path, head: str, tail: str, outlet: str
) -> None:
    story = (
        "Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan deras sejak Sabtu malam membuat "
        f"sungai meluap.\n\n{MORE.replace(chr(10), chr(10) * 2)}\n\n"
    )
    assert load(tmp_path, f"{head}{story}{tail}").outlet == outlet


def test_an_outlet_written_in_lower_case_in_a_dateline() -> None:
    dateline = parse_dateline("Jakarta, kumparan - Warga mengungsi ke masjid setelah sungai meluap pada malam hari.")
    assert dateline is not None and dateline.outlet == "kumparan"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Oleh : Dewi Lestari / Minggu, 12 Mei 2024 14:30", ("author", "Dewi Lestari")),
        ("Kepala BPBD Bekasi, Rudi Hartono -Kabarnusantara.id/Dewi Lestari-", ("photo", "Dewi Lestari")),
        ("Kepala BPBD meninjau lokasi di Kota Bekasi,(12/5),Kabarnusantara.net/Dewi", ("photo", "Dewi")),
        ("Warga menyeberangi jalan di Bekasi, Minggu (12/5/2024). Dewi Lestari/KABARNUSANTARA.id", ("photo", "Dewi Lestari")),
        ("Laporan Wartawan Tribunnews.com, Reza Pratama", ("writer", "Reza Pratama")),
    ],
)
def test_credits_in_captions_and_dated_bylines(line: str, credit: tuple[str, str]) -> None:
    from kutip.index.ingest.credits import credit_line

    assert [(c.role, c.name) for c in credit_line(line)] == [credit]


def test_page_titles_lose_pagination_and_site_only_titles() -> None:
    assert clean_title("Banjir Rendam Bekasi Halaman all - Kompas.com") == "Banjir Rendam Bekasi"
    assert clean_title("Kompas.com") == ""


def test_headline_below_a_long_menu(tmp_path: Path) -> None:
    menu = "\n".join(["Home", "Berita", "Nasional", "Daerah", "Ekonomi", "Olahraga", "Video", "Foto"] * 4)
    text = f"{menu}\nBanjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid\nRabu, 06-03-2024 | 10:15 WIB\n{LEAD}\n{MORE}\n"
    article = load(tmp_path, text)
    assert (article.title, article.date) == ("Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid", "2024-03-06")


def test_outlet_of_a_web_address() -> None:
    from kutip.index.ingest.outlets import outlet_of_url

    assert outlet_of_url("https://nasional.kompas.com/read/2024/03/06/x") == "Kompas.com"
    assert outlet_of_url("https://m.tribunnews.com/amp/x") == "Tribunnews.com"
    assert outlet_of_url("http://localhost:8000/x") == "" and outlet_of_url("file:///arsip/x.txt") == ""


def test_a_long_capitalised_question_is_a_headline(tmp_path: Path) -> None:
    title = "Apakah Pemerintah Akan Menaikkan Harga BBM Bersubsidi Tahun Depan Setelah Pemilu Usai?"
    assert load(tmp_path, f"{title}\n{LEAD}\n{MORE}\n").title == title
