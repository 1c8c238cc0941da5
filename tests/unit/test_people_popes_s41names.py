"""A pope keeps his title in his name (issue 9, names session 41): "Paus Fulan II" is "Pope Fulan II".

A papal name is not the man's own name, so the title is part of it in the people layer's key, in
the canonical name, in speakers and persons, in either language. The articles are written for
the tests; the listed pope is one of the nickname list's rows ("Pope X" with its Indonesian form).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.models import EntityType
from kutip.index.people import canonical
from kutip.index.people.lexicon import people_lexicon
from kutip.index.people.names import bare, key_of

ROMA = """Paus Leo XIV Doakan Nelayan di Laut Utara

Kota Vatikan - Paus Leo XIV mendoakan para nelayan yang hilang di laut utara pada Minggu.

"Kami tidak melupakan keluarga yang masih menunggu di pantai," kata Paus Leo XIV di depan peziarah.
"""

ROME = """Pope Leo XIV remembers lost fishermen

VATICAN CITY - Pope Leo XIV prayed on Sunday for the fishermen lost in the northern sea.

"We do not forget the families still waiting on the shore," Pope Leo XIV told the pilgrims.
"""


def test_the_title_stays_in_a_popes_key() -> None:
    assert bare("Paus Leo XIV") == "Paus Leo XIV"
    assert key_of("Pope Leo XIV") == "pope leo xiv"
    assert key_of("Paus") == ""  # a bare title is still no name
    assert key_of("Presiden Fulan Hidayat") == "fulan hidayat"  # other titles still go


def test_the_listed_papal_name_alone_names_the_pope_but_a_one_word_one_does_not() -> None:
    names = people_lexicon().nicknames
    assert names["leo xiv"] == names["paus leo xiv"] == "Pope Leo XIV"
    assert "francis" not in names and "fransiskus" not in names


def test_a_pope_is_one_person_under_his_titled_name_in_both_languages(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "roma.txt").write_text(ROMA, encoding="utf-8")
    (corpus / "rome.txt").write_text(ROME, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    db = store.connection()
    assert canonical(db, "Paus Leo XIV") == canonical(db, "Leo XIV") == "Pope Leo XIV"
    persons = {row.entity.name for row in archive.entities(EntityType.PERSON)}
    assert persons == {"Pope Leo XIV"}
    speakers = {row.statement.speaker for row in archive.statements()}
    assert speakers == {"Pope Leo XIV"}
    assert len(archive.statements(speaker="Paus Leo XIV")) == len(archive.statements()) > 0
    store.close()
    archive.close()
