"""A sentence-case headline over a longer standfirst that retells the lead in other words (issue 10,
title >= 0.95): the standfirst is no headline. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_HEADLINE = "Elders back early harvest call"
_DEK = (
    "The village council tells growers across three districts to pick their crops weeks ahead of the "
    "usual season as the rains stay away"
)
_STORY = (
    "Farmers across three districts of Sukamaju began picking their corn two weeks early on Friday, "
    "after the village council told growers the rains would not come in time.\n\n"
    '"If we wait, the cobs dry on the stalk," said council head Fulan Hidayat, adding that the season '
    "had been the driest the districts had seen in years.\n\n"
    "Growers said prices at the village market had held so far, though traders expected them to fall "
    "once the early crops reached the districts.\n"
)


def test_a_longer_standfirst_retelling_the_lead_is_no_headline(tmp_path: Path) -> None:
    page = f"Sukamaju\n\n{_HEADLINE}\n\n{_DEK}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _HEADLINE


def test_a_stopped_sentence_under_the_headline_is_weighed_as_before(tmp_path: Path) -> None:
    page = f"{_HEADLINE}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _HEADLINE
