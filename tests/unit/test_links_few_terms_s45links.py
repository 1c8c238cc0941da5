"""Without two dates, two direct quotes of one speaker matching on three of four topic terms are
two remarks unless they share a run of words: outlets quoting one short remark copy one
transcription of it, while a speaker touring one subject says the like in other words at every
visit. Fixtures are written for kutip (fictional speaker, places and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches, undated_few
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
# the first visit: the minister slept on the crossing; months later, the like said of the cabins
FIRST_VISIT = (
    "Pak Lurah tadi terlelap, saya juga ikut terlelap. Kapalnya tenang sekali, di dalam kabin pun pulas"
)
LATER_VISIT = "Kapalnya tenang, di kabin bisa tidur"
# another outlet's quote of the later remark, cut before its last word
LATER_CUT = "Syukurlah kapalnya tenang, di kabin bisa"


def undated_article(aid: str, text: str, date: str = "") -> Article:
    """An Indonesian page printing no date (or ``date``), quoting the speaker once."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang="id", body="-")
    statement = Statement(
        id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=50, speaker=SPEAKER
    )
    article.statements = [statement]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_the_topic_terms_alone_pass_the_undated_bar() -> None:
    # the premise: on content terms alone the two remarks match, through three of four terms
    first = doc_of("a:0", "a", FIRST_VISIT, speaker=SPEAKER)
    later = doc_of("b:0", "b", LATER_VISIT, speaker=SPEAKER)
    assert matches(first, later)
    assert undated_few(first, later)


@pytest.mark.parametrize("order", ["first visit first", "later visit first"])
def test_two_visits_in_other_words_stay_apart(archive: Archive, order: str) -> None:
    pages = [undated_article("a", FIRST_VISIT), undated_article("b", LATER_VISIT)]
    for page in pages if order == "first visit first" else pages[::-1]:
        archive.add(page)
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")


def test_a_copied_cut_of_one_short_remark_still_links(archive: Archive) -> None:
    archive.add(undated_article("b", LATER_VISIT), undated_article("c", LATER_CUT))
    assert undated_few(
        doc_of("b:0", "b", LATER_VISIT, speaker=SPEAKER), doc_of("c:0", "c", LATER_CUT, speaker=SPEAKER)
    )
    assert archive.cluster_of("b:0") == archive.cluster_of("c:0")


def test_dated_together_the_few_terms_still_link(archive: Archive) -> None:
    archive.add(
        undated_article("a", FIRST_VISIT, "2024-05-03"), undated_article("b", LATER_VISIT, "2024-05-03")
    )
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
