"""English outlets are written with their article and without it (issue 10), and shown as the page writes
them (session 44: a citation names the outlet as its page does); a logo's run-together words and a domain
show the listed name. Outlet names are general knowledge."""

from __future__ import annotations

import pytest

from kutip.index.ingest.outlets import display_outlet, is_outlet_name


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("The Associated Press", "The Associated Press"),
        ("Associated Press", "Associated Press"),
        ("Straits Times", "Straits Times"),
        ("The Straits Times", "The Straits Times"),
        ("Jakarta Post", "Jakarta Post"),
        ("JakartaPost", "The Jakarta Post"),
        ("straitstimes.com", "The Straits Times"),
    ],
)
def test_an_outlet_with_or_without_its_article(written: str, shown: str) -> None:
    assert is_outlet_name(written) and display_outlet(written) == shown


@pytest.mark.parametrize("word", ["Star", "Guardian", "Nation"])
def test_one_word_left_after_the_article_is_no_outlet(word: str) -> None:
    assert not is_outlet_name(word)
