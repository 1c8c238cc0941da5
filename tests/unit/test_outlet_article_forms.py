"""English outlets are written with their article and without it (issue 10). Outlet names are general
knowledge."""

from __future__ import annotations

import pytest

from kutip.index.ingest.outlets import display_outlet, is_outlet_name


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("The Associated Press", "Associated Press"),
        ("Straits Times", "The Straits Times"),
        ("The Straits Times", "The Straits Times"),
        ("Jakarta Post", "The Jakarta Post"),
    ],
)
def test_an_outlet_with_or_without_its_article(written: str, shown: str) -> None:
    assert is_outlet_name(written) and display_outlet(written) == shown


@pytest.mark.parametrize("word", ["Star", "Guardian", "Nation"])
def test_one_word_left_after_the_article_is_no_outlet(word: str) -> None:
    assert not is_outlet_name(word)
