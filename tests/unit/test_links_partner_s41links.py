"""One article's quotes in a cluster are parts of one report: the part a new report matches stands
for the cluster as well as the article's fullest part does (:meth:`_Linker._with_partner`). An
English page quoting two sentences of an answer met an Indonesian outlet's second block only
through the first sentence, which that block does not share (fixtures written for kutip: a
fictional governor and fictional remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.linking_reports import reporting_article
from tests.unit.test_linking_incremental import Archive

GOVERNOR = "Arkan Wiratama"
DAY = "2024-08-12"
# the page quoting two sentences of the answer: the fuller first
OPENING = (
    "Kerja sama ekonomi di wilayah perbatasan bisa segera kita mulai bersama provinsi tetangga, "
    "tanpa harus menunggu perundingan batas selesai, termasuk pengelolaan tambang dan pelabuhan"
)
CLOSING = "Kalau menunggu putusan hukum bisa dua puluh tahun, jadi waktu ini kita pakai untuk hasil nyata bagi warga"
# another outlet's block: both sentences' points, run together
BLOCK = (
    "Kerja sama ekonomi di wilayah perbatasan bisa segera kita mulai bersama provinsi tetangga. "
    "Kalau menunggu putusan hukum bisa dua puluh tahun"
)
# a third outlet's paraphrase of the closing sentence alone
LATER = (
    "waktu yang ada dipakai untuk hasil nyata bagi warga perbatasan karena putusan hukum bisa dua puluh tahun"
)


def _article(aid: str, *said: tuple[str, str]) -> Article:
    return reporting_article(aid, GOVERNOR, said, date=DAY, lang="id")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_premise_the_paraphrase_matches_the_closing_sentence_only() -> None:
    later = doc_of("c:0", "c", LATER, lang="id", speaker=GOVERNOR, date=DAY)
    closing = doc_of("a:1", "a", CLOSING, lang="id", speaker=GOVERNOR, date=DAY)
    opening = doc_of("a:0", "a", OPENING, lang="id", speaker=GOVERNOR, date=DAY)
    assert matches(later, closing) and not matches(later, opening)


def test_the_matched_part_of_one_article_stands_for_its_cluster(archive: Archive) -> None:
    archive.add(_article("a", ("direct", OPENING), ("direct", CLOSING)), _article("b", ("direct", BLOCK)))
    assert archive.cluster_of("a:0") == archive.cluster_of("a:1") == archive.cluster_of("b:0")
    archive.add(_article("c", ("indirect", LATER)))
    assert archive.cluster_of("c:0") == archive.cluster_of("a:1")
