"""An undated quote takes the day its article's other remarks are stated for through the reports
they are linked with (session 47, issue 10): a quote matching on topic words alone a report of the
same speaker stating another day is another occasion (his doorstop of the day before a press
conference), unless the words agree near word for word. Fixtures written for kutip (a fictional
minister on a pardon)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kutip.index.linking.article_days import known_day, told_apart
from kutip.index.linking.occasions import stated_day
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of

THURSDAY = date(2025, 7, 31).toordinal()
FRIDAY = date(2025, 8, 1).toordinal()
SPEAKER = "Fulan Hartawan"


def _doc(sid: str, text: str, stated: int = 0) -> LinkDoc:
    return replace(doc_of(sid, sid.split(":", maxsplit=1)[0], text, speaker=SPEAKER), stated=stated)


DOORSTOP = _doc(
    "a:1",
    "Semua kekuatan politik kita ajak membangun negeri ini bersama-sama demi persatuan bangsa,",
    stated=-40731,
)
BRIEFING = _doc("b:1", "Presiden ingin seluruh anak negeri bersama membangun dengan semua kekuatan politik,")
SIBLING = _doc("b:2", "Surat keputusan itu berlaku mulai awal bulan, silakan tanya lembaga pelaksana,")
ELSEWHERE = _doc(
    "c:1", "Surat keputusan itu berlaku mulai awal bulan, silakan tanya lembaga pelaksana,", FRIDAY
)


def _linked(doc: LinkDoc) -> list[LinkDoc]:
    return [ELSEWHERE] if doc is SIBLING else []


def test_the_article_day_comes_from_a_linked_report() -> None:
    assert known_day(BRIEFING, [BRIEFING, SIBLING], _linked) == FRIDAY
    assert known_day(BRIEFING, [BRIEFING, SIBLING], lambda d: []) == 0  # nothing stated anywhere
    two = replace(ELSEWHERE, statement="d:1", article="d", stated=THURSDAY)
    assert known_day(BRIEFING, [BRIEFING, SIBLING], lambda d: [ELSEWHERE, two] if d is SIBLING else []) == 0
    other = replace(SIBLING, names=frozenset({"badu"}))
    assert known_day(BRIEFING, [BRIEFING, other], _linked) == 0  # another speaker's remark
    assert known_day(DOORSTOP, [DOORSTOP], _linked) == DOORSTOP.stated  # its own day first


def test_a_day_apart_sets_topic_words_apart() -> None:
    assert stated_day('"Kita ajak," kata Fulan di gedung parlemen, Kamis (31/7).', 1, 9) == DOORSTOP.stated
    assert told_apart(DOORSTOP, BRIEFING, (DOORSTOP.stated, FRIDAY))
    assert not told_apart(DOORSTOP, BRIEFING, (DOORSTOP.stated, 0))  # the article knows no day
    assert not told_apart(DOORSTOP, BRIEFING, (DOORSTOP.stated, THURSDAY))  # one day
    copied = replace(BRIEFING, terms=DOORSTOP.terms)
    assert not told_apart(DOORSTOP, copied, (DOORSTOP.stated, FRIDAY))  # near-identical words
