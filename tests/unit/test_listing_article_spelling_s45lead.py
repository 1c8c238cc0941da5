"""Session 45 (lead, the names engineer's request): an article's statements show its speaker in
the article's own old or new spelling ("Soedarmo" / "Sudarmo"), as its entities do; the archive
keeps one person (made-up articles and names)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive

OLD = """Bupati Sukamaju Resmikan Pasar Baru

SUKAMAJU - Bupati Sukamaju Badu Soedarmo meresmikan pasar baru di pusat kota, Senin (3/6/2024).

"Pasar ini kami bangun untuk pedagang kecil di seluruh kecamatan," kata Badu Soedarmo.
"""

NEW = """Pasar Baru Sukamaju Ramai Pengunjung

SUKAMAJU - Bupati Sukamaju Badu Sudarmo meninjau pasar baru yang ramai pengunjung, Sabtu (8/6/2024).

"Kami akan menambah tempat parkir bagi warga yang datang berbelanja," ujar Badu Sudarmo.
"""


def test_each_article_shows_its_own_spelling_of_one_speaker(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "old.txt").write_text(OLD, encoding="utf-8")
    (corpus / "new.txt").write_text(NEW, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    shown = {row.article.title: row.statement.speaker for row in archive.statements()}
    assert shown == {
        "Bupati Sukamaju Resmikan Pasar Baru": "Badu Soedarmo",
        "Pasar Baru Sukamaju Ramai Pengunjung": "Badu Sudarmo",
    }
