"""`kutip entities` lists a one-word name the archive names one person by (issue 9, names session 40).

"Sagita melaju ..." on a page with no full name: the archive names one Sagita in full in two other
articles, so the page names that person, shown by the word as written. Made-up articles and names."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.index.models import EntityType

FULL_1 = """Pelari Muda Menang di Sukamaju

SUKAMAJU - Pelari muda Sagita Dwi Lestari meraih medali emas di Sukamaju, Senin (3/6/2024).

"Saya senang sekali," kata Sagita Dwi Lestari kepada wartawan.
"""

FULL_2 = """Pelari Muda Kembali Juara

SUKAMAJU - Sagita Dwi Lestari kembali menjadi juara di lomba lari Sukamaju, Minggu (9/6/2024).

Pelatihnya, Harjono Wirasatya, mengatakan latihan berjalan baik.
"""

ONE_WORD = """Final Lomba Lari Berlangsung Ketat

SUKAMAJU - Final lomba lari di Sukamaju berlangsung ketat, Sabtu (15/6/2024).

Di putaran terakhir, Sagita melaju paling depan dan finis pertama. Penonton bersorak panjang.
"""

NO_ONE = """Hujan Turun di Sukamaju

SUKAMAJU - Hujan deras turun di Sukamaju sepanjang sore, Selasa (18/6/2024).

Di pasar, Ratmi menutup lapaknya lebih awal. Jalan utama tergenang.
"""


def _names_by_file(tmp_path: Path, pages: dict[str, str]) -> dict[str, list[str]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in pages.items():
        (corpus / name).write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    found: dict[str, list[str]] = {}
    for row in archive.entities(EntityType.PERSON):
        found.setdefault(Path(row.article.path).name, []).append(row.entity.name)
    return found


def test_a_lone_word_the_archive_names_one_person_by_is_listed(tmp_path: Path) -> None:
    found = _names_by_file(tmp_path, {"a.txt": FULL_1, "b.txt": FULL_2, "c.txt": ONE_WORD, "d.txt": NO_ONE})
    assert found.get("c.txt") == ["Sagita"]
    assert "Ratmi" not in found.get("d.txt", [])  # nobody in the archive is named so in full
    assert found["a.txt"].count("Sagita Dwi Lestari") == 1


def test_a_person_named_in_full_in_one_article_only_names_no_lone_word(tmp_path: Path) -> None:
    found = _names_by_file(tmp_path, {"a.txt": FULL_1, "c.txt": ONE_WORD})
    assert "Sagita" not in found.get("c.txt", [])
