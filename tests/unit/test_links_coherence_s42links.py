"""One speaker's two remarks on one topic and one day, each copied by two outlets, stay two
clusters (:mod:`kutip.index.linking.coherence`): every pair across the two remarks matches on topic
terms, but only the reports of one remark share an unbroken run of words. Fixtures written for
kutip: a fictional regent and fictional remarks on a chilli harvest."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from kutip.index.linking.coherence import parts, runs, spanning
from kutip.index.linking.update import doc_of, matches
from kutip.index.linking.verbatim import all_words
from kutip.index.models import Article
from tests.unit.linking_reports import reporting_article
from tests.unit.test_linking_incremental import Archive

REGENT = "Wulan Prameswari"
DAY = "2024-05-14"
# the morning remark at the market, and an outlet quoting its second half
MARKET = (
    "Kami gembira sekali melihat harga cabai di pasar induk turun, petani cabai juga untung besar, "
    "pedagang juga senang dengan panen raya tahun ini"
)
MARKET_PART = "petani cabai juga untung besar, pedagang juga senang dengan panen raya tahun ini"
# the evening interview on the same harvest, in other words, and an outlet quoting its end
RADIO = (
    "Panen raya cabai tahun ini membuat harga di pasar induk turun, dan saya senang petani untung "
    "serta pedagang gembira, terima kasih kepada semua penyuluh"
)
RADIO_PART = (
    "harga di pasar induk turun, dan saya senang petani untung serta pedagang gembira, terima kasih "
    "kepada semua penyuluh pertanian"
)
TEXTS = {"a": MARKET, "b": MARKET_PART, "c": RADIO, "d": RADIO_PART}


def _article(aid: str) -> Article:
    return reporting_article(aid, REGENT, (("direct", TEXTS[aid]),), date=DAY, lang="id")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_premise_every_pair_matches_on_topic_terms() -> None:
    docs = {k: doc_of(f"{k}:0", k, t, lang="id", speaker=REGENT, date=DAY) for k, t in TEXTS.items()}
    assert all(matches(docs[x], docs[y]) for x, y in combinations(TEXTS, 2))


def test_only_one_remarks_reports_copy_each_other() -> None:
    kept = {k: runs(all_words(t, "id")) for k, t in TEXTS.items()}

    def copies(x: str, y: str) -> bool:
        return not kept[x].isdisjoint(kept[y])

    assert copies("a", "b") and copies("c", "d")
    assert not any(copies(x, y) for x in "ab" for y in "cd")


@pytest.mark.parametrize("batches", [["abcd"], ["dcba"], ["ac", "bd"], ["a", "c", "b", "d"], ["cadb"]])
def test_two_remarks_on_one_topic_stay_two_clusters(archive: Archive, batches: list[str]) -> None:
    for batch in batches:
        archive.add(*(_article(aid) for aid in batch))
    market, radio = archive.cluster_of("a:0"), archive.cluster_of("c:0")
    assert market != radio
    assert archive.cluster_of("b:0") == market and archive.cluster_of("d:0") == radio


def test_one_articles_two_parts_are_one_group() -> None:
    """Two quotes of one article are parts of one answer: other outlets copying each part apart
    still report one remark."""
    run = {"x:0": ("p",) * 6, "y:0": ("p",) * 6, "x:1": ("q",) * 6, "z:0": ("q",) * 6, "w:1": ("q",) * 6}

    def runs_of(sid: str) -> frozenset[tuple[str, ...]]:
        return frozenset((run[sid],))

    quotes = [("x:0", "x"), ("y:0", "y"), ("x:1", "x"), ("z:0", "z")]
    found = parts(quotes, runs_of)
    assert [p.quotes for p in found] == [frozenset({"x:0", "y:0", "x:1", "z:0"})]
    apart = [("x:0", "x"), ("y:0", "y"), ("w:1", "w"), ("z:0", "z")]
    assert spanning(parts(apart, runs_of)) == 2
