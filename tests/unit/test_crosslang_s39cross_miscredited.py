"""One remark credited to two people across languages (session 39, issue 10): an English outlet
credits a governor's words to the official beside him, an Indonesian outlet to the governor. Two
known people never linked across languages; within one language near-identical words within a day
already link (``update.MISCREDITED``). Across the lexicon a near-complete translation (seven terms,
three quarters of each side) dated within a day is the same remark credited wrongly
(:func:`crosslang.miscredited`); another remark of the day, or the same words days apart, is not.
:func:`crosslang.cross_report` still keeps two known people apart: the linker weighs this. Fixtures
written for kutip: a fictional governor and a fictional harvest."""

from __future__ import annotations

from kutip.index.linking.crosslang import cross_report, miscredited
from kutip.index.linking.update import doc_of

GOVERNOR = "Fulan Hartawan"
OFFICIAL = "Budi Nugraha"
INDONESIAN = (
    "Harga beras di pasar akan turun minggu depan karena panen raya sudah dimulai di banyak daerah. "
    "Pemerintah tetap membeli gabah petani dengan harga yang wajar,"
)
ENGLISH = (
    "The price of rice in the markets will fall next week because the harvest has started in many "
    "regions. The government will keep buying the farmers grain at a fair price,"
)
# another remark of the day: the crew's families, not the harvest
OTHER = "We will give the families of the crew special attention and cover the funeral costs,"


def _pair(english: str, day: str = "2025-06-03") -> tuple[object, object]:
    one = doc_of("e:0", "e", english, lang="en", speaker=OFFICIAL, date=day)
    two = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=GOVERNOR, date="2025-06-03")
    return one, two


def test_a_near_complete_translation_within_a_day_is_one_remark() -> None:
    english, other = _pair(ENGLISH)
    assert miscredited(english, other)  # type: ignore[arg-type]
    assert not cross_report(english, other, "different")  # type: ignore[arg-type]


def test_the_next_day_still_counts() -> None:
    english, other = _pair(ENGLISH, day="2025-06-04")
    assert miscredited(english, other)  # type: ignore[arg-type]


def test_days_apart_two_people_stay_apart() -> None:
    english, other = _pair(ENGLISH, day="2025-06-09")
    assert not miscredited(english, other)  # type: ignore[arg-type]


def test_undated_two_people_stay_apart() -> None:
    english, other = _pair(ENGLISH, day="")
    assert not miscredited(english, other)  # type: ignore[arg-type]


def test_another_remark_of_the_day_stays_apart() -> None:
    english, other = _pair(OTHER)
    assert not miscredited(english, other)  # type: ignore[arg-type]
