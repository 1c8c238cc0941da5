"""A headline between a site's topic kicker and a standfirst that copies the lead's first sentence whole
(issue 10, session 46): the standfirst reads as the lead, so the head's reading stops over it; the story
printing it again after its dateline's dash shows it was the dek. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_KICKER = "Sengketa Batas Desa Sukamaju dengan Sukajaya"
_HEADLINE = "Cerita Camat Fulan Telusuri Arsip Lama Perjanjian Kepala Desa 1987 Soal Tapal Batas Sukamaju"
_STANDFIRST = (
    "Camat Fulan Hidayat menelusuri arsip lama untuk menemukan perjanjian tapal batas antara Desa "
    "Sukamaju dan Desa Sukajaya."
)
_STORY = [
    "Perjanjian itu menjadi dasar batas dua desa yang kini kembali dipersoalkan warga Sukamaju dan Sukajaya.",
    "“Arsipnya pasti ada, karena ditandatangani dua kepala desa,” kata Fulan di kantor kecamatan.",
    "Menurut Fulan, sengketa batas desa itu akan dibahas lagi bersama kedua kepala desa pekan depan.",
]


def _page(standfirst_again: str) -> str:
    head = [_KICKER, _HEADLINE, _STANDFIRST, "Penulis:", "Ana Lestari"]
    return "\n".join([*head, standfirst_again, *_STORY]) + "\n"


def test_the_line_over_a_standfirst_the_dateline_prints_again_is_the_headline(tmp_path: Path) -> None:
    article = load_article(tmp_path, _page(f"CONTOHNEWS.COM, SUKAMAJU – {_STANDFIRST}"))
    assert article.title == _HEADLINE
