"""Search as you type widens the last word to a prefix only once it can narrow the archive's words."""

from __future__ import annotations

import pytest

from kutip.tui.search_flow import PREFIX_FROM, widens_as_typed


@pytest.mark.parametrize(
    ("typed", "widened"),
    [
        ("ban", True),
        ("banjir", True),
        ("ba", False),  # two letters begin thousands of words: searched as the word they spell
        ("b", False),
        ("banjir ba", False),
        ("banjir ban", True),
        ("title:ba", False),
        ("title:ban", True),
        ("(jalan OR ba", False),
        ("ban ", False),  # a trailing space ends the word
        ("", False),
    ],
)
def test_the_last_word_is_a_prefix_from_three_letters(typed: str, widened: bool) -> None:
    assert PREFIX_FROM == 3
    assert widens_as_typed(typed) is widened
