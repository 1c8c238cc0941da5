"""A body or a province's short form glued before a one-word name (``Kepala BMKG Fulanuddin``,
then ``ujar Fulanuddin``) is no part of the person the archive shows (made-up text)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people import canonical, rebuild_people

GEMPA = """Gempa Guncang Pesisir Selatan

Kasus gempa kecil terus tercatat di Kalsel sepanjang pekan ini.

Kepala Dinas Kesehatan Kalsel Fulanuddin mengatakan, sebanyak 82 orang dirawat.

"Dua orang di antaranya meninggal dunia," ujar Fulanuddin dalam keterangannya, Jumat (19/1/2024).

"Kami terus memantau warga di pengungsian," jelasnya.
"""


def test_the_archive_shows_the_name_without_the_place_glued_before_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gempa.txt").write_text(GEMPA, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    with store.transaction() as db:
        rebuild_people(db, store.iter_articles())
    db = store.connection()
    speakers = {s.speaker for s in store.statements() if s.kind == "direct"}
    assert speakers == {"Fulanuddin"}
    assert canonical(db, "Fulanuddin") == "Fulanuddin"
    store.close()
    archive.close()
