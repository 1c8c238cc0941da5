"""A stamp line that labels one of its dates as the publication's (issue 10): the labelled date is the
story's, an unlabelled day before it is the page's header banner. Made-up lines."""

from __future__ import annotations

import pytest

from kutip.index.ingest.dates import read_stamp


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Sat, January 6, 2018 Published on Jan. 5, 2018", "2018-01-05"),
        (
            "Sat, January 6, 2018 Published on Jan. 5, 2018 Published on 2018-01-05T16:42:14+07:00",
            "2018-01-05",
        ),
        ("Senin, 8 Januari 2024 | Diterbitkan 5 Januari 2024, 10:15 WIB", "2024-01-05"),
        # no label: the first date stands
        ("Senin, 8 Januari 2024 | 10:15 WIB", "2024-01-08"),
        ("Published on Jan. 5, 2018 Updated Jan. 7, 2018", "2018-01-05"),
    ],
)
def test_a_labelled_publication_date_wins_in_its_stamp(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso
