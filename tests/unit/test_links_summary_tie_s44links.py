"""An article's indirect summary that matches another report no better than the article's own direct
quote does not take that report away from the quote (:meth:`update._Linker.outmatched`): a lead that
puts the remark in the outlet's words and adds the dateline and the speaker's titles is not another
part of the speech. Fixtures written for kutip (fictional speaker, town and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.models import Article
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_siblings import said_article

SPEAKER = "Rina Kartika"
LEAD = (
    "Kabar Pesisir, Lamboa - Bupati Lamboa Rina Kartika mengaku lebih suka menjadi nelayan "
    "ketimbang menteri kelautan"
)
QUOTE = (
    "Itu saya katakan di depan hadirin sekalian bahwa saya menolak dermaga dipindah. Seandainya aku "
    "jadi menteri kelautan, aku lebih baik menjadi nelayan"
)
REPORT = "Sekalipun kami yang menjadi menteri kelautan, kami lebih baik menjadi nelayan saja"


def _article(aid: str, *said: tuple[str, str]) -> Article:
    return said_article(aid, *said, date="2025-02-10", speaker=SPEAKER)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


@pytest.mark.parametrize("order", ["summary first", "report first"])
def test_a_summary_as_good_as_the_quote_leaves_the_quote_its_match(archive: Archive, order: str) -> None:
    speech = _article("a", ("indirect", LEAD), ("direct", QUOTE))
    report = _article("b", ("direct", REPORT))
    for article in (speech, report) if order == "summary first" else (report, speech):
        archive.add(article)
    assert archive.cluster_of("b:0") == archive.cluster_of("a:1")
