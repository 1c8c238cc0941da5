"""The people tables over a real archive: one person whichever name each article used.

The articles are written for the tests; the archive's own analysis finds their speakers.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people import canonical, rebuild_people, variants
from kutip.index.people.query import expand_query

BENDUNGAN = """Presiden Jokowi Resmikan Bendungan di Ngawi

Presiden Jokowi meresmikan bendungan baru di Kabupaten Ngawi, Senin. Bendungan itu akan mengairi ribuan hektare sawah.

"Air adalah kunci ketahanan pangan kita," kata Jokowi kepada wartawan.
"""

PANEN = """Presiden Tinjau Panen Raya di Klaten

Presiden Joko Widodo meninjau panen raya di Kabupaten Klaten, Rabu. Ia didampingi pejabat daerah.

"Panen tahun ini lebih baik dari tahun lalu," ujar Joko Widodo di tengah sawah.
"""


def test_jokowi_and_joko_widodo_are_one_speaker(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bendungan.txt").write_text(BENDUNGAN, encoding="utf-8")
    (corpus / "panen.txt").write_text(PANEN, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    with store.transaction() as db:
        assert rebuild_people(db, store.iter_articles()) == 2
    db = store.connection()
    # the analysis may already call both speakers "Joko Widodo"; either way they are one person
    assert {s.speaker for s in store.statements()} <= {"Jokowi", "Joko Widodo"}
    assert canonical(db, "Jokowi") == canonical(db, "Joko Widodo") == "Joko Widodo"
    names = variants(db, "Jokowi")
    assert names == variants(db, "Joko Widodo")
    marks = ",".join("?" * len(names))
    said = {s.id for s in store.statements(f"s.speaker IN ({marks})", tuple(names))}
    assert len(said) == 2
    for typed in ("speaker:Jokowi", 'speaker:"Joko Widodo"'):
        found = {hit.row.statement.id for hit in archive.search_statements(expand_query(db, typed))}
        assert found == said, typed
    store.close()
    archive.close()
