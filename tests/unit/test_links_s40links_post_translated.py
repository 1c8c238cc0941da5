"""A post translated whole by an outlet that does not say it was a post (the cross-language
engineer's request 01, session 40; issue 10). Across languages a channel named on one side and none
on the other set two reports apart whatever their words; within one language near-identical words
already cross it (``update.posted_alike``). A near-complete translation of the whole reports
(:func:`crosslang.near_complete`) now does too; a partial one still does not. Fixtures written for
kutip (a fictional governor's post)."""

from __future__ import annotations

from dataclasses import replace

from kutip.index.linking.update import channels_differ, doc_of

GOVERNOR = "Fulan Hartawan"
DAY = "2025-03-10"
POSTED = (
    "Harga beras di pasar akan turun minggu depan karena panen raya sudah dimulai di banyak daerah. "
    "Pemerintah tetap membeli gabah petani dengan harga yang wajar,"
)
TRANSLATED = (
    "The price of rice in the markets will fall next week because the harvest has started in many "
    "regions. The government will keep buying the farmers grain at a fair price,"
)
PART = "The price of rice will fall next week,"


def _pair(english: str) -> tuple[object, object]:
    post = doc_of("i:0", "i", POSTED, lang="id", speaker=GOVERNOR, date=DAY)
    report = doc_of("e:0", "e", english, lang="en", speaker=GOVERNOR, date=DAY)
    return replace(post, channel="social"), report


def test_a_post_translated_whole_is_not_set_apart_by_its_channel() -> None:
    post, report = _pair(TRANSLATED)
    assert not channels_differ(post, report)  # type: ignore[arg-type]


def test_a_part_of_it_still_is() -> None:
    post, report = _pair(PART)
    assert channels_differ(post, report)  # type: ignore[arg-type]
