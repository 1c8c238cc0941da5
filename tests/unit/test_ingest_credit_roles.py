"""Credit lines that name a role or a desk beside the person: only the person is credited.

Every line here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest import load_file
from kutip.index.ingest.credits import credit_line
from kutip.index.models import Credit


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "Penulis: Kontributor Garut, Asep Saepudin | Editor: Lusiana Dewi",
            [Credit("writer", "Asep Saepudin"), Credit("editor", "Lusiana Dewi")],
        ),
        ("Pewarta: Koresponden Kupang, Yosef Lado", [Credit("writer", "Yosef Lado")]),
        ("By Correspondent Hanoi, Tran Mai Anh", [Credit("author", "Tran Mai Anh")]),
        ("Editor: Tim Redaksi", []),
        ("By Staff Writer", []),
        # "Tim" is also a first name: only the desk words are dropped.
        (
            "(Reporting by Ana Ferrer; Editing by Tim Holloway)",
            [Credit("writer", "Ana Ferrer"), Credit("editor", "Tim Holloway")],
        ),
    ],
)
def test_role_and_desk_words_are_no_person(line: str, credits: list[Credit]) -> None:
    assert credit_line(line) == credits


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        # Republika-style short labels, joined by a slash
        (
            "Rep: Dewi Anggraini/ Red: Joko Susilo",
            [Credit("writer", "Dewi Anggraini"), Credit("editor", "Joko Susilo")],
        ),
        ("Red: Hana Lestari", [Credit("editor", "Hana Lestari")]),
        # the outlet in parentheses after the writer
        ("Maria Santos (The Manila Ledger)", [Credit("author", "Maria Santos")]),
        (
            "Rina Hapsari dan Yudha Pratama (Harian Kabar Timur)",
            [Credit("author", "Rina Hapsari"), Credit("author", "Yudha Pratama")],
        ),
        ("Kota Lama (Semarang)", []),
        # a ministry or agency credited by its acronym is no person
        ("Photo: KEMLU", []),
        ("Foto: Dewi Anggraini/KEMLU", [Credit("photo", "Dewi Anggraini")]),
        ("Bayu Saputra (kanan)", []),
        # an outlet's desk and the cities filed from are no persons
        (
            "By Arjun Mehta, BBC Hindi, Delhi and Kavya Nair, Mumbai",
            [Credit("author", "Arjun Mehta"), Credit("author", "Kavya Nair")],
        ),
    ],
)
def test_short_labels_outlets_and_filing_places(line: str, credits: list[Credit]) -> None:
    assert credit_line(line) == credits


def test_short_labels_under_the_headline_of_a_loaded_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Sungai Meluap, Ratusan Rumah di Luwu Terendam\n\n"
        "Rep: Dewi Anggraini/ Red: Joko Susilo\n"
        "Rabu 4 Juni 2025 09:15 WIB\n\n"
        "REPUBLIKA.CO.ID, MAKASSAR -- Ratusan rumah terendam setelah sungai meluap semalam.\n\n"
        '"Air naik cepat sekali," kata Camat Bua Hasrul Rahim.\n',
        encoding="utf-8",
    )
    [article] = load_file(path).articles
    assert [(c.role, c.name) for c in article.credits] == [
        ("writer", "Dewi Anggraini"),
        ("editor", "Joko Susilo"),
    ]
    assert "Rep:" not in article.body


def test_contributor_post_in_a_loaded_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Jembatan Gantung di Cisewu Kembali Dibuka\n\n"
        "GARUT, KABARJABAR.com - Jembatan gantung yang putus pekan lalu kembali dibuka untuk pejalan kaki.\n\n"
        '"Warga sudah bisa menyeberang lagi," kata Camat Cisewu Dadang Sukmana, Kamis (5/12/2024).\n\n'
        "Penulis: Kontributor Garut, Asep Saepudin | Editor: Lusiana Dewi\n",
        encoding="utf-8",
    )
    [article] = load_file(path).articles
    assert [(c.role, c.name) for c in article.credits] == [("writer", "Asep Saepudin"), ("editor", "Lusiana Dewi")]
    assert "Kontributor" not in article.body
