"""An indirect lead (reported speech) sharing topic words with two different direct remarks of one
speaker does not bridge them into one cluster (fixtures written for kutip: fictional speaker and
remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
DAY = "2024-07-14"
PLEDGES = (
    "We have received strong commitments from investors for the new capital, "
    "and the first ministry offices there will open next year"
)
ROADS = (
    "The new capital will welcome investors from every country, "
    "because the toll roads and the clean water supply are being built now"
)
LEAD = "the new capital has received commitments from investors, with toll roads and ministry offices being built"
PLEDGES_CUT = "We have received strong commitments from investors for the new capital"


def _article(aid: str, kind: str, text: str) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=DAY, lang="en", body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind=kind, start=10, end=60, speaker=SPEAKER)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_the_lead_alone_passes_the_bar_against_both_remarks() -> None:
    # the premise: on topic words alone the paraphrase matches both quotes, which do not match each other
    pledges, roads, lead = (
        doc_of(f"{k}:0", k, t, lang="en", speaker=SPEAKER, date=DAY)
        for k, t in (("a", PLEDGES), ("b", ROADS), ("c", LEAD))
    )
    assert matches(lead, pledges) and matches(lead, roads)
    assert not matches(pledges, roads)


@pytest.mark.parametrize("order", ["abc", "cab", "acb", "together"])
def test_a_paraphrased_lead_does_not_bridge_two_direct_remarks(archive: Archive, order: str) -> None:
    made = {
        "a": _article("a", "direct", PLEDGES),
        "b": _article("b", "direct", ROADS),
        "c": _article("c", "indirect", LEAD),
    }
    if order == "together":
        archive.add(*made.values())
    else:
        for aid in order:
            archive.add(made[aid])
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
    assert archive.cluster_of("c:0") in (archive.cluster_of("a:0"), archive.cluster_of("b:0"))


def test_a_lead_still_joins_two_reports_of_one_quote(archive: Archive) -> None:
    # both outlets quote the same words (one cut shorter): the lead joins their one cluster
    archive.add(_article("a", "direct", PLEDGES))
    archive.add(_article("b", "direct", PLEDGES_CUT))
    archive.add(_article("c", "indirect", LEAD))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == archive.cluster_of("c:0")
