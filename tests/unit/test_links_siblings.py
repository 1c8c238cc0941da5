"""A report of one part of a speech is not also another part the article quotes apart, because the
speaker repeated a phrase in both (fixtures written for kutip: fictional speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Rina Kartika"
INVITE = "Kita harus mengundang pedagang sebanyak-banyaknya untuk membuka pasar dan lapangan kerja bagi nelayan"
BARRIERS = (
    "Saya akan cek sendiri setiap izin yang lambat. Tidak ada lagi hambatan karena pasar ini adalah kunci "
    "membuka lapangan kerja bagi nelayan"
)
REPORT = "Tidak ada lagi hambatan, karena pasar ini kunci untuk membuka lapangan kerja bagi nelayan"


def said_article(
    aid: str, *said: tuple[str, str], date: str = "2024-07-14", speaker: str = SPEAKER
) -> Article:
    """An Indonesian article of ``aid`` whose statements (kind, text) one speaker made, in order."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang="id", body="-")
    article.statements = [
        Statement(id=f"{aid}:{n}", article=aid, text=text, kind=kind, start=100 * n, end=100 * n + 50, speaker=speaker)
        for n, (kind, text) in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_the_repeated_phrase_alone_passes_the_bar() -> None:
    # the premise: on words alone, the report matches both parts of the speech
    report = doc_of("b:0", "b", REPORT, speaker=SPEAKER, date="2024-07-14")
    for text in (INVITE, BARRIERS):
        assert matches(report, doc_of("a:0", "a", text, speaker=SPEAKER, date="2024-07-14"))


@pytest.mark.parametrize("order", ["speech first", "report first"])
def test_a_report_joins_the_part_it_reports_not_the_part_repeating_a_phrase(archive: Archive, order: str) -> None:
    speech = said_article("a", ("direct", INVITE), ("direct", BARRIERS))
    report = said_article("b", ("direct", REPORT))
    for article in (speech, report) if order == "speech first" else (report, speech):
        archive.add(article)
    assert archive.cluster_of("b:0") == archive.cluster_of("a:1")
    assert archive.cluster_of("a:0") != archive.cluster_of("a:1")


def test_an_indirect_lead_restating_the_quote_takes_nothing_away(archive: Archive) -> None:
    # the article summarises its own quote in the lead: the quote still joins the other report
    lead = "tidak ada lagi hambatan karena pasar adalah kunci membuka lapangan kerja bagi para nelayan"
    archive.add(said_article("a", ("indirect", lead), ("direct", BARRIERS)))
    archive.add(said_article("b", ("direct", REPORT)))
    assert archive.cluster_of("b:0") == archive.cluster_of("a:1")
