"""A related headline's full name of someone the text names shorter is one person in `kutip
entities`, not a second, credited one: the credit is known by the name the person is shown by
(made-up article; the name is a listed public figure's, which is what shows it in full)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.index.models import EntityType

ARTICLE = """Pelari Cepat Juara di Sukamaju

SUKAMAJU - Pelari nasional, Muhammad Zohri, meraih medali emas di Sukamaju, Senin (3/6/2024).

"Saya senang sekali bisa menang di sini," kata Zohri kepada wartawan.

Baca juga: Lalu Muhammad Zohri, Pelari yang Jadi Juara di Sukamaju

Zohri akan bertanding lagi pekan depan.
"""


def listed_persons(tmp_path: Path, article: str) -> list[str]:
    """The persons `kutip entities` lists for an archive of one article."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    return [row.entity.name for row in archive.entities(EntityType.PERSON)]


def test_a_linked_credit_of_a_shown_person_is_not_listed_again(tmp_path: Path) -> None:
    assert listed_persons(tmp_path, ARTICLE).count("Lalu Muhammad Zohri") == 1
