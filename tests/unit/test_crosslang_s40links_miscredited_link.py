"""The linker weighs one remark credited to two people across languages (session 39 request 02, landed session 40; issue 10;
:func:`crosslang.miscredited`): a near-complete translation within a day matches, days apart or
another remark of the day does not. Fixtures written for kutip: a fictional governor and harvest."""

from __future__ import annotations

from kutip.index.linking.update import matches
from tests.unit.test_crosslang_s39cross_miscredited import ENGLISH, OTHER, _pair  # one fixture for both


def test_one_remark_credited_to_two_people_matches() -> None:
    assert matches(*_pair(ENGLISH))  # type: ignore[arg-type]
    assert matches(*_pair(ENGLISH, day="2025-06-04"))  # type: ignore[arg-type]


def test_days_apart_or_another_remark_stay_apart() -> None:
    assert not matches(*_pair(ENGLISH, day="2025-06-09"))  # type: ignore[arg-type]
    assert not matches(*_pair(OTHER))  # type: ignore[arg-type]
