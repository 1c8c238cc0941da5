"""A word that ends an office or a body is no part of the name after it, and one page that glued it
on cannot rename the person everywhere (session 43, made-up names and sentences).

An English office's last field ("Minister of Foreign Affairs Fulan said", "Director of ... Legal
Entities Fulan Badu") and an Indonesian body's short name ("anggota Kompolnas Fulan Badu") were
read as the name's first word; the archive then gave a one-word name ("kata Fulan") the glued longer
form on every page."""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.entities.english_names import portfolio_word
from kutip.index.entities.office_compounds import office_compound
from kutip.index.entities.recognise import recognise
from kutip.index.facade import Archive
from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people import PeopleIndex, canonical
from kutip.index.people.lookup import glued_before
from kutip.index.people.names import key_of

EN_TALKS = """Jakarta (Kabarnesia) - Indonesia and Veloria agreed on Tuesday to widen their cooperation on fisheries.

"We want our fishermen to sell in each other's ports without new fees," Minister of Foreign Affairs Sunartini said after the meeting.

Director of Maritime Law and Legal Entities Harlan Widjoyo said the ministry would open a help desk for sailors.

"Any sailor held abroad will get a lawyer within two days," Widjoyo said.
"""

ID_VISIT = """Jakarta (Kabarnesia) - Menteri Luar Negeri Sunartini menerima delegasi Veloria di Jakarta, Rabu.

"Kita sepakat memperluas kerja sama perikanan dengan Veloria," kata Sunartini kepada wartawan.

"Nelayan kita harus dilindungi di mana pun mereka berlayar," ujar Menlu Sunartini.
"""

ID_PATROL = """Jakarta (Kabarnesia) - Anggota Kompolnas Darmaji Wiranata meminta polisi terbuka dalam kasus penganiayaan di Sukamaju.

"Kami minta penyidik menyampaikan perkembangan kasus ini kepada publik," kata anggota Kompolnas Darmaji Wiranata di Jakarta, Kamis.

"Kapal patroli kami siaga penuh selama sebulan ke depan," kata Kapten Bakamla Tarmizi Hadiwijaya di Batam.

Menlu Sunartini juga menyampaikan dukungan. "Kami siap membantu koordinasi," kata Sunartini.
"""


ID_DEFINED = """Jakarta (Kabarnesia) - Komisi Pengawas Perikanan Nasional (Kowasnas) meminta kementerian terbuka soal izin kapal.

"Kami minta izin kapal asing diumumkan kepada publik," kata anggota Kowasnas Darmaji Wiranata di Jakarta.

Menurut anggota Kowasnas Darmaji Wiranata, izin itu harus ditinjau ulang setiap tahun.
"""


def _persons(body: str, lang: str) -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def test_an_english_field_before_a_name_is_no_name_word() -> None:
    assert portfolio_word("affairs") and portfolio_word("entities")
    assert not portfolio_word("grace")  # a given name never is one
    persons = _persons(EN_TALKS, "en")
    assert "Harlan Widjoyo" in persons and "Sunartini" in persons
    assert not any(p.split()[0] in ("Affairs", "Entities") for p in persons)


def test_a_body_short_name_is_an_office_word_not_a_name() -> None:
    assert office_compound("Kompolnas") and office_compound("Bakamla")
    assert not office_compound("Kompol") and not office_compound("Darmaji")
    persons = _persons(ID_PATROL, "id")
    assert "Darmaji Wiranata" in persons
    assert not any(p.split()[0] in ("Kompolnas", "Bakamla") for p in persons)


def test_a_body_short_name_the_article_defines_is_no_name_word() -> None:
    assert _persons(ID_DEFINED, "id") == ["Darmaji Wiranata"]


def test_the_archive_key_drops_a_glued_office_word() -> None:
    assert key_of("Affairs Sunartini") == "sunartini"
    assert key_of("Entities Harlan Widjoyo") == "harlan widjoyo"
    assert key_of("Kompolnas Darmaji Wiranata") == "darmaji wiranata"
    assert key_of("Dewi Sunartini") == "dewi sunartini"


def test_one_english_page_does_not_rename_a_one_word_name_everywhere(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("talks.txt", EN_TALKS), ("visit.txt", ID_VISIT), ("patrol.txt", ID_PATROL)):
        (corpus / name).write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    quoted = dict(archive.speakers())
    assert quoted["Sunartini"] == 4  # a quote of the English page, three of the Indonesian ones: one person
    assert {"Darmaji Wiranata", "Tarmizi Hadiwijaya"} <= quoted.keys()
    assert not any(s.split()[0] in ("Affairs", "Entities", "Kompolnas", "Bakamla") for s in quoted)
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    assert canonical(store.connection(), "Sunartini") == "Sunartini"
    store.close()
    archive.close()


def _article(aid: str, names: list[str], speakers: tuple[str, ...] = ()) -> Article:
    body = " ".join(f"{name} hadir." for name in names)
    entities = []
    for name in names:
        at = body.index(name)
        entities.append(Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)]))
    statements = [
        Statement(f"{aid}:{n}", aid, "teks", "direct", 0, 4, speaker=s) for n, s in enumerate(speakers)
    ]
    return Article(aid, f"{aid}.txt", body=body, entities=entities, statements=statements)


def test_a_glued_body_does_not_give_a_one_word_name_its_longer_form() -> None:
    # one page's recogniser kept a listed body before the name: the body, not a given name
    people = PeopleIndex.from_articles(
        [
            _article("g1", ["Kemlu Sunartini"], speakers=("Kemlu Sunartini",)),
            _article("g2", ["Sunartini"], speakers=("Sunartini",)),
            _article("g3", ["Sunartini"], speakers=("Sunartini",)),
        ]
    )
    assert people.canonical("Sunartini") == "Sunartini"
    assert glued_before("kemlu sunartini", "sunartini") and glued_before("affairs sunartini", "sunartini")
    assert not glued_before("dewi sunartini", "sunartini")
    assert not glued_before("jordan wirasatya", "wirasatya")  # a place's name opens names too


def test_a_given_name_before_a_one_word_name_still_gives_its_longer_form() -> None:
    people = PeopleIndex.from_articles(
        [_article("h1", ["Harjono Wirasatya"]), _article("h2", ["Wirasatya"], ("Wirasatya",))]
    )
    assert people.canonical("Wirasatya") == "Harjono Wirasatya"
