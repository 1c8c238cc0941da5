"""Session 35: furniture a scrape keeps as text, read on the read sets' citations (issue 10). The pages are
made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.boilerplate import is_boilerplate_line
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
