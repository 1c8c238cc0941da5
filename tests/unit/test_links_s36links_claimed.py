"""A report goes to the remark it matches best, not to the first dated one that reaches it.

Reports are linked best-dated first. An undated quote of today's remark shares four topic words
with a short remark of the same speaker a year before, and the whole sentence with today's dated
report; the year-old remark is linked first, took the undated quote, and today's report was then
refused (two occasions a year apart cannot share a cluster). ``_Linker.claimed`` leaves the quote
to the report still waiting that matches it in more words (session 36). Fixtures are written for
kutip (fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking import update
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
LAST_YEAR = "perang melawan aparat desa yang menyelewengkan anggaran desa"
TODAY = (
    "Kami bersama kejaksaan dan kepolisian akan menindak tegas aparat desa yang menyelewengkan "
    "anggaran desa untuk keperluan pribadi, salah satunya untuk taruhan daring"
)
TODAY_UNDATED = (
    "Kami akan menindak tegas aparat desa yang menyelewengkan anggaran desa untuk keperluan "
    "pribadi, salah satunya tadi untuk taruhan daring"
)


def _article(aid: str, date: str, quote: str, said: str) -> Article:
    body = f'Menteri desa bicara soal anggaran desa.\n\n"{quote}," {said}'
    start = body.index(quote)
    statement = Statement(
        id=f"{aid}:0",
        article=aid,
        text=quote,
        kind="direct",
        start=start,
        end=start + len(quote),
        speaker=SPEAKER,
        speaker_as_written="Fulan",
    )
    article = Article(
        id=aid,
        source=f"/corpus/{aid}.txt",
        outlet=f"Warta {aid}",
        date=date,
        lang="id",
        body=body,
    )
    article.statements = [statement]
    return article


def _three() -> list[Article]:
    return [
        _article("a", "2024-01-31", LAST_YEAR, "kata Fulan di balai desa, Rabu (31/1/2024)."),
        _article("b", "2025-02-11", TODAY, "kata Fulan di kantor kementerian, Selasa (11/2/2025)."),
        _article("c", "", TODAY_UNDATED, "kata Fulan."),
    ]


def test_the_undated_quote_joins_the_report_giving_its_sentence(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(*_three())
    assert archive.cluster_of("b:0") == archive.cluster_of("c:0")
    assert archive.cluster_of("a:0") != archive.cluster_of("c:0")


def test_without_the_rule_the_year_old_remark_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update._Linker, "claimed", lambda self, doc, other: False)
    archive = Archive(tmp_path)
    archive.add(*_three())
    assert archive.cluster_of("a:0") == archive.cluster_of("c:0") != archive.cluster_of("b:0")


def test_a_report_linked_in_an_earlier_batch_is_not_waited_for(tmp_path: Path) -> None:
    """Only reports of the batch still to be linked claim a match: one of an earlier batch had
    its turn, and a quote it did not take stays with the report that matches it now."""
    first, second, third = _three()
    archive = Archive(tmp_path)
    archive.add(second)
    archive.add(first, third)
    assert archive.cluster_of("b:0") == archive.cluster_of("c:0")
    assert archive.cluster_of("a:0") != archive.cluster_of("c:0")
