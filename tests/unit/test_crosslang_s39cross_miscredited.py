"""One remark credited to two people across languages (session 39, issue 10): an English outlet
credits a president's words to the person he speaks of, an Indonesian outlet to the president. Two
known people never linked across languages; within one language near-identical words within a day
already link (``update.MISCREDITED``). Across the lexicon a near-complete translation (seven terms,
three quarters of each side) dated within a day is the same remark credited wrongly
(:func:`crosslang.miscredited`); another remark of the day, or the same words days apart, is not.
:func:`crosslang.cross_report` still keeps two known people apart: the linker weighs this. Fixtures written for kutip: a fictional governor
and a fictional ferry accident."""

from __future__ import annotations

from kutip.index.linking.crosslang import cross_report, miscredited
from kutip.index.linking.update import doc_of

GOVERNOR = "Fulan Hartawan"
CAPTAIN = "Budi Nugraha"
INDONESIAN = (
    "Saya terkejut dan kecewa dengan kelalaian petugas pelabuhan. Saya sudah memerintahkan agar "
    "kecelakaan kapal ini diusut tuntas dan transparan,"
)
ENGLISH = (
    "I am shocked and disappointed by the negligence of the port officers. I have ordered that "
    "this ship accident be investigated thoroughly and transparently,"
)
# the same governor's other remark of the day: the families, not the inquiry
OTHER = "We will give the families of the crew special attention and cover the funeral costs,"


def _pair(english: str, day: str = "2025-06-03") -> tuple[object, object]:
    one = doc_of("e:0", "e", english, lang="en", speaker=CAPTAIN, date=day)
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
