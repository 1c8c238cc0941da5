"""An English report meets an Indonesian cluster through the outlet quoting its sentence (session 39,
issue 10): the cluster's fullest report gives the whole answer in other words, so the English report
does not match it, but one speaker on one known day and the two whole reports matching let the pair
stand for its clusters (:meth:`update._Linker._one_answer`, :func:`crosslang.whole_translation`).
Fixtures written for kutip: a fictional harbour master after a fictional accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

MASTER = "Fulan Wiratama"
DAY = "2025-03-02"
FULLEST = (
    "Petugas kami sudah memeriksa dermaga sejak subuh dan laporan lengkap kami serahkan ke gubernur hari "
    "Jumat. Kami menyesal dan memohon maaf kepada seluruh keluarga besar nelayan atas kerusakan di dermaga. "
    "Ganti rugi segera kami bayarkan bulan ini,"
)
SHORTER = (
    "Kami memohon maaf kepada pemilik perahu, keluarga nelayan, dan warga kampung pesisir. "
    "Ganti rugi segera kami bayarkan bulan ini,"
)
ENGLISH = "We apologise to the boat owners, the fishermen's families and the people of the coastal village,"


def _article(aid: str, lang: str, text: str, date: str = DAY) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang=lang, body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=60, speaker=MASTER)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_the_english_report_matches_the_shorter_not_the_fullest() -> None:
    english = doc_of("c:0", "c", ENGLISH, lang="en", speaker=MASTER, date=DAY)
    shorter = doc_of("b:0", "b", SHORTER, lang="id", speaker=MASTER, date=DAY)
    fullest = doc_of("a:0", "a", FULLEST, lang="id", speaker=MASTER, date=DAY)
    assert matches(english, shorter)
    assert not matches(english, fullest)


def test_the_pair_stands_for_the_cluster(archive: Archive) -> None:
    archive.add(_article("a", "id", FULLEST))
    archive.add(_article("b", "id", SHORTER))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    archive.add(_article("c", "en", ENGLISH))
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")


def test_without_a_date_the_english_report_stays_out(archive: Archive) -> None:
    archive.add(_article("a", "id", FULLEST))
    archive.add(_article("b", "id", SHORTER))
    archive.add(_article("c", "en", ENGLISH, date=""))
    assert archive.cluster_of("c:0") != archive.cluster_of("a:0")
