"""A stitched passage is cut in one place: two neighbouring statements whose words interleave in
another outlet's quote do not say it together (fixtures written for kutip: fictional speakers and
remarks). The case: one half, a direct quote, says nearly the whole remark in another order; the
other, reported speech, adds a few topic words; the 'whole' is the speaker's like remark on
another occasion."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.stitched import stitched
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

# said on one occasion: the call to cooperate first, then the reason
WHOLE = "Kalau masih kurang, kami minta mereka menjalin kemitraan dengan Bulog, karena ini terkait kebutuhan pokok warga banyak"
# another occasion, another outlet: a reported-speech summary, then a quote giving reason and call
SUMMARY = (
    "apabila toko swasta ingin tambahan pasokan, mereka bisa menjalin kerja sama dengan Bulog terkait hal itu"
)
QUOTE = "Ini menyangkut kebutuhan pokok warga banyak, usaha pangan. Kalau mau lebih, silakan kemitraan dengan Bulog"
# a passage truly cut in two: the summary gives the first part, the quote the second
CUT_FIRST = "apabila toko swasta kurang pasokan, mereka diminta menjalin kerja sama dengan Bulog"
CUT_SECOND = "Ini terkait kebutuhan pokok warga banyak, jadi jangan main-main"


def _doc(sid: str, text: str) -> LinkDoc:
    return doc_of(sid, sid.partition(":")[0], text, speaker="Rina Marlina", date="2024-05-02")


def test_interleaved_halves_do_not_stitch() -> None:
    assert not stitched(_doc("a:0", WHOLE), _doc("b:0", SUMMARY), _doc("b:1", QUOTE))


def test_halves_cut_in_one_place_still_stitch() -> None:
    assert stitched(_doc("a:0", WHOLE), _doc("b:0", CUT_FIRST), _doc("b:1", CUT_SECOND))


def _article(aid: str, *said: tuple[str, str]) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="2024-05-02", lang="id", body="-")
    article.statements = [
        Statement(
            id=f"{aid}:{n}",
            article=aid,
            text=text,
            kind=kind,
            start=10 * n,
            end=10 * n + 5,
            speaker="Rina Marlina",
        )
        for n, (kind, text) in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_a_like_remark_is_not_chained_through_a_summary_and_a_quote(archive: Archive) -> None:
    archive.add(_article("a", ("direct", WHOLE)))
    archive.add(_article("b", ("indirect", SUMMARY), ("direct", QUOTE)))
    whole = archive.cluster_of("a:0")
    assert archive.cluster_of("b:0") != whole
    assert archive.cluster_of("b:1") != whole
