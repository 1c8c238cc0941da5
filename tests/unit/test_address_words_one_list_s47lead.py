"""One reader of the words of address (issue 9, lead session 47 review): the recogniser, the figures
list and the cue reader ask the language layer's ``is_address_word``, which folds as they did."""

from __future__ import annotations

from kutip.index.language import is_address_word
from kutip.index.linking.occasions import bare_weekday
from kutip.index.linking.weekdays import weekday_day


def test_a_word_of_address_is_read_in_any_case_and_a_name_is_not() -> None:
    assert is_address_word("Babe") and is_address_word("CAK") and is_address_word("bang")
    assert not is_address_word("Rusdi")


def test_a_weekday_alone_has_no_weekday_beside_a_bare_day_but_a_bare_day_keeps_its_own() -> None:
    assert bare_weekday(weekday_day(2)) == 2
    assert bare_weekday(-(2 * 10000 + 708)) == 1  # "Selasa (8/7)"
    assert bare_weekday(-708) is None and bare_weekday(738000) is None
