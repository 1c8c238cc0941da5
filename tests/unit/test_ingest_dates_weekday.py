"""A month-first date a translation kept is read when day-first is no date and the weekday fits it
(made-up dates)."""

from __future__ import annotations

import pytest

from kutip.index.ingest.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ujar Fulan, Jumat (8/12/2022).", "2022-12-08"),  # both real dates: the weekday is a slip
        ("ujar Fulan, Jumat (12/8/2022).", "2022-08-12"),  # the Indonesian order, already right
        ("kata Rina, Kamis (8/12/2022).", "2022-12-08"),  # Thursday, 8 December: day first fits
        ("kata Rina, Rabu (3/13/2024).", "2024-03-13"),  # no thirteenth month: only the swap is a date
        ("kata Rina (8/12/2022).", "2022-12-08"),  # no weekday: the Indonesian order
        ("kata Rina, Senin (8/12/2022).", "2022-12-08"),  # neither order is a Monday: left as written
        ("kata Rina, Senin (3/13/2024).", None),  # the swap is no Monday either: no date
    ],
)
def test_the_weekday_written_beside_a_date_decides_its_order(text: str, iso: str | None) -> None:
    assert [found.iso for found in find_dates(text)] == ([iso] if iso else [])
