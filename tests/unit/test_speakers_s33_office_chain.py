"""An office-only cue named through the archive also names the pronoun cues that went on from it,
and an undated article's office is the one holder the archive knows (made-up articles and names)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import Article
from kutip.index.people import PeopleIndex, name_offices
from kutip.index.statements import extract_statements

NAMED = """Anggaran Subsidi Ditambah

Jakarta - Menteri Keuangan Fulan Hidayat menambah anggaran subsidi pada Senin (3/6/2024).

"Kami menjaga defisit tetap aman," kata Fulan Hidayat.
"""

OFFICE_THEN_PRONOUNS = """Rupiah Menguat Sepekan

Jakarta - Pemerintah menambah anggaran subsidi pekan ini.

"Defisit tetap di bawah tiga persen tahun ini," ujar Menkeu di kantornya.

"Belanja modal kami jaga agar tidak terpotong," tambahnya.

"Pajak daerah juga kami pantau setiap bulan," katanya.
"""


def _article(ident: str, body: str, date: str | None) -> Article:
    article = Article(id=ident, source=f"{ident}.txt", body=body, date=date, lang="id")
    article.entities = recognise(body, "id")
    article.statements = extract_statements(ident, body, "id", article.entities)
    return article


def test_the_pronoun_cues_after_a_named_office_are_its_holders() -> None:
    archive = PeopleIndex.from_articles([_article("a", NAMED, "2024-06-03")])
    office = _article("b", OFFICE_THEN_PRONOUNS, "2024-06-04")
    assert [s.speaker for s in office.statements] == [None, None, None]
    assert name_offices(archive.db, [office]) == 3
    assert [s.speaker for s in office.statements] == ["Fulan Hidayat"] * 3


def test_an_undated_article_takes_the_one_holder_the_archive_knows() -> None:
    archive = PeopleIndex.from_articles([_article("a", NAMED, "2024-06-03")])
    office = _article("b", OFFICE_THEN_PRONOUNS, None)
    assert name_offices(archive.db, [office]) == 3
    assert [s.speaker for s in office.statements] == ["Fulan Hidayat"] * 3


def test_two_holders_leave_an_undated_office_unknown() -> None:
    other = NAMED.replace("Fulan Hidayat", "Badu Santoso Wijaya").replace("3/6/2024", "5/1/2023")
    archive = PeopleIndex.from_articles([_article("a", NAMED, "2024-06-03"), _article("c", other, "2023-01-05")])
    office = _article("b", OFFICE_THEN_PRONOUNS, None)
    assert name_offices(archive.db, [office]) == 0
    assert [s.speaker for s in office.statements] == [None, None, None]
