"""A headline closing on two everyday words paired by a slash ("Kabupaten/Kota") is no photo credit
(issue 10); a caption's credit still is. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.headline_credit import photo_credit
from tests.conftest import load_article

_TITLE = "Kasus Demam Berdarah Naik, 4 Kabupaten/Kota Waspada"
_STORY = (
    "Salin Artikel\n\n"
    f"{_TITLE}\n\n"
    "Kepala Dinas Kesehatan Fulan Hidayat mengatakan, kasus demam berdarah naik sejak awal musim hujan.\n\n"
    '"Warga kami minta menguras bak air setiap pekan," ujar Fulan dalam keterangannya, Jumat (19/1/2024).\n\n'
    "Menurut dia, empat kabupaten dan kota mencatat kasus terbanyak sepanjang bulan ini.\n"
)


def test_a_slash_between_everyday_words_credits_nobody() -> None:
    assert not photo_credit(_TITLE)
    assert photo_credit("Warga menonton pawai. Foto: Antara/Rina Marlina")
    assert photo_credit("Suasana pasar pagi Dok/Humas")
    assert photo_credit("Foto: Contoh.com/Rina Marlina")


def test_such_a_headline_is_the_title(tmp_path: Path) -> None:
    assert load_article(tmp_path, _STORY).title == _TITLE
