"""Two English reports of a remark made in Indonesian are two translations: they link through the
shared vocabulary when their words differ, by the bars of a translation (fixtures written for
kutip: fictional speakers and remarks)."""

from __future__ import annotations

from dataclasses import replace

from kutip.index.linking.crosslang import renderings_agree
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
DAY = "2024-05-02"
GRATEFUL = "We respect you, and are grateful for your past assistance"
THANKFUL = "We honour you and are thankful for your previous help"
DAM = "The new dam will be finished quickly so residents never face flooding again"
DAM_AGAIN = "The new dam will be completed fast so citizens will not suffer floods anymore"
ROADS = "The damaged roads in the village will be repaired before the harvest begins"
SEEDS = "The village will receive new seeds before the harvest starts, and farmers will get fertiliser"


def _doc(aid: str, text: str, *, speaker: str = SPEAKER, day: str = DAY) -> LinkDoc:
    return doc_of(f"{aid}:0", aid, text, lang="en", speaker=speaker, date=day)


def test_two_translations_in_other_words_link() -> None:
    assert matches(_doc("a", GRATEFUL), _doc("b", THANKFUL))
    assert matches(_doc("a", DAM), _doc("b", DAM_AGAIN))
    assert matches(_doc("b", DAM_AGAIN), _doc("a", DAM))


def test_another_remark_on_the_same_subject_stays_apart() -> None:
    assert not matches(_doc("a", ROADS), _doc("b", SEEDS))


def test_two_people_or_two_occasions_never_link_so() -> None:
    assert not matches(_doc("a", GRATEFUL), _doc("b", THANKFUL, speaker="Rina Marlina"))
    assert not matches(_doc("a", DAM), _doc("b", DAM_AGAIN, day="2024-06-20"))


def test_only_english_pairs_are_compared_so() -> None:
    one, two = _doc("a", GRATEFUL), _doc("b", THANKFUL)
    assert renderings_agree(one, two, "same")
    assert not renderings_agree(replace(one, lang="id"), replace(two, lang="id"), "same")
