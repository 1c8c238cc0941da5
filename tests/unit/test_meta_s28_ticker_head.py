"""A ticker of other stories' headlines run together over the page's own headline (issue 10, session 28):
a line of thirty words or more, capitalised throughout and with no sentence end, is no lead, so the
headline under it is still looked for. Read on d3; on b2 the one other pool line of that shape (a
caption under the headline) leaves its page unchanged. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

TICKER = (
    "Warga Sukamaju Gelar Doa Bersama untuk Korban Banjir Bupati Contoh Resmikan Pasar Baru di Kecamatan "
    "Sukamakmur Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat Menjelang Lebaran Tim Sepak Bola Desa "
    "Juara Turnamen Antarkampung Gubernur Minta Pen"
)
HEADLINE = "Fulan Hidayat: Saya Tidak Pernah Minta Jabatan di Kabupaten"
STORY = (
    "Kabarcontoh.com Sukamaju — Politikus Fulan Hidayat membantah kabar bahwa dia meminta jabatan kepada "
    "bupati setelah pemilihan kepala daerah tahun lalu.\n\n"
    '"Saya tidak pernah minta jabatan apa pun," kata Fulan kepada wartawan di Sukamaju, Senin (21/7/2025).\n\n'
    "Ia mengatakan kabar itu sengaja disebarkan untuk merusak nama baiknya menjelang pemilihan berikutnya.\n\n"
    "Bupati Sukamaju belum memberikan tanggapan atas pernyataan Fulan hingga berita ini diturunkan.\n"
)


def test_the_headline_under_a_ticker_is_found(tmp_path: Path) -> None:
    page = (
        f"Menu\n\nMode Gelap\n{TICKER}\n\nPolitik\n\n{HEADLINE}\n\n\nFoto Fulan Hidayat. Perbesar\n\n{STORY}"
    )
    assert load_article(tmp_path, page).title == HEADLINE


def test_a_long_lead_over_a_title_like_line_is_still_the_lead(tmp_path: Path) -> None:
    lead = (
        "Warga Sukamaju menggelar doa bersama untuk korban banjir yang melanda desa mereka pekan lalu, dan "
        "bupati berjanji memperbaiki tanggul sungai yang jebol sebelum musim hujan berikutnya tiba di kampung."
    )
    page = f"{lead}\n\nBupati Contoh Resmikan Pasar Baru di Kecamatan Sukamakmur\n\n{STORY}"
    assert load_article(tmp_path, page).title == ""
