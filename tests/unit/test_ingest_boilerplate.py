"""Page furniture is separated from the story, kept, and its credits read."""

from __future__ import annotations

import pytest

from kutip.index.ingest.boilerplate import is_boilerplate_line, split_boilerplate

FURNITURE = [
    "Baca Juga: Pasar Ikan Direnovasi",
    "Baca juga: Harga Gula Stabil",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "*",
    "Required fields are marked",
    "Saksikan video pilihan di bawah ini:",
    "Video: Banjir Rendam Jalan Utama",
    "Next Article Warga Gelar Kerja Bakti",
    "Berita Terkini Lainnya",
    "Topik:",
    "(abc/xyz)",
    "null",
    "Warta Community adalah media yang menyediakan platform untuk menulis.",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "(FILES) A ferry leaves the harbour at dawn.",
    "Crowds wait at the station. (Photo by Karl Weber / POOL / AFP)",
    "Foto: Yusuf Maulana/ANTARA",
    "Penulis: Rina Kartika",
    "Editor: Hadi Susanto",
    "Dewi Anggraini Photo Verified Writer Dewi Anggraini",
    "Copyright © 2024 Warta Kampung. All rights reserved.",
]

STORY = [
    "Warga desa membangun jembatan bambu baru di atas sungai kecil.",
    "\u201cKami bekerja bersama sejak subuh,\u201d kata kepala desa.",
    "By the end of the week, the bridge was open to motorbikes.",
    "Video pendek kegiatan itu diunggah ke media sosial oleh seorang pemuda.",
    "Topik utama rapat adalah biaya perawatan jembatan.",
    "Pada tahun 2024 warga menanam seratus pohon.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_everything_after_an_end_marker_is_furniture() -> None:
    paragraphs = [
        STORY[0],
        "Baca Juga: Sekolah Baru Dibuka",
        STORY[1],
        "Dewi Anggraini Photo Verified Writer Dewi Anggraini",
        "penggemar kopi",  # the writer's bio, after the credit
        "Topik:",
        "  • Maya Puspita",
    ]
    split = split_boilerplate(paragraphs)
    assert split.body == STORY[:2]
    assert split.boilerplate == [p for p in paragraphs if p not in STORY]
    assert split.is_boilerplate == [False, True, False, True, True, True, True]


def test_short_fragment_between_furniture_is_furniture() -> None:
    paragraphs = [
        STORY[0],
        "(abc/abc)",
        "Saksikan video di bawah ini:",
        "Jalan Desa Kini Mulus",
        "ADVERTISEMENT",
    ]
    assert split_boilerplate(paragraphs).body == [STORY[0]]


def test_a_short_story_line_between_story_lines_stays() -> None:
    paragraphs = [STORY[0], "Baca juga: Lain", "Jembatan Itu Kini Ramai", STORY[1]]
    assert split_boilerplate(paragraphs).body == [STORY[0], "Jembatan Itu Kini Ramai", STORY[1]]


def test_topic_bullets_only_after_a_topic_header() -> None:
    paragraphs = [STORY[0], "- Harga jagung naik.", STORY[1]]
    assert split_boilerplate(paragraphs).body == paragraphs
