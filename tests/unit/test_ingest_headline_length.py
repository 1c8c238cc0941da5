"""A standfirst under the headline runs longer than headlines do and repeats the lead, so it must not
outscore the headline above it (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Floods cut off Sukamaju villages as rivers burst their banks"
_DEK = (
    "Floods have cut off several villages in Sukamaju after two rivers burst their banks during heavy rain "
    "through the night, forcing hundreds of families out"
)
_STORY = (
    "Floods cut off several villages in Sukamaju on Friday after two rivers burst their banks during heavy "
    "rain that fell through the night, forcing hundreds of families from their homes.\n\n"
    '"We lost everything in one night," said villager Fulan Hidayat.\n\n'
    "Rescue teams used rubber boats to reach families stranded on the roofs of their homes.\n"
)


def test_the_headline_over_its_longer_standfirst(tmp_path: Path) -> None:
    page = f"{_TITLE}\n\n{_DEK}\n\nRina Marlina\nFriday 29 August 2025 10:45 BST\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _TITLE
