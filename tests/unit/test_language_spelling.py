"""The one answer to "are these two spellings a letter apart?" (language.spelling)."""

from __future__ import annotations

import pytest

from kutip.index.language import one_edit, one_letter_added


@pytest.mark.parametrize(
    ("short", "long", "added"),
    [
        ("purwati", "purwanti", True),
        ("kuswahyudi", "kuaswahyudi", True),
        ("rudi", "rudy", False),
        ("ana", "anita", False),
    ],
)
def test_one_letter_added(short: str, long: str, added: bool) -> None:
    assert one_letter_added(short, long) is added


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("sheikh", "shaikh", True),
        ("rudi", "rudy", True),
        ("purwati", "purwanti", True),
        ("purwanti", "purwati", True),
        ("same", "same", True),
        ("budi", "badu", False),
        ("ana", "anita", False),
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert one_edit(a, b) is near
