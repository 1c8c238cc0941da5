"""`person:` finds the articles that name someone, not those that only link to a story about them
(a "Baca juga" headline); the reader still lists that name as a related-story credit."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive

STORY = """Warga Keluhkan Jalan Rusak di Sukamaju

Sukamaju - Warga Desa Sukamaju mengeluhkan jalan rusak yang tak kunjung diperbaiki sejak awal tahun.

"Setiap hujan jalan ini berubah jadi kubangan," kata Fulan Hidayat, warga setempat.

Baca juga: Sudah Pamit, Klub Batal Ditinggal Manajer Rodrigo Santana, Ini Sebabnya
"""


def test_a_related_headline_name_is_no_person_match(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "jalan.txt").write_text(STORY, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    article = archive.resolve(archive.search("jalan")[0].summary.id)
    assert ("linked", "Rodrigo Santana") in {(c.role, c.name) for c in article.credits}
    assert archive.search('person:"Fulan Hidayat"')
    assert archive.search('person:"Rodrigo Santana"') == []
