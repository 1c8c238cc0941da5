"""Session 32 (issue 10): sentences of one answer that outlets quote apart join one cluster through
the direct quotes that match, though the cluster's fullest report is another sentence of the answer;
a report sharing nothing with the fullest, two people credited, a paraphrase or a quote in another
language still does not chain on (made-up speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

# the fullest report, and two more outlets each quoting a later part of the same answer
FULL = (
    "Tanggul sungai di Kampung Melayu kami tinggikan satu meter, pompa air kami tambah, "
    "dan warga bantaran kami pindahkan ke rumah susun sebelum musim hujan"
)
PART = "pompa air kami tambah dan warga bantaran kami pindahkan ke rumah susun baru di Cakung"
LATER = "warga bantaran kami pindahkan ke rumah susun baru di Cakung dengan bus gratis dari dinas sosial"


def _quoted(aid: str, speaker: str, text: str) -> Article:
    return quoted_article(aid, f'"{text}," kata {speaker}.', [(speaker, text, f"kata {speaker}")])


def _doc(aid: str, text: str) -> LinkDoc:
    return doc_of(f"{aid}:0", aid, text, speaker="Fulan Hidayat", date="2024-03-04")


def test_the_premise_the_later_part_matches_the_part_not_the_fullest() -> None:
    full, part, later = _doc("a", FULL), _doc("b", PART), _doc("c", LATER)
    assert matches(full, part) and matches(part, later)
    assert not matches(full, later)


def test_a_later_part_of_the_answer_joins_through_the_quote_it_matches(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_quoted("a", "Fulan Hidayat", FULL))
    archive.add(_quoted("b", "Fulan Hidayat", PART))
    archive.add(_quoted("c", "Fulan Hidayat", LATER))
    assert archive.cluster_of("b:0") == archive.cluster_of("a:0")
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")


def test_another_person_credited_with_the_part_does_not_join(tmp_path: Path) -> None:
    # the later part's words under another name: one remark credited wrongly matches the part
    # (near-identical words), but two people's clusters are not one answer
    archive = Archive(tmp_path)
    archive.add(_quoted("a", "Fulan Hidayat", FULL))
    archive.add(_quoted("b", "Fulan Hidayat", PART))
    archive.add(_quoted("c", "Fulan Hidayat", LATER))
    archive.add(_quoted("d", "Gusti Ramadhan", LATER))
    assert archive.cluster_of("d:0") != archive.cluster_of("a:0")


def test_a_paraphrase_of_the_later_part_does_not_join(tmp_path: Path) -> None:
    # an indirect report is near its topic, not its words: it does not stand for a cluster
    archive = Archive(tmp_path)
    archive.add(_quoted("a", "Fulan Hidayat", FULL))
    archive.add(_quoted("b", "Fulan Hidayat", PART))
    article = Article(id="c", source="/corpus/c.txt", outlet="c", date="2024-03-04", lang="id", body=LATER)
    article.statements = [
        Statement(
            id="c:0",
            article="c",
            text=LATER,
            kind="indirect",
            start=0,
            end=len(LATER),
            speaker="Fulan Hidayat",
        )
    ]
    archive.add(article)
    assert archive.cluster_of("c:0") != archive.cluster_of("a:0")
