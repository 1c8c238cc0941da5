"""Credits without a label of their own: a caption's photographer, a picture agency's chain, writers
stacked under a date stamp.

Every line here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

import pytest

from kutip.index.ingest.credits import credit_line, credits_from_lines
from kutip.index.models import Credit


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "Foto: Ketua KPU Fulan Hidayat (Rina Kartika Sari/detikcom) |",
            [Credit("photo", "Rina Kartika Sari")],
        ),
        ("Foto: Ketua KPU Fulan Hidayat (Rina Kartika/detikcom)", [Credit("photo", "Rina Kartika")]),
        # the bracket names a place, not an outlet: no credit
        ("Foto: Warga antre beras (Pasar Minggu/Jakarta)", []),
        ("Image: picture-alliance/dpa/Budi Santosa", [Credit("photo", "Budi Santosa")]),
        ("Image: picture alliance/AP Photo/Dewi Lestari", [Credit("photo", "Dewi Lestari")]),
        ("Image: Reuters", []),
    ],
)
def test_caption_credits(line: str, credits: list[Credit]) -> None:
    assert credit_line(line) == credits


def test_writers_stacked_between_a_stamp_and_the_desk_line() -> None:
    lines = ["Kabarkita.com - 03/02/2021, 07:15 WIB", "Fulan Hidayat,", "Rina Kartika", "Tim Redaksi"]
    assert credits_from_lines(lines) == [Credit("writer", "Fulan Hidayat"), Credit("writer", "Rina Kartika")]


@pytest.mark.parametrize(
    "lines",
    [
        # no desk line below: the names could be anything
        ["Kabarkita.com - 03/02/2021, 07:15 WIB", "Fulan Hidayat,", "Rina Kartika"],
        # no stamp above
        ["Berita Terkini", "Fulan Hidayat,", "Rina Kartika", "Tim Redaksi"],
        # a headline between them is not a name
        ["Kabarkita.com - 03/02/2021, 07:15 WIB", "Banjir melanda kota", "Tim Redaksi"],
    ],
)
def test_stacked_names_need_stamp_and_desk(lines: list[str]) -> None:
    assert credits_from_lines(lines) == []


def test_a_credit_repeated_in_capitals_is_one_credit_in_title_case() -> None:
    lines = ["Foto: KABARKITA/RINA KARTIKA", "Warga antre beras. Foto: Kabarkita/Rina Kartika"]
    assert credits_from_lines(lines, "Kabarkita") == [Credit("photo", "Rina Kartika")]


def test_a_credit_in_capitals_is_named_in_title_case() -> None:
    assert credits_from_lines(["Foto: KABARKITA/RINA KARTIKA-PUTRI"], "Kabarkita") == [
        Credit("photo", "Rina Kartika-Putri")
    ]
