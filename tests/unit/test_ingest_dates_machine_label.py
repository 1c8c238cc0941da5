"""A date in machine form at the head of a page ("date 2024-10-25", a scrape's header or a meta tag's
value) records when the story was published; the "today" banner checks, made for dates printed for
readers, do not set it aside (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_STORY = (
    "SUKAMAJU, October 25. The village council of Sukamaju announced a new irrigation plan for its rice "
    "fields on Thursday, the council said in a statement.\n\n"
    '"We cannot lose another harvest," council head Fulan Hidayat said.\n\n'
    "The council was founded in 2006, and on January 1, 2021 it took over the village water works.\n"
)


def test_a_machine_dated_header_is_no_banner_beside_older_background_dates(tmp_path: Path) -> None:
    assert load_article(tmp_path, f" date 2024-10-25 {_STORY}").date == "2024-10-25"


def test_a_printed_day_without_a_time_beside_older_dates_is_still_a_banner(tmp_path: Path) -> None:
    assert load_article(tmp_path, f"Friday, October 25, 2024\n\n{_STORY}").date == ""
