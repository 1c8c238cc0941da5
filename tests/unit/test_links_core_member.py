"""A direct quote joins a cluster through a direct quote of its core when the cluster's fullest
report is a paraphrase of the passage: like is measured against like. Between three direct quotes
the one matching a member joins when it shares words with the fullest (session 32), and one sharing
none does not chain on (``test_linking_recall``). Fixtures
written for kutip: fictional speaker and remarks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Rina Marlina"
DAY = "2024-03-05"
# the fullest report: reported speech over the whole passage, the remark with what came before
PARAPHRASE = (
    "engineers had inspected each cable and found the steel towers sound after months of testing, "
    "and the harbour bridge would reopen before the monsoon season once ferries resumed night "
    "crossings to the islands"
)
REMARK = "The harbour bridge will reopen before the monsoon season"
# the remark again, carried on in words the paraphrase does not give
CARRIED_ON = (
    "The harbour bridge will reopen before the monsoon season so fishermen and traders can sell "
    "their catch in the city market"
)
OTHER_REMARK = "The city market will move to the old tram depot before the fasting month"


def _article(aid: str, text: str, kind: str = "direct") -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=DAY, lang="en", body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind=kind, start=10, end=60, speaker=SPEAKER)
    ]
    return article


def _doc(aid: str, text: str) -> LinkDoc:
    return doc_of(f"{aid}:0", aid, text, lang="en", speaker=SPEAKER, date=DAY)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_the_premise_the_carried_on_quote_misses_the_paraphrase() -> None:
    paraphrase, remark, carried = _doc("a", PARAPHRASE), _doc("b", REMARK), _doc("c", CARRIED_ON)
    assert matches(remark, paraphrase) and matches(carried, remark)
    assert not matches(carried, paraphrase)


def test_a_quote_joins_through_the_direct_quote_of_the_core(archive: Archive) -> None:
    archive.add(_article("a", PARAPHRASE, "indirect"))
    archive.add(_article("b", REMARK))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    archive.add(_article("c", CARRIED_ON))
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")


def test_the_carried_on_quote_joins_through_the_direct_quote_it_matches(archive: Archive) -> None:
    # the same three reports, the fullest a direct quote the carried-on one does not match: it still
    # joins, through the direct quote it matches, sharing the fullest's words (session 32: one answer
    # quoted apart; a quote sharing nothing with the fullest stays apart, ``test_linking_recall``)
    archive.add(_article("a", PARAPHRASE))
    archive.add(_article("b", REMARK))
    archive.add(_article("c", CARRIED_ON))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")


def test_another_remark_on_a_shared_word_stays_apart(archive: Archive) -> None:
    archive.add(_article("a", PARAPHRASE, "indirect"))
    archive.add(_article("b", REMARK))
    archive.add(_article("c", CARRIED_ON))
    archive.add(_article("d", OTHER_REMARK))
    assert archive.cluster_of("d:0") != archive.cluster_of("a:0")
