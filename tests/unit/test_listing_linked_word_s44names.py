"""A related headline's one-word name that is a word of a person the story shows is that person in
`kutip entities`, not a second, credited one (made-up article and people)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.index.models import EntityType

ARTICLE = """Polisi Tambah Personel di Pelabuhan Sukamaju

SUKAMAJU - Kepala Kepolisian Daerah Sukamaju Irjen Sudarsono Wicaksono menambah personel di pelabuhan, Senin (3/6/2024).

"Kami siapkan dua ratus personel untuk mengamankan arus penumpang," kata Sudarsono Wicaksono kepada wartawan.

Baca juga: Alasan Komjen Sudarsono Jawab Isu Mutasi

Penambahan personel berlaku sampai akhir bulan.
"""


def test_a_linked_one_word_of_a_shown_person_is_not_a_second_person(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    names = [row.entity.name for row in archive.entities(EntityType.PERSON)]
    assert "Sudarsono Wicaksono" in names
    assert "Sudarsono" not in names
