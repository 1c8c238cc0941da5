"""A photo's credit under the page's first line (issue 10): the picture stands between the headline and
the story, so the line over the credit is the headline there; lower down it is the picture's caption.
Made-up pages."""

from __future__ import annotations

import pytest

from kutip.index.ingest.headline import detect_title

_LEAD = (
    "Warga Desa Sukamaju berkumpul di balai desa untuk membahas rencana pembangunan jembatan baru yang "
    "sudah lama mereka tunggu sejak banjir besar tahun lalu."
)
_CAPTION = "Warga bergotong royong membangun jembatan desa di Sukamaju pada pagi hari"
_HEADLINE = "Warga Sukamaju Bangun Jembatan Baru Secara Swadaya"


def test_the_first_line_over_a_photo_credit_is_the_headline() -> None:
    lines = [
        "date 2024-05-05",
        "",
        "Villagers in Sukamaju build a new bridge on their own",
        "",
        "PHOTO: Rina Marlina",
    ]
    title, _ = detect_title([*lines, "Fulan Hidayat", _LEAD])
    assert title == "Villagers in Sukamaju build a new bridge on their own"


@pytest.mark.parametrize(
    "lines",
    [
        [_CAPTION, "Foto: Rina Marlina", "", _HEADLINE, "", _LEAD],
        [_CAPTION, "Foto: Rina Marlina", _HEADLINE, "Senin, 5 Mei 2024 10:00 WIB", _LEAD],
        [_HEADLINE, "Senin, 5 Mei 2024 10:00 WIB", _CAPTION, "Foto: Rina Marlina", _LEAD],
    ],
)
def test_a_caption_over_its_credit_is_no_headline(lines: list[str]) -> None:
    assert detect_title(lines)[0] == _HEADLINE
