"""A short quote of four words, one content term among them, given whole as one unbroken run of a
longer quote of one speaker on one day is that remark cut shorter (a page's headline quote of the
answer's last words), though too short for the bars of :mod:`similarity` and for the five words of
:func:`verbatim.verbatim`'s other ways. Fixtures written for kutip (fictional speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.verbatim import all_words, verbatim
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Rina Kartika"
SHORT = "Lebih baik jadi nelayan!"
LONG = "Sekalipun kami yang menjadi menteri kelautan, kami lebih baik menjadi nelayan saja"


def test_a_short_quote_given_whole_within_another_on_one_day() -> None:
    short, long = all_words(SHORT, "id"), all_words(LONG, "id")
    assert len(short) == 4
    assert verbatim(short, long, dated=True)
    assert not verbatim(short, long, dated=False)  # a stock phrase is said on other days too
    broken = all_words("Saya lebih baik menjadi menteri, bukan nelayan", "id")
    assert not verbatim(short, broken, dated=True)  # the words there, not as one run


def _article(aid: str, text: str) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="2025-02-10", lang="id", body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=50, speaker=SPEAKER)
    ]
    return article


def test_the_headline_quote_joins_the_answer(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", LONG))
    archive.add(_article("b", SHORT))
    assert archive.cluster_of("b:0") == archive.cluster_of("a:0")
