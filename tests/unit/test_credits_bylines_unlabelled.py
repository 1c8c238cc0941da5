"""Credits the page prints without a plain "Label: Name": bylines run into a stamp, a name and its
outlet, several writers on one line, a name beside the date stamp or above its role, and a
caption's photographer after the outlet. Every line here is made up for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.credits import closing_photo_credits, credit_line, credits_from_lines
from kutip.index.models import Credit


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("oleh Fulan Hidayat diperbarui 3 Mei 2021, 10:15 WIB", [Credit("author", "Fulan Hidayat")]),
        ("Rina Marlina Sari - detikNews", [Credit("author", "Rina Marlina Sari")]),
        ("Tim detikcom - detikNews", []),
        ("Jakarta - detikNews", []),
        ("Redaktur & Reporter : Budi Santoso", [Credit("editor", "Budi Santoso")]),
        ("SENIN, 3 MEI 2021 | 10:15 WIB | LAPORAN: BUDI SANTOSO", [Credit("writer", "BUDI SANTOSO")]),
        (
            "Translator: Fulan Hidayat, Rina Marlina",
            [Credit("translator", "Fulan Hidayat"), Credit("translator", "Rina Marlina")],
        ),
        ("Editor: Sutrisno.", [Credit("editor", "Sutrisno")]),
        (
            "• Fulan Hidayat and Rina Marlina Sari",
            [Credit("author", "Fulan Hidayat"), Credit("author", "Rina Marlina Sari")],
        ),
        (
            "• Fulan A. Hidayat and Rina D. Marlina",
            [Credit("author", "Fulan A. Hidayat"), Credit("author", "Rina D. Marlina")],
        ),
        (
            "Fulan Hidayat, Rina Marlina, Budi Santoso & Sari Dewi",
            [
                Credit("author", "Fulan Hidayat"),
                Credit("author", "Rina Marlina"),
                Credit("author", "Budi Santoso"),
                Credit("author", "Sari Dewi"),
            ],
        ),
        ("Oleh Ana LeeBudi Santoso diperbarui 3 Mei 2021, 10:15 WIB", []),
    ],
)
def test_bylines_written_without_a_plain_label(line: str, credits: list[Credit]) -> None:
    assert credit_line(line) == credits


@pytest.mark.parametrize(
    "line",
    [
        "Fulan and Badu Meet Voters",  # a headline: one-word parts
        "Kerja Bakti and Gotong Royong",  # everyday words
        "Jakarta and Bandung",
        # a headline or caption naming two people: without a bullet or a label, no byline
        "Fulan Hidayat and Rina Marlina Sari",
    ],
)
def test_title_case_lines_with_and_are_no_bylines(line: str) -> None:
    assert credit_line(line) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Warga antre di Sukamaju, Senin (3/5/2021). (TEMPO/RINA MARLINA SARI)", "RINA MARLINA SARI"),
        ("Warga antre di Sukamaju, Senin (3/5/2021). TEMPO/Budi Santoso", "Budi Santoso"),
        ("TRIBUNNEWS/SUTRISNO", "SUTRISNO"),
        ("[Antara Foto/Budi Santoso/via Reuters]", "Budi Santoso"),
        ("Warga antre di Sukamaju, Senin (3/5/2021). ANTARA FOTO/Budi Santoso/abc.", "Budi Santoso"),
        ("Warga antre di Sukamaju. ST PHOTO: BUDI SANTOSO", "BUDI SANTOSO"),
    ],
)
def test_photographers_after_their_outlet(line: str, name: str) -> None:
    assert [c.name for c in credit_line(line)] == [name]
    assert [c.name for c in closing_photo_credits(line)] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Ilustrasi banjir (Foto: Dok. Kementerian Contoh)",
        "Fulan Hidayat di lapangan (Foto: Instagram/@fulan.hidayat)",
        "Foto: Istimewa",
        "The Contoh Post/Asia News Network",
        "KEMLU/BNPB",
    ],
)
def test_picture_sources_are_no_photographers(line: str) -> None:
    assert credit_line(line) == []


def test_a_name_beside_the_stamp_or_above_its_role_is_a_writer() -> None:
    lines = ["Kompas.com - 03/05/2021, 10:15 WIB", "Fulan Hidayat", "Penulis", "Rina Marlina", "Editor"]
    assert credits_from_lines(lines) == [Credit("writer", "Fulan Hidayat"), Credit("editor", "Rina Marlina")]
    assert credits_from_lines(["Logo Contoh", "Budi Santoso", "3 May 2021 10:15"]) == [
        Credit("writer", "Budi Santoso")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["Video Lainnya", "3 May 2021 10:15"],  # everyday words
        ["Media Network", "Jumat, 3 Mei 2021 • 10:15 WIB"],  # an outlet's words
        ["ILUSTRASI. Contoh Kasus", "Penulis"],
        ["A A A Pengaturan Font", "Senin 3/5/2021 | 10:15"],
        ["Fulan Hidayat", "Berita Terkini"],  # no stamp, no role beside it
    ],
)
def test_a_lone_line_needs_a_name_and_its_evidence(lines: list[str]) -> None:
    assert credits_from_lines(lines) == []


def test_a_headline_naming_two_people_stays_the_title(tmp_path: Path) -> None:
    from kutip.index.ingest.loader import load_file

    page = tmp_path / "two-people.txt"
    page.write_text(
        "Fulan Hidayat and Rina Marlina Sari\n\n"
        "The two ministers met in Sukamaju on Monday to talk about rice prices.\n\n"
        '"We agreed to open the stores," Fulan Hidayat said.\n',
        encoding="utf-8",
    )
    (article,) = load_file(page).articles
    assert article.title == "Fulan Hidayat and Rina Marlina Sari"
