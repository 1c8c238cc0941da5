"""Per-article entity rows name each person as the archive knows them, so a short form in one
article and the full name in another are one person in `kutip entities` (fixtures written here)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.index.models import EntityType

FULL = """Warga Tolak Relokasi Pasar

Jakarta - Wali Kota Fulan Hidayat Saputra menemui pedagang pasar pada Senin (3/6/2024).

"Kami akan mendengar semua usulan pedagang," kata Fulan Hidayat Saputra.
"""

SHORT = """Pedagang Pasar Kembali Berunjuk Rasa

Jakarta - Pedagang kembali mendatangi balai kota pada Selasa (4/6/2024).

"Relokasi tetap berjalan sesuai jadwal," kata Wali Kota Fulan Hidayat kepada wartawan.
"""


def test_a_short_form_is_listed_under_the_full_name_the_archive_knows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "full.txt").write_text(FULL, encoding="utf-8")
    (corpus / "short.txt").write_text(SHORT, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    rows = [row for row in archive.entities(EntityType.PERSON)]
    by_file = {Path(row.article.path).name: row.entity for row in rows}
    assert by_file["short.txt"].name == by_file["full.txt"].name == "Fulan Hidayat Saputra"
    assert [m.text for m in by_file["short.txt"].mentions] == ["Fulan Hidayat"]
