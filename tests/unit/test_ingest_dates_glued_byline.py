"""A byline whose name, date and counters the page set side by side with no mark between them ("By Ana
Lee 16 September 2024 4 Min Read") dates the story, in the furniture or just over the dateline
(issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

_STORY = (
    "SUKAMAJU, Kabarwarta.com – Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur "
    "sejak banjir pekan lalu.\n\n"
    '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat.\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
)
_TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"


@pytest.mark.parametrize(
    ("byline", "iso"),
    [
        ("Publisher: Redaksi 16 September 2024 4 Min Read", "2024-09-16"),
        ("By Rina Marlina Kamis, 29 Agustus 2024 Pengunjung (274) 1 Mins Read", "2024-08-29"),
        ("Oleh Fulan Hidayat 2 Juni 2025, 10:15 WIB", "2025-06-02"),
    ],
)
def test_a_glued_byline_dates_the_story(tmp_path: Path, byline: str, iso: str) -> None:
    assert load_article(tmp_path, f"{_TITLE}\n\n{byline}\n\n{_STORY}").date == iso


def test_a_sentence_after_the_date_is_no_byline(tmp_path: Path) -> None:
    byline = "By Rina Marlina 16 September 2024 warga mulai membersihkan saluran"
    assert load_article(tmp_path, f"{_TITLE}\n\n{byline}\n\n{_STORY}").date == ""
