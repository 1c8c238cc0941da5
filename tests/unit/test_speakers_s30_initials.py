"""Archive-wide full names: a name whose given names an article cuts to initials ("M Fulanudin",
"HM Fulanudin", "Oded M Fulanudin") is the person another article names in full, when the
archive writes out exactly one name that fits; two that fit and it stays as written.

Every name and article here is made up for the tests.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people import PeopleIndex, canonical
from kutip.index.people.names import initialled_form
from tests.unit.test_people_index import article


def test_the_shape_of_given_names_cut_to_initials() -> None:
    assert initialled_form("m fulanudin", "muhammad fulanudin")
    assert initialled_form("e wiratmoko", "endra wiratmoko")
    assert initialled_form("oded m fulanudin", "oded muhammad fulanudin")
    assert initialled_form("hm fulanudin", "muhammad fulanudin")  # H of an honorific, then M
    assert initialled_form("rz fulanudin", "rizal zainal fulanudin")  # a run of initials in one word
    assert not initialled_form("b fulanudin", "muhammad fulanudin")  # the initial disagrees
    assert not initialled_form("m fulanudin", "muhammad fulanudin saleh")  # another surname
    assert not initialled_form("fulanudin s", "fulanudin santoso")  # a surname is never cut
    assert not initialled_form("m fulanudin", "fulanudin")
    assert not initialled_form("muhammad fulanudin", "muhammad fulanudin")  # nothing cut
    assert not initialled_form("ani fulanudin", "andi naufal ismail fulanudin")  # a word with vowels


def test_initials_take_the_one_full_name_of_the_archive() -> None:
    people = PeopleIndex.from_articles(
        [
            article("a1", {"M Fulanudin": ["Fulanudin"]}, speakers=[("M Fulanudin", None)]),
            article("a2", {"M. Fulanudin": ["Fulanudin"]}),
            article("a3", {"Muhammad Fulanudin": ["Fulanudin"]}),
            article("a4", {"HM Fulanudin": []}),
            article("a5", {"Fulanudin": []}),
        ]
    )
    # the initialled form is written more often, but the name written out is the canonical one
    assert people.canonical("M Fulanudin") == "Muhammad Fulanudin"
    assert people.canonical("HM Fulanudin") == "Muhammad Fulanudin"
    assert people.canonical("Fulanudin") == "Muhammad Fulanudin"


def test_two_full_names_that_fit_leave_the_initials_as_written() -> None:
    people = PeopleIndex.from_articles(
        [
            article("b1", {"M Fulanudin": ["Fulanudin"]}),
            article("b2", {"Muhammad Fulanudin": ["Fulanudin"]}),
            article("b3", {"Mahmud Fulanudin": ["Fulanudin"]}),
        ]
    )
    assert people.canonical("M Fulanudin") == "M Fulanudin"
    assert people.canonical("Mahmud Fulanudin") == "Mahmud Fulanudin"
    assert people.canonical("Muhammad Fulanudin") == "Muhammad Fulanudin"


def test_a_second_full_name_arriving_later_undoes_the_join() -> None:
    people = PeopleIndex.from_articles(
        [
            article("c1", {"E Wiratmoko": []}),
            article("c2", {"Endra Wiratmoko": []}),
        ]
    )
    assert people.canonical("E Wiratmoko") == "Endra Wiratmoko"
    people.add([article("c3", {"Eko Wiratmoko": []})])
    assert people.canonical("E Wiratmoko") == "E Wiratmoko"
    people.remove(["c3"])
    assert people.canonical("E Wiratmoko") == "Endra Wiratmoko"


def test_a_full_name_arriving_later_names_the_initials() -> None:
    people = PeopleIndex.from_articles([article("d1", {"Oded M Fulanudin": []})])
    assert people.canonical("Oded M Fulanudin") == "Oded M Fulanudin"
    people.add([article("d2", {"Oded Muhammad Fulanudin": []})])
    assert people.canonical("Oded M Fulanudin") == "Oded Muhammad Fulanudin"


INITIALLED = """Kepala Badan Tinjau Pelabuhan

Kepala Badan Keselamatan Laut Marsekal Madya M Fulanudin meninjau pelabuhan Sukamaju, Senin.

"Kami siagakan dua kapal sepanjang libur panjang ini," kata Fulanudin kepada wartawan.
"""

WRITTEN_OUT = """Badan Keselamatan Laut Tambah Kapal

Kepala Badan Keselamatan Laut Marsekal Madya Muhammad Fulanudin menambah tiga kapal patroli.

"Tiga kapal baru tiba pekan depan," ujar Fulanudin di Sukamaju, Selasa.
"""


def test_the_statement_of_the_initialled_form_is_the_full_names(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "initialled.txt").write_text(INITIALLED, encoding="utf-8")
    (corpus / "written_out.txt").write_text(WRITTEN_OUT, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    speakers = {row.statement.text[:4]: row.statement.speaker for row in archive.statements()}
    assert speakers == {"Kami": "Muhammad Fulanudin", "Tiga": "Muhammad Fulanudin"}
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    assert canonical(store.connection(), "M Fulanudin") == "Muhammad Fulanudin"
    store.close()
    archive.close()
