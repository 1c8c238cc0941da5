"""A stamp with a two-digit year ("(Contoh.com) 03/02/25 21:05 51234") dates the page only when the lead's
weekday-dated event confirms the day-first reading: on that day or a day or two before (issue 10, session
47). Otherwise, or with two such stamps, the page stays undated: no date is invented. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

_TITLE = "Puluhan Warga Binaan Lapas Sukamaju Dipindahkan"


def _date(tmp_path: Path, stamp: str, day: str) -> str:
    lead = (
        f"Sebanyak 40 warga binaan Lapas Sukamaju dipindahkan ke lapas lain pada Senin ({day}) malam karena "
        "bangunan blok hunian rusak diterjang banjir."
    )
    quote = '"Semua warga binaan dalam keadaan sehat," kata Kepala Lapas Fulan Hidayat.'
    return load_article(tmp_path, "\n".join([_TITLE, stamp, lead, quote]) + "\n").date


def test_a_two_digit_year_stamp_the_leads_day_confirms(tmp_path: Path) -> None:
    assert _date(tmp_path, "(Kabarwarta.com) 03/02/25 21:05 51234", "3/2/2025") == "2025-02-03"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("(Kabarwarta.com) 03/02/25 21:05 51234", "27/1/2025"),  # a week after the event: unconfirmed
        ("(Kabarwarta.com) 02/03/25 21:05 51234", "3/2/2025"),  # month first: another day
        ("(Kabarwarta.com) 03/02/25 21:05 51234", "3/2"),  # no year in the lead: no event date
    ],
)
def test_an_unconfirmed_two_digit_year_stamp_dates_nothing(tmp_path: Path, stamp: str, day: str) -> None:
    assert _date(tmp_path, stamp, day) == ""
