"""A page in English may write a weekday's day month first ("on Friday (03/07)" for 7 March): read day
first it is a day months from the stamp under another weekday, which denied the stamp as a banner of another
story (issue 10, session 47). Made-up pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Minister Plans New Village Markets"
_STAMP = "By Office of the Deputy Secretary for Press     Date 7 Maret 2025"


def _page(lead: str) -> str:
    return "\n\n".join([_TITLE, _STAMP, lead, '"Every village will have one," the minister said.']) + "\n"


def test_the_stamps_own_day_written_month_first_confirms_it(tmp_path: Path) -> None:
    lead = "The minister met village heads in Sukamaju on Friday (03/07) to plan new markets for farmers."
    assert load_article(tmp_path, _page(lead)).date == "2025-03-07"


def test_a_wrong_weekday_month_first_still_denies_it(tmp_path: Path) -> None:
    lead = "The minister met village heads in Sukamaju on Monday (03/07) to plan new markets for farmers."
    assert load_article(tmp_path, _page(lead)).date == ""
