"""A network's reporter line is no headline (issue 10, session 28): "Laporan Wartawan Contoh Post, Ana Lee" over
the lead of a page that prints no headline left the page titled with its reporter's name. Read on b2 (two
pages); the line stands over nine more pool pages of t1, t3, c2, c3, d1 and d2, whose titles are unchanged.
Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

LEAD = (
    "KABARCONTOH.COM, SUKAMAJU - Harga cabai rawit di sejumlah pasar tradisional Sukamaju naik dua kali lipat "
    "dalam sepekan terakhir menjelang musim hujan."
)
STORY = (
    '"Seminggu lalu masih Rp 60 ribu sekilo, sekarang sudah Rp 100 ribu," ujar Ana Lestari, pedagang di Pasar '
    "Sukamaju, Senin (9/1/2017).\n\n"
    "Menurut dia, pasokan dari petani berkurang karena banyak kebun terendam banjir.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Laporan Wartawan Kabar Contoh, Fulan Hidayat",
        "Laporan Wartawan Kabar Contoh Fulan Hidayat",
        "Laporan Reporter Kabarcontoh.com Fulan Hidayat",
        "Reporting by Fulan Hidayat",
    ],
)
def test_a_reporter_line_over_the_lead_is_no_title(tmp_path: Path, line: str) -> None:
    assert load_article(tmp_path, f"{line}\n\n{LEAD}\n\n{STORY}").title == ""


def test_a_headline_about_a_report_is_still_the_title(tmp_path: Path) -> None:
    title = "Laporan Keuangan Desa Sukamaju Dinilai Janggal oleh Warga"
    assert load_article(tmp_path, f"{title}\n\n{LEAD}\n\n{STORY}").title == title
