"""Titles, datelines, outlets, dates, credits and language from original sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.credits import credit_line, credits_from_lines
from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import date_line, find_dates, parse_iso_date
from kutip.index.ingest.language import detect_language
from kutip.index.ingest.metadata import looks_like_title
from kutip.index.models import Credit
from kutip.index.stopwords import stopwords
from tests.conftest import load_article as load_text


@pytest.mark.parametrize(
    ("paragraph", "prefix", "place", "outlet"),
    [
        (
            "Liputan6.com, Washington, DC - Para pejabat bertemu.",
            "Liputan6.com, Washington, DC",
            "Washington, DC",
            "Liputan6.com",
        ),
        ("Jakarta, IDN Times - Hujan turun sejak pagi.", "Jakarta, IDN Times", "Jakarta", "IDN Times"),
        (
            "Jakarta, CNBC Indonesia - Harga saham naik.",
            "Jakarta, CNBC Indonesia",
            "Jakarta",
            "CNBC Indonesia",
        ),
        ("WASHINGTON (AP) — Lawmakers met on Tuesday.", "WASHINGTON (AP)", "WASHINGTON", "AP"),
        ("JAKARTA, KOMPAS.com - Jalan ditutup sementara.", "JAKARTA, KOMPAS.com", "JAKARTA", "KOMPAS.com"),
        ("Jakarta (ANTARA) - Bandara kembali dibuka.", "Jakarta (ANTARA)", "Jakarta", "ANTARA"),
        (
            "Jakarta, Beritasatu.com - Banjir mulai surut.",
            "Jakarta, Beritasatu.com",
            "Jakarta",
            "Beritasatu.com",
        ),
        ("NEW YORK, Nov 2 (Reuters) - Shares rose.", "NEW YORK, Nov 2 (Reuters)", "NEW YORK", "Reuters"),
        ("SURABAYA - Warga berkumpul di balai desa.", "SURABAYA", "SURABAYA", ""),
        # unlisted outlets: a known place beside them is the evidence, in either order
        ("Medan, Lensa Sumut - Harga cabai turun.", "Medan, Lensa Sumut", "Medan", "Lensa Sumut"),
        ("Lensa Sumut, Medan - Harga cabai turun.", "Lensa Sumut, Medan", "Medan", "Lensa Sumut"),
        (
            "Kota Semarang, Gema Pantura - Pasar dibuka.",
            "Kota Semarang, Gema Pantura",
            "Kota Semarang",
            "Gema Pantura",
        ),
        # a place the gazetteer lacks: an outlet word ("Harian") marks the other part
        (
            "Desa Sukamaju, Harian Tani - Panen dimulai.",
            "Desa Sukamaju, Harian Tani",
            "Desa Sukamaju",
            "Harian Tani",
        ),
        ("Cibeureum, Kabar Lembah - Jalan ditutup.", "Cibeureum, Kabar Lembah", "Cibeureum", "Kabar Lembah"),
    ],
)
def test_datelines(paragraph: str, prefix: str, place: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.prefix, dateline.place, dateline.outlet) == (prefix, place, outlet)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Presiden Joko Widodo - yang baru tiba - langsung menuju lokasi.",
        "Harga naik - kata dia - sejak bulan lalu.",
        "Ketua Panitia (Bendahara) - menurut warga - tidak hadir.",
        "Sebuah kalimat biasa tanpa tanda pisah sama sekali.",
        # two places, or a place and a day name: no outlet evidence
        "Bandung, Jawa Barat - Hujan turun sejak pagi.",
        "Jakarta, Senin - Hujan turun sejak pagi.",
        # neither part is a known place nor has an outlet word
        "Cibeureum, Sukamaju - Jalan ditutup.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("kata dia, Jumat (15/11/2024), di kantornya", "2024-11-15"),
        ("Senin (2/10/2023)", "2023-10-02"),
        ("pada 31 Oktober 2024 lalu", "2024-10-31"),
        ("on Nov. 2, 2024, officials said", "2024-11-02"),
        ("November 2, 2024", "2024-11-02"),
        ("2 November 2024", "2024-11-02"),
        ("Rabu, 7 Agustus 2024", "2024-08-07"),
        ("updated 2024-11-02T10:00:00Z", "2024-11-02"),
    ],
)
def test_date_forms(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Minggu (2/11)", "31/02/2024", "(30/2/2024)", "tahun 2024"])
def test_incomplete_or_impossible_dates_are_ignored(text: str) -> None:
    assert list(find_dates(text)) == []


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-11-02T23:30:00-05:00", "2024-11-02"),
        ("20241102", "2024-11-02"),
        ("2024-11-02 08:00", "2024-11-02"),
        ("Sat, 02 Nov 2024 10:00:00 GMT", "2024-11-02"),
        ("besok", ""),
    ],
)
def test_machine_dates(value: str, iso: str) -> None:
    assert parse_iso_date(value) == iso


def test_date_lines() -> None:
    assert date_line("Sabtu, 2 November 2024 10:00 WIB") == "2024-11-02"
    assert date_line("Published: Nov. 2, 2024") == "2024-11-02"
    assert date_line("Warga berkumpul pada 2 November 2024") == ""


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a sourcing phrase with a full date is the publication date
        (
            "Jakarta, Kompas.com - Gudang beras terbakar semalam.\n"
            "Demikian dikutip Jumat (15/11/2024) dari laman resmi.",
            "2024-11-15",
        ),
        ("Mengutip Warta Desa, Jumat (1/11/2024), panen padi berhasil.\nPetani senang.", "2024-11-01"),
        # a dated byline near the top
        (
            "Judul Uji Coba\n\nOleh Rina Kartika | Sabtu, 2 November 2024 10:00 WIB\n\n"
            "Isi berita tentang lomba layang-layang.",
            "2024-11-02",
        ),
        # a date line near the top
        (
            "Sabtu, 2 November 2024 10:00 WIB\n\nJudul Uji\n\nIsi berita tentang lomba layang-layang.",
            "2024-11-02",
        ),
        # an event date is not a publication date
        (
            "Jakarta, Kompas.com - Menteri mengatakan pada Senin (2/10/2023), "
            "dikutip Antara, bahwa jalan dibuka.",
            "",
        ),
        ("Jakarta, Kompas.com - Menteri berbicara pada hari Kamis (31/10/2024) di Bogor.", ""),
        # a sourcing phrase after a quotation sources the quote: its date is when the words were said
        (
            'Jakarta, Kompas.com - Menteri membuka rapat.\n'
            '"Kita tidak boleh berhenti," ujar Fulan Hidayat dilansir dari tayangan YouTube Kementerian, '
            "Rabu (10/10/2022).",
            "",
        ),
        (
            '"Kita tidak boleh berhenti," kata Fulan Hidayat, dikutip dari akun Instagram-nya, Minggu (5/3/2023).',
            "",
        ),
        # ... but a date straight after the verb is the day the story quoted it
        (
            '"Kita tidak boleh berhenti," tulis Fulan Hidayat dalam kolomnya di Harian Contoh '
            "dikutip Jumat (15/11/2024).",
            "2024-11-15",
        ),
        # a sourcing phrase whose date has no year says nothing reliable
        ("Jakarta, Kompas.com - Hujan deras turun, seperti dilansir Antara, Minggu (2/11).", ""),
        ("WASHINGTON (AP) — The committee met on Nov. 2, 2024, to discuss the budget.", ""),
    ],
)
def test_publication_date_rules(tmp_path: Path, text: str, iso: str) -> None:
    article = load_text(tmp_path, text)
    assert article.date == iso


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Harga Bawang Merah Turun Tajam di Pasar Induk", True),
        ("Apakah Hujan Akan Turun Besok?", True),
        ("Warga memperbaiki atap rumah mereka yang rusak.", False),
        ("Jakarta, IDN Times - Warga memperbaiki atap", False),
        # a place beside an unlisted name is outlet evidence only before a story sentence
        ("Banjir Rendam Bekasi, Jakarta - Warga Mengungsi ke Masjid", True),
        ("(FILES) A crowd gathers outside the court", False),
        ("Baca Juga: Judul Berita Lain", False),
        ("Penting", False),
    ],
)
def test_title_shape(line: str, title: bool) -> None:
    assert looks_like_title(line) is title


def test_title_without_a_blank_line_must_read_like_a_headline(tmp_path: Path) -> None:
    # A capitalised headline stuck to the lead is found; a sentence-case line stuck to it is a pull quote.
    assert load_text(tmp_path, "Judul Tanpa Jeda\nIsi berita di baris kedua.").title == "Judul Tanpa Jeda"
    assert load_text(tmp_path, "dua warga sudah diperiksa polisi kemarin\nIsi berita.").title == ""
    assert load_text(tmp_path, "Judul Dengan Jeda\n\nIsi berita.").title == "Judul Dengan Jeda"


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Penulis: Rina Kartika", [Credit("writer", "Rina Kartika")]),
        ("Editor: Hadi Susanto", [Credit("editor", "Hadi Susanto")]),
        ("Reporter: Tono Wijaya", [Credit("writer", "Tono Wijaya")]),
        (
            "By ANNA BERG and LEO PARK, Associated Press",
            [Credit("author", "ANNA BERG"), Credit("author", "LEO PARK")],
        ),
        ("Lina Marlina Photo Verified Writer Lina Marlina", [Credit("writer", "Lina Marlina")]),
        ("A crowd waits outside. (Photo by Karl Weber / POOL / AFP)", [Credit("photo", "Karl Weber")]),
        ("Foto: Yusuf Maulana/ANTARA", [Credit("photo", "Yusuf Maulana")]),
        ("Petugas memeriksa kendaraan. (ANTARA/Nina Sari)", [Credit("photo", "Nina Sari")]),
        ("(ANTARA FOTO/Rudi Hartono/abc)", [Credit("photo", "Rudi Hartono")]),
        ("By the end of the year, prices rose.", []),
        ("Penulis : Rina Kartika", [Credit("writer", "Rina Kartika")]),
        ("Pewarta: Tono Wijaya", [Credit("writer", "Tono Wijaya")]),
        ("Redaktur: Hadi Susanto", [Credit("editor", "Hadi Susanto")]),
        (
            "Penulis: Rina Kartika | Editor: Hadi Susanto",
            [Credit("writer", "Rina Kartika"), Credit("editor", "Hadi Susanto")],
        ),
        ("By Anna Berg and Leo Park", [Credit("author", "Anna Berg"), Credit("author", "Leo Park")]),
        (
            "(Reporting by Anna Berg in Oslo; Editing by Leo Park)",
            [Credit("writer", "Anna Berg"), Credit("editor", "Leo Park")],
        ),
        (
            "Associated Press writer Anna Berg in Oslo contributed to this report.",
            [Credit("contributor", "Anna Berg")],
        ),
        ("Oleh Rina Kartika · Senin, 18 November 2024 10:00 WIB", [Credit("author", "Rina Kartika")]),
        ("Petani memanen padi. Foto: Yusuf Maulana/ANTARA", [Credit("photo", "Yusuf Maulana")]),
        ("(Photo: Karl Weber/AP)", [Credit("photo", "Karl Weber")]),
        ("Harga naik | warga mengeluh", []),
    ],
)
def test_credit_lines(line: str, credits: list[Credit]) -> None:
    assert credit_line(line) == credits


def test_photo_credit_skips_the_articles_own_outlet() -> None:
    assert credit_line("Foto: Gema Pantura/Rudi Hartono", "Gema Pantura") == [Credit("photo", "Rudi Hartono")]


def test_reporting_line_merges_with_the_byline() -> None:
    lines = ["By Anna Berg", "(Reporting by Anna Berg; Editing by Leo Park)"]
    assert credits_from_lines(lines) == [Credit("writer", "Anna Berg"), Credit("editor", "Leo Park")]


def test_credit_lines_leave_the_body(tmp_path: Path) -> None:
    text = (
        "Judul Pendek Sekali\n\nMedan, Lensa Sumut - Isi berita yang panjang tentang kebun.\n\n"
        "Penulis: Rina Kartika | Editor: Hadi Susanto\n"
    )
    article = load_text(tmp_path, text)
    assert article.body == "Medan, Lensa Sumut - Isi berita yang panjang tentang kebun."
    assert article.outlet == "Lensa Sumut"
    assert article.credits == [Credit("writer", "Rina Kartika"), Credit("editor", "Hadi Susanto")]


def test_contribution_note_leaves_the_body(tmp_path: Path) -> None:
    text = (
        "Short Headline Here\n\nWASHINGTON (AP) — Lawmakers met on Tuesday.\n\n___\n\n"
        "Associated Press writer Anna Berg in Oslo contributed to this report.\n"
    )
    article = load_text(tmp_path, text)
    assert article.body == "WASHINGTON (AP) — Lawmakers met on Tuesday."
    assert article.credits == [Credit("contributor", "Anna Berg")]
    assert article.author == ""  # a contributor is not the byline


def test_topic_block_names_an_editor() -> None:
    lines = ["Topik:", "  • Maya Puspita", "Berita Terkini Lainnya"]
    assert credits_from_lines(lines) == [Credit("editor", "Maya Puspita")]


def test_author_comes_from_writer_credit(tmp_path: Path) -> None:
    text = (
        "Judul Pendek Sekali\n\nIsi berita yang panjang tentang kebun.\n\n"
        "Penulis: Rina Kartika\nEditor: Hadi Susanto"
    )
    article = load_text(tmp_path, text)
    assert article.author == "Rina Kartika"
    assert article.body == "Isi berita yang panjang tentang kebun."


def test_language_detection() -> None:
    assert detect_language("Para warga mengatakan bahwa mereka tidak akan pindah dari kampung itu.") == "id"
    assert detect_language("The residents said that they would not move away from the village.") == "en"
    assert detect_language("Jakarta Washington") == ""


def test_stopword_lists() -> None:
    indonesian, english = stopwords("id"), stopwords("en")
    assert {"yang", "dan", "tidak", "bahwa"} <= indonesian
    assert {"the", "and", "not", "that"} <= english
    assert len(indonesian) >= 200 and len(english) >= 150
    assert all(word == word.casefold() for word in indonesian | english)
    assert stopwords("id") is indonesian  # loaded once
    with pytest.raises(ValueError, match="no stopword list"):
        stopwords("fr")
