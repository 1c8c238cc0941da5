"""A direct quote joins a cluster whose core holds only paraphrases (three outlets' leads restating
the remark at length) through the cluster's fullest direct quote: the core alone would leave the
quotes out. Fixtures written for kutip: fictional speaker and remarks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.members import CORE_SIZE
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_core_member import CARRIED_ON, OTHER_REMARK, PARAPHRASE, REMARK, _article

LEADS = [f"p{n}" for n in range(CORE_SIZE)]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    found = Archive(tmp_path)
    for aid in LEADS:
        found.add(_article(aid, PARAPHRASE, "indirect"))
    found.add(_article("b", REMARK))
    return found


def test_the_premise_the_quote_sits_with_the_paraphrases(archive: Archive) -> None:
    assert {archive.cluster_of(f"{aid}:0") for aid in LEADS} == {archive.cluster_of("b:0")}


def test_a_quote_joins_through_the_cluster_quote_outside_the_core(archive: Archive) -> None:
    archive.add(_article("c", CARRIED_ON))
    assert archive.cluster_of("c:0") == archive.cluster_of("b:0")


def test_another_remark_stays_apart(archive: Archive) -> None:
    archive.add(_article("d", OTHER_REMARK))
    assert archive.cluster_of("d:0") != archive.cluster_of("b:0")
