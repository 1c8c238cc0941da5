"""Two undated articles count as reporting one occasion (:meth:`_Linker.together`) only through a
shared direct quote: a paraphrase on the subject (the same promise, summed up) is said at every
occasion, and through it a leader's speeches of two days lent each other the bar of one day
(fixtures written for kutip: a fictional leader and fictional remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.linking_reports import reporting_article
from tests.unit.test_linking_incremental import Archive

LEADER = "Arkan Wiratama"
# two remarks sharing three of five terms: enough on one known day, too little undated
HARBOUR = "The harbour will reopen for the fishermen, and we will rebuild the market"
WAITING = "The harbour must reopen quickly because the fishermen cannot wait any longer"
# a paraphrase both outlets give near alike
ROAD = "the government would rebuild the northern coast road and the bridges damaged by the storm before the rainy season"
ROAD_TOO = (
    "the government would rebuild the northern coast road and bridges damaged by the storm before the rains"
)
# a direct quote both outlets give
PROMISE = "Every family that lost a boat in the storm will receive a new one before the fishing season opens"


def _article(aid: str, *said: tuple[str, str]) -> Article:
    return reporting_article(aid, LEADER, said, date="", lang="en")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_premise_the_remarks_match_only_on_one_occasion() -> None:
    harbour = doc_of("a:0", "a", HARBOUR, lang="en", speaker=LEADER, date="")
    waiting = doc_of("b:0", "b", WAITING, lang="en", speaker=LEADER, date="")
    assert not matches(harbour, waiting) and matches(harbour, waiting, together=True)


def test_a_shared_paraphrase_does_not_place_two_articles_on_one_occasion(archive: Archive) -> None:
    archive.add(_article("a", ("direct", HARBOUR), ("indirect", ROAD)))
    archive.add(_article("b", ("direct", WAITING), ("indirect", ROAD_TOO)))
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")  # the paraphrases are one
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")


def test_a_shared_direct_quote_still_does(archive: Archive) -> None:
    archive.add(_article("a", ("direct", HARBOUR), ("direct", PROMISE)))
    archive.add(_article("b", ("direct", WAITING), ("direct", PROMISE)))
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
