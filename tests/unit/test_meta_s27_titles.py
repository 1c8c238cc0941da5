"""A headline that the page's pictures repeat before their captions (issue 10, session 27): a copy run into
the caption's next word ("…Bersihkan Saluran IrigasiFoto: …") is part of that caption, so the headline
is not taken for a line printed again and again (an advertisement), and a subheading over the lead does
not win the title instead. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

HEADLINE = "Banjir Surut, Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
SUBHEAD = "Pintu air diperbaiki bulan depan"
LEAD = (
    "Jakarta, KBC - Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir "
    "melanda desa itu pekan lalu, Senin (5/1/2025)."
)
QUOTE = '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat kepada wartawan.'


def _page(glue: str) -> str:
    return (
        f"{HEADLINE}\n\n{SUBHEAD}\n\n{LEAD}\n\n{QUOTE}\n\n"
        f"1. Warga bekerja sejak pagi\n\n{HEADLINE}{glue}Warga membersihkan saluran. KBC/Ana Lee\n\n"
        "Warga bekerja sejak pagi hingga sore untuk mengangkat lumpur dari saluran sepanjang dua kilometer.\n\n"
        f"2. {SUBHEAD}\n\n{HEADLINE}{glue}KBC/Budi Santoso\n\n"
        "Menurut Fulan, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
    )


def test_a_headline_run_into_its_pictures_captions_is_the_title(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("")).title == HEADLINE


def test_a_line_printed_on_its_own_again_and_again_is_no_title(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("\n\n")).title != HEADLINE
