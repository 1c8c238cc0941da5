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
