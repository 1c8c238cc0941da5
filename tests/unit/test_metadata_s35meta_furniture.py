"""Session 35: furniture a scrape keeps as text, read on the read sets' citations (issue 10). The pages are
made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.boilerplate import is_boilerplate_line, split_boilerplate
from tests.conftest import load_article


def test_a_blog_shortcode_over_the_story_is_no_headline(tmp_path: Path) -> None:
    shortcode = "[contoh_button voice=”Indonesian Female” buttontext=”Baca Artikel”]\n"
    lead = (
        "KabarSari.id - Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim "
        "hujan tahun ini, Minggu (3/11/2024).\n"
        "“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata Fulan Hidayat, ketua RT setempat.\n"
    )
    article = load_article(tmp_path, f"{shortcode}{lead}")
    assert article.title == "" and "contoh_button" not in article.body


def test_words_in_brackets_are_no_shortcode() -> None:
    assert not is_boilerplate_line("[ian]")
    assert not is_boilerplate_line("“Tidak akan [dibayar],” tegas Budi di kantornya.")


_LEAD = (
    "Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan tahun ini, "
    "Minggu (3/11/2024)."
)
_QUOTE = "“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata Fulan Hidayat, ketua RT setempat."
_MIDDLE = [
    "Kegiatan itu diikuti warga dari tiga dusun dan berlangsung sejak pagi hingga siang hari.",
    "Selain membersihkan saluran, warga juga menanam pohon di sepanjang tepi sungai desa.",
    "Kepala desa menyebut kerja bakti serupa akan digelar setiap bulan sampai musim hujan usai.",
    "Warga berharap pemerintah kabupaten membantu memperbaiki tanggul yang rusak sejak tahun lalu.",
]


def _story(*extra_tail: str, head: tuple[str, ...] = ()) -> list[str]:
    middle = [*_MIDDLE, *_MIDDLE, *_MIDDLE]
    return [*head, _LEAD, _QUOTE, *middle, *extra_tail]


def test_lines_addressing_the_reader_at_the_storys_foot_are_furniture() -> None:
    tail = (
        "Rate our new reading page and help us make it better for you and everyone you know.",
        "Thank you for your feedback.",
    )
    split = split_boilerplate(_story(*tail))
    assert not set(tail) & set(split.body)
    assert _LEAD in split.body and _QUOTE in split.body


def test_a_short_label_addressing_the_reader_is_furniture_anywhere() -> None:
    paragraphs = _story()
    paragraphs.insert(6, "Pilihan Untuk Anda")
    assert "Pilihan Untuk Anda" not in split_boilerplate(paragraphs).body


def test_a_quoted_you_and_advice_inside_the_story_stay() -> None:
    quoted = "“Kalau Anda lihat sendiri, airnya sudah setinggi lutut,” kata Fulan kepada wartawan di lokasi."
    advice = (
        "Warga yang ingin ikut dapat mendaftar di balai desa, dan Anda cukup membawa kartu identitas serta "
        "peralatan kerja sendiri."
    )
    paragraphs = _story()
    paragraphs[5:5] = [quoted, advice]
    body = split_boilerplate(paragraphs).body
    assert quoted in body and advice in body
