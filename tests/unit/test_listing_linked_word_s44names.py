"""A related headline's one-word name that is a word of a person the story shows is that person in
`kutip entities`, not a second, credited one (made-up article and people)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_listing_s31_shown_credits import listed_persons

ARTICLE = """Polisi Tambah Personel di Pelabuhan Sukamaju

SUKAMAJU - Kepala Kepolisian Daerah Sukamaju Irjen Sudarsono Wicaksono menambah personel di pelabuhan, Senin (3/6/2024).

"Kami siapkan dua ratus personel untuk mengamankan arus penumpang," kata Sudarsono Wicaksono kepada wartawan.

Baca juga: Alasan Komjen Sudarsono Jawab Isu Mutasi

Penambahan personel berlaku sampai akhir bulan.
"""


def test_a_linked_one_word_of_a_shown_person_is_not_a_second_person(tmp_path: Path) -> None:
    names = listed_persons(tmp_path, ARTICLE)
    assert "Sudarsono Wicaksono" in names
    assert "Sudarsono" not in names
