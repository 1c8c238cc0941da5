"""A pair that matches joins the same whichever of its two reports is linked later: the pair is
weighed from both sides (:meth:`_Linker.join`). Seen from the later report's side only, a paraphrase
already in a cluster of paraphrases stood for that cluster by its fullest member, which shares less
with the quote, so an archive indexed in halves kept apart what one indexed whole joined (fixtures
written for kutip: a fictional minister and fictional remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.linking_reports import reporting_article
from tests.unit.test_linking_incremental import Archive

MINISTER = "Arkan Wiratama"
DAY = "2024-03-01"
# a short paraphrase of the quote
DUTY = "sebagai menteri dia wajib menyampaikan pendapat pribadi tanpa kepastian"
# a longer paraphrase sharing the short one's point, but too little of the quote
WORRY = (
    "kecemasannya berasal dari pendapat pribadi menteri tanpa kepastian yang belum tentu diterima "
    "semua pihak di sekolah dan kampus"
)
QUOTE = (
    "Coba bayangkan. Saya wajib menyampaikan pendapat pribadi dalam sambutan itu. Tapi sebagai menteri, "
    "tanpa kepastian, itu berat sekali"
)
QUOTE_TOO = "Bayangkan, saya wajib menyampaikan pendapat pribadi dalam sambutan itu, tapi sebagai menteri tanpa kepastian itu berat"


def _article(aid: str, *said: tuple[str, str]) -> Article:
    return reporting_article(aid, MINISTER, said, date=DAY, lang="id")


def _articles() -> dict[str, Article]:
    return {
        "a": _article("a", ("indirect", DUTY)),
        "b": _article("b", ("indirect", WORRY)),
        "c": _article("c", ("direct", QUOTE)),
        "d": _article("d", ("direct", QUOTE_TOO)),
    }


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_premise_the_long_paraphrase_misses_the_quote() -> None:
    duty, worry, quote = (
        doc_of(f"{k}:0", k, t, lang="id", speaker=MINISTER, date=DAY)
        for k, t in (("a", DUTY), ("b", WORRY), ("c", QUOTE))
    )
    assert matches(duty, quote) and matches(duty, worry)
    assert not matches(worry, quote)


@pytest.mark.parametrize(
    "batches", [["abcd"], ["a", "bcd"], ["bcd", "a"], ["a", "b", "c", "d"], ["dcb", "a"]]
)
def test_the_short_paraphrase_joins_the_quote_in_every_order(archive: Archive, batches: list[str]) -> None:
    made = _articles()
    for batch in batches:
        archive.add(*(made[aid] for aid in batch))
    assert archive.cluster_of("c:0") == archive.cluster_of("d:0")
    assert archive.cluster_of("a:0") == archive.cluster_of("c:0")
