"""A site's welcome banner over the headline (issue 10, session 28): "Selamat datang di Contoh.id - Platform
Berita …" is furniture, not the story's lead, so the headline under it is found. Read on c1; the one other
welcome line of the pool (t3, a short one over a menu) leaves its page unchanged. Every page here is
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.boilerplate import is_boilerplate_line
from tests.conftest import load_article

BANNER = (
    "Selamat datang di kabarcontoh.id - Portal Berita Terpercaya untuk Anda. Dapatkan informasi terkini dari "
    "berbagai kategori, mulai dari berita daerah hingga mancanegara, hanya di kabarcontoh.id."
)
HEADLINE = "Bupati Sukamaju Pastikan Genangan di Pasar Surut dalam Satu Jam"
STORY = (
    "Sukamaju - Bupati Sukamaju Fulan Hidayat memastikan genangan di sekitar pasar desa akan surut dalam "
    "satu jam setelah hujan berhenti.\n\n"
    '"Saya pastikan satu jam sudah hilang," kata Fulan kepada wartawan di kantornya, Sabtu (9/12/2023).\n\n'
    "Menurut dia, saluran air di sekitar pasar sudah diperlebar dan pompa baru dipasang bulan lalu.\n\n"
    "Warga berharap pekerjaan itu selesai sebelum puncak musim hujan tiba.\n"
)


def test_the_headline_under_a_welcome_banner_is_found(tmp_path: Path) -> None:
    page = f"{BANNER}\n\n{HEADLINE}\n\n{STORY}"
    assert load_article(tmp_path, page).title == HEADLINE


@pytest.mark.parametrize("line", [BANNER, "Welcome to ContohDaily.com, your source of local news."])
def test_a_welcome_line_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        '"Selamat datang di Sukamaju," kata Fulan kepada para tamu di balai desa.',
        "Welcome to Sukamaju, a village where every house grows its own rice and sells the rest at the market.",
    ],
)
def test_a_welcome_in_the_story_is_not_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)
