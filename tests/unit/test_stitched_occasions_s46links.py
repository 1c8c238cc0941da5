"""Two quotes an article gives side by side are no halves of one passage when the article sets them on
two occasions (fixtures written for kutip: fictional speakers and remarks)."""

from __future__ import annotations

from dataclasses import replace

from kutip.index.linking.occasions import RECALLED
from kutip.index.linking.stitched import one_occasion, stitched
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of
from tests.unit.test_links_stitched import FIRST, SECOND, WHOLE

_SPEAKER = "Rina Kartika"


def _halves(first_occasion: str, second_occasion: str) -> tuple[LinkDoc, LinkDoc, LinkDoc]:
    whole = doc_of("a:0", "a", WHOLE, speaker=_SPEAKER)
    first = replace(doc_of("b:0", "b", FIRST, speaker=_SPEAKER), occasion=first_occasion)
    second = replace(doc_of("b:1", "b", SECOND, speaker=_SPEAKER), occasion=second_occasion)
    return whole, first, second


def test_halves_of_one_occasion_still_stitch() -> None:
    whole, first, second = _halves("", "")
    assert stitched(whole, first, second)


def test_a_quote_the_article_recalls_as_earlier_is_no_half_of_the_other() -> None:
    whole, first, second = _halves("", RECALLED)
    assert not one_occasion(first, second)
    assert not stitched(whole, first, second)


def test_two_kinds_of_occasion_named_are_no_one_passage() -> None:
    whole, first, second = _halves("briefing", "hearing")
    assert not stitched(whole, first, second)
