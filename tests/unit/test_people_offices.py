"""Office-only cues (``ujar Menkeu``) named through the archive at index time (made-up text)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.entities import recognise
from kutip.index.facade import Archive
from kutip.index.models import Article
from kutip.index.people import PeopleIndex, name_offices
from kutip.index.people.offices import office_of
from kutip.index.statements import extract_statements

NAMED = """Anggaran Subsidi Ditambah

Jakarta - Menteri Keuangan Fulan Hidayat menambah anggaran subsidi pada Senin (3/6/2024).

"Kami menjaga defisit tetap aman," kata Fulan Hidayat.
"""

OFFICE_ONLY = """Rupiah Menguat Sepekan

Jakarta - Pemerintah menambah anggaran subsidi pada Selasa (4/6/2024).

"Defisit tetap di bawah tiga persen tahun ini," ujar Menkeu di kantornya.
"""

OTHER_MINISTER = """Menkeu Baru Dilantik

Jakarta - Menteri Keuangan Budi Santoso Wijaya mulai bekerja pada Rabu (5/6/2024).

"Kami lanjutkan program yang ada," kata Budi Santoso Wijaya.
"""


def _article(ident: str, body: str, date: str) -> Article:
    article = Article(id=ident, source=f"{ident}.txt", body=body, date=date, lang="id")
    article.entities = recognise(body, "id")
    article.statements = extract_statements(ident, body, "id", article.entities)
    return article


def test_the_office_of_a_cue_is_its_words_without_the_verb() -> None:
    assert office_of("ujar Menkeu") == "Menkeu"
    assert office_of("kata Menteri Keuangan") == "Menteri Keuangan"
    assert office_of("ujar Fulan") == "" and office_of("tambahnya") == ""
    assert office_of("kata Menkeu Fulan Hidayat") == ""  # a name: the article's own to resolve


def test_an_office_only_cue_goes_to_the_office_holder_named_in_the_batch() -> None:
    named, office = _article("a", NAMED, "2024-06-03"), _article("b", OFFICE_ONLY, "2024-06-04")
    assert [s.speaker for s in office.statements] == [None]
    assert name_offices(None, [named, office]) == 1
    assert [s.speaker for s in office.statements] == ["Fulan Hidayat"]


def test_an_office_only_cue_goes_to_the_holder_the_archive_knows() -> None:
    archive = PeopleIndex.from_articles([_article("a", NAMED, "2024-06-03")])
    office = _article("b", OFFICE_ONLY, "2024-06-04")
    assert name_offices(archive.db, [office]) == 1
    assert [s.speaker for s in office.statements] == ["Fulan Hidayat"]


def test_two_holders_around_the_date_leave_the_speaker_unknown() -> None:
    archive = PeopleIndex.from_articles([_article("a", NAMED, "2024-06-03")])
    office = _article("b", OFFICE_ONLY, "2024-06-04")
    assert name_offices(archive.db, [office, _article("c", OTHER_MINISTER, "2024-06-05")]) == 0
    assert [s.speaker for s in office.statements] == [None]


def test_speaker_finds_an_office_only_quote_through_the_archive(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "named.txt").write_text(NAMED, encoding="utf-8")
    (corpus / "office.txt").write_text(OFFICE_ONLY, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    texts = [row.statement.text for row in archive.statements(speaker="Fulan Hidayat")]
    assert any(t.startswith("Defisit tetap di bawah") for t in texts)
